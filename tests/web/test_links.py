"""Linked contacts on a contact's page: each link opens the other contact; a reader links
another contact by reference (related, or this one a duplicate of it) and unlinks a related
one; another organisation's contact is not found, and a link to a contact the reader cannot
see is not shown."""
import re

from core.contacts import act, link_contacts
from core.models import ContactLink
from tests.web.conftest import text


def linked(page):
    """The references the page's Linked contacts section links to, by label."""
    section = page.split('id="links"', 1)[1].split('id="correspondence"', 1)[0]
    return {label: re.findall(r'href="/[a-z]+/contacts/([A-Z0-9-]+)"', body)
            for label, body in re.findall(r"<dt>([^<]+)</dt><dd>(.*?)</dd>", section, re.S)}


def test_link_a_related_contact_then_unlink_it(client, login_as, raised):
    user = login_as("user", "ALP")
    a, b = raised(user, originator_ref="R-A"), raised(user, originator_ref="R-B")
    url = f"/shipper/contacts/{a.reference}"
    assert "No contacts are linked to this one." in text(client.get(url))
    done = client.post(f"{url}/links", data={"reference": b.reference, "kind": "related"})
    assert done.status_code == 302 and done.headers["Location"].endswith(f"{url}#links")
    page = text(client.get(url))
    assert "The contacts are linked." in page and linked(page) == {"Related to": [b.reference]}
    assert linked(text(client.get(f"/shipper/contacts/{b.reference}"))) == {"Related to": [a.reference]}
    removed = client.post(f"{url}/links/{b.reference}/remove")
    assert removed.status_code == 302 and ContactLink.select().count() == 0


def test_a_bad_reference_is_explained_on_the_form(client, login_as, raised):
    user = login_as("user", "ALP")
    a = raised(user)
    response = client.post(f"/shipper/contacts/{a.reference}/links",
                           data={"reference": a.reference, "kind": "related"})
    page = text(response)
    assert response.status_code == 422 and "A contact cannot be linked to itself." in page
    assert 'href="#link-reference"' in page and 'id="link-reference-error"' in page


def test_the_holder_closes_a_duplicate_from_the_form(app, principals, raised):
    user = principals.user("user", "ALP")
    a, b = raised(user, originator_ref="R-A"), raised(user, originator_ref="R-B")
    agent = principals.sign_in(app.test_client(), principals.user("agent"))
    url = f"/cdsp/contacts/{b.reference}"
    assert 'value="duplicate_of"' in text(agent.get(url))
    done = agent.post(f"{url}/links", data={"reference": a.reference, "kind": "duplicate_of"})
    assert done.status_code == 302
    page = text(agent.get(url))
    assert "The contact is closed as a duplicate." in page and "Closed as a duplicate" in page
    assert linked(page) == {"Duplicate of": [a.reference]}
    assert linked(text(agent.get(f"/cdsp/contacts/{a.reference}"))) == {"Duplicate": [b.reference]}
    assert "Unlink" not in page.split('id="links"', 1)[1].split('id="correspondence"', 1)[0]


def test_each_form_offers_only_what_the_reader_may_do(principals, raised):
    user = principals.user("user", "ALP")
    a = raised(user)
    reader, _ = principals.client("read_only", "ALP")
    page = text(reader.get(f"/shipper/contacts/{a.reference}"))
    assert 'id="link-reference"' not in page
    shipper, _ = principals.client("user", "ALP")
    page = text(shipper.get(f"/shipper/contacts/{a.reference}"))
    assert 'value="related"' in page and 'value="duplicate_of"' in page   # the originator's
    assert reader.post(f"/shipper/contacts/{a.reference}/links",
                       data={"reference": "X"}).status_code == 403


def test_another_organisations_contact_is_not_found_nor_shown(app, principals, raised):
    alp = principals.user("user", "ALP")
    a, b = raised(alp, originator_ref="R-A"), raised(alp, originator_ref="R-B")
    theirs = raised(principals.user("user", "BET"), originator_ref="R-Z")
    agent = principals.user("agent")
    link_contacts(agent, a, b.reference)
    link_contacts(agent, a, theirs.reference)
    shipper, _ = principals.client("user", "ALP")
    page = text(shipper.get(f"/shipper/contacts/{a.reference}"))
    assert linked(page) == {"Related to": [b.reference]} and theirs.reference not in page
    stranger, _ = principals.client("user", "BET")
    base = f"/shipper/contacts/{a.reference}"
    for response in (stranger.get(base),
                     stranger.post(f"{base}/links", data={"reference": theirs.reference}),
                     stranger.post(f"{base}/links/{b.reference}/remove")):
        assert response.status_code == 404 and a.reference not in text(response)
    refused = shipper.post(f"{base}/links", data={"reference": theirs.reference})
    assert refused.status_code == 422 and ContactLink.select().count() == 2


def test_a_challenge_and_its_follow_up_link_each_other(principals, raised):
    user_client, user = principals.client("user", "ALP")
    agent = principals.user("agent")
    contact = raised(user)
    act(agent, contact, "accept", "web")
    act(agent, contact, "resolve", "web", text="Adjusted")
    follow_up = act(user, contact, "challenge", "web", text="Still wrong")
    assert linked(text(user_client.get(f"/shipper/contacts/{follow_up.reference}"))) == \
        {"Challenge of": [contact.reference]}
    assert linked(text(user_client.get(f"/shipper/contacts/{contact.reference}"))) == \
        {"Follow-up": [follow_up.reference]}
