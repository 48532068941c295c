"""Internal notes on the API: each side lists and adds its own; the other side's notes are
in no answer (the contact, the list, its notes), and a webhook sends none of them."""
from core.db import db
from tests.api.conftest import enq

MARK = "zq-api-note-51c2"


def test_each_side_sees_only_its_notes_on_every_answer(api, principals):
    alp, alp2, agent = api("user", "ALP"), api("user", "ALP"), api("agent")
    from plugins.webhooks.models import Webhook
    Webhook.create(organisation=alp.user.organisation_id, url="https://example.com/h",
                   events="contact.raised,contact.updated,message.added", secret="s")
    ref = alp.post("/contacts", json=enq()).json["reference"]
    made = agent.post(f"/contacts/{ref}/notes", json={"text": f"CDSP only {MARK}"})
    assert made.status_code == 201 and made.json["author"] == agent.user.email
    assert alp.post(f"/contacts/{ref}/notes", json={"text": f"ALP only {MARK}"}).status_code == 201
    agent.post(f"/contacts/{ref}/actions", json={"action": "accept"})
    assert [n["body"] for n in agent.get(f"/contacts/{ref}/notes").json["items"]] == [f"CDSP only {MARK}"]
    assert [n["body"] for n in alp2.get(f"/contacts/{ref}/notes").json["items"]] == [f"ALP only {MARK}"]
    for caller in (alp, agent):
        for path in (f"/contacts/{ref}", "/contacts", f"/contacts?mprn={enq()['mprn']}"):
            text = caller.get(path).get_data(as_text=True)
            assert MARK not in text, (caller.user.email, path)
    deliveries = db.execute_sql("SELECT * FROM webhook_delivery").fetchall()
    assert deliveries and MARK not in repr(deliveries)


def test_another_organisations_notes_are_not_found(api, principals):
    principals.org("BET")
    alp, bet = api("user", "ALP"), api("lso", "BET")
    ref = alp.post("/contacts", json=enq()).json["reference"]
    assert bet.get(f"/contacts/{ref}/notes").status_code == 404
    assert bet.post(f"/contacts/{ref}/notes", json={"text": "hi"}).status_code == 404
    refused = alp.post(f"/contacts/{ref}/notes", json={"text": "  "})
    assert refused.status_code == 422 and "text" in refused.json["errors"]
