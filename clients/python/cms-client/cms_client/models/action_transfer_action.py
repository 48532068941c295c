from typing import Literal

ActionTransferAction = Literal["transfer"]

ACTION_TRANSFER_ACTION_VALUES: set[ActionTransferAction] = {
    "transfer",
}


def check_action_transfer_action(value: str) -> ActionTransferAction:
    if value in ACTION_TRANSFER_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_TRANSFER_ACTION_VALUES!r}")
