"""Internal notes on a contact's page: the writer's side reads them, the other side's page
and CSV export never show them; a blank note is explained and adds nothing."""
from tests.web.conftest import text

MARK = "zq-web-note-88d1"


def test_notes_stay_on_their_side(client, app, login_as, principals, raised):
    contact = raised(principals.user("user", "ALP"))
    agent = login_as("agent")
    added = client.post(f"/cdsp/contacts/{contact.reference}/notes", data={"note": f"Staff {MARK}"})
    assert added.status_code == 302
    page = text(client.get(f"/cdsp/contacts/{contact.reference}"))
    assert f"Staff {MARK}" in page and agent.display_name in page
    shipper, _ = principals.client("user", "ALP")
    page = text(shipper.get(f"/shipper/contacts/{contact.reference}"))
    assert MARK not in page and "No notes yet." in page
    shipper.post(f"/shipper/contacts/{contact.reference}/notes", data={"note": f"Ours {MARK}"})
    assert f"Ours {MARK}" in text(shipper.get(f"/shipper/contacts/{contact.reference}"))
    assert f"Ours {MARK}" not in text(client.get(f"/cdsp/contacts/{contact.reference}"))
    for who, url in ((shipper, "/shipper/search/export.csv?type=ENQ"),
                     (client, "/cdsp/search/export.csv?type=ENQ")):
        assert MARK not in text(who.get(url))


def test_a_blank_note_is_explained(client, login_as, principals, raised):
    contact = raised(principals.user("user", "ALP"))
    login_as("user", "ALP")
    response = client.post(f"/shipper/contacts/{contact.reference}/notes", data={"note": ""})
    assert response.status_code == 422 and "Write the note." in text(response)
    stranger, _ = principals.client("user", "BET")
    assert stranger.post(f"/shipper/contacts/{contact.reference}/notes",
                         data={"note": "x"}).status_code == 404
