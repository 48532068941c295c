"""Saved views on the API: save the list's filters by name, list views with their counts,
page through a view's contacts, delete one's own; another organisation's view is a 404."""
import pytest

from core import clock
from core.contacts import act, raise_contact
from tests.contacts.conftest import EASTER_THURSDAY, GOOD


@pytest.fixture
def world(app, api, principals):
    principals.org("BET")
    with clock.frozen(EASTER_THURSDAY) as fixed:
        agent, other_agent, alp, bet = api("agent"), api("agent"), api("user", "ALP"), api("user", "BET")
        made = []
        for code in ("ENQ", "RFA", "ENQ"):
            made.append(raise_contact(alp.user, code, dict(GOOD[code]), "web"))
            fixed.advance(minutes=5)
        act(agent.user, made[0], "accept")
        act(agent.user, made[0], "assign", assignee=agent.user)
        yield {"agent": agent, "other_agent": other_agent, "alp": alp, "bet": bet, "made": made}


def test_save_list_and_page_through_a_shared_view(world):
    agent, other = world["agent"], world["other_agent"]
    saved = agent.post("/views", json={"name": "Unassigned ENQs and RFAs", "shared": True,
                                       "order": "due",
                                       "filters": {"type": "ENQ,RFA", "assignee": "nobody"}})
    assert saved.status_code == 201, saved.json
    view = saved.json
    assert view["filters"] == {"type": "ENQ,RFA", "assignee": "nobody"} and view["count"] == 2
    assert saved.headers["Location"].endswith(f"/api/v1/views/{view['id']}")
    listed = other.get("/views").json["items"]
    assert [(v["name"], v["mine"], v["count"]) for v in listed] == [("Unassigned ENQs and RFAs", False, 2)]
    first = other.get(f"/views/{view['id']}/contacts?limit=1")
    assert first.json["total"] == 2 and len(first.json["items"]) == 1
    rest = other.get(f"/views/{view['id']}/contacts?limit=1&cursor={first.json['next']}")
    assert rest.json["next"] is None
    got = {first.json["items"][0]["reference"], rest.json["items"][0]["reference"]}
    assert got == {world["made"][1].reference, world["made"][2].reference}


def test_me_is_whoever_opens_the_view(world):
    agent, other = world["agent"], world["other_agent"]
    view = agent.post("/views", json={"name": "Mine", "shared": True,
                                      "filters": {"assignee": "me"}}).json
    assert agent.get(f"/views/{view['id']}").json["count"] == 1
    assert other.get(f"/views/{view['id']}").json["count"] == 0


def test_other_organisations_and_private_views_are_not_found(world):
    alp, bet, agent = world["alp"], world["bet"], world["agent"]
    view = alp.post("/views", json={"name": "Ours", "shared": True, "filters": {}}).json
    private = agent.post("/views", json={"name": "Private", "filters": {}}).json
    for caller, target in ((bet, view), (agent, view), (world["other_agent"], private)):
        for path in (f"/views/{target['id']}", f"/views/{target['id']}/contacts"):
            assert caller.get(path).status_code == 404, path
        gone = caller.client.delete(f"/api/v1/views/{target['id']}", headers=caller.headers())
        assert gone.status_code == 404
    assert bet.get("/views").json == {"items": []}


def test_only_the_owner_deletes(world):
    agent, other = world["agent"], world["other_agent"]
    view = agent.post("/views", json={"name": "Team", "shared": True, "filters": {}}).json
    refused = other.client.delete(f"/api/v1/views/{view['id']}", headers=other.headers())
    assert refused.status_code == 403 and "Only the person" in refused.json["message"]
    done = agent.client.delete(f"/api/v1/views/{view['id']}", headers=agent.headers())
    assert done.status_code == 204
    assert agent.get(f"/views/{view['id']}").status_code == 404


@pytest.mark.parametrize("body, field", [
    ({"filters": {}}, "name"),
    ({"name": "x", "filters": {"colour": "red"}}, "colour"),
    ({"name": "x", "filters": {"status": "lost"}}, "status"),
    ({"name": "x", "order": "sideways"}, "order"),
    ({"name": "x", "filters": {"due_from": "soon"}}, "due_from"),
])
def test_a_bad_view_is_a_422_saying_what_to_fix(world, body, field):
    response = world["agent"].post("/views", json=body)
    assert response.status_code == 422, response.json
    assert field in str(response.json["errors"])
    assert world["agent"].get("/views").json == {"items": []}
