from typing import Literal

ActionAssignAction = Literal["assign"]

ACTION_ASSIGN_ACTION_VALUES: set[ActionAssignAction] = {
    "assign",
}


def check_action_assign_action(value: str) -> ActionAssignAction:
    if value in ACTION_ASSIGN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_ASSIGN_ACTION_VALUES!r}")
