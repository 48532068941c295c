"""Escalation rules: a CDSP admin names, per contact type and portal, what happens when a
contact becomes at risk, breaches its service level, or has a request for information
about to close itself unanswered: tell the holder's supervisors, raise its priority, or
move it to another queue of the holder's group. The scheduled contact job runs them
(:func:`run`, from :func:`core.contacts.jobs.tick`); each rule acts on a contact once, and
every rule saved, deleted or run on a contact is audited."""
import peewee

from core import audit, clock
from core import db as database
from core.actors import SystemActor
from core.contacts import correspondence, events, lifecycle, queues
from core.contacts.listing import at_risk_condition, breached_condition
from core.contacts.registry import contact_types
from core.contacts.validation import BAD_VALUE, invalid
from core.errors import Forbidden, NotFound, Taken
from core.models import (CDSP_TENANT, Contact, Correspondence, Escalation, EscalationRule,
                         Organisation, Tenant, User)
from core.permissions import allowed
from core.tenancy import call_for_tenants

TRIGGERS = {"at_risk": "It becomes at risk of breaching its service level",
            "breached": "It breaches its service level",
            "closing": "A request for information on it closes itself unanswered by the end "
                       "of the next business day"}
ACTIONS = {"notify": "Tell the holder's supervisors (the CDSP's admins)",
           "priority": "Raise its priority",
           "move": "Move it to another queue of the holder's group"}
SUPERVISING_ROLES = ("supervisor", "lso", "admin")
BATCH = 1000        # contacts one rule acts on in one run; the next run takes the rest
CHANNEL = "system"
TAKEN = "There is a rule of that name: choose another."


def _admin(actor):
    if not allowed(actor, "cdsp.admin"):
        raise Forbidden("Only the CDSP's admins keep the escalation rules.")


def save_rule(actor, fields):
    """Add a rule; Invalid saying what to fix, Forbidden unless a CDSP admin."""
    _admin(actor)
    errors = {}
    name = str(fields.get("name") or "").strip()
    if not name or len(name) > 80:
        errors["name"] = "Give the rule a name of at most 80 characters."
    elif EscalationRule.select().where(EscalationRule.name == name).exists():
        errors["name"] = TAKEN
    trigger, action = fields.get("trigger"), fields.get("action")
    if trigger not in TRIGGERS:
        errors["trigger"] = f"Choose when it acts: {', '.join(TRIGGERS)}."
    if action not in ACTIONS:
        errors["action"] = f"Choose what it does: {', '.join(ACTIONS)}."
    code_type = str(fields.get("contact_type") or "").strip().upper() or None
    if code_type and code_type not in contact_types():
        errors["contact_type"] = "Choose a contact type, or none for every type."
    tenant_code = str(fields.get("tenant") or "").strip().lower() or None
    tenant = Tenant.by_code(tenant_code) if tenant_code else None
    if tenant_code and (tenant is None or tenant.code == CDSP_TENANT):
        errors["tenant"] = "Choose a participant portal, or none for every portal."
    target = str(fields.get("target") or "").strip().upper() or None
    if action == "move" and (not target or Organisation.by_code(target) is None):
        errors["target"] = "Name the organisation whose queue it moves to (of the holder's group)."
    elif action != "move" and target:
        errors["target"] = "Only a rule that moves contacts names a queue."
    if errors == {"name": TAKEN}:   # the only problem: the name is taken
        raise Taken("The rule was not saved: its name is taken.", errors)
    if errors:
        raise invalid("The rule was not saved: correct the fields marked.", errors, BAD_VALUE)
    with database.transaction():
        rule = EscalationRule.create(name=name, tenant=tenant, contact_type=code_type,
                                     trigger=trigger, action=action, target=target,
                                     created_by=getattr(actor, "id", None),
                                     created_at=clock.now())
        audit.record("escalation_rule.saved", actor=actor, org_id=actor.organisation_id,
                     target_type="escalation_rule", target_id=str(rule.id),
                     detail={"name": name, "trigger": trigger, "action": action,
                             "contact_type": code_type, "tenant": tenant_code, "target": target})
    return rule


def rules(actor):
    _admin(actor)
    return list(EscalationRule.select().order_by(EscalationRule.name))


def delete_rule(actor, rule_id):
    _admin(actor)
    rule = EscalationRule.get_or_none(EscalationRule.id == _int(rule_id))
    if rule is None:
        raise NotFound("There is no such escalation rule.")
    with database.transaction():
        rule.delete_instance()
        audit.record("escalation_rule.deleted", actor=actor, org_id=actor.organisation_id,
                     target_type="escalation_rule", target_id=str(rule.id),
                     detail={"name": rule.name})


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _closing(now):
    return Contact.id.in_(Correspondence.select(Correspondence.contact)
                          .where(correspondence.closing_soon(now)))


CONDITIONS = {"at_risk": at_risk_condition, "breached": breached_condition, "closing": _closing}


def candidates(rule, now):
    """The ids of the open contacts ``rule`` should act on now and has not acted on yet."""
    query = (Contact.select(Contact.id)
             .where(Contact.status.in_(sorted(lifecycle.BEFORE_RESOLUTION)) &
                    ~Contact.sandbox &       # a sandbox's are the scripted CDSP's (core.sandbox)
                    CONDITIONS[rule.trigger](now) &
                    ~Contact.id.in_(Escalation.select(Escalation.contact)
                                    .where(Escalation.rule == rule.id))))
    if rule.contact_type:
        query = query.where(Contact.contact_type == rule.contact_type)
    if rule.tenant_id:
        in_portal = Organisation.select(Organisation.id).where(
            Organisation.tenant == rule.tenant_id)
        query = query.where(Contact.originator_org.in_(in_portal) |
                            Contact.holder_org.in_(in_portal))
    return [c.id for c in query.order_by(Contact.due_at, Contact.id).limit(BATCH)]


def supervisors(contact):
    """The live supervisors, LSOs (a participant's) or admins (the CDSP's) of the holder."""
    return list(User.select().where(
        (User.organisation == contact.holder_org_id) & User.role.in_(SUPERVISING_ROLES) &
        User.deleted_at.is_null() & User.disabled_at.is_null()))


def _apply(rule, contact, now):
    """Do what ``rule`` says to ``contact`` (locked); answers what was done, in words."""
    actor = SystemActor("escalation")
    if rule.action == "priority":
        if contact.priority:
            return "already high priority"
        events.record(contact, "priority", actor, CHANNEL, now, before={"priority": "normal"},
                      after={"priority": "high"})
        contact.priority = 1
        contact.save()
        return "priority raised"
    if rule.action == "move":
        if contact.holder_org.code == rule.target:
            return f"already with {rule.target}"
        target = Organisation.by_code(rule.target)
        if target is None or target.id not in {o.id for o in queues.transfer_targets(contact.holder_org)}:
            return f"not moved: {rule.target} is not of the holder's group"
        queues.transfer(actor, contact, CHANNEL, now, to_org=target)
        return f"moved to {rule.target}"
    told = supervisors(contact)
    call_for_tenants("contact_escalated", {contact.holder_org.tenant.code},
                     contact=contact, rule=rule, user_ids=[u.id for u in told])
    return f"{len(told)} supervisors told"


def run(now=None):
    """Every active rule on the contacts it should act on now; answers how many acted."""
    now = now or clock.now()
    acted = 0
    for rule in EscalationRule.select().where(EscalationRule.active == True):   # noqa: E712
        for contact_id in candidates(rule, now):
            try:
                with database.transaction():
                    contact = Contact.locked(contact_id)
                    outcome = _apply(rule, contact, now)
                    Escalation.create(rule=rule.id, contact=contact_id, outcome=outcome, at=now)
                    audit.record("contact.escalated", actor=SystemActor("escalation"),
                                 org_id=None, target_type="contact",
                                 target_id=contact.reference,
                                 detail={"rule": rule.name, "trigger": rule.trigger,
                                         "action": rule.action, "outcome": outcome})
            except peewee.IntegrityError:      # another worker's run took it first
                continue
            acted += 1
    return acted


def escalations(contact):
    """What the rules did to ``contact``, oldest first (for its holder's side)."""
    return list(Escalation.select(Escalation, EscalationRule).join(EscalationRule)
                .where(Escalation.contact == contact.id).order_by(Escalation.at, Escalation.id))
