from typing import Literal

ActionMessageAction = Literal["message"]

ACTION_MESSAGE_ACTION_VALUES: set[ActionMessageAction] = {
    "message",
}


def check_action_message_action(value: str) -> ActionMessageAction:
    if value in ACTION_MESSAGE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_MESSAGE_ACTION_VALUES!r}")
