from typing import Literal

BulkActionAssignAction = Literal["assign"]

BULK_ACTION_ASSIGN_ACTION_VALUES: set[BulkActionAssignAction] = {
    "assign",
}


def check_bulk_action_assign_action(value: str) -> BulkActionAssignAction:
    if value in BULK_ACTION_ASSIGN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_ASSIGN_ACTION_VALUES!r}")
