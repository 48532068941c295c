"""The API list takes the engine's filters and orders: several types at once, the assignee
('me', 'nobody', an email), CED, due dates, at risk, outside allowance, soonest due first,
and a total; bad values are a 422 naming the parameter; no filter reaches past the wall or
tells whether a person exists."""
import pytest

from core import clock
from core.contacts import act, raise_contact, sla_status
from core.models import Contact
from tests.contacts.conftest import EASTER_THURSDAY, GOOD


@pytest.fixture
def world(app, api, principals):
    principals.org("BET")
    with clock.frozen(EASTER_THURSDAY) as fixed:
        agent, alp, bet = api("agent"), api("user", "ALP"), api("user", "BET")
        made = []
        for caller, code in [(alp, "ENQ"), (alp, "RFA"), (bet, "ENQ"), (alp, "ENQ")]:
            made.append(raise_contact(caller.user, code, dict(GOOD[code]), "web"))
            fixed.advance(minutes=5)
        act(agent.user, made[0], "accept")
        act(agent.user, made[0], "assign", assignee=agent.user)
        act(agent.user, made[1], "accept")
        act(agent.user, made[1], "set_ced", code="RDVL")
        Contact.update(outside_allowance=True).where(Contact.id == made[3].id).execute()
        yield {"agent": agent, "alp": alp, "bet": bet, "made": made, "clock": fixed}


def refs(response):
    assert response.status_code == 200, response.json
    return [item["reference"] for item in response.json["items"]]


def test_filters_as_query_parameters(world):
    agent, made = world["agent"], world["made"]
    r = [c.reference for c in made]
    assert refs(agent.get("/contacts?type=RFA")) == [r[1]]
    assert refs(agent.get("/contacts?type=rfa,ENQ")) == r
    assert refs(agent.get("/contacts?status=accepted,submitted&originator=BET")) == [r[2]]
    assert refs(agent.get("/contacts?assignee=me")) == [r[0]]
    assert refs(agent.get(f"/contacts?assignee={agent.user.email}")) == [r[0]]
    assert refs(agent.get("/contacts?assignee=nobody")) == r[1:]
    assert refs(agent.get("/contacts?ced=RDVL")) == [r[1]]
    assert refs(agent.get("/contacts?outside_allowance=true")) == [r[3]]
    due = sla_status(made[1]).due_date.isoformat()
    assert r[1] in refs(agent.get(f"/contacts?due_from={due}&due_to={due}"))


def test_soonest_due_first_page_by_page_with_a_total(world):
    agent = world["agent"]
    first = agent.get("/contacts?order=due&limit=2&total=true")
    assert first.json["total"] == 4 and len(first.json["items"]) == 2
    rest = agent.get(f"/contacts?order=due&limit=2&total=true&cursor={first.json['next']}")
    assert rest.json["total"] == 4 and rest.json["next"] is None
    listed = [Contact.get(Contact.reference == ref) for ref in refs(first) + refs(rest)]
    assert [(c.due_at, c.id) for c in listed] == sorted((c.due_at, c.id) for c in listed)
    assert "total" not in agent.get("/contacts").json
    assert first.json["total_exact"] is True


def test_a_total_past_the_cap_says_it_is_not_exact(world, monkeypatch):
    from core.contacts import listing
    agent = world["agent"]
    monkeypatch.setattr(listing, "COUNT_CAP", 3)     # four contacts match
    answer = agent.get("/contacts?total=true&limit=2").json
    assert answer["total"] == 3 and answer["total_exact"] is False
    answer = agent.get("/contacts?total=true").json   # a first page holding all is its count
    assert answer["total"] == 4 and answer["total_exact"] is True
    monkeypatch.setattr(listing, "COUNT_CAP", 4)
    answer = agent.get("/contacts?total=true&limit=2").json
    assert answer["total"] == 4 and answer["total_exact"] is True


def test_at_risk_follows_the_clock(world):
    agent, fixed = world["agent"], world["clock"]
    with clock.frozen(fixed()) as now:
        assert refs(agent.get("/contacts?at_risk=true")) == []
        now.advance(days=30)
        at_risk = set(refs(agent.get("/contacts?at_risk=true")))
        breached = set(refs(agent.get("/contacts?breached=true")))
        for contact in world["made"]:
            status = sla_status(Contact.get_by_id(contact.id))
            assert (contact.reference in at_risk) == status.at_risk
            assert (contact.reference in breached) == status.breached
        assert breached


def test_a_participant_filters_only_within_its_wall(world):
    alp, bet = world["alp"], world["bet"]
    assert refs(alp.get("/contacts?originator=BET&total=true")) == []
    assert alp.get("/contacts?originator=BET&total=true").json["total"] == 0
    # someone of another organisation and no one at all get the same answer
    other = alp.get(f"/contacts?assignee={bet.user.email}&total=true")
    nobody = alp.get("/contacts?assignee=no-such-person@example.com&total=true")
    assert other.status_code == nobody.status_code == 200
    assert other.json == nobody.json == {"items": [], "next": None, "total": 0, "total_exact": True}


@pytest.mark.parametrize("query, field", [
    ("order=colour", "order"),
    ("due_from=tomorrow", "due_from"),
    ("raised_from=2026-04-02&raised_to=2026-04-01", "raised_to"),
    ("at_risk=perhaps", "at_risk"),
    ("status=lost", "status"),
])
def test_bad_values_are_a_422_naming_the_parameter(world, query, field):
    response = world["agent"].get(f"/contacts?{query}")
    assert response.status_code == 422, response.json
    assert field in str(response.json["errors"])


def test_the_openapi_document_lists_the_filters(client):
    params = {p["name"] for p in client.get("/api/v1/openapi.json").json["paths"]["/api/v1/contacts"]
              ["get"]["parameters"]}
    assert {"type", "assignee", "ced", "due_from", "due_to", "at_risk", "outside_allowance",
            "order", "newest_first", "total"} <= params
