from typing import Literal

ActionInVerdict = Literal["incorrect_data", "no_challenge", "valid"]

ACTION_IN_VERDICT_VALUES: set[ActionInVerdict] = {
    "incorrect_data",
    "no_challenge",
    "valid",
}


def check_action_in_verdict(value: str) -> ActionInVerdict:
    if value in ACTION_IN_VERDICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_IN_VERDICT_VALUES!r}")
