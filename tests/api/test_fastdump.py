"""FastDumpSchema writes exactly what marshmallow's own dump writes."""
import datetime

import pytest
from marshmallow import fields, post_dump

from plugins.channels.api import fastdump, schemas, serialize
from tests.api.conftest import enq


def marshmallow_dump(schema, obj, many=None, monkeypatch=None):
    monkeypatch.setattr(fastdump, "_plan", lambda schema: None)
    try:
        return schema.dump(obj, many=many)
    finally:
        monkeypatch.undo()


def test_a_contact_with_every_kind_of_history_dumps_the_same(api, app, monkeypatch):
    user, agent = api("user", "ALP"), api("agent")
    ref = user.post("/contacts", json=enq()).json["reference"]
    user.post(f"/contacts/{ref}/messages", json={"text": "More detail."})
    agent.post(f"/contacts/{ref}/actions", json={"action": "accept"})
    agent.post(f"/contacts/{ref}/actions", json={"action": "request_info", "kind": "DCR",
                                                 "text": "Which read?", "due_days": 5})
    user.client.post(f"/api/v1/contacts/{ref}/attachments", headers=user.headers(),
                     data={"file": (__import__("io").BytesIO(b"%PDF-1.4 test"), "a.pdf")})
    from core.contacts import get_contact
    with app.test_request_context():
        contact = get_contact(agent.user, ref)
        body = serialize.detail(agent.user, contact)
    assert body["messages"] and body["correspondence"] and body["events"]
    schema = schemas.ContactDetailOut()
    fast = schema.dump(body)
    assert fast == marshmallow_dump(schema, body, monkeypatch=monkeypatch)
    assert fast["raised_at"].endswith("+00:00") and "fields" in fast and "fields_" not in fast
    page = {"items": [body, body], "next": None}
    assert schemas.ContactPage().dump(page) == marshmallow_dump(schemas.ContactPage(), page,
                                                                monkeypatch=monkeypatch)


@pytest.mark.parametrize("obj", [
    {},                                                              # every key missing
    {"reference": None, "due_at": None, "service_level": None, "parties": None},
    {"reference": 42, "outside_allowance": 1, "fields_": {"a": datetime.date(2026, 1, 2)},
     "raised_at": datetime.datetime(2026, 4, 2, 9, 0), "extra": "not in the schema",
     "service_level": {"target_days": "5", "due_date": datetime.date(2026, 4, 9), "paused": 0},
     "parties": [{"organisation": "ALP", "role": "originator"}, None]},
], ids=["empty", "nones", "conversions"])
def test_edge_values_dump_the_same(obj, monkeypatch):
    schema = schemas.ContactOut()
    assert schema.dump(obj) == marshmallow_dump(schema, obj, monkeypatch=monkeypatch)


def test_what_the_shortcut_does_not_cover_goes_through_marshmallow():
    class Hooked(fastdump.FastDumpSchema):
        name = fields.String()

        @post_dump
        def shout(self, data, **kwargs):
            return {k: v.upper() for k, v in data.items()}

    class Defaulted(fastdump.FastDumpSchema):
        name = fields.String(dump_default="nobody")

    class Row:
        name = "from an object"

    assert Hooked().dump({"name": "ann"}) == {"name": "ANN"}
    assert Defaulted().dump({}) == {"name": "nobody"}
    assert schemas.PartyOut().dump(Row()) == {}   # no organisation/role attributes: left out
    assert schemas.PartyOut(only=("role",)).dump({"organisation": "A", "role": "r"}) == {"role": "r"}
    assert schemas.PartyOut(many=True).dump([{"role": "r"}]) == [{"role": "r"}]
