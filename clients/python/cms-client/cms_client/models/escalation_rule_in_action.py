from typing import Literal

EscalationRuleInAction = Literal["move", "notify", "priority"]

ESCALATION_RULE_IN_ACTION_VALUES: set[EscalationRuleInAction] = {
    "move",
    "notify",
    "priority",
}


def check_escalation_rule_in_action(value: str) -> EscalationRuleInAction:
    if value in ESCALATION_RULE_IN_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ESCALATION_RULE_IN_ACTION_VALUES!r}")
