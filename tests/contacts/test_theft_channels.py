"""Theft notified through TRAS on the portal and the API: the CDSP raises it to a Shipper
(the raise form, POST /contacts), the Shipper sees the window and objects with evidence or
accepts, the CDSP decides, the outcome is shown; bad input is a 4xx saying what to fix;
another Shipper gets 404 on every route."""
import io

import pytest

from core import theft
from core.apikeys import create_key
from core.contacts import raise_contact
from core.errors import Invalid
from core.models import Contact
from core.storage import storage_for
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.writers import write_qmp

FIELDS = {"theft_start": "2025-11-03", "theft_end": "2026-02-20", "method": "bypass",
          "estimated_energy": "18500", "tras_reference": "TRAS-2026-00417"}
BASE = {"mprn": "3938424403", "summary": "Theft confirmed by TRAS: meter bypass"}
PDF = b"%PDF-1.4\n% site visit photographs\n"


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True}


@pytest.fixture
def world(app, clock, principals):
    for code in ("ALP", "BET", "NWG"):
        principals.org(code)
    return principals


@pytest.fixture
def notice(world):
    agent = world.user("agent")
    return raise_contact(agent, "TOG", {**BASE, **FIELDS}, "api", to_org="ALP")


def key(world, role, org="ALP"):
    user = world.user(role, org)
    _, token = create_key(user, user, "theft")
    return {"Authorization": f"Bearer {token}"}


# ------------------------------------------------------------------------- the portal

def test_the_cdsp_raises_it_on_the_portal_and_the_shipper_objects_with_evidence(world):
    cdsp, _ = world.client("agent")
    form = cdsp.get("/cdsp/contacts/new/TOG").get_data(as_text=True)
    assert 'name="tras_reference"' in form and "TRAS notice reference" in form
    sent = cdsp.post("/cdsp/contacts/new/TOG", data={**BASE, **FIELDS, "to_org": "ALP",
                                                     "originator_ref": "TRAS-417"})
    assert sent.status_code == 302, sent.get_data(as_text=True)
    contact = Contact.get(Contact.originator_ref == "TRAS-417")
    shipper, _ = world.client("user", "ALP")
    url = f"/shipper/contacts/{contact.reference}"
    page = shipper.get(url).get_data(as_text=True)
    assert "Theft notified through TRAS" in page and "18,500 kWh" in page
    assert "until the end of 20 Apr 2026" in page and "Send the objection" in page
    refused = shipper.post(f"{url}/theft/objection", data={"reason": "", "text": ""})
    assert refused.status_code == 422
    body = refused.get_data(as_text=True)
    assert 'href="#objection-reason"' in body and 'href="#objection-evidence"' in body
    done = shipper.post(f"{url}/theft/objection", data={
        "reason": "volume_too_high", "text": "A flat: 18,500 kWh is four years' use.",
        "evidence": (io.BytesIO(PDF), "visit.pdf")}, content_type="multipart/form-data")
    assert done.status_code == 302, done.get_data(as_text=True)
    page = shipper.get(url).get_data(as_text=True)
    assert "Objected to: with the CDSP to decide" in page and "Send the objection" not in page
    cdsp_page = cdsp.get(f"/cdsp/contacts/{contact.reference}").get_data(as_text=True)
    assert "Decide the objection" in cdsp_page
    bad = cdsp.post(f"/cdsp/contacts/{contact.reference}/theft/decision",
                    data={"decision": "amended", "text": "Site history", "settled_energy": "lots"})
    assert bad.status_code == 422 and 'href="#decision-settled_energy"' in bad.get_data(as_text=True)
    decided = cdsp.post(f"/cdsp/contacts/{contact.reference}/theft/decision",
                        data={"decision": "amended", "text": "Site history",
                              "settled_energy": "6200"})
    assert decided.status_code == 302
    page = shipper.get(url).get_data(as_text=True)
    assert "Objection decided: the volume is amended" in page and "6,200 kWh" in page
    assert "TOG023" in page


def test_the_shipper_accepts_on_the_portal(world, notice):
    shipper, _ = world.client("user", "ALP")
    done = shipper.post(f"/shipper/contacts/{notice.reference}/theft/accept", data={})
    assert done.status_code == 302
    assert theft.notice_for(notice).outcome == "accepted"
    again = shipper.post(f"/shipper/contacts/{notice.reference}/theft/accept", data={})
    assert again.status_code == 409


def test_another_shipper_gets_404_on_every_portal_route(world, notice):
    other, _ = world.client("user", "BET")
    url = f"/shipper/contacts/{notice.reference}"
    assert other.get(url).status_code == 404
    assert other.post(f"{url}/theft/accept", data={}).status_code == 404
    assert other.post(f"{url}/theft/objection", data={"reason": "other", "text": "x"}).status_code == 404
    assert other.post(f"{url}/theft/decision", data={"decision": "upheld"}).status_code == 404
    assert theft.notice_for(notice).outcome == "pending"


# ---------------------------------------------------------------------------- the API

def test_the_api_raises_objects_and_decides(world, client):
    cdsp = key(world, "agent", "CDSP")
    spec = client.get("/api/v1/openapi.json").get_json()
    assert "/api/v1/contacts/{reference}/theft/objection" in spec["paths"]
    assert "tras_reference" in spec["components"]["schemas"]["TOGFields"]["properties"]
    sent = client.post("/api/v1/contacts", headers=cdsp, json={
        "type": "TOG", **BASE, "fields": dict(FIELDS, estimated_energy=18500), "to_org": "ALP"})
    assert sent.status_code == 201, sent.get_json()
    reference = sent.get_json()["reference"]
    assert sent.get_json()["ced"] == "TRAS"
    shipper = key(world, "user", "ALP")
    read = client.get(f"/api/v1/contacts/{reference}/theft", headers=shipper).get_json()
    assert (read["outcome"], read["notified_energy"], read["may_answer"]) == ("pending", 18500, True)
    assert read["window_closes_on"] == "2026-04-20"
    refused = client.post(f"/api/v1/contacts/{reference}/theft/objection", headers=shipper,
                          json={"reason": "volume_too_high", "text": "Too high", "evidence": 999})
    assert refused.status_code == 422 and "evidence" in refused.get_json()["errors"]
    uploaded = client.post(f"/api/v1/contacts/{reference}/attachments", headers=shipper,
                           data={"file": (io.BytesIO(PDF), "visit.pdf")},
                           content_type="multipart/form-data")
    assert uploaded.status_code == 201, uploaded.get_json()
    objected = client.post(f"/api/v1/contacts/{reference}/theft/objection", headers=shipper,
                           json={"reason": "volume_too_high", "text": "Too high",
                                 "evidence": uploaded.get_json()["id"]})
    assert objected.status_code == 200, objected.get_json()
    assert objected.get_json()["outcome"] == "objected"
    assert client.post(f"/api/v1/contacts/{reference}/theft/decision", headers=shipper,
                       json={"decision": "upheld", "text": "no"}).status_code == 403
    half = client.post(f"/api/v1/contacts/{reference}/theft/decision", headers=cdsp,
                       json={"decision": "amended", "text": "Site history", "settled_energy": 2.5})
    assert half.status_code == 422 and "settled_energy" in half.get_json()["errors"]["json"]
    decided = client.post(f"/api/v1/contacts/{reference}/theft/decision", headers=cdsp,
                          json={"decision": "upheld", "text": "TRAS evidence stands"})
    assert decided.status_code == 200
    assert (decided.get_json()["outcome"], decided.get_json()["settled_energy"]) == ("upheld", 18500)


def test_the_api_accepts_and_hides_it_from_another_shipper(world, client, notice):
    other = key(world, "user", "BET")
    bodies = {"/acceptance": {}, "/decision": {"decision": "upheld", "text": "x"},
              "/objection": {"reason": "other", "text": "x", "evidence": 1}}
    assert client.get(f"/api/v1/contacts/{notice.reference}/theft", headers=other).status_code == 404
    for path, body in bodies.items():
        assert client.post(f"/api/v1/contacts/{notice.reference}/theft{path}", headers=other,
                           json=body).status_code == 404
    shipper = key(world, "user", "ALP")
    done = client.post(f"/api/v1/contacts/{notice.reference}/theft/acceptance", headers=shipper,
                       json={"text": "Agreed"})
    assert done.status_code == 200 and done.get_json()["outcome"] == "accepted"
    assert client.post(f"/api/v1/contacts/{notice.reference}/theft/acceptance", headers=shipper,
                       json={}).status_code == 409
    plain = raise_contact(world.user("user", "ALP"), "TOG",
                          {**BASE, **{k: v for k, v in FIELDS.items() if k != "tras_reference"}},
                          "web")
    assert client.get(f"/api/v1/contacts/{plain.reference}/theft", headers=shipper).status_code == 404


# -------------------------------------------------------------------------- a file

def test_the_cdsp_raises_tras_notices_in_a_qmp_file(world):
    cdsp, _ = world.client("agent")
    tog = ["20251103", "20260220", "bypass", "18500", "", "Meter bypassed"]
    data = write_qmp("CDSP", 1, [
        ("TRAS-A", "TOG", BASE["mprn"], BASE["summary"], *tog, "TRAS-2026-00501", "ALP"),
        ("TRAS-B", "TOG", BASE["mprn"], BASE["summary"], *tog, "TRAS-2026-00502", "BET"),
        ("TRAS-C", "TOG", BASE["mprn"], BASE["summary"], *tog, "TRAS-2026-00503"),
        ("TRAS-D", "TOG", BASE["mprn"], BASE["summary"], *tog, "TRAS-2026-00504", "NWG"),
        ("ENQ-1", "ENQ", BASE["mprn"], "A question", "data", "Why?"),
    ])
    sent = cdsp.post("/cdsp/files", content_type="multipart/form-data",
                     data={"file": (io.BytesIO(data), "tras.qmp")})
    assert sent.status_code == 302, sent.get_data(as_text=True)
    assert "2 accepted, 3 rejected" in cdsp.get(sent.headers["Location"]).get_data(as_text=True)
    made = {c.originator_ref: c for c in Contact.select().where(Contact.channel == "batch")}
    assert sorted(made) == ["TRAS-A", "TRAS-B"]
    assert (made["TRAS-A"].holder_org.code, made["TRAS-A"].ced) == ("ALP", "TRAS")
    assert theft.notice_for(made["TRAS-B"]).shipper_org.code == "BET"
    response = BatchFile.get().response_key
    qmr = storage_for().read_bytes(response).decode()
    assert "Name the Shipper the TRAS notice goes to" in qmr
    assert "NWG is not a SHIPPER" in qmr and "Give the code of an active participant" in qmr


def test_a_shipper_names_no_tras_notice_or_shipper(world):
    shipper = world.user("user", "ALP")
    plain = {k: v for k, v in FIELDS.items() if k != "tras_reference"}
    with pytest.raises(Invalid) as refused:
        raise_contact(shipper, "TOG", {**BASE, **plain, "shipper": "BET"}, "web")
    assert "shipper" in refused.value.errors
    agent = world.user("agent")
    with pytest.raises(Invalid) as refused:
        raise_contact(agent, "TOG", {**BASE, **FIELDS, "shipper": "BET"}, "web", to_org="ALP")
    assert "The contact goes to ALP" in str(refused.value.errors["shipper"])
