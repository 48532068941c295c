"""Each action's body holds only what that action takes: the document gives ``ActionIn`` and
``BulkActionIn`` as a ``oneOf`` of the actions' own bodies, chosen by ``action``, and the
service refuses (422) a field another action takes, as the document says."""
import pytest

from plugins.channels.api.action_bodies import ACTIONS, BODIES
from tests.api.conftest import enq


def test_each_action_is_documented_with_its_own_body(client):
    schemas = client.get("/api/v1/openapi.json").json["components"]["schemas"]
    chooser = schemas["ActionIn"]
    assert chooser["discriminator"]["propertyName"] == "action"
    assert set(chooser["discriminator"]["mapping"]) == set(ACTIONS)
    for action in ACTIONS:
        body = schemas[BODIES[action].__name__]
        assert body["properties"]["action"]["enum"] == [action]
        assert body["additionalProperties"] is False
    assert set(schemas["ActionAccept"]["properties"]) == {"action"}
    assert set(schemas["ActionExtend"]["required"]) == {"action", "due_days", "text"}
    assert "anyOf" in schemas["ActionReject"]     # code and text, or a template
    bulk = schemas["BulkActionIn"]["discriminator"]["mapping"]
    assert "references" in schemas[bulk["assign"].rsplit("/", 1)[1]]["properties"]


def test_amend_names_only_fields_of_a_contact_type(client):
    fields = client.get("/api/v1/openapi.json").json["components"]["schemas"]["ActionAmend"][
        "properties"]["fields"]
    assert fields["additionalProperties"] is False and fields["minProperties"] == 1
    assert {"mprn", "topic", "question"} <= set(fields["properties"])
    assert "summary" not in fields["properties"]


@pytest.mark.parametrize("body, field", [
    ({"action": "accept", "text": "Thanks"}, "text"),
    ({"action": "start", "fields": {}}, "fields"),
    ({"action": "respond", "to_org": "BET", "text": "Here"}, "to_org"),
    ({"action": "amend", "fields": {"topic": "data"}, "code": "X"}, "code"),
    ({"action": "extend", "due_days": 2}, "text"),
    ({"action": "amend"}, "fields"),
])
def test_a_field_the_action_does_not_take_is_refused(api, body, field):
    user, agent = api("user", "ALP"), api("agent")
    ref = user.post("/contacts", json=enq()).json["reference"]
    answer = agent.post(f"/contacts/{ref}/actions", json=body)
    assert answer.status_code == 422 and field in answer.json["errors"]["json"], answer.json


def test_an_unknown_action_names_the_actions(api):
    user = api("user", "ALP")
    ref = user.post("/contacts", json=enq()).json["reference"]
    answer = user.post(f"/contacts/{ref}/actions", json={"action": "dance"})
    assert answer.status_code == 422 and "accept" in str(answer.json["errors"]["json"]["action"])


def test_an_amendment_with_a_nul_in_a_key_is_a_field_no_type_has(api):
    user = api("user", "ALP")
    ref = user.post("/contacts", json=enq()).json["reference"]
    answer = user.post(f"/contacts/{ref}/actions",
                       json={"action": "amend", "fields": {"top\u0000ic": "data"}})
    assert answer.status_code in (400, 422)


def test_the_bulk_body_is_the_actions_own_too(api):
    agent = api("agent")
    answer = agent.client.post("/api/v1/contacts/bulk-actions", headers=agent.headers(), json={
        "action": "accept", "references": ["ENQ-2026-000001"], "due_days": 3})
    assert answer.status_code == 422 and "due_days" in answer.json["errors"]["json"]
