"""SUS, shipperless and unregistered sites: the CDSP raises one to a Shipper, where it starts
with the CED SPUR, or to a Network, where it starts with ALNW (portal and API); a Network
reports one to the CDSP (portal, API or a QMP file), which allocates it with SPUR; nobody
else sees it."""
import io

import pytest

from core.apikeys import create_key
from core.contacts import act, get_contact, raise_contact, sla_status
from core.errors import Forbidden, Invalid, NotFound
from core.models import Contact
from plugins.channels.batch.writers import write_qmp

FIELDS = {"site_category": "shipperless", "identified_on": "2026-03-02",
          "found_by": "gsr_investigation", "meter_serial": "E6S-2201"}
BASE = {"mprn": "3938424403", "summary": "Gas taken at a site with no Shipper"}


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True}


@pytest.fixture
def world(app, clock, principals):
    for code in ("ALP", "BET", "NWG", "IPL", "MRC", "DMS"):
        principals.org(code)
    return principals


@pytest.fixture
def agent(world):
    return world.user("agent")


def raise_sus(user, to_org=None, **changes):
    return raise_contact(user, "SUS", {**BASE, **FIELDS, **changes}, "web", to_org=to_org)


# ------------------------------------------------------------------ the CDSP raises it

def test_the_cdsp_raises_it_on_the_portal_to_a_shipper_with_spur(world):
    client, _ = world.client("agent")
    form = client.get("/cdsp/contacts/new/SUS")
    assert form.status_code == 200 and 'name="to_org"' in form.get_data(as_text=True)
    sent = client.post("/cdsp/contacts/new/SUS", data={**BASE, **FIELDS, "to_org": "ALP",
                                                       "originator_ref": "CDSP-1"})
    assert sent.status_code == 302, sent.get_data(as_text=True)
    contact = Contact.get(Contact.originator_ref == "CDSP-1")
    assert (contact.holder_org.code, contact.ced, contact.status) == ("ALP", "SPUR", "submitted")
    [raised] = contact.events
    assert (raised.kind, raised.actor_org.code, raised.data["after"]["ced"]) == ("raised", "CDSP", "SPUR")
    shipper, _ = world.client("user", "ALP")
    page = shipper.get(f"/shipper/contacts/{contact.reference}").get_data(as_text=True)
    assert "SPUR – Supply Point Update Required (with the Shipper)" in page


def test_the_cdsp_raises_it_through_the_api_to_a_network_with_alnw(world, client, agent):
    _, token = create_key(agent, agent, "sus")
    key = {"Authorization": f"Bearer {token}"}
    assert "SUSFields" in client.get("/api/v1/openapi.json").get_data(as_text=True)
    sent = client.post("/api/v1/contacts", headers=key, json={
        "type": "SUS", **BASE, "fields": dict(FIELDS, site_category="unregistered"),
        "to_org": "NWG"})
    assert sent.status_code == 201, sent.get_json()
    body = sent.get_json()
    assert body["ced"] == "ALNW"
    contact = Contact.get(Contact.reference == body["reference"])
    assert (contact.holder_org.code, contact.channel) == ("NWG", "api")
    assert raise_sus(agent, to_org="IPL").ced == "ALNW"
    refused = client.post("/api/v1/contacts", headers=key, json={
        "type": "SUS", **BASE, "fields": FIELDS, "to_org": "MRC"})
    assert refused.status_code == 422
    assert "MRC is not a SHIPPER or GT or IGT" in str(refused.get_json()["errors"]["to_org"])


# ------------------------------------------------------------------ a Network reports it

def test_a_network_reports_one_in_a_qmp_file_and_the_cdsp_allocates_it_with_spur(world, agent):
    client, network = world.client("user", "NWG")
    row = [BASE["mprn"], BASE["summary"], "unregistered", "20260302", "site_visit"]
    data = write_qmp("NWG", 1, [("QMP-1", "SUS", *row),
                                ("QMP-2", "SUS", *row[:2], "unregistered", "20260403")])
    sent = client.post("/gt/files", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(data), "sus.qmp")})
    assert sent.status_code == 302, sent.get_data(as_text=True)
    assert "1 accepted, 1 rejected" in client.get(sent.headers["Location"]).get_data(as_text=True)
    contact = Contact.get(Contact.originator_ref == "QMP-1")
    assert (contact.holder_org.code, contact.ced, contact.channel) == ("CDSP", "WCDS", "batch")
    act(agent, contact.reference, "accept")
    moved = act(agent, contact.reference, "allocate", to_org="ALP", ced="SPUR",
                text="You were registered here until January.")
    assert (moved.status, moved.holder_org.code, moved.ced) == ("awaiting_party", "ALP", "SPUR")
    shipper = world.user("user", "ALP")
    back = act(shipper, contact.reference, "respond", text="Registered again from today.")
    assert back.holder_org.code == "CDSP"
    assert get_contact(network, contact.reference).id == contact.id


# ------------------------------------------------------------------ who raises it to whom

def test_the_cdsp_raises_it_only_to_shippers_and_networks(world, agent):
    for code in ("MRC", "DMS"):
        with pytest.raises(Invalid) as caught:
            raise_sus(agent, to_org=code)
        assert "to_org" in caught.value.errors
    with pytest.raises(Invalid) as caught:
        raise_sus(agent)                                   # the CDSP names the organisation
    assert "to_org" in caught.value.errors
    with pytest.raises(Forbidden):
        raise_sus(world.user("user", "ALP"))               # Shippers receive it, never raise it
    network = world.user("user", "NWG")
    with pytest.raises(Invalid) as caught:
        raise_sus(network, to_org="ALP")                   # a Network reports it to the CDSP
    assert "to_org" in caught.value.errors
    reported = raise_sus(network)
    assert (reported.holder_org.code, reported.ced) == ("CDSP", "WCDS")
    with pytest.raises(Invalid) as caught:
        raise_sus(agent, to_org="ALP", last_shipper="NWG", originator_ref="L-1")
    assert "last_shipper" in caught.value.errors


def test_the_shipper_works_a_spur_and_the_cdsp_hears_the_answer(world, agent):
    contact = raise_sus(agent, to_org="ALP")
    shipper = world.user("user", "ALP")
    with pytest.raises(Forbidden):
        act(agent, contact.reference, "accept")             # the holder's side is the Shipper's
    act(shipper, contact.reference, "accept")
    done = act(shipper, contact.reference, "resolve", code="SUS010",
               text="Supply point registered from 3 April.")
    assert (done.status, done.ced, done.resolution_code) == ("resolved", "SPUR", "SUS010")
    other = raise_sus(agent, to_org="ALP", originator_ref="R-2")
    rejected = act(shipper, other.reference, "reject", code="SUS001", text="Never ours.")
    assert rejected.status == "rejected"
    alnw = raise_sus(agent, to_org="NWG", originator_ref="R-3")
    network = world.user("user", "NWG")
    act(network, alnw.reference, "accept")
    assert act(network, alnw.reference, "resolve", code="SUS012",
               text="We are responsible until a Shipper registers.").status == "resolved"


# ------------------------------------------------------------------ the service level

def test_the_service_level_runs_for_the_holder_and_a_tenant_may_change_it(world, clock, agent, app):
    contact = raise_sus(agent, to_org="ALP")
    assert contact.sla_days == 20
    assert sla_status(contact).due_date.isoformat() == "2026-05-05"
    clock.advance(days=34)
    assert sla_status(Contact.get_by_id(contact.id)).breached
    spec = app.extensions["cms"].tenants["cdsp"]
    spec.service_levels["SUS"] = 8
    try:
        assert raise_sus(agent, to_org="ALP", originator_ref="S-8").sla_days == 8
    finally:
        del spec.service_levels["SUS"]


# ------------------------------------------------------------------ the wall

def test_other_organisations_get_404(world, client, agent):
    contact = raise_sus(agent, to_org="ALP")
    for code, tenant in (("BET", "shipper"), ("NWG", "gt"), ("MRC", "mra")):
        outsider = world.user("user", code)
        with pytest.raises(NotFound):
            get_contact(outsider, contact.reference)
        _, token = create_key(outsider, outsider, "outsider")
        assert client.get(f"/api/v1/contacts/{contact.reference}",
                          headers={"Authorization": f"Bearer {token}"}).status_code == 404
        browser, _ = world.client("user", code)
        assert browser.get(f"/{tenant}/contacts/{contact.reference}").status_code == 404
    assert get_contact(world.user("user", "ALP"), contact.reference).id == contact.id


# ------------------------------------------------------------------ the guides

def test_shippers_networks_and_the_cdsp_find_it_explained(world):
    for role, code, tenant in (("user", "ALP", "shipper"), ("user", "NWG", "gt"),
                               ("agent", "ALP", "cdsp")):
        client, _ = world.client(role, code)
        explained = client.get(f"/{tenant}/help/contacts-explained").get_data(as_text=True)
        assert 'id="sus"' in explained and "SPUR" in explained and "ALNW" in explained
        guide = client.get(f"/{tenant}/help/shipperless-sites")
        assert guide.status_code == 200 and "Allocated to Networks" in guide.get_data(as_text=True)
    client, _ = world.client("user", "DMS")
    assert client.get("/dmsp/help/shipperless-sites").status_code == 404
