from typing import Literal

ActionSetCedAction = Literal["set_ced"]

ACTION_SET_CED_ACTION_VALUES: set[ActionSetCedAction] = {
    "set_ced",
}


def check_action_set_ced_action(value: str) -> ActionSetCedAction:
    if value in ACTION_SET_CED_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_SET_CED_ACTION_VALUES!r}")
