"""The CDSP admins' escalation rules in the portal: list, add, delete."""
from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from core.contacts import (ESCALATION_ACTIONS, ESCALATION_TRIGGERS, contact_types,
                           delete_escalation_rule, escalation_rules, save_escalation_rule)
from core.errors import Invalid, NotFound, messages
from core.tenancy import participant_tenants
from core.web import access, cdsp_only
from plugins.channels.web.blueprint import bp

FIELDS = ("name", "trigger", "action", "contact_type", "tenant", "target")


def _page(values=None, errors=None, status=200):
    return render_template(
        "web/escalation.html", rules=escalation_rules(current_user), triggers=ESCALATION_TRIGGERS,
        actions=ESCALATION_ACTIONS, types=[(t.code, t.name) for t in contact_types()],
        tenants=participant_tenants(),
        values=values or {}, errors=errors or {}), status


@bp.get("/escalation")
@cdsp_only
@access("cdsp.admin")
def escalation():
    return _page()


@bp.post("/escalation")
@cdsp_only
@access("cdsp.admin")
def save_escalation():
    values = {name: request.form.get(name, "") for name in FIELDS}
    try:
        rule = save_escalation_rule(current_user, values)
    except Invalid as exc:
        return _page(values, {k: " ".join(messages(v)) for k, v in exc.errors.items()}, 422)
    flash(f"The rule '{rule.name}' is saved: the scheduled job runs it from now on.")
    return redirect(url_for("web.escalation"))


@bp.post("/escalation/<int:rule_id>/delete")
@cdsp_only
@access("cdsp.admin")
def delete_escalation(rule_id):
    try:
        delete_escalation_rule(current_user, rule_id)
    except NotFound:
        flash("That rule was already deleted.", "error")
    else:
        flash("The rule is deleted.")
    return redirect(url_for("web.escalation"))
