from typing import Literal

BulkActionTransferAction = Literal["transfer"]

BULK_ACTION_TRANSFER_ACTION_VALUES: set[BulkActionTransferAction] = {
    "transfer",
}


def check_bulk_action_transfer_action(value: str) -> BulkActionTransferAction:
    if value in BULK_ACTION_TRANSFER_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BULK_ACTION_TRANSFER_ACTION_VALUES!r}")
