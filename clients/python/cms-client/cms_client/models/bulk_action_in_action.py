from typing import Literal

BulkActionInAction = Literal[
    "accept", "assign", "close", "message", "reject", "resolve", "set_ced", "start", "transfer"
]

BULK_ACTION_IN_ACTION_VALUES: set[BulkActionInAction] = {
    "accept",
    "assign",
    "close",
    "message",
    "reject",
    "resolve",
    "set_ced",
    "start",
    "transfer",
}


def check_bulk_action_in_action(value: str) -> BulkActionInAction:
    if value in BULK_ACTION_IN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_IN_ACTION_VALUES!r}")
