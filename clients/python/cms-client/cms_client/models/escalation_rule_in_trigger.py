from typing import Literal

EscalationRuleInTrigger = Literal["at_risk", "breached", "closing"]

ESCALATION_RULE_IN_TRIGGER_VALUES: set[EscalationRuleInTrigger] = {
    "at_risk",
    "breached",
    "closing",
}


def check_escalation_rule_in_trigger(value: str) -> EscalationRuleInTrigger:
    if value in ESCALATION_RULE_IN_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ESCALATION_RULE_IN_TRIGGER_VALUES!r}")
