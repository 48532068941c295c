from typing import Literal

ActionAllocateAction = Literal["allocate"]

ACTION_ALLOCATE_ACTION_VALUES: set[ActionAllocateAction] = {
    "allocate",
}


def check_action_allocate_action(value: str) -> ActionAllocateAction:
    if value in ACTION_ALLOCATE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_ALLOCATE_ACTION_VALUES!r}")
