"""Contact templates on the API: list the templates you may raise from, read one, raise from
one with what differs (201, Location, Idempotency-Key); a stale template or a bad override
is a 422 naming the field; another organisation's template, another portal's and one whose
type is off are 404 on every route; all in the OpenAPI document."""
import pytest

from core.actors import SystemActor
from core.contacts import contact_types, save_contact_template
from core.models import Contact, ContactTemplate
from core.tenancy import set_plugin_enabled
from tests.api.conftest import VALID_MPRN

VALUES = {"summary": "Why was my read rejected?", "topic": "data", "question": "Read of 1 March."}


@pytest.fixture
def kept(principals):
    def make(org="ALP", name="Read refused", keeper="lso", **changes):
        return save_contact_template(principals.user(keeper, org), {
            "name": name, "contact_type": "ENQ", "values": {**VALUES, "mprn": VALID_MPRN},
            **changes})
    return make


def test_list_read_and_raise_from_a_template(api, kept):
    template = kept()
    alp = api("user", "ALP")
    listed = alp.get("/contact-templates")
    assert listed.status_code == 200
    [item] = listed.json["items"]
    assert item == alp.get(f"/contact-templates/{template.id}").json
    assert (item["name"], item["type"], item["owner"], item["published_to"], item["uses"]) == \
        ("Read refused", "ENQ", "ALP", None, 0)
    assert item["values"] == {"mprn": VALID_MPRN, "summary": VALUES["summary"],
                              "fields": {"topic": "data", "question": VALUES["question"]}}
    raised = alp.post(item["contacts"].removeprefix("/api/v1"),
                      json={"originator_ref": "ALP-T1", "fields": {"topic": "files"}},
                      headers={"Idempotency-Key": "from-template-1"})
    assert raised.status_code == 201, raised.json
    contact = raised.json
    assert raised.headers["Location"].endswith(f"/api/v1/contacts/{contact['reference']}")
    assert (contact["type"], contact["mprn"], contact["summary"], contact["originator_ref"]) == \
        ("ENQ", VALID_MPRN, VALUES["summary"], "ALP-T1")
    assert contact["fields"] == {"topic": "files", "question": VALUES["question"]}
    again = alp.post(f"/contact-templates/{template.id}/contacts",
                     json={"originator_ref": "ALP-T1", "fields": {"topic": "files"}},
                     headers={"Idempotency-Key": "from-template-1"})
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert Contact.select().count() == 1
    assert alp.get(f"/contact-templates/{template.id}").json["uses"] == 1


def test_a_null_override_leaves_the_templates_value_out(api, kept):
    template = kept()
    raised = api("user", "ALP").post(f"/contact-templates/{template.id}/contacts",
                                     json={"mprn": None, "fields": {"question": "Another?"}})
    assert raised.status_code == 201, raised.json
    assert raised.json["mprn"] is None and raised.json["fields"]["question"] == "Another?"


@pytest.mark.parametrize("body, field", [
    ({"fields": {"topic": "gossip"}}, "topic"),
    ({"fields": {"colour": "red"}}, "colour"),
    ({"mprn": "3938424404"}, "mprn"),
    ({"summary": None}, "summary"),
    ({"originator_ref": "not a reference"}, "originator_ref"),
    ({"to_org": "BET"}, "to_org"),
    ({"fields": "everything"}, "fields"),
    ({"extra": 1}, "extra"),
])
def test_a_bad_override_is_a_422_naming_the_field(api, kept, body, field):
    template = kept()
    refused = api("user", "ALP").post(f"/contact-templates/{template.id}/contacts", json=body)
    assert refused.status_code == 422, refused.json
    errors = refused.json["errors"]
    assert field in errors.get("json", errors)     # the body's own shape is checked first
    assert Contact.select().count() == 0


def test_a_stale_template_is_a_422_naming_the_field_never_a_500(api, kept):
    template = kept()
    ContactTemplate.update(values={**VALUES, "topic": "gossip", "colour": "red"}).where(
        ContactTemplate.id == template.id).execute()
    alp = api("user", "ALP")
    refused = alp.post(f"/contact-templates/{template.id}/contacts", json={})
    assert refused.status_code == 422
    assert {"topic", "colour"} <= set(refused.json["errors"])
    assert "comes from the template 'Read refused'" in refused.json["errors"]["topic"][0]
    fixed = alp.post(f"/contact-templates/{template.id}/contacts",
                     json={"fields": {"topic": "data", "colour": None}})
    assert fixed.status_code == 201, fixed.json


@pytest.mark.parametrize("role, org", [("user", "BET"), ("lso", "BET"), ("user", "NWG"),
                                       ("agent", None), ("admin", None)])
def test_another_organisations_template_is_a_404_on_every_route(api, kept, role, org):
    template = kept()
    other = api(role, org or "ALP")
    assert other.get("/contact-templates").json["items"] == []
    assert other.get(f"/contact-templates/{template.id}").status_code == 404
    refused = other.post(f"/contact-templates/{template.id}/contacts",
                         json={"to_org": "ALP"} if org is None else {})
    assert refused.status_code == 404
    assert Contact.select().count() == 0


def test_a_template_the_cdsp_published_reaches_its_portal_only(api, kept):
    published = kept(org=None, keeper="admin", name="Address", tenant="shipper")
    for org in ("ALP", "BET"):
        [item] = api("user", org).get("/contact-templates").json["items"]
        assert (item["id"], item["owner"], item["published_to"]) == (published.id, "CDSP", "shipper")
    assert api("user", "BET").post(f"/contact-templates/{published.id}/contacts",
                                   json={}).status_code == 201
    assert api("user", "NWG").get(f"/contact-templates/{published.id}").status_code == 404
    assert api("agent").get(f"/contact-templates/{published.id}").status_code == 404


def test_a_template_whose_type_is_off_is_a_404(api, kept):
    template = kept()
    set_plugin_enabled(SystemActor("test"), "shipper", contact_types()["ENQ"].plugin, False)
    alp = api("user", "ALP")
    assert alp.get("/contact-templates").json["items"] == []
    assert alp.get(f"/contact-templates/{template.id}").status_code == 404
    assert alp.post(f"/contact-templates/{template.id}/contacts", json={}).status_code == 404


@pytest.mark.parametrize("ident", ["0", "99999999999999999999", "2147483648"])
def test_an_impossible_id_is_a_404(api, ident):
    alp = api("user", "ALP")
    assert alp.get(f"/contact-templates/{ident}").status_code == 404
    assert alp.post(f"/contact-templates/{ident}/contacts", json={}).status_code == 404


def test_the_cdsps_staff_raise_from_its_own_templates_naming_the_recipient(api, kept, principals):
    principals.org("ALP")
    template = kept(org=None, keeper="admin", name="Ask")
    agent = api("agent")
    assert agent.post(f"/contact-templates/{template.id}/contacts", json={}).status_code == 422
    raised = agent.post(f"/contact-templates/{template.id}/contacts", json={"to_org": "ALP"})
    assert raised.status_code == 201, raised.json
    assert "ALP" in {p["organisation"] for p in raised.json["parties"]}


def test_the_openapi_document_describes_them(client):
    document = client.get("/api/v1/openapi.json").json
    paths = document["paths"]
    assert set(paths["/api/v1/contact-templates"]) == {"get"}
    assert set(paths["/api/v1/contact-templates/{contact_template_id}"]) - {"parameters"} == {"get"}
    raising = paths["/api/v1/contact-templates/{contact_template_id}/contacts"]["post"]
    assert {"201", "404", "422"} <= set(raising["responses"])
    body = raising["requestBody"]["content"]["application/json"]["schema"]
    name = body["$ref"].rsplit("/", 1)[1]
    assert set(document["components"]["schemas"][name]["properties"]) == \
        {"mprn", "summary", "originator_ref", "fields", "to_org"}
