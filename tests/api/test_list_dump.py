"""A page of contacts (``GET /contacts`` and a saved view's contacts) is written without the
schema (``serialize.dumped_page``), byte for byte as ``ContactPage`` dumped through
marshmallow itself would write it: every status, assignee, CED, parent, pause, resolution,
rejection and total."""
import pytest

from core import clock
from core.contacts import act, get_contact, raise_contact, save_view
from core.models import Contact
from plugins.channels.api import fastdump, schemas, serialize
from tests.contacts.conftest import EASTER_THURSDAY, GOOD


@pytest.fixture
def world(app, api, principals):
    principals.org("BET")
    with clock.frozen(EASTER_THURSDAY) as fixed:
        agent, alp = api("agent"), api("user", "ALP")
        made = []
        for code in ("ENQ", "RFA", "ENQ", "ENQ", "ENQ", "RFA"):
            made.append(raise_contact(alp.user, code, dict(GOOD[code]), "web"))
            fixed.advance(minutes=5)
        act(agent.user, made[0], "accept")
        act(agent.user, made[0], "assign", assignee=agent.user)
        act(agent.user, made[1], "accept")
        act(agent.user, made[1], "set_ced", code="RDVL")
        act(agent.user, made[2], "reject", code="REJ004", text="Raise a TOG instead.")
        act(agent.user, made[3], "accept")
        act(agent.user, made[3], "resolve", text="Answered")
        act(agent.user, made[4], "accept")
        act(agent.user, made[4], "request_info", kind="DCR", text="Which read?", due_days=5)
        Contact.update(outside_allowance=True, parent=made[3].id, fields={"note": "ä ✓", "n": 2},
                       allowance_verdict="valid", verdict_at=EASTER_THURSDAY
                       ).where(Contact.id == made[5].id).execute()
        fixed.advance(days=40)    # the open ones breached
        yield {"agent": agent, "alp": alp, "made": made, "clock": fixed}


def through_marshmallow(app, monkeypatch, answer):
    """``answer`` (items as serialize.contacts makes them) as the schema itself writes it."""
    monkeypatch.setattr(fastdump, "_plan", lambda schema: None)
    try:
        return app.json.response(schemas.ContactPage().dump(answer)).get_data()
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("who, query", [("agent", "?total=true"), ("alp", "?limit=2&order=due"),
                                        ("alp", "?newest_first=true&total=true")])
def test_a_page_is_written_as_the_schema_writes_it(world, app, monkeypatch, who, query):
    caller = world[who]
    response = caller.get(f"/contacts{query}")
    assert response.status_code == 200, response.json
    body = response.json
    assert len(body["items"]) >= 2
    with app.test_request_context():
        items = [get_contact(caller.user, item["reference"]) for item in body["items"]]
        answer = {"items": serialize.contacts(items), "next": body["next"]}
        if "total" in body:
            answer.update(total=body["total"], total_exact=body["total_exact"])
        assert response.get_data() == through_marshmallow(app, monkeypatch, answer)


def test_every_kind_of_value_is_on_the_page(world):
    items = {i["reference"]: i for i in world["agent"].get("/contacts").json["items"]}
    made = [items[c.reference] for c in world["made"]]
    assert made[0]["assignee"] and made[1]["ced"] == "RDVL"
    assert made[2]["rejection_code"] == "REJ004" and made[3]["resolved_at"].endswith("+00:00")
    assert made[4]["service_level"]["paused"] and made[5]["parent"] == made[3]["reference"]
    assert made[5]["outside_allowance"] and made[5]["verdict_at"] and made[5]["fields"]["note"] == "ä ✓"
    assert any(i["service_level"]["breached"] for i in made)


def test_a_saved_views_page_is_written_as_the_schema_writes_it(world, app, monkeypatch):
    alp = world["alp"]
    view = save_view(alp.user, "Everything", {})
    response = alp.get(f"/views/{view.id}/contacts?limit=4")
    assert response.status_code == 200, response.json
    body = response.json
    assert len(body["items"]) == 4 and body["next"] and body["total"] == 6
    with app.test_request_context():
        items = [get_contact(alp.user, item["reference"]) for item in body["items"]]
        answer = {"items": serialize.contacts(items), "next": body["next"],
                  "total": body["total"], "total_exact": body["total_exact"]}
        assert response.get_data() == through_marshmallow(app, monkeypatch, answer)
