from typing import Literal

ActionStartAction = Literal["start"]

ACTION_START_ACTION_VALUES: set[ActionStartAction] = {
    "start",
}


def check_action_start_action(value: str) -> ActionStartAction:
    if value in ACTION_START_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_START_ACTION_VALUES!r}")
