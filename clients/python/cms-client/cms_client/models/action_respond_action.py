from typing import Literal

ActionRespondAction = Literal["respond"]

ACTION_RESPOND_ACTION_VALUES: set[ActionRespondAction] = {
    "respond",
}


def check_action_respond_action(value: str) -> ActionRespondAction:
    if value in ACTION_RESPOND_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_RESPOND_ACTION_VALUES!r}")
