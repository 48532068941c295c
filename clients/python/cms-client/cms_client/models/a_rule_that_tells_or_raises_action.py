from typing import Literal

ARuleThatTellsOrRaisesAction = Literal["notify", "priority"]

A_RULE_THAT_TELLS_OR_RAISES_ACTION_VALUES: set[ARuleThatTellsOrRaisesAction] = {
    "notify",
    "priority",
}


def check_a_rule_that_tells_or_raises_action(value: str) -> ARuleThatTellsOrRaisesAction:
    if value in A_RULE_THAT_TELLS_OR_RAISES_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RULE_THAT_TELLS_OR_RAISES_ACTION_VALUES!r}")
