from typing import Literal

ActionExtendAction = Literal["extend"]

ACTION_EXTEND_ACTION_VALUES: set[ActionExtendAction] = {
    "extend",
}


def check_action_extend_action(value: str) -> ActionExtendAction:
    if value in ACTION_EXTEND_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_EXTEND_ACTION_VALUES!r}")
