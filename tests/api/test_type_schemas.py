"""A type's published documents: ``GET /api/v1/contact-types/{code}/schema`` (the JSON Schema of
the body that raises one) and ``.../layout`` (its QMP record, cell by cell). The schema takes
the bodies the API takes and refuses what it refuses; a record built from the layout alone is
accepted by the batch pipeline; both are versioned, tagged, and found only where the type is."""
import csv
import datetime
import io
import re
from pathlib import Path

import jsonschema_rs
import pytest

from core import clock
from core.actors import SystemActor
from core.contacts import contact_types
from core.tenancy import plugin_enabled, set_plugin_enabled
from plugins.channels.api.type_documents import VERSION
from plugins.channels.batch.writers import write_qmp
from tests.support.principals import ORGS

README = Path(__file__).resolve().parents[2] / "README.md"
# who raises a type in these tests: an organisation of the first participant type it names
RAISER = {"shipper": "ALP", "gt": "NWG", "igt": "IPL", "mra": "MRC", "dmsp": "DMS", "uip": "UCN"}


@pytest.fixture
def everyone(principals):
    """The organisations a type's example may name (DMQ's DMSP ...), on a day its example's
    dates are good for (tests/contacts/conftest.py's)."""
    for code in ORGS:
        principals.org(code)
    with clock.frozen(datetime.datetime(2026, 4, 2, 9, 0)):
        yield


def codes(app):
    with app.app_context():
        return [ctype.code for ctype in contact_types()]


def raiser_of(api, code):
    """A user of the first participant type that may raise ``code``, whose portal offers it."""
    ctype = contact_types().get(code)
    tenant = ctype.raised_by[0]
    if not plugin_enabled(tenant, ctype.plugin):
        set_plugin_enabled(SystemActor("test"), tenant, ctype.plugin, True)
    return api("user", RAISER[tenant])


def published(caller, code, what):
    response = caller.get(f"/contact-types/{code}/{what}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return response


def example_body(caller, code):
    return next(t["example"] for t in caller.get("/contact-types").json["items"] if t["code"] == code)


# ------------------------------------------------------------------ the JSON Schema

def test_each_types_schema_is_a_2020_12_schema_that_takes_its_example_and_the_api_too(
        app, api, everyone):
    for code in codes(app):
        caller = raiser_of(api, code)
        schema = published(caller, code, "schema").json
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["version"] == VERSION
        assert jsonschema_rs.meta.is_valid(schema), code
        body = example_body(caller, code)
        jsonschema_rs.Draft202012Validator(schema).validate(body)
        raised = caller.post("/contacts", json=body)
        assert raised.status_code == 201, (code, raised.json)


BAD_ENQUIRIES = {
    "no summary": lambda body: body.pop("summary"),
    "a topic not in the list": lambda body: body["fields"].update(topic="gossip"),
    "a question too long": lambda body: body["fields"].update(question="?" * 4001),
    "a field the type does not have": lambda body: body["fields"].update(colour="blue"),
    "a key the body does not take": lambda body: body.update(priority="high"),
    "another type's code": lambda body: body.update(type="RFA"),
    "an MPRN of letters": lambda body: body.update(mprn="ABCDEF"),
    "a blank question": lambda body: body["fields"].update(question="   "),
}


@pytest.mark.parametrize("breaking", BAD_ENQUIRIES.values(), ids=BAD_ENQUIRIES.keys())
def test_the_schema_refuses_what_the_api_refuses(api, breaking):
    caller = api("user", "ALP")
    validator = jsonschema_rs.Draft202012Validator(published(caller, "ENQ", "schema").json)
    body = {"type": "ENQ", "mprn": "3938424403", "summary": "Why?", "originator_ref": "R-1",
            "fields": {"topic": "files", "question": "What does WN mean?"}}
    assert validator.is_valid(body)
    breaking(body)
    assert not validator.is_valid(body)
    assert caller.post("/contacts", json=body).status_code == 422


def test_numbers_dates_and_optional_fields_in_json_schemas_words(api):
    caller = api("user", "ALP")
    schema = published(caller, "RFA", "schema").json
    validator = jsonschema_rs.Draft202012Validator(schema)
    body = example_body(caller, "RFA")
    own = schema["properties"]["fields"]["properties"]
    assert own["annual_quantity"]["type"] == "integer" and "nullable" not in str(schema)
    assert own["open_read"]["type"] == ["integer", "null"]          # optional: null allowed
    assert schema["properties"]["originator_ref"]["type"] == ["string", "null"]
    for bad in ({"annual_quantity": "lots"}, {"annual_quantity": -1},
                {"correction_factor": 3}, {"meter_serial": None}):
        assert not validator.is_valid({**body, "fields": {**body["fields"], **bad}}), bad
    assert validator.is_valid({**body, "fields": {**body["fields"], "open_read": None}})


# ------------------------------------------------------------------ the layout

def record_from_layout(layout, body):
    """The type's Q01 built from the layout alone: each cell by its position, filled from the
    API body ``body`` (the field the cell names), dates as the cell's format says."""
    cells = sorted(layout["cells"], key=lambda cell: cell["position"])
    assert [cell["position"] for cell in cells] == list(range(1, len(cells) + 1))
    record = []
    for cell in cells:
        if "field" not in cell:
            record.append(cell["allowed_values"][0])
            continue
        value = body.get(cell["field"], body["fields"].get(cell["field"]))
        if value is None:
            assert not cell["required"], cell
            record.append("")
        else:
            text = str(value)
            if cell["type"] == "date":
                assert cell["format"] == "YYYYMMDD"
                text = text.replace("-", "")
            record.append(text)
    return record


def check(caller, records, org):
    data = write_qmp(org, 1, [record[1:] for record in records])   # write_qmp adds the Q01
    response = caller.client.post("/api/v1/batch-checks", headers=caller.headers(),
                                  data={"file": (io.BytesIO(data), "layout.qmp")},
                                  content_type="multipart/form-data")
    assert response.status_code == 200, response.get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))[1:-1]
    return [(row[1], row[2]) + tuple(row[4:]) for row in rows]   # (your ref, outcome, code, text)


def test_a_record_built_from_each_types_layout_is_accepted_by_the_batch_pipeline(app, api, everyone):
    for code in codes(app):
        caller = raiser_of(api, code)
        layout = published(caller, code, "layout").json
        assert (layout["version"], layout["file_type"], layout["record_type"]) == (VERSION, "QMP", "Q01")
        body = example_body(caller, code)
        body["originator_ref"] = f"LAYOUT-{code}"
        record = record_from_layout(layout, body)
        assert ",".join(record[:3]) == f"Q01,LAYOUT-{code},{code}"
        outcome = check(caller, [record], caller.user.organisation.code)
        assert [o[:2] for o in outcome] == [(f"LAYOUT-{code}", "AC")], (code, record, outcome)


def test_the_layout_says_each_cells_rules(api):
    layout = published(api("user", "ALP"), "RFA", "layout").json
    cells = {cell["name"]: cell for cell in layout["cells"]}
    assert layout["layout"].split(",") == ["Q01", "<ORIGINATOR_REF>", "RFA", "<MPRN>", "<SUMMARY>",
                                           *(f"<{c}>" for c in list(cells)[5:])]
    assert cells["MPRN"] == {**cells["MPRN"], "position": 4, "field": "mprn", "type": "text",
                             "format": "mprn", "required": True}
    assert (cells["SUMMARY"]["max_length"], cells["SUMMARY"]["required"]) == (500, True)
    assert cells["REASON"]["allowed_values"] == ["inaccurate_read", "meter_exchange",
                                                 "correction_factor", "reconciliation"]
    assert (cells["ADJUSTMENT_START"]["type"], cells["ADJUSTMENT_START"]["format"]) == ("date", "YYYYMMDD")
    assert (cells["ANNUAL_QUANTITY"]["type"], cells["ANNUAL_QUANTITY"]["minimum"]) == ("integer", 0)
    assert cells["CORRECTION_FACTOR"]["type"] == "decimal" and not cells["CORRECTION_FACTOR"]["required"]
    assert cells["ORIGINATOR_REF"]["required"] is False
    assert cells["ORIGINATOR_REF"]["pattern"] == r"^[A-Za-z0-9._\-/]{1,64}$"


def test_a_record_breaking_the_layouts_rule_is_refused_for_that_cell(api):
    caller = api("user", "ALP")
    layout = published(caller, "ENQ", "layout").json
    body = example_body(caller, "ENQ")
    good = record_from_layout(layout, {**body, "originator_ref": "GOOD"})
    bad = record_from_layout(layout, {**body, "originator_ref": "BAD",
                                      "fields": {**body["fields"], "topic": "gossip"}})
    outcome = check(caller, [good, bad], "ALP")
    assert outcome[0][:2] == ("GOOD", "AC")
    assert outcome[1][:3] == ("BAD", "RJ", "REC004") and "topic" in outcome[1][3]


# ------------------------------------------------------------------ versions, tags, walls

@pytest.mark.parametrize("what", ["schema", "layout"])
def test_a_document_is_tagged_and_a_current_copy_is_not_sent_again(api, what):
    caller = api("user", "ALP")
    first = published(caller, "ENQ", what)
    tag = first.headers["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', tag)
    assert published(caller, "ENQ", what).headers["ETag"] == tag            # stable
    assert published(caller, "RFA", what).headers["ETag"] != tag            # by content
    again = caller.get(f"/contact-types/ENQ/{what}", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == tag
    stale = caller.get(f"/contact-types/ENQ/{what}", headers={"If-None-Match": '"0000"'})
    assert stale.status_code == 200 and stale.json == first.json


def test_a_change_to_the_type_changes_the_tag(app, api):
    caller = api("user", "ALP")
    before = published(caller, "ENQ", "schema").headers["ETag"]
    enquiry = contact_types().get("ENQ")
    original = enquiry.example
    enquiry.example = {**original, "summary": "Another example"}
    try:
        assert published(caller, "ENQ", "schema").headers["ETag"] != before
    finally:
        enquiry.example = original


def test_unknown_codes_and_types_the_portal_does_not_offer_are_not_found(api):
    shipper, transporter = api("user", "ALP"), api("user", "NWG")
    unknown = shipper.get("/contact-types/XYZ/schema")
    assert unknown.status_code == 404
    assert "no contact type 'XYZ'" in unknown.json["message"] and unknown.json["errors"]["code"]
    lower = shipper.get("/contact-types/enq/layout")
    assert lower.status_code == 404 and "Codes are in capitals: ENQ" in lower.json["message"]
    # the gas transporters' portal does not offer DMQ (tenants/gt.toml)
    for what in ("schema", "layout"):
        hidden = transporter.get(f"/contact-types/DMQ/{what}")
        assert hidden.status_code == 404, what
        assert "not offered in your organisation's portal (gt)" in hidden.json["message"]
        assert shipper.get(f"/contact-types/DMQ/{what}").status_code == 200


def test_the_openapi_document_describes_both(client, app):
    paths = client.get("/api/v1/openapi.json").json["paths"]
    for what in ("schema", "layout"):
        item = paths[f"/api/v1/contact-types/{{code}}/{what}"]
        (code,) = [p for p in item["parameters"] if p["name"] == "code"]
        assert code["schema"]["enum"] == codes(app)
        responses = item["get"]["responses"]
        assert {"200", "304", "404"} <= set(responses) and "ETag" in responses["200"]["headers"]
        assert any(p["name"] == "If-None-Match" for p in item["get"]["parameters"])


def test_the_readme_logs_the_current_version():
    log = README.read_text().split("### Schema change log", 1)[1].split("\n#", 1)[0]
    assert f"`{VERSION}`" in log
