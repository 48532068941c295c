"""POST /api/v1/contacts/bulk-actions: one action on many contacts, each done or refused
on its own, the answer saying which and why; another organisation's contacts are refused
as not found, one by one."""
from tests.api.conftest import enq


def test_done_and_refused_each_with_why(api):
    alp, agent = api("user", "ALP"), api("agent")
    refs = [alp.post("/contacts", json=enq(originator_ref=f"B-{n}")).json["reference"] for n in range(3)]
    agent.post(f"/contacts/{refs[1]}/actions", json={"action": "accept"})
    answer = agent.post("/contacts/bulk-actions", json={"references": refs, "action": "accept"})
    assert answer.status_code == 200, answer.json
    assert answer.json["done"] == [refs[0], refs[2]]
    [refused] = answer.json["refused"]
    assert refused["reference"] == refs[1] and refused["message"]
    assigned = agent.post("/contacts/bulk-actions", json={
        "references": refs, "action": "assign", "assignee": agent.user.email})
    assert assigned.json["done"] == refs
    for ref in refs:
        assert agent.get(f"/contacts/{ref}").json["assignee"] == agent.user.email


def test_another_organisations_contacts_are_refused_as_not_found(api, principals):
    principals.org("BET")
    alp, bet = api("user", "ALP"), api("lso", "BET")
    ref = alp.post("/contacts", json=enq()).json["reference"]
    answer = bet.post("/contacts/bulk-actions", json={"references": [ref], "action": "message",
                                                      "text": "Hello"})
    assert answer.json["done"] == [] and answer.json["refused"][0]["reference"] == ref
    assert "not" in answer.json["refused"][0]["message"].lower()
    assert alp.get(f"/contacts/{ref}").json["messages"] == []


def test_a_bad_bulk_request_is_a_422(api):
    agent = api("agent")
    for body, field in (({"references": [], "action": "accept"}, "references"),
                        ({"references": ["X"], "action": "attach"}, "action"),
                        ({"action": "accept"}, "references")):
        answer = agent.post("/contacts/bulk-actions", json=body)
        assert answer.status_code == 422 and field in answer.json["errors"]["json"], answer.json
