from typing import Literal

BulkActionCloseAction = Literal["close"]

BULK_ACTION_CLOSE_ACTION_VALUES: set[BulkActionCloseAction] = {
    "close",
}


def check_bulk_action_close_action(value: str) -> BulkActionCloseAction:
    if value in BULK_ACTION_CLOSE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_CLOSE_ACTION_VALUES!r}")
