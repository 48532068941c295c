from typing import Literal

BulkActionStartAction = Literal["start"]

BULK_ACTION_START_ACTION_VALUES: set[BulkActionStartAction] = {
    "start",
}


def check_bulk_action_start_action(value: str) -> BulkActionStartAction:
    if value in BULK_ACTION_START_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_START_ACTION_VALUES!r}")
