"""Escalation rules on the API: a CDSP admin lists, adds and deletes them; a bad rule gets
a 422 with what to fix; anyone else a 403."""


def test_an_admin_keeps_rules_and_others_are_refused(api):
    admin, agent, lso = api("admin"), api("agent"), api("lso", "ALP")
    made = admin.post("/escalation-rules", json={"name": "Late", "trigger": "breached",
                                                 "action": "notify", "tenant": "shipper"})
    assert made.status_code == 201, made.json
    assert made.json["tenant"] == "shipper"
    assert [r["name"] for r in admin.get("/escalation-rules").json["items"]] == ["Late"]
    bad = admin.post("/escalation-rules", json={"name": "Late", "trigger": "breached",
                                                "action": "notify"})
    assert bad.status_code == 409 and "name" in bad.json["errors"]   # the name is taken
    both = admin.post("/escalation-rules", json={"name": "Late", "trigger": "breached",
                                                 "action": "notify", "target": "BET"})
    assert both.status_code == 422 and set(both.json["errors"]) == {"name", "target"}
    for caller in (agent, lso):
        assert caller.get("/escalation-rules").status_code == 403
        assert caller.post("/escalation-rules", json={"name": "X", "trigger": "breached",
                                                      "action": "priority"}).status_code == 403
    gone = admin.client.delete(f"/api/v1/escalation-rules/{made.json['id']}", headers=admin.headers())
    assert gone.status_code == 204 and admin.get("/escalation-rules").json["items"] == []
