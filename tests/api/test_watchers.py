"""Following a contact on the API: PUT and DELETE /contacts/{reference}/watchers/me, the
organisation's own followers on GET; another organisation's contact is a 404 on each; the
list's ``watching`` filter; documented in the OpenAPI."""
from tests.api.conftest import enq


def _put(caller, path):
    return caller.client.put(f"/api/v1{path}", headers=caller.headers())


def _delete(caller, path):
    return caller.client.delete(f"/api/v1{path}", headers=caller.headers())


def test_follow_list_and_stop_following(api):
    alp, alp2, agent = api("user", "ALP"), api("read_only", "ALP"), api("agent")
    ref = alp.post("/contacts", json=enq()).json["reference"]
    alp.post("/contacts", json=enq(originator_ref="REF-2"))
    assert alp2.get(f"/contacts/{ref}/watchers").json == {"watching": False, "watchers": []}
    followed = _put(alp2, f"/contacts/{ref}/watchers/me")
    assert followed.status_code == 200
    assert followed.json == {"watching": True, "watchers": [alp2.user.email]}
    assert _put(alp2, f"/contacts/{ref}/watchers/me").json["watching"] is True   # again: no change
    assert _put(agent, f"/contacts/{ref}/watchers/me").json["watchers"] == [agent.user.email]
    assert alp.get(f"/contacts/{ref}/watchers").json == {"watching": False,
                                                         "watchers": [alp2.user.email]}
    listed = alp2.get("/contacts?watching=true").json["items"]
    assert [c["reference"] for c in listed] == [ref]
    assert len(alp2.get("/contacts?watching=false").json["items"]) == 1
    assert _delete(alp2, f"/contacts/{ref}/watchers/me").json["watching"] is False
    assert alp2.get("/contacts?watching=true").json["items"] == []


def test_another_organisations_contact_is_not_found(api, principals):
    principals.org("BET")
    alp, bet = api("user", "ALP"), api("user", "BET")
    ref = alp.post("/contacts", json=enq()).json["reference"]
    assert bet.get(f"/contacts/{ref}/watchers").status_code == 404
    assert _put(bet, f"/contacts/{ref}/watchers/me").status_code == 404
    assert _delete(bet, f"/contacts/{ref}/watchers/me").status_code == 404
    assert alp.get(f"/contacts/{ref}/watchers").json["watchers"] == []


def test_the_openapi_documents_following(api):
    spec = api("user", "ALP").client.get("/api/v1/openapi.json").json
    paths = spec["paths"]["/api/v1/contacts/{reference}/watchers/me"]
    assert {"put", "delete"} <= set(paths)
    params = {p["name"] for p in spec["paths"]["/api/v1/contacts"]["get"]["parameters"]}
    assert "watching" in params
