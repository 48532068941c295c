from typing import Literal

ARuleThatMovesAction = Literal["move"]

A_RULE_THAT_MOVES_ACTION_VALUES: set[ARuleThatMovesAction] = {
    "move",
}


def check_a_rule_that_moves_action(value: str) -> ARuleThatMovesAction:
    if value in A_RULE_THAT_MOVES_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {A_RULE_THAT_MOVES_ACTION_VALUES!r}")
