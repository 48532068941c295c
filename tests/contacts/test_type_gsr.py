"""GSR, the Gas Safety Regulations query: a Transporter raises it straight to a Shipper, on
the portal, through the API and in a QMP file; the Shipper answers within the response window;
nobody else sees it."""
import io

import pytest

from core.apikeys import create_key
from core.contacts import act, get_contact, raise_contact, sla_status
from core.errors import Forbidden, Invalid, NotFound
from core.models import Contact, ContactParty
from plugins.channels.batch.writers import write_qmp

FIELDS = {"shipper": "ALP", "removal_date": "2025-09-01", "reason": "removed_not_refitted",
          "meter_serial": "G4K-0381"}
BASE = {"mprn": "3938424403", "summary": "Meter removed, no new meter recorded"}


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True}


@pytest.fixture
def world(app, clock, principals):
    for code in ("ALP", "BET", "NWG", "IPL", "MRC"):
        principals.org(code)
    return principals


@pytest.fixture
def transporter(world):
    return world.user("user", "NWG")


def parties(contact):
    return {(p.organisation.code, p.role) for p in
            ContactParty.select().where(ContactParty.contact == contact.id)}


def raise_gsr(user, **changes):
    return raise_contact(user, "GSR", {**BASE, **FIELDS, **changes}, "web")


# ------------------------------------------------------------------ the three ways in

def test_a_transporter_raises_it_on_the_portal_and_it_goes_to_the_shipper(world):
    client, user = world.client("user", "NWG")
    form = client.get("/gt/contacts/new/GSR")
    assert form.status_code == 200 and 'name="removal_date"' in form.get_data(as_text=True)
    sent = client.post("/gt/contacts/new/GSR", data={**BASE, **FIELDS, "originator_ref": "GT-1"})
    assert sent.status_code == 302, sent.get_data(as_text=True)
    contact = Contact.get(Contact.originator_ref == "GT-1")
    assert (contact.holder_org.code, contact.channel, contact.status) == ("ALP", "web", "submitted")
    assert parties(contact) == {("NWG", "originator"), ("ALP", "recipient")}   # not the CDSP
    shipper, _ = world.client("user", "ALP")
    page = shipper.get(f"/shipper/contacts/{contact.reference}")
    assert page.status_code == 200 and "Meter removed, no new meter recorded" in page.get_data(as_text=True)


def test_a_transporter_raises_it_through_the_api_which_lists_and_documents_it(world, client,
                                                                             transporter):
    _, token = create_key(transporter, transporter, "gsr")
    key = {"Authorization": f"Bearer {token}"}
    listed = client.get("/api/v1/contact-types", headers=key).get_json()["items"]
    gsr = next(t for t in listed if t["code"] == "GSR")
    assert gsr["service_level_days"] == 20 and "shipper" in [f["name"] for f in gsr["fields"]]
    assert "GSRFields" in client.get("/api/v1/openapi.json").get_data(as_text=True)
    sent = client.post("/api/v1/contacts", headers=key, json={
        "type": "GSR", **BASE, "originator_ref": "API-1", "fields": FIELDS})
    assert sent.status_code == 201, sent.get_json()
    contact = Contact.get(Contact.reference == sent.get_json()["reference"])
    assert (contact.holder_org.code, contact.channel) == ("ALP", "api")
    refused = client.post("/api/v1/contacts", headers=key, json={
        "type": "GSR", **BASE, "fields": {**FIELDS, "shipper": "MRC"}})
    assert refused.status_code == 422
    assert "MRC is not a SHIPPER" in str(refused.get_json()["errors"]["shipper"])


def test_a_transporter_raises_it_in_a_qmp_file(world):
    client, user = world.client("user", "NWG")
    row = [BASE["mprn"], BASE["summary"], "ALP", "20250901", "removed_not_refitted", "G4K-0381"]
    data = write_qmp("NWG", 1, [("QMP-1", "GSR", *row),
                                ("QMP-2", "GSR", *row[:2], "BET", "20260301", "other")])
    sent = client.post("/gt/files", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(data), "gsr.qmp")})
    assert sent.status_code == 302, sent.get_data(as_text=True)
    done = client.get(sent.headers["Location"]).get_data(as_text=True)
    assert "1 accepted, 1 rejected" in done, done
    contact = Contact.get(Contact.originator_ref == "QMP-1")
    assert (contact.holder_org.code, contact.channel) == ("ALP", "batch")
    assert contact.fields["removal_date"] == "2025-09-01"
    assert not Contact.select().where(Contact.originator_ref == "QMP-2").exists()


# ------------------------------------------------------------------ who raises it to whom

def test_only_transporters_raise_it_and_only_to_a_shipper(world, transporter):
    for who in (world.user("user", "ALP"), world.user("agent"), world.user("user", "MRC")):
        with pytest.raises((Forbidden, Invalid)):
            raise_gsr(who)
    for code in ("NWG", "IPL", "MRC", "NOPE"):
        with pytest.raises(Invalid) as caught:
            raise_gsr(transporter, shipper=code)
        assert "shipper" in caught.value.errors
    assert raise_gsr(world.user("user", "IPL"), shipper="BET").holder_org.code == "BET"
    with pytest.raises(Invalid) as caught:   # a participant never names the recipient itself
        raise_contact(transporter, "GSR", {**BASE, **FIELDS}, "web", to_org="BET")
    assert "to_org" in caught.value.errors


def test_the_shipper_works_it_and_the_transporter_hears_the_answer(world, clock, transporter):
    contact = raise_gsr(transporter)
    shipper = world.user("user", "ALP")
    with pytest.raises(Forbidden):
        act(transporter, contact.reference, "accept")          # the holder's side is the Shipper's
    act(shipper, contact.reference, "accept")
    act(shipper, contact.reference, "set_ced", code="VIST")
    act(shipper, contact.reference, "request_info", kind="DCR", text="Which removal job?")
    act(transporter, contact.reference, "respond", text="Job 4411, 1 September.")
    done = act(shipper, contact.reference, "resolve", code="GSR010",
               text="No meter on site; the service is capped.")
    assert (done.status, done.ced, done.resolution_code) == ("resolved", "VIST", "GSR010")
    seen = get_contact(transporter, contact.reference)
    assert seen.resolution_text == "No meter on site; the service is capped."
    rejected = act(shipper, raise_gsr(transporter, originator_ref="R-2").reference, "reject",
                   code="GSR001", text="BET was registered then.")
    assert rejected.status == "rejected"


# ------------------------------------------------------------------ the response window

def test_the_removal_must_be_six_months_past(world, transporter):
    with pytest.raises(Invalid) as caught:
        raise_gsr(transporter, removal_date="2025-10-03")
    assert caught.value.errors["removal_date"] == [
        "A GSR is for a meter removed at least 6 months ago: on or before 2025-10-02."]
    assert raise_gsr(transporter, removal_date="2025-10-02").status == "submitted"
    with pytest.raises(Invalid) as caught:
        raise_gsr(transporter, removal_date="2026-04-03", originator_ref="F-1")
    assert "future" in caught.value.errors["removal_date"][0]


def test_the_months_are_a_setting(world, transporter, app):
    app.config["CMS_GSR_REMOVAL_MONTHS"] = 0
    assert raise_gsr(transporter, removal_date="2026-04-01").status == "submitted"


def test_the_response_window_is_the_service_level_and_a_tenant_may_change_it(world, clock,
                                                                           transporter, app):
    contact = raise_gsr(transporter)
    assert contact.sla_days == 20
    # 20 business days from Thursday 2 April 2026, Good Friday and Easter Monday left out
    assert sla_status(contact).due_date.isoformat() == "2026-05-05"
    clock.advance(days=34)
    assert sla_status(Contact.get_by_id(contact.id)).breached
    spec = app.extensions["cms"].tenants["gt"]
    spec.service_levels["GSR"] = 5
    try:
        assert raise_gsr(transporter, originator_ref="S-5").sla_days == 5
    finally:
        del spec.service_levels["GSR"]


# ------------------------------------------------------------------ the wall

def test_other_organisations_get_404_and_the_cdsp_may_read(world, client, transporter):
    contact = raise_gsr(transporter)
    for code, tenant in (("BET", "shipper"), ("IPL", "igt"), ("MRC", "mra")):
        outsider = world.user("user", code)
        with pytest.raises(NotFound):
            get_contact(outsider, contact.reference)
        _, token = create_key(outsider, outsider, "outsider")
        assert client.get(f"/api/v1/contacts/{contact.reference}",
                          headers={"Authorization": f"Bearer {token}"}).status_code == 404
        browser, _ = world.client("user", code)
        assert browser.get(f"/{tenant}/contacts/{contact.reference}").status_code == 404
    assert get_contact(world.user("agent"), contact.reference).id == contact.id
    history = [(e.kind, e.actor_org.code, e.channel) for e in contact.events]
    assert history == [("raised", "NWG", "web")]


# ------------------------------------------------------------------ the guides

def test_shippers_and_transporters_find_it_explained(world):
    for code, tenant in (("ALP", "shipper"), ("NWG", "gt")):
        client, _ = world.client("user", code)
        explained = client.get(f"/{tenant}/help/contacts-explained").get_data(as_text=True)
        assert 'id="gsr"' in explained
        guide = client.get(f"/{tenant}/help/gas-safety-queries")
        assert guide.status_code == 200 and "GSR001" in guide.get_data(as_text=True)
    client, _ = world.client("user", "MRC")
    assert client.get("/mra/help/gas-safety-queries").status_code == 404
