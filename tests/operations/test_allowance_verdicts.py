"""The query allowance's verdict (UNC Mod 565): the CDSP says, when it clears a participant's
query, whether it was valid or invalid (no challenge to the data, or the sender's data was
incorrect), on every channel; it is recorded on the contact and in the audit log, both sides
read it, and the QCL's C01 carries it."""
import re

import pytest

from core.contacts import act
from core.errors import Invalid
from core.models import AuditEntry, Contact, ContactEvent
from plugins.channels.batch.reports import changes
from tests.operations.conftest import ENQ
from tests.web.conftest import text


@pytest.fixture
def accepted(principals, raise_enq):
    """An ENQ of ALP's, accepted by the CDSP."""
    contact = raise_enq(principals.user("user", "ALP"))
    act(principals.user("agent"), contact, "accept")
    return contact


def _fresh(contact):
    return Contact.get_by_id(contact.id)


def test_the_cdsp_resolves_valid_unless_it_says_otherwise(app, principals, accepted, raise_enq):
    agent = principals.user("agent")
    act(agent, accepted, "resolve", text="Answered")
    assert _fresh(accepted).allowance_verdict == "valid"
    other = raise_enq(accepted.originator_user)
    act(agent, other, "accept")
    act(agent, other, "resolve", text="Nothing wrong with the data", verdict="No_Challenge")
    fresh = _fresh(other)
    assert (fresh.allowance_verdict, fresh.verdict_at) == ("no_challenge", fresh.resolved_at)
    event = ContactEvent.select().where((ContactEvent.contact == other.id) &
                                        (ContactEvent.to_status == "resolved")).get()
    assert event.data["verdict"] == "no_challenge"
    entry = AuditEntry.select().where(AuditEntry.action == "contact.verdict",
                                      AuditEntry.target_id == other.reference).get()
    assert entry.detail == {"verdict": "no_challenge", "originator": "ALP"}
    assert entry.actor_email == agent.email


def test_a_cdsp_rejection_clears_the_query_as_the_senders_data_incorrect(app, principals,
                                                                         raise_enq):
    contact = raise_enq(principals.user("user", "ALP"))
    act(principals.user("agent"), contact, "reject", code="REJ003", text="No read given")
    assert _fresh(contact).allowance_verdict == "incorrect_data"


@pytest.mark.parametrize("verdict, says", [
    ("invalid", "Choose a verdict: valid, no_challenge, incorrect_data."),
    ("valid", "Only the CDSP gives a verdict"),
])
def test_a_bad_verdict_or_one_given_by_a_participant_is_refused(app, principals, accepted,
                                                               raise_enq, verdict, says):
    if verdict == "invalid":
        actor, contact = principals.user("agent"), accepted
    else:   # the CDSP raised it to ALP, whose supervisor resolves it
        actor = principals.user("supervisor", "ALP")
        contact = raise_enq_to(principals, "ALP")
        act(actor, contact, "accept")
    with pytest.raises(Invalid) as refused:
        act(actor, contact, "resolve", text="Done", verdict=verdict)
    assert says in refused.value.errors["verdict"]
    assert _fresh(contact).status != "resolved" and _fresh(contact).allowance_verdict is None


def raise_enq_to(principals, code):
    from core.contacts import raise_contact
    principals.org(code)
    return raise_contact(principals.user("agent"), "ENQ", dict(ENQ), "web", to_org=code)


def test_a_participant_resolving_the_cdsps_contact_gives_no_verdict(app, principals):
    contact = raise_enq_to(principals, "ALP")
    supervisor = principals.user("supervisor", "ALP")
    act(supervisor, contact, "accept")
    act(supervisor, contact, "resolve", text="Done")
    assert _fresh(contact).allowance_verdict is None


def test_the_portal_resolve_form_offers_the_verdict_to_the_cdsp_only(app, principals, accepted):
    agent_client, _ = principals.client("agent")
    user_client, _ = principals.client("user", "ALP")
    cdsp = f"/cdsp/contacts/{accepted.reference}"
    page = text(agent_client.get(cdsp))
    assert "Query allowance verdict" in page
    assert re.search(r'name="verdict" type="radio" value="valid" checked', page)
    assert "Invalid: the sender&#39;s data was incorrect" in page
    response = agent_client.post(cdsp + "/act", data={"action": "resolve", "text": "Your read "
                                                      "was wrong", "verdict": "nonsense"})
    assert response.status_code == 422 and "Choose a verdict" in text(response)
    response = agent_client.post(cdsp + "/act", data={"action": "resolve", "text": "Your read "
                                                      "was wrong", "verdict": "incorrect_data"})
    assert response.status_code == 302
    # the originator reads the verdict on its contact; it gives none itself
    page = text(user_client.get(f"/shipper/contacts/{accepted.reference}"))
    assert "Query allowance verdict" in page and "Invalid: the sender&#39;s data was incorrect" in page
    assert 'name="verdict"' not in page


def test_the_api_takes_and_shows_the_verdict(app, principals, accepted, api_key, client):
    agent = principals.user("agent")
    url = f"/api/v1/contacts/{accepted.reference}"
    response = client.post(url + "/actions", headers=api_key(agent),
                           json={"action": "resolve", "text": "x", "verdict": "maybe"})
    assert response.status_code == 422 and "verdict" in response.get_json()["errors"]["json"]
    response = client.post(url + "/actions", headers=api_key(agent),
                           json={"action": "resolve", "text": "Nothing to change",
                                 "verdict": "no_challenge"})
    assert response.status_code == 200
    assert response.get_json()["allowance_verdict"] == "no_challenge"
    body = client.get(url, headers=api_key(accepted.originator_user)).get_json()
    assert body["allowance_verdict"] == "no_challenge" and body["verdict_at"]


def test_the_qcl_carries_the_verdict(app, principals, accepted):
    agent, user = principals.user("agent"), accepted.originator_user
    act(agent, accepted, "resolve", text="No challenge", verdict="no_challenge")
    act(user, accepted, "close")
    closed, _ = changes(user.organisation, 0, ContactEvent.select().count() + 100)
    [row] = closed
    assert (row.cms_reference, row.outcome, row.verdict) == \
        (accepted.reference, "RESOLVED", "NO_CHALLENGE")
