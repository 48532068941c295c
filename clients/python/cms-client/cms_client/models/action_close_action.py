from typing import Literal

ActionCloseAction = Literal["close"]

ACTION_CLOSE_ACTION_VALUES: set[ActionCloseAction] = {
    "close",
}


def check_action_close_action(value: str) -> ActionCloseAction:
    if value in ACTION_CLOSE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CLOSE_ACTION_VALUES!r}")
