from typing import Literal

ActionCancelAction = Literal["cancel"]

ACTION_CANCEL_ACTION_VALUES: set[ActionCancelAction] = {
    "cancel",
}


def check_action_cancel_action(value: str) -> ActionCancelAction:
    if value in ACTION_CANCEL_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CANCEL_ACTION_VALUES!r}")
