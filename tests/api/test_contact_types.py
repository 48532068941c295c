"""``GET /api/v1/contact-types`` renders the engine's description of each type: every field in
JSON-schema words, its batch position, and the service level the caller's tenant sets."""
import re
import shutil
from pathlib import Path

import pytest

TENANTS = Path(__file__).resolve().parents[2] / "tenants"


@pytest.fixture
def app_config(tmp_path):
    """The real tenant files, with the shippers' portal setting ENQ's service level to 2 days."""
    tenants = tmp_path / "tenants"
    shutil.copytree(TENANTS, tenants)
    with open(tenants / "shipper.toml", "a") as spec:
        spec.write("\n[service_levels]\nENQ = 2\n")
    return {"CMS_TENANTS_DIR": str(tenants)}


def listed(caller):
    response = caller.get("/contact-types")
    assert response.status_code == 200
    return {t["code"]: t for t in response.json["items"]}


def field(ctype, name):
    return next(f for f in ctype["fields"] if f["name"] == name)


def test_a_choice_lists_its_values_and_text_its_length(api):
    enq = listed(api("user", "ALP"))["ENQ"]
    topic, question = field(enq, "topic"), field(enq, "question")
    assert topic["enum"] == ["data", "portal", "files", "invoicing", "process", "other"]
    assert topic["type"] == "string" and topic["required"] is True
    assert question["maxLength"] == 4000 and "enum" not in question
    assert (topic["batch_position"], question["batch_position"]) == (1, 2)
    assert [f["name"] for f in enq["fields"]] == enq["batch_fields"]  # the type's own, in order


def test_dates_numbers_and_patterns_are_described(api):
    rfa = listed(api("user", "ALP"))["RFA"]
    start = field(rfa, "adjustment_start")
    assert (start["type"], start["format"]) == ("string", "date") and "pattern" not in start
    quantity = field(rfa, "annual_quantity")
    assert quantity["type"] == "integer" and (quantity["minimum"], quantity["maximum"]) == (0, 10**13)
    factor = field(rfa, "correction_factor")
    assert (factor["format"], factor["minimum"], factor["maximum"]) == ("decimal", 0.5, 2)
    assert factor["required"] is False
    assert field(rfa, "meter_serial")["pattern"] == r"^[A-Za-z0-9\-/]{1,20}$"
    assert not {"mprn", "summary", "originator_ref"} & {f["name"] for f in rfa["fields"]}


def test_the_service_level_is_the_callers_tenants(api):
    assert listed(api("user", "ALP"))["ENQ"]["service_level_days"] == 2   # shipper.toml says 2
    assert listed(api("user", "NWG"))["ENQ"]["service_level_days"] == 5   # the type's own
    assert listed(api("user", "ALP"))["RFA"]["service_level_days"] == 10


def test_the_openapi_document_describes_each_fields_rules(client):
    spec = client.get("/api/v1/openapi.json").json
    properties = spec["components"]["schemas"]["FieldOut"]["properties"]
    assert {"type", "format", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum",
            "required", "description", "batch_position"} <= set(properties)
    assert properties["maxLength"]["type"] == "integer"
    assert properties["minimum"]["type"] == "number" and properties["enum"]["type"] == "array"


def test_the_openapi_document_has_each_types_fields_as_a_schema(app, client):
    schemas = client.get("/api/v1/openapi.json").json["components"]["schemas"]
    for ctype in app.extensions["cms"].contact_types:
        assert f"{ctype.code}Fields" in schemas, ctype.code
    enq = schemas["ENQFields"]
    assert enq["properties"]["topic"]["enum"] == ["data", "portal", "files", "invoicing",
                                                  "process", "other"]
    question = enq["properties"]["question"]
    assert {k: question[k] for k in ("type", "maxLength", "description")} == {
        "type": "string", "maxLength": 4000, "description": "Your question in full"}
    assert re.fullmatch(question["pattern"], "Why?") and not re.search(question["pattern"], "  ")
    assert enq["required"] == ["topic", "question"] and enq["additionalProperties"] is False
    assert schemas["RFAFields"]["properties"]["adjustment_start"]["format"] == "date"


def test_raising_a_contact_is_documented_as_one_body_per_type(app, client):
    spec = client.get("/api/v1/openapi.json").json
    schemas = spec["components"]["schemas"]
    codes = {ctype.code for ctype in app.extensions["cms"].contact_types}
    assert set(schemas["ContactIn"]["discriminator"]["mapping"]) == codes
    rfa = schemas["RaiseRFA"]
    assert rfa["properties"]["type"]["enum"] == ["RFA"] and rfa["additionalProperties"] is False
    assert rfa["properties"]["fields"] == {"$ref": "#/components/schemas/RFAFields"}
    assert rfa["properties"]["mprn"]["format"] == "mprn" and "mprn" in rfa["required"]
    created = spec["paths"]["/api/v1/contacts"]["post"]["responses"]["201"]["links"]
    assert created["ReadTheContact"]["parameters"] == {"reference": "$response.body#/reference"}


def test_the_listing_gives_a_body_that_raises_one_and_the_whole_batch_record(api):
    caller = api("user", "ALP")
    enq = listed(caller)["ENQ"]
    assert enq["batch_layout"] == "Q01,<ORIGINATOR_REF>,ENQ,<MPRN>,<SUMMARY>,<TOPIC>,<QUESTION>"
    assert enq["example"]["type"] == "ENQ" and set(enq["example"]["fields"]) == {"topic", "question"}
    assert field(enq, "topic")["label"] == "Topic"
