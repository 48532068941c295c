"""A contact's page: what it shows, the actions offered (exactly those allowed), acting,
attachments; and another organisation's contact is not found on every route."""
import io
import re

import pytest

from core.contacts import act
from core.models import Attachment, Contact, ContactEvent
from tests.web.conftest import text

PDF = b"%PDF-1.4\n%%EOF\n"


def offered(page):
    return set(re.findall(r'name="action" value="([a-z_]+)"', page))


def test_the_page_shows_fields_status_holder_service_level_and_timeline(client, login_as,
                                                                        raised, principals,
                                                                        clock):
    user = login_as("user", "ALP")
    contact = raised(user, "RFA")
    act(principals.user("agent"), contact, "accept", "web")
    act(user, contact, "message", "web", text="Any news?")
    page = text(client.get(f"/shipper/contacts/{contact.reference}"))
    assert "Request For Adjustment" in page and contact.reference in page
    assert "Reads were estimated" in page and "M123" in page
    assert "<dt>Reason</dt><dd>Inaccurate read</dd>" in page   # the choice in words
    assert "<dt>Your reference</dt>" not in page   # none given
    assert 'tag--accepted">Accepted' in page
    assert "CDSP – Central Data Service Provider" in page
    assert 'role="progressbar"' in page and "0 of 10 business days used" in page
    assert "due by 18 Mar 2026" in page
    assert "Any news?" in page and "Raised to CDSP" in page
    assert "Help with this page" in page


def test_each_side_is_offered_exactly_its_actions(app, principals, raised):
    originator, agent = principals.user("user", "ALP"), principals.user("agent")
    contact = raised(originator)
    as_user, _ = principals.client("user", "ALP")
    as_agent = principals.sign_in(app.test_client(), agent)
    as_reader, _ = principals.client("read_only", "ALP")
    url = f"/shipper/contacts/{contact.reference}"
    assert offered(text(as_user.get(url))) == {"message", "cancel"}
    assert offered(text(as_agent.get(url.replace("shipper", "cdsp")))) == {
        "accept", "reject", "set_ced", "message", "assign"}
    assert offered(text(as_reader.get(url))) == set()
    act(agent, contact, "accept", "web")
    assert offered(text(as_agent.get(url.replace("shipper", "cdsp")))) == {
        "start", "resolve", "request_info", "allocate", "set_ced", "message", "assign"}
    act(agent, contact, "request_info", "web", kind="DCR", text="Which read?")
    assert offered(text(as_user.get(url))) == {"respond", "message", "cancel"}
    assert offered(text(as_agent.get(url.replace("shipper", "cdsp")))) == {
        "chase", "extend", "set_ced", "message", "assign"}
    act(originator, contact, "respond", "web", text="The June one")
    act(agent, contact, "resolve", "web", text="Adjusted")
    assert offered(text(as_user.get(url))) == {"close", "challenge", "message"}
    act(originator, contact, "close", "web")
    assert offered(text(as_user.get(url))) == set()


def test_a_dcr_answered_and_resolved_through_the_forms(app, principals, raised, clock):
    user_client, user = principals.client("user", "ALP")
    agent_client, _ = principals.client("agent")
    contact = raised(user)
    cdsp, shipper = f"/cdsp/contacts/{contact.reference}", f"/shipper/contacts/{contact.reference}"
    assert agent_client.post(cdsp + "/act", data={"action": "accept"}).status_code == 302
    response = agent_client.post(cdsp + "/act", data={"action": "request_info", "kind": "DCR",
                                                      "text": "Which read?", "due_days": "3"})
    assert response.status_code == 302
    page = text(user_client.get(shipper))
    assert "Data Clarification Request" in page and "Which read?" in page
    assert "9 Mar 2026" in page   # three business days to answer
    assert "If it is not answered by then, work carries on without the answer." in page
    response = agent_client.post(cdsp + "/act", data={"action": "extend", "due_days": "2",
                                                      "text": "Their analyst is away."})
    assert response.status_code == 302
    agent_client.post(cdsp + "/act", data={"action": "chase", "text": ""})
    page = text(user_client.get(shipper))
    assert "11 Mar 2026" in page and "9 Mar 2026" not in page   # two more business days
    assert "Due date extended by 2 business days" in page and "Their analyst is away." in page
    assert "Reminder sent" in page and "is still waiting for your answer" in page
    user_client.post(shipper + "/act", data={"action": "respond", "text": "The June one"})
    agent_client.post(cdsp + "/act", data={"action": "resolve", "text": "Adjusted"})
    page = text(user_client.get(shipper))
    assert 'tag--resolved">Resolved' in page and "Adjusted" in page and "The June one" in page


def test_an_unanswered_request_says_what_became_of_the_contact(principals, raised, clock):
    from core.contacts.jobs import close_overdue_correspondence
    user_client, user = principals.client("user", "ALP")
    agent = principals.user("agent")
    contact = raised(user)
    act(agent, contact, "accept", "web")
    act(agent, contact, "request_info", "web", kind="DCR", text="Which read?", due_days=1)
    clock.advance(days=3)
    assert close_overdue_correspondence() == 1
    page = text(user_client.get(f"/shipper/contacts/{contact.reference}"))
    assert "auto closed" in page
    assert "Not answered in time: work carried on without the answer." in page


@pytest.mark.parametrize("data, field, message", [
    ({"action": "reject", "text": "No"}, "reject-code", "Choose a rejection code"),
    ({"action": "reject", "code": "REJ003"}, "reject-text", "Say why"),
    ({"action": "request_info", "kind": "DCR", "text": "?", "due_days": "99"},
     "request_info-due_days", "from 1 to 60"),
    ({"action": "extend", "due_days": "2", "text": ""}, "extend-text", "reason for the extension"),
    ({"action": "extend", "due_days": "soon", "text": "Away"}, "extend-due_days", "from 1 to 60"),
])
def test_a_bad_action_form_explains_next_to_the_field(principals, raised, data, field, message):
    agent_client, _ = principals.client("agent")
    contact = raised()
    if data["action"] in ("request_info", "extend"):
        act(principals.user("agent"), contact, "accept", "web")
    if data["action"] == "extend":
        act(principals.user("agent"), contact, "request_info", "web", kind="DCR", text="Which?")
    before = ContactEvent.select().count()
    response = agent_client.post(f"/cdsp/contacts/{contact.reference}/act", data=data)
    page = text(response)
    assert response.status_code == 422 and f'href="#{field}"' in page
    assert message in re.search(rf'id="{field}-error">(.*?)</p>', page, re.S).group(1)
    assert ContactEvent.select().count() == before


def test_an_action_the_status_does_not_allow_is_a_conflict(principals, raised):
    agent_client, _ = principals.client("agent")
    contact = raised()
    response = agent_client.post(f"/cdsp/contacts/{contact.reference}/act",
                                 data={"action": "resolve", "text": "Done"})
    assert response.status_code == 409
    assert "is possible only when it is" in text(response)


@pytest.mark.parametrize("role, data", [
    ("user", {"action": "accept"}),           # the originator does not work its own contact
    ("read_only", {"action": "message", "text": "Hi"}),
])
def test_a_role_that_may_not_act_is_refused(client, login_as, raised, role, data):
    login_as(role, "ALP")
    contact = raised()
    response = client.post(f"/shipper/contacts/{contact.reference}/act", data=data)
    assert response.status_code == 403
    assert Contact.get_by_id(contact.id).status == "submitted"


def test_an_unknown_action_is_explained(client, login_as, raised):
    login_as("user", "ALP")
    contact = raised()
    response = client.post(f"/shipper/contacts/{contact.reference}/act", data={"action": "amend"})
    assert response.status_code == 422 and "Choose one of the actions" in text(response)


def test_challenging_opens_the_follow_up(principals, raised):
    user_client, user = principals.client("user", "ALP")
    agent = principals.user("agent")
    contact = raised(user)
    act(agent, contact, "accept", "web")
    act(agent, contact, "resolve", "web", text="Adjusted")
    response = user_client.post(f"/shipper/contacts/{contact.reference}/act",
                                data={"action": "challenge", "text": "Still wrong"})
    follow_up = Contact.get(Contact.parent == contact.id)
    assert response.headers["Location"].endswith(f"/shipper/contacts/{follow_up.reference}")
    page = text(user_client.get(response.headers["Location"]))
    assert "<dt>Challenge of</dt>" in page
    assert f'href="/shipper/contacts/{contact.reference}">{contact.reference}</a>' in page


def test_files_are_attached_and_downloaded(client, login_as, raised):
    user = login_as("user", "ALP")
    contact = raised(user)
    url = f"/shipper/contacts/{contact.reference}"
    response = client.post(url + "/attachments", data={"file": (io.BytesIO(PDF), "read.pdf")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    item = Attachment.get()
    download = client.get(f"{url}/attachments/{item.id}")
    assert download.data == PDF and download.mimetype == "application/pdf"
    assert "attachment" in download.headers["Content-Disposition"]
    assert "read.pdf" in text(client.get(url))


def test_a_refused_file_is_explained(client, login_as, raised):
    login_as("user", "ALP")
    contact = raised()
    response = client.post(f"/shipper/contacts/{contact.reference}/attachments",
                           data={"file": (io.BytesIO(PDF), "read.csv")},
                           content_type="multipart/form-data")
    assert response.status_code == 422 and "its name must end in .pdf" in text(response)
    response = client.post(f"/shipper/contacts/{contact.reference}/attachments", data={})
    assert response.status_code == 422 and "Choose a file to attach." in text(response)
    assert Attachment.select().count() == 0


@pytest.fixture
def others_contact(principals, raised):
    """A contact of organisation A, with a file; and a client of organisation B."""
    owner = principals.user("user", "ALP")
    contact = raised(owner)
    item = act(owner, contact, "attach", "web", filename="a.pdf", content=PDF).attachments.get()
    stranger, _ = principals.client("lso", "BET")
    return contact, item, stranger


@pytest.mark.parametrize("method, path, data", [
    ("GET", "", None),
    ("POST", "/act", {"action": "cancel", "text": "x"}),
    ("POST", "/act", {"action": "message", "text": "x"}),
    ("POST", "/attachments", {"file": (io.BytesIO(PDF), "b.pdf")}),
    ("GET", "/attachments/{id}", None),
])
def test_another_organisations_contact_is_not_found_on_every_route(others_contact, method, path,
                                                                   data):
    contact, item, stranger = others_contact
    before = (ContactEvent.select().count(), Attachment.select().count())
    url = f"/shipper/contacts/{contact.reference}{path.format(id=item.id)}"
    response = stranger.open(url, method=method, data=data)
    assert response.status_code == 404
    assert "Page not found" in text(response)
    assert (ContactEvent.select().count(), Attachment.select().count()) == before
    assert Contact.get_by_id(contact.id).status == "submitted"


def test_an_attachment_of_another_contact_is_not_found_through_mine(client, login_as, raised,
                                                                    others_contact):
    contact, item, _ = others_contact
    user = login_as("user", "BET")
    mine = raised(user)
    assert client.get(f"/shipper/contacts/{mine.reference}/attachments/{item.id}").status_code == 404
