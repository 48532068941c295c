from typing import Literal

ActionAmendAction = Literal["amend"]

ACTION_AMEND_ACTION_VALUES: set[ActionAmendAction] = {
    "amend",
}


def check_action_amend_action(value: str) -> ActionAmendAction:
    if value in ACTION_AMEND_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_AMEND_ACTION_VALUES!r}")
