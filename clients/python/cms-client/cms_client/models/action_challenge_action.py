from typing import Literal

ActionChallengeAction = Literal["challenge"]

ACTION_CHALLENGE_ACTION_VALUES: set[ActionChallengeAction] = {
    "challenge",
}


def check_action_challenge_action(value: str) -> ActionChallengeAction:
    if value in ACTION_CHALLENGE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_CHALLENGE_ACTION_VALUES!r}")
