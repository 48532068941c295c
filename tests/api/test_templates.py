"""Response templates on the API: an LSO or CDSP admin keeps them, their people use them on
an action or a bulk action, a preview shows the text on a contact; bad ones get a 422 with
what to fix; another organisation's template is a 404; all in the OpenAPI."""
from tests.api.conftest import enq


def _send(caller, method, path, json=None):
    return caller.client.open(f"/api/v1{path}", method=method, json=json, headers=caller.headers())


def test_keep_use_and_preview_a_template(api, principals):
    admin, agent, alp = api("admin"), api("agent"), api("user", "ALP")
    refs = [alp.post("/contacts", json=enq(originator_ref=f"R{i}")).json["reference"] for i in (1, 2)]
    made = admin.post("/templates", json={"name": "Done", "use": "resolution", "code": "RES001",
                                          "body": "We resolved {reference} for {originator}."})
    assert made.status_code == 201, made.json
    template = made.json["id"]
    listed = agent.get(f"/templates?use=resolution&contact={refs[0]}").json
    assert [t["name"] for t in listed["items"]] == ["Done"] and "due_date" in listed["variables"]
    assert agent.get(f"/templates/{template}/preview?contact={refs[0]}").json["text"] == \
        f"We resolved {refs[0]} for ALP."
    agent.post("/contacts/bulk-actions", json={"references": refs, "action": "accept"})
    done = agent.post("/contacts/bulk-actions", json={"references": refs, "action": "resolve",
                                                      "template": template, "text": "Thanks."})
    assert done.json["done"] == refs, done.json
    for ref in refs:
        contact = alp.get(f"/contacts/{ref}").json
        assert contact["resolution_code"] == "RES001"
        assert contact["resolution_text"] == f"We resolved {ref} for ALP.\n\nThanks."
    changed = _send(admin, "PUT", f"/templates/{template}",
                    {"name": "Done", "use": "resolution", "code": "RES002", "body": "Fixed."})
    assert changed.status_code == 200 and changed.json["code"] == "RES002"
    assert _send(admin, "DELETE", f"/templates/{template}").status_code == 204
    assert agent.get(f"/templates/{template}").status_code == 404


def test_a_bad_template_or_a_user_who_may_not_keep_them_is_refused(api):
    lso, user = api("lso", "ALP"), api("user", "ALP")
    bad = lso.post("/templates", json={"name": "X", "use": "message", "body": "Hi {who}"})
    assert bad.status_code == 422 and "body" in bad.json["errors"]
    assert "{who} is not a variable" in str(bad.json["errors"]["body"])
    assert user.post("/templates", json={"name": "X", "use": "message", "body": "Hi"}).status_code == 403
    assert lso.get("/templates").json["items"] == []


def test_another_organisations_template_is_not_found(api, principals):
    principals.org("BET")
    alp_lso, bet = api("lso", "ALP"), api("lso", "BET")
    template = alp_lso.post("/templates", json={"name": "Chase", "use": "message",
                                                "body": "Any news on {reference}?"}).json["id"]
    ref = alp_lso.post("/contacts", json=enq()).json["reference"]
    assert bet.get(f"/templates/{template}").status_code == 404
    assert _send(bet, "DELETE", f"/templates/{template}").status_code == 404
    assert _send(bet, "PUT", f"/templates/{template}",
                 {"name": "Mine", "use": "message", "body": "x"}).status_code == 404
    assert bet.get(f"/templates/{template}/preview?contact={ref}").status_code == 404
    used = alp_lso.post(f"/contacts/{ref}/messages", json={"template": template})
    assert used.status_code == 201, used.json
    assert used.json["body"] == f"Any news on {ref}?"
    refused = api("user", "BET").post(f"/contacts/{ref}/messages", json={"template": template})
    assert refused.status_code == 404


def test_the_openapi_documents_templates(api):
    spec = api("user", "ALP").client.get("/api/v1/openapi.json").json
    assert {"get", "post"} <= set(spec["paths"]["/api/v1/templates"])
    assert {"get", "put", "delete"} <= set(spec["paths"]["/api/v1/templates/{template_id}"])
    schemas = spec["components"]["schemas"]
    assert "template" in schemas["ActionResolve"]["properties"]
    assert "template" not in schemas["ActionAccept"]["properties"]
