from typing import Literal

ActionAcceptAction = Literal["accept"]

ACTION_ACCEPT_ACTION_VALUES: set[ActionAcceptAction] = {
    "accept",
}


def check_action_accept_action(value: str) -> ActionAcceptAction:
    if value in ACTION_ACCEPT_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_ACCEPT_ACTION_VALUES!r}")
