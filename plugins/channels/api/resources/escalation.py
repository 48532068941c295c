"""``/api/v1/escalation-rules``: the CDSP admins' escalation rules (what happens when a
contact becomes at risk, breaches, or has a request about to close itself). Anyone else
is refused (403)."""
from flask_login import current_user

from core.contacts import delete_escalation_rule, escalation_rules, save_escalation_rule
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.idempotency import idempotent
from plugins.channels.api.schemas import EscalationRuleIn, EscalationRuleList, EscalationRuleOut

blp = api_blueprint("escalation-rules", __name__, "/escalation-rules",
                    "Escalation rules: the CDSP admins' answer to contacts at risk, breached "
                    "or about to lose their correspondence.")


ADMINS = "Only the CDSP's admins keep escalation rules."


def _out(rule):
    return {"id": rule.id, "name": rule.name, "trigger": rule.trigger, "action": rule.action,
            "contact_type": rule.contact_type, "target": rule.target,
            "tenant": rule.tenant.code if rule.tenant_id else None, "created_at": rule.created_at}


@blp.route("", methods=["GET"])
@blp.response(200, EscalationRuleList)
@blp.alt_response(403, description=ADMINS)
def index():
    """Every rule, by name."""
    return {"items": [_out(r) for r in escalation_rules(current_user._get_current_object())]}


@blp.route("", methods=["POST"])
@idempotent
@blp.arguments(EscalationRuleIn)
@blp.response(201, EscalationRuleOut)
@blp.alt_response(422, description="A field is not valid: `errors` says what to fix.")
@blp.alt_response(409, description="There is a rule of that name already.")
@blp.alt_response(403, description=ADMINS)
def create(body):
    """Add a rule: the scheduled job runs it from then on."""
    return _out(save_escalation_rule(current_user._get_current_object(), body)), 201


@blp.route("/<int:rule_id>", methods=["DELETE"])
@blp.response(204)
@blp.alt_response(403, description=ADMINS)
def delete(rule_id):
    """Delete a rule (what it did stays in the contacts' history and the audit)."""
    delete_escalation_rule(current_user._get_current_object(), rule_id)
    return ""
