from typing import Literal

BulkActionAcceptAction = Literal["accept"]

BULK_ACTION_ACCEPT_ACTION_VALUES: set[BulkActionAcceptAction] = {
    "accept",
}


def check_bulk_action_accept_action(value: str) -> BulkActionAcceptAction:
    if value in BULK_ACTION_ACCEPT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_ACCEPT_ACTION_VALUES!r}")
