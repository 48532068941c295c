"""The API contract: each endpoint, and each error a client can meet."""
import pytest

from core.models import ApiKey, Contact
from tests.api.conftest import VALID_MPRN, enq
from tests.support.confirm import confirmed


def test_contact_types_lists_what_the_caller_may_raise(api):
    caller = api("user", "ALP")
    response = caller.get("/contact-types")
    assert response.status_code == 200
    types = {t["code"]: t for t in response.json["items"]}
    assert "ENQ" in types and "RFA" in types and "FOM" not in types  # FOM is for networks and UIPs
    assert types["ENQ"]["batch_fields"] == ["topic", "question"]
    assert {"name": "topic", "type": "string", "required": True} .items() <= types["ENQ"]["fields"][0].items()


def test_raise_a_contact(api):
    caller = api("user", "ALP")
    response = caller.post("/contacts", json=enq())
    assert response.status_code == 201, response.json
    body = response.json
    assert body["reference"].startswith("ENQ-") and body["status"] == "submitted"
    assert body["originator"] == "ALP" and body["holder"] == "CDSP"
    assert response.headers["Location"] == f"/api/v1/contacts/{body['reference']}"
    assert Contact.get(Contact.reference == body["reference"]).channel == "api"


@pytest.mark.parametrize("change, field", [
    ({"mprn": "3938424404"}, "mprn"),
    ({"summary": ""}, "summary"),
    ({"fields": {"topic": "weather", "question": "x"}}, "topic"),
    ({"type": "XXX"}, "type"),
])
def test_invalid_contacts_get_422_with_a_message_per_field(api, change, field):
    caller = api("user", "ALP")
    response = caller.post("/contacts", json=enq(**change))
    assert response.status_code == 422, response.json
    assert response.json["message"]
    assert field in str(response.json["errors"])
    assert Contact.select().count() == 0


def test_unknown_body_fields_are_refused(api):
    response = api("user", "ALP").post("/contacts", json=enq(colour="red"))
    assert response.status_code == 422 and "colour" in str(response.json["errors"])


def test_malformed_json_is_400(api):
    caller = api("user", "ALP")
    response = caller.client.post("/api/v1/contacts", data="{not json",
                                  headers=caller.headers({"Content-Type": "application/json"}))
    assert response.status_code == 400 and response.json["message"]


def test_wrong_content_type_is_415(api):
    caller = api("user", "ALP")
    response = caller.client.post("/api/v1/contacts", data="type=ENQ",
                                  headers=caller.headers({"Content-Type": "text/plain"}))
    assert response.status_code == 415 and "application/json" in response.json["message"]


def test_too_large_body_is_413(api):
    caller = api("user", "ALP")
    response = caller.post("/contacts", json=enq(summary="x" * (2 * 1024 * 1024)))
    assert response.status_code == 413 and response.json["message"]


@pytest.mark.parametrize("header", [None, "Bearer nope", "Bearer cms_00000000_forged", "Basic abc"])
def test_missing_or_bad_key_is_401(client, header):
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/v1/contacts", headers=headers)
    assert response.status_code == 401
    assert response.json == {"errors": {}, "message": "Send a valid API key as 'Authorization: Bearer <key>'."}


def test_a_session_cookie_does_not_open_the_api(client, login_as):
    login_as("user", "ALP")
    assert client.get("/api/v1/contacts").status_code == 401


def test_disabled_users_keys_stop_at_once(api, principals):
    caller = api("user", "ALP")
    assert caller.get("/contacts").status_code == 200
    lso_client, _ = principals.client("lso", "ALP")
    lso_client.post(f"/shipper/users/{caller.user.id}/disable", data=confirmed())
    assert caller.get("/contacts").status_code == 401


def test_keys_record_when_they_were_last_used(api):
    caller = api("user", "ALP")
    assert ApiKey.get().last_used_at is None
    caller.get("/contacts")
    assert ApiKey.get().last_used_at is not None


def test_list_filters_and_cursor_pagination(api):
    caller = api("user", "ALP")
    refs = [caller.post("/contacts", json=enq(originator_ref=f"R{i}")).json["reference"] for i in range(5)]
    first = caller.get("/contacts?limit=2")
    assert first.status_code == 200
    assert [c["reference"] for c in first.json["items"]] == refs[:2]
    second = caller.get(f"/contacts?limit=2&cursor={first.json['next']}")
    assert [c["reference"] for c in second.json["items"]] == refs[2:4]
    last = caller.get(f"/contacts?limit=2&cursor={second.json['next']}")
    assert [c["reference"] for c in last.json["items"]] == refs[4:] and last.json["next"] is None
    only = caller.get("/contacts?originator_ref=R3")
    assert [c["reference"] for c in only.json["items"]] == [refs[3]]
    assert caller.get("/contacts?status=submitted&type=ENQ").json["items"][0]["reference"] == refs[0]


@pytest.mark.parametrize("query, field", [("limit=0", "limit"), ("limit=201", "limit"),
                                          ("status=sleeping", "status"), ("cursor=@@@", "cursor"),
                                          ("updated_since=yesterday", "updated_since")])
def test_bad_list_parameters_are_422(api, query, field):
    response = api("user", "ALP").get(f"/contacts?{query}")
    assert response.status_code == 422 and field in str(response.json["errors"])


def test_read_a_contact_with_its_history(api):
    caller = api("user", "ALP")
    ref = caller.post("/contacts", json=enq()).json["reference"]
    caller.post(f"/contacts/{ref}/messages", json={"text": "More detail here."})
    body = caller.get(f"/contacts/{ref}").json
    assert body["reference"] == ref
    assert [e["kind"] for e in body["events"]][:1] == ["raised"]
    assert body["messages"][0]["body"] == "More detail here."
    assert "cancel" in body["actions"] and "accept" not in body["actions"]


def test_unknown_contact_is_404(api):
    response = api("user", "ALP").get("/contacts/ENQ-2026-999999")
    assert response.status_code == 404 and response.json["message"]


def test_actions_follow_the_lifecycle_and_permissions(api):
    user = api("user", "ALP")
    agent = api("agent")
    ref = user.post("/contacts", json=enq()).json["reference"]
    assert user.post(f"/contacts/{ref}/actions", json={"action": "accept"}).status_code == 403
    assert agent.post(f"/contacts/{ref}/actions", json={"action": "accept"}).json["status"] == "accepted"
    conflict = agent.post(f"/contacts/{ref}/actions", json={"action": "accept"})
    assert conflict.status_code == 409 and conflict.json["message"]
    response = agent.post(f"/contacts/{ref}/actions", json={"action": "resolve", "text": "Answered by phone."})
    assert response.status_code == 200 and response.json["status"] == "resolved"
    assert user.get(f"/contacts/{ref}").json["resolution_text"] == "Answered by phone."


def test_action_with_a_missing_parameter_is_422(api):
    user, agent = api("user", "ALP"), api("agent")
    ref = user.post("/contacts", json=enq()).json["reference"]
    response = agent.post(f"/contacts/{ref}/actions", json={"action": "reject"})
    assert response.status_code == 422 and response.json["errors"]
    assert agent.post(f"/contacts/{ref}/actions", json={"action": "dance"}).status_code == 422


def test_request_info_and_respond(api):
    user, agent = api("user", "ALP"), api("agent")
    ref = user.post("/contacts", json=enq()).json["reference"]
    agent.post(f"/contacts/{ref}/actions", json={"action": "accept"})
    response = agent.post(f"/contacts/{ref}/actions", json={
        "action": "request_info", "kind": "DCR", "text": "Which read do you mean?", "due_days": 5})
    assert response.status_code == 200 and response.json["status"] == "awaiting_originator"
    response = user.post(f"/contacts/{ref}/actions", json={"action": "respond", "text": "The June read."})
    assert response.status_code == 200, response.json
    detail = user.get(f"/contacts/{ref}").json
    assert detail["correspondence"][0]["status"] == "answered"


def test_the_sender_chases_and_extends_a_request(api):
    user, agent = api("user", "ALP"), api("agent")
    ref = user.post("/contacts", json=enq()).json["reference"]
    agent.post(f"/contacts/{ref}/actions", json={"action": "accept"})
    agent.post(f"/contacts/{ref}/actions", json={
        "action": "request_info", "kind": "DCR", "text": "Which read do you mean?", "due_days": 5})
    due = user.get(f"/contacts/{ref}").json["correspondence"][0]["due_at"]
    refused = agent.post(f"/contacts/{ref}/actions", json={"action": "extend", "due_days": 2})
    assert refused.status_code == 422 and "text" in refused.json["errors"]["json"]   # its schema says it
    assert user.post(f"/contacts/{ref}/actions", json={"action": "chase"}).status_code == 403
    assert agent.post(f"/contacts/{ref}/actions", json={"action": "chase"}).status_code == 200
    response = agent.post(f"/contacts/{ref}/actions", json={
        "action": "extend", "due_days": 2, "text": "Their analyst is away."})
    assert response.status_code == 200, response.json
    later = user.get(f"/contacts/{ref}").json["correspondence"][0]["due_at"]
    assert later > due


def test_attachments_up_and_down(api):
    caller = api("user", "ALP")
    ref = caller.post("/contacts", json=enq()).json["reference"]
    pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    import io
    response = caller.client.post(f"/api/v1/contacts/{ref}/attachments", headers=caller.headers(),
                                  data={"file": (io.BytesIO(pdf), "meter photo.pdf")},
                                  content_type="multipart/form-data")
    assert response.status_code == 201, response.json
    item = response.json
    assert item["content_type"] == "application/pdf" and item["size"] == len(pdf)
    download = caller.get(f"/contacts/{ref}/attachments/{item['id']}")
    assert download.status_code == 200 and download.data == pdf


def test_attachment_type_is_checked_by_content(api):
    caller = api("user", "ALP")
    ref = caller.post("/contacts", json=enq()).json["reference"]
    import io
    response = caller.client.post(f"/api/v1/contacts/{ref}/attachments", headers=caller.headers(),
                                  data={"file": (io.BytesIO(b"MZ\x90\x00binary"), "invoice.pdf")},
                                  content_type="multipart/form-data")
    assert response.status_code == 422 and response.json["errors"]


def test_cdsp_raises_to_a_participant(api, principals):
    principals.org("ALP")
    agent = api("agent")
    response = agent.post("/contacts", json=enq(to_org="ALP"))
    assert response.status_code == 201, response.json
    assert response.json["holder"] == "ALP"
    missing = agent.post("/contacts", json=enq())
    assert missing.status_code == 422 and "to_org" in missing.json["errors"]


def test_openapi_document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.json
    assert spec["openapi"].startswith("3.")
    assert {"/api/v1/contacts", "/api/v1/contacts/{reference}", "/api/v1/contacts/{reference}/actions",
            "/api/v1/contact-types"} <= set(spec["paths"])
    assert "ContactIn" in spec["components"]["schemas"]
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"


def test_unknown_api_path_is_json_404(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404 and response.json["message"]


def test_method_not_allowed_is_json_405(api):
    response = api("user", "ALP").client.delete("/api/v1/contacts")
    assert response.status_code == 405 and response.json["message"]


def test_updated_since_and_breached_filters(api):
    import datetime

    from core.db import utcnow
    from core.models import Contact
    caller = api("user", "ALP")
    old = caller.post("/contacts", json=enq(originator_ref="OLD")).json["reference"]
    new = caller.post("/contacts", json=enq(originator_ref="NEW")).json["reference"]
    long_ago = utcnow() - datetime.timedelta(days=40)
    Contact.update(updated_at=long_ago, raised_at=long_ago,
                   due_at=long_ago + datetime.timedelta(days=7)).where(Contact.reference == old).execute()
    since = (utcnow() - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert [c["reference"] for c in caller.get(f"/contacts?updated_since={since}").json["items"]] == [new]
    assert [c["reference"] for c in caller.get("/contacts?breached=true").json["items"]] == [old]
    assert [c["reference"] for c in caller.get("/contacts?breached=false").json["items"]] == [new]
    assert caller.get(f"/contacts/{old}").json["service_level"]["breached"] is True


@pytest.mark.parametrize("app_config", [{"CMS_ATTACHMENT_MAX_BYTES": 1000}])
def test_oversized_upload_is_refused_before_it_is_read(api, app_config):
    import io
    caller = api("user", "ALP")
    ref = caller.post("/contacts", json=enq()).json["reference"]
    big = b"%PDF-1.4\n" + b"0" * 200_000
    response = caller.client.post(f"/api/v1/contacts/{ref}/attachments", headers=caller.headers(),
                                  data={"file": (io.BytesIO(big), "big.pdf")},
                                  content_type="multipart/form-data")
    assert response.status_code == 413 and response.json["message"]


def test_a_tenants_plugin_overrides_count_from_the_next_request(api):
    """The key's query also reads its tenant's plugin overrides: a toggle is seen at once."""
    from core.actors import SystemActor
    from core.tenancy import set_plugin_enabled
    caller = api("user", "ALP")
    assert "ENQ" in {t["code"] for t in caller.get("/contact-types").json["items"]}
    set_plugin_enabled(SystemActor("test"), "shipper", "enq", False)
    assert "ENQ" not in {t["code"] for t in caller.get("/contact-types").json["items"]}
    assert caller.post("/contacts", json=enq()).status_code == 422
    set_plugin_enabled(SystemActor("test"), "shipper", "enq", True)
    assert caller.post("/contacts", json=enq()).status_code == 201


def test_a_party_added_by_an_action_is_in_its_answer(api, principals):
    """An action's answer lists the party it added (parties are read with the contact)."""
    principals.user("user", "BET")
    user, agent = api("user", "ALP"), api("agent")
    ref = user.post("/contacts", json=enq()).json["reference"]
    assert [p["organisation"] for p in agent.get(f"/contacts/{ref}").json["parties"]] == ["ALP", "CDSP"]
    agent.post(f"/contacts/{ref}/actions", json={"action": "accept"})
    response = agent.post(f"/contacts/{ref}/actions", json={"action": "allocate", "to_org": "BET"})
    assert response.status_code == 200, response.json
    assert [p["organisation"] for p in response.json["parties"]] == ["ALP", "CDSP", "BET"]
