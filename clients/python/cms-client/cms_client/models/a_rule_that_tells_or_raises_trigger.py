from typing import Literal

ARuleThatTellsOrRaisesTrigger = Literal["at_risk", "breached", "closing"]

A_RULE_THAT_TELLS_OR_RAISES_TRIGGER_VALUES: set[ARuleThatTellsOrRaisesTrigger] = {
    "at_risk",
    "breached",
    "closing",
}


def check_a_rule_that_tells_or_raises_trigger(value: str) -> ARuleThatTellsOrRaisesTrigger:
    if value in A_RULE_THAT_TELLS_OR_RAISES_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RULE_THAT_TELLS_OR_RAISES_TRIGGER_VALUES!r}")
