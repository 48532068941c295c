from typing import Literal

ActionInAction = Literal[
    "accept",
    "allocate",
    "amend",
    "assign",
    "cancel",
    "challenge",
    "chase",
    "close",
    "extend",
    "mark_duplicate",
    "reject",
    "request_info",
    "resolve",
    "respond",
    "set_ced",
    "start",
    "transfer",
]

ACTION_IN_ACTION_VALUES: set[ActionInAction] = {
    "accept",
    "allocate",
    "amend",
    "assign",
    "cancel",
    "challenge",
    "chase",
    "close",
    "extend",
    "mark_duplicate",
    "reject",
    "request_info",
    "resolve",
    "respond",
    "set_ced",
    "start",
    "transfer",
}


def check_action_in_action(value: str) -> ActionInAction:
    if value in ACTION_IN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_IN_ACTION_VALUES!r}")
