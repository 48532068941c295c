from typing import Literal

ActionChaseAction = Literal["chase"]

ACTION_CHASE_ACTION_VALUES: set[ActionChaseAction] = {
    "chase",
}


def check_action_chase_action(value: str) -> ActionChaseAction:
    if value in ACTION_CHASE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CHASE_ACTION_VALUES!r}")
