"""Escalation rules in the CDSP portal: an admin adds one (a bad one is explained and saves
nothing) and deletes it; others never reach the page; a contact whose priority a rule
raised says so on its page."""
from core.contacts import raise_contact
from core.models import Contact, EscalationRule
from tests.web.conftest import ENQ, text


def test_an_admin_adds_and_deletes_a_rule(client, login_as):
    login_as("admin")
    page = text(client.get("/cdsp/escalation"))
    assert "There are no escalation rules yet." in page
    bad = client.post("/cdsp/escalation", data={"name": "Move", "trigger": "breached",
                                                 "action": "move", "target": ""})
    assert bad.status_code == 422 and "Name the organisation" in text(bad)
    assert EscalationRule.select().count() == 0
    done = client.post("/cdsp/escalation", data={"name": "Late RFAs", "trigger": "breached",
                                                  "action": "priority", "contact_type": "RFA"})
    assert done.status_code == 302
    page = text(client.get("/cdsp/escalation"))
    assert "Late RFAs" in page and "Raise its priority" in page
    client.post(f"/cdsp/escalation/{EscalationRule.get().id}/delete")
    assert EscalationRule.select().count() == 0


def test_agents_and_participants_do_not_reach_the_page(client, login_as, principals):
    login_as("agent")
    assert client.get("/cdsp/escalation").status_code == 403
    shipper, _ = principals.client("lso", "ALP")
    assert shipper.get("/shipper/escalation").status_code == 404


def test_a_raised_priority_shows_on_the_contact(client, login_as, principals):
    contact = raise_contact(principals.user("user", "ALP"), "ENQ", dict(ENQ), "web")
    login_as("agent")
    assert "High priority" not in text(client.get(f"/cdsp/contacts/{contact.reference}"))
    Contact.update(priority=1).where(Contact.id == contact.id).execute()
    assert "High priority" in text(client.get(f"/cdsp/contacts/{contact.reference}"))
