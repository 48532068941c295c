from typing import Literal

ActionMarkDuplicateAction = Literal["mark_duplicate"]

ACTION_MARK_DUPLICATE_ACTION_VALUES: set[ActionMarkDuplicateAction] = {
    "mark_duplicate",
}


def check_action_mark_duplicate_action(value: str) -> ActionMarkDuplicateAction:
    if value in ACTION_MARK_DUPLICATE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_MARK_DUPLICATE_ACTION_VALUES!r}")
