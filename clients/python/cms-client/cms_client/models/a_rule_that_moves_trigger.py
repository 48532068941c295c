from typing import Literal

ARuleThatMovesTrigger = Literal["at_risk", "breached", "closing"]

A_RULE_THAT_MOVES_TRIGGER_VALUES: set[ARuleThatMovesTrigger] = {
    "at_risk",
    "breached",
    "closing",
}


def check_a_rule_that_moves_trigger(value: str) -> ARuleThatMovesTrigger:
    if value in A_RULE_THAT_MOVES_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RULE_THAT_MOVES_TRIGGER_VALUES!r}")
