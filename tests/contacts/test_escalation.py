"""Escalation rules: a CDSP admin's rule, per type and portal, acts once on each contact
that becomes at risk, breaches, or has a request about to close itself: tells the holder's
supervisors (the CDSP's admins), raises its priority, or moves it to a queue of the
holder's group; refused rules say what to fix; all audited; run by the scheduled job."""
import datetime

import pytest

from core import clock as service_clock
from core.contacts import (act, delete_escalation_rule, escalation_rules, escalations,
                           raise_contact, save_escalation_rule)
from core.contacts.jobs import tick
from core.errors import Forbidden, Invalid
from core.models import AuditEntry, Contact, Organisation
from plugins.notifications.models import Notification


@pytest.fixture
def world(app, clock, principals, good, orgs):
    alp = principals.user("user", "ALP")
    return {"alp": alp, "admin": principals.user("admin"), "agent": principals.user("agent"),
            "rfa": raise_contact(alp, "RFA", good("RFA"), "web"),
            "enq": raise_contact(alp, "ENQ", good("ENQ"), "web")}


def _late(contact, days=40):
    """Move the contact's due date into the past: it is breached (and was at risk)."""
    Contact.update(due_at=service_clock.now() - datetime.timedelta(days=days)).where(
        Contact.id == contact.id).execute()


def test_a_rule_raises_the_priority_of_breached_rfas_once(world):
    save_escalation_rule(world["admin"], {"name": "Late RFAs", "trigger": "breached",
                                          "action": "priority", "contact_type": "RFA"})
    for contact in (world["rfa"], world["enq"]):
        _late(contact)
    assert tick()["escalated"] == 1
    assert tick()["escalated"] == 0                                  # once per contact
    assert Contact.get_by_id(world["rfa"].id).priority == 1
    assert Contact.get_by_id(world["enq"].id).priority == 0
    [done] = escalations(world["rfa"])
    assert done.outcome == "priority raised"
    entry = AuditEntry.get(AuditEntry.action == "contact.escalated")
    assert entry.target_id == world["rfa"].reference and entry.detail["rule"] == "Late RFAs"


def test_a_rule_tells_the_holders_supervisors_and_nobody_else(world, principals):
    other_admin = principals.user("admin")
    save_escalation_rule(world["admin"], {"name": "Closing", "trigger": "closing",
                                          "action": "notify"})
    act(world["agent"], world["enq"], "accept")
    act(world["agent"], world["enq"], "request_info", kind="DCR", text="Which?", due_days=1)
    tick()
    told = {n.user_id for n in Notification.select().where(Notification.kind == "escalated")}
    assert told == {world["admin"].id, other_admin.id}
    assert world["alp"].id not in told and world["agent"].id not in told
    [mail] = Notification.select().where(Notification.user == other_admin.id)
    assert "Rule:      Closing" in mail.body and "closes itself" in mail.body


def test_a_rule_moves_at_risk_contacts_only_within_the_holders_group(world, principals):
    save_escalation_rule(world["admin"], {"name": "Move", "trigger": "at_risk",
                                          "action": "move", "target": "BET"})
    Contact.update(due_at=service_clock.now() + datetime.timedelta(hours=4)).where(
        Contact.id == world["enq"].id).execute()
    tick()
    [done] = escalations(world["enq"])
    assert done.outcome.startswith("not moved") and \
        Contact.get_by_id(world["enq"].id).holder_org.code == "CDSP"


def test_a_move_to_a_queue_of_the_group_transfers_it(world, principals):
    cdsp = Organisation.get(Organisation.code == "CDSP")
    team = Organisation.create(code="CDSPB", name="CDSP billing team", tenant=cdsp.tenant,
                               parent=cdsp)
    save_escalation_rule(world["admin"], {"name": "Billing", "trigger": "breached",
                                          "action": "move", "target": "CDSPB",
                                          "contact_type": "ENQ", "tenant": "shipper"})
    _late(world["enq"])
    tick()
    assert Contact.get_by_id(world["enq"].id).holder_org_id == team.id


@pytest.mark.parametrize("fields, field", [
    ({"trigger": "someday"}, "trigger"), ({"action": "shout"}, "action"),
    ({"contact_type": "XYZ"}, "contact_type"), ({"tenant": "cdsp"}, "tenant"),
    ({"action": "move"}, "target"), ({"target": "BET"}, "target"), ({"name": ""}, "name"),
])
def test_a_bad_rule_says_what_to_fix(world, fields, field):
    with pytest.raises(Invalid) as caught:
        save_escalation_rule(world["admin"], {"name": "R", "trigger": "breached",
                                              "action": "priority", **fields})
    assert field in caught.value.errors and escalation_rules(world["admin"]) == []


def test_only_cdsp_admins_keep_rules(world):
    for who in ("agent", "alp"):
        with pytest.raises(Forbidden):
            save_escalation_rule(world[who], {"name": "R", "trigger": "breached",
                                              "action": "priority"})
    rule = save_escalation_rule(world["admin"], {"name": "R", "trigger": "breached",
                                                 "action": "priority"})
    with pytest.raises(Forbidden):
        delete_escalation_rule(world["agent"], rule.id)
    delete_escalation_rule(world["admin"], rule.id)
    assert escalation_rules(world["admin"]) == []
    assert AuditEntry.select().where(AuditEntry.action.startswith("escalation_rule.")).count() == 2
