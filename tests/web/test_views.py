"""Saved views in the portal: a search saved under a name (with CSRF), listed under Views
with its count, opened a page at a time, shared with the organisation or not, deleted by
its owner only; a bad name is explained on the search page and saves nothing."""
import re

import pytest

from core.models import SavedView
from tests.support.confirm import confirmed
from tests.web.conftest import text


@pytest.fixture
def contacts(principals, raised, clock):
    user = principals.user("user", "ALP")
    made = []
    for n in range(3):
        made.append(raised(user, summary=f"Question {n}", originator_ref=f"ALP-Q{n}"))
        clock.advance(minutes=5)
    return made


def refs(page):
    return re.findall(r'<td><a href="/shipper/contacts/([A-Z]+-\d+-\d+)">', page)


def test_save_a_search_then_open_it_from_views(client, login_as, contacts):
    login_as("user", "ALP")
    search = text(client.get("/shipper/search?type=ENQ&sort=oldest"))
    action = re.search(r'<form method="post" action="([^"]+)" class="save-view"', search).group(1)
    saved = client.post(action.replace("&amp;", "&"), data={"view_name": "Our ENQs", "shared": "1"})
    assert saved.status_code == 302
    view = SavedView.get()
    assert view.filters == {"contact_type": "ENQ"} and view.shared
    page = text(client.get(saved.headers["Location"]))
    assert refs(page) == [c.reference for c in contacts] and "3 contacts match" in page
    listing = text(client.get("/shipper/views"))
    assert "Our ENQs" in listing and re.search(r'class="numeric">3<', listing)
    assert 'href="/shipper/views"' in text(client.get("/shipper/"))   # in the header


def test_a_bad_name_is_explained_on_the_search_page(client, login_as, contacts):
    login_as("user", "ALP")
    response = client.post("/shipper/search/views?type=ENQ", data={"view_name": ""})
    assert response.status_code == 422
    assert "Give the view a name." in text(response) and "The view was not saved" in text(response)
    assert refs(text(response))   # the results are still there
    assert SavedView.select().count() == 0


def test_colleagues_see_shared_views_only_and_cannot_delete_them(client, app, login_as,
                                                                 principals, contacts):
    login_as("user", "ALP")
    client.post("/shipper/search/views?type=ENQ", data={"view_name": "Shared", "shared": "1"})
    client.post("/shipper/search/views?type=ENQ", data={"view_name": "Private"})
    shared, private = (SavedView.get(SavedView.name == n) for n in ("Shared", "Private"))
    colleague, _ = principals.client("user", "ALP")
    assert "Shared" in text(colleague.get("/shipper/views"))
    assert "Private" not in text(colleague.get("/shipper/views"))
    assert colleague.get(f"/shipper/views/{private.id}").status_code == 404
    assert "Delete this view" not in text(colleague.get(f"/shipper/views/{shared.id}"))
    assert colleague.post(f"/shipper/views/{shared.id}/delete").status_code == 403
    stranger, _ = principals.client("user", "BET")
    assert stranger.get(f"/shipper/views/{shared.id}").status_code == 404
    assert stranger.post(f"/shipper/views/{shared.id}/delete").status_code == 404
    assert client.post(f"/shipper/views/{shared.id}/delete").status_code == 302
    assert SavedView.select().count() == 1


def test_bulk_work_from_a_view_says_what_was_done_and_what_was_refused(
        client, login_as, principals, raised, clock):
    from core.contacts import act, save_view
    from core.models import Contact
    alp = principals.user("user", "ALP")
    made = [raised(alp, summary=f"Q{n}") for n in range(3)]
    agent = login_as("agent")
    act(agent, made[2], "accept", "web")
    view = save_view(agent, "Everything", {"contact_type": "ENQ"})
    page = text(client.get(f"/cdsp/views/{view.id}"))
    assert page.count('name="reference"') == 3 and "Apply to selected" in page
    done = client.post(f"/cdsp/views/{view.id}/bulk", data=confirmed({
        "operation": "accept", "reference": [c.reference for c in made]}))
    assert done.status_code == 302
    page = text(client.get(done.headers["Location"]))
    assert f"Accept – done: {made[0].reference}, {made[1].reference}." in page
    assert re.search(rf'role="alert">Not changed – {made[2].reference}: ', page)
    assert {Contact.get_by_id(c.id).status for c in made} == {"accepted"}
    client.post(f"/cdsp/views/{view.id}/bulk", data=confirmed({
        "operation": "assign_me", "reference": [made[0].reference]}))
    assert Contact.get_by_id(made[0].id).assignee_id == agent.id
    nothing = client.post(f"/cdsp/views/{view.id}/bulk", data=confirmed(operation="accept"))
    assert "Choose the contacts" in text(client.get(nothing.headers["Location"]))
