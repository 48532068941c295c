"""Following a contact on its page: follow, see who else in one's organisation follows,
stop; search for the contacts one follows; another organisation's contact is a 404."""
from tests.web.conftest import text


def test_follow_from_the_page_and_find_it_in_search(client, login_as, principals, raised):
    raiser = principals.user("user", "ALP")
    contact, other = raised(raiser), raised(raiser)
    colleague = principals.user("read_only", "ALP")
    from core.contacts import watch
    watch(colleague, contact)
    login_as("user", "ALP")
    page = text(client.get(f"/shipper/contacts/{contact.reference}"))
    assert "Follow this contact" in page and f"Also followed by {colleague.display_name}" in page
    done = client.post(f"/shipper/contacts/{contact.reference}/following", data={"follow": "1"})
    assert done.status_code == 302
    page = text(client.get(f"/shipper/contacts/{contact.reference}"))
    assert "You follow this contact" in page and "Stop following" in page
    found = text(client.get("/shipper/search?watching=1"))
    assert contact.reference in found and other.reference not in found
    client.post(f"/shipper/contacts/{contact.reference}/following", data={"follow": "0"})
    assert "Follow this contact" in text(client.get(f"/shipper/contacts/{contact.reference}"))
    assert contact.reference not in text(client.get("/shipper/search?watching=1"))
    assert "Also followed by" in text(client.get(f"/shipper/contacts/{contact.reference}"))


def test_the_cdsp_side_does_not_see_a_participants_followers(client, login_as, principals,
                                                             raised):
    contact = raised(principals.user("user", "ALP"))
    follower = principals.user("user", "ALP")
    from core.contacts import watch
    watch(follower, contact)
    login_as("agent")
    page = text(client.get(f"/cdsp/contacts/{contact.reference}"))
    assert "Follow this contact" in page and "Also followed by" not in page


def test_another_organisations_contact_is_not_found(client, login_as, principals, raised):
    contact = raised(principals.user("user", "ALP"))
    login_as("user", "BET")
    response = client.post(f"/shipper/contacts/{contact.reference}/following", data={"follow": "1"})
    assert response.status_code == 404
