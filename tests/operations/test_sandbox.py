"""Sandboxes (core.sandbox): a CDSP admin switches an organisation's on; its LSO makes
``cms_sbx_`` keys; what they raise is the sandbox's alone (not the live organisation's, not
the CDSP staff's lists, queues, reports, allowance or gauges), answered by the scripted CDSP
through a DCR to closed, with webhooks and response files as live; purged after N days."""
import csv
import datetime
import io
import json

import pytest

from core import apikeys, clock, sandbox, sandbox_script
from core.actors import SystemActor
from core.allowance import enabled_for
from core.contacts import count_contacts, list_contacts, queue
from core.models import AuditEntry, Contact, Correspondence, Organisation
from core.observability.gauges import Gauges
from core.observability.gauges import contacts as contact_gauges
from core.storage import storage_for
from plugins.channels.batch import pipeline
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.reports import write_reports
from plugins.channels.batch.writers import write_qmp
from plugins.reports import figures
from plugins.webhooks import registry
from tests.operations.receiver import Receiver
from tests.support.principals import PASSWORD

T0 = datetime.datetime(2026, 3, 3, 10, 0)   # a Tuesday morning, UTC
ENQ = {"type": "ENQ", "mprn": "3938424403", "summary": "Trying the sandbox",
       "originator_ref": "SBX-1", "fields": {"topic": "data", "question": "Does it work?"}}


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True, "TESTING_KEEP_CONNECTION": True,
            "CMS_WEBHOOK_ALLOW_PRIVATE": True}     # the receivers listen on 127.0.0.1


@pytest.fixture
def twin(app, principals):
    return sandbox.switch(SystemActor("test"), principals.org("ALP"), True)


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def keys(twin, principals):
    """(sandbox key, live key) of ALP's LSO, as headers."""
    lso = principals.user("lso", "ALP")
    _, live = apikeys.create_key(lso, lso, "live")
    _, sbx = apikeys.create_key(lso, lso, "sandbox", in_sandbox=True)
    return bearer(sbx), bearer(live)


def raise_via(client, headers, **changes):
    response = client.post("/api/v1/contacts", json={**ENQ, **changes}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["reference"]


# ------------------------------------------------------------------ switching it on and off

def test_a_cdsp_admin_switches_the_sandbox_on_and_off_and_it_is_audited(app, principals):
    principals.org("ALP")
    client, _ = principals.client("admin")
    page = client.get("/cdsp/admin/organisations/ALP").get_data(as_text=True)
    assert "The sandbox is <strong>off</strong>" in page
    on = client.post("/cdsp/admin/organisations/ALP/sandbox", data={"on": "1"},
                     follow_redirects=True).get_data(as_text=True)
    assert "ALP-SBX" in on and "is on" in on
    twin = Organisation.by_code("ALP-SBX")
    assert twin.sandbox and twin.live_twin_id == Organisation.by_code("ALP").id
    assert twin.tenant_id == Organisation.by_code("ALP").tenant_id
    asked = client.post("/cdsp/admin/organisations/ALP/sandbox", data={"on": "0"})
    assert "Are you sure you want to switch" in asked.get_data(as_text=True)
    assert Organisation.by_code("ALP-SBX").is_active                   # not before confirming
    client.post("/cdsp/admin/organisations/ALP/sandbox", data={"on": "0", "confirmed": "yes"})
    assert not Organisation.by_code("ALP-SBX").is_active
    assert [e.action for e in AuditEntry.select().where(AuditEntry.action.startswith("sandbox."))
            .order_by(AuditEntry.id)] == ["sandbox.switched_on", "sandbox.switched_off"]
    # the twin is no organisation of its own in the admin area
    assert client.get("/cdsp/admin/organisations/ALP-SBX").status_code == 404
    assert "ALP-SBX" not in client.get("/cdsp/admin/organisations").get_data(as_text=True)


def test_only_cdsp_admins_switch_it(app, principals, login_as, client):
    principals.org("ALP")
    agent, _ = principals.client("agent")
    assert agent.post("/cdsp/admin/organisations/ALP/sandbox", data={"on": "1"}).status_code == 403
    assert Organisation.by_code("ALP-SBX") is None


def test_the_lso_makes_sandbox_keys_on_their_own_page(app, principals, twin):
    lso_client, lso = principals.client("lso", "ALP")
    assert "make sandbox keys" in lso_client.get("/shipper/api-keys").get_data(as_text=True)
    made = lso_client.post("/shipper/api-keys/sandbox",
                           data={"name": "integration rig", "password": PASSWORD})
    page = made.get_data(as_text=True)
    assert made.status_code == 200 and "cms_sbx_" in page and "ALP-SBX" in page
    [key] = apikeys.keys_in_organisation(lso, in_sandbox=True)
    assert key.prefix.startswith("sbx_") and list(apikeys.keys_in_organisation(lso)) == []
    user_client, _ = principals.client("user", "ALP")
    assert user_client.get("/shipper/api-keys/sandbox").status_code == 403
    other, _ = principals.client("lso", "BET")     # no sandbox there
    assert other.get("/shipper/api-keys/sandbox").status_code == 404


def test_a_sandbox_key_stops_working_when_the_sandbox_is_off(app, principals, keys, client):
    sbx, live = keys
    assert client.get("/api/v1/contacts", headers=sbx).status_code == 200
    sandbox.switch(SystemActor("test"), Organisation.by_code("ALP"), False)
    assert client.get("/api/v1/contacts", headers=sbx).status_code == 401
    assert client.get("/api/v1/contacts", headers=live).status_code == 200


# ------------------------------------------------------------------ the wall

def test_sandbox_contacts_are_the_sandboxs_alone(app, principals, keys, client):
    sbx, live = keys
    tried = raise_via(client, sbx)
    real = raise_via(client, live, originator_ref="LIVE-1")
    contact = Contact.get(Contact.reference == tried)
    assert contact.sandbox and contact.originator_org.code == "ALP-SBX"
    assert not Contact.get(Contact.reference == real).sandbox
    # a live key does not see the sandbox's, a sandbox key not the live ones
    assert client.get(f"/api/v1/contacts/{tried}", headers=live).status_code == 404
    assert client.get(f"/api/v1/contacts/{real}", headers=sbx).status_code == 404
    assert client.post(f"/api/v1/contacts/{tried}/actions", headers=live,
                       json={"action": "cancel"}).status_code == 404
    listed = lambda headers: [c["reference"] for c in
                              client.get("/api/v1/contacts", headers=headers).get_json()["items"]]
    assert listed(sbx) == [tried] and listed(live) == [real]
    # nor do CDSP staff: not the contact, their lists, queues, counts, reports or gauges
    agent = principals.user("agent")
    _, agent_key = apikeys.create_key(agent, agent, "agent")
    assert client.get(f"/api/v1/contacts/{tried}", headers=bearer(agent_key)).status_code == 404
    assert [c.reference for c in list_contacts(agent).items] == [real]
    assert [c.reference for c in queue(agent).items] == [real]
    assert count_contacts(agent) == 1
    start, end = datetime.datetime(2000, 1, 1), datetime.datetime(2100, 1, 1)
    assert figures.totals(figures.scope(agent), start, end).raised == 1
    gauges = Gauges()
    contact_gauges(gauges, clock.now())
    assert sum(v for labels, v in gauges.families["cms_contacts"][2]) == 1
    agent_client, _ = principals.client("agent")
    assert tried not in agent_client.get("/cdsp/search").get_data(as_text=True)
    assert agent_client.get(f"/cdsp/contacts/{tried}").status_code == 404
    # and the sandbox never counts in a query allowance
    assert not enabled_for(Organisation.by_code("ALP-SBX"))


def test_the_cdsp_cannot_raise_to_a_sandbox(app, principals, twin, client):
    agent = principals.user("agent")
    _, token = apikeys.create_key(agent, agent, "agent")
    response = client.post("/api/v1/contacts", headers=bearer(token),
                           json={**ENQ, "type": "ENQ", "to_org": "ALP-SBX"})
    assert response.status_code == 422 and "to_org" in response.get_json()["errors"]


# ------------------------------------------------------------------ the scripted CDSP

def test_the_scripted_cdsp_takes_a_sandbox_file_through_a_dcr_to_closed(app, principals, keys,
                                                                        client):
    sbx, _ = keys
    lso = principals.user("lso", "ALP")
    twin = Organisation.by_code("ALP-SBX")
    with Receiver() as hooked, Receiver() as live_hooked, Receiver() as cdsp_hooked, \
            clock.frozen(T0) as fixed:
        events = list(registry.EVENTS)
        registry.create(lso, twin, hooked.url, events)
        registry.create(lso, lso.organisation, live_hooked.url, events)
        admin = principals.user("admin")
        registry.create(admin, admin.organisation, cdsp_hooked.url, events)
        # a file with the live organisation's code, sent with the sandbox key
        data = write_qmp("ALP", 1, [("F-1", "ENQ", "3938424403", "From a file", "files", "Q?")],
                         now=T0)
        sent = client.post("/api/v1/batch-files", headers=sbx, content_type="multipart/form-data",
                           data={"file": (io.BytesIO(data), "sandbox.qmp")})
        assert sent.status_code == 202, sent.get_json()
        pipeline.process(sent.get_json()["id"])
        qmr = client.get(f"/api/v1/batch-files/{sent.get_json()['id']}/response", headers=sbx)
        [record] = qmr.data.decode().splitlines()[1:-1]
        assert record.split(",")[2] == "AC"
        reference = record.split(",")[3]
        contact = Contact.get(Contact.reference == reference)
        assert contact.sandbox and contact.originator_org_id == twin.id

        fixed.advance(minutes=5)
        assert sandbox_script.run() == {"accept": 1}
        fixed.advance(minutes=5)
        assert sandbox_script.run() == {"request_info": 1}
        shown = client.get(f"/api/v1/contacts/{reference}", headers=sbx).get_json()
        assert shown["status"] == "awaiting_originator"
        [dcr] = Correspondence.select().where(Correspondence.contact == contact.id)
        assert dcr.kind == "DCR" and dcr.status == "open"
        assert sandbox_script.run() == {}                   # it waits for the integrator
        answered = client.post(f"/api/v1/contacts/{reference}/actions", headers=sbx,
                               json={"action": "respond", "text": "Here is what you asked"})
        assert answered.status_code == 200 and answered.get_json()["status"] == "in_progress"
        fixed.advance(minutes=5)
        assert sandbox_script.run() == {"resolve": 1}
        fixed.advance(hours=2)
        assert sandbox_script.run() == {}                   # a day to try a challenge
        fixed.advance(days=1)
        assert sandbox_script.run() == {"close": 1}
        assert Contact.get_by_id(contact.id).status == "closed"
        qcl, qex = write_reports(twin)
    qcl_rows, qex_rows = (list(csv.reader(io.StringIO(
        storage_for().read_bytes(f.storage_key).decode())))[1:-1] for f in (qcl, qex))
    assert [(r[1], r[6]) for r in qcl_rows] == [(reference, "RESOLVED")]
    assert [r[6] for r in qex_rows] == ["submitted", "accepted", "open", "awaiting_originator",
                                        "in_progress", "resolved", "closed"]   # open: the DCR
    assert qex_rows[2][8] == sandbox_script.DCR_TEXT
    # the sandbox's webhook heard every step; the live organisation's and the CDSP's nothing
    heard = [(json.loads(r["body"])["event"], r["headers"]["x-cms-event"]) for r in hooked.requests]
    assert [event for event, _ in heard].count("contact.raised") == 1
    assert len([e for e, _ in heard if e == "contact.transitioned"]) == 5
    assert live_hooked.requests == [] and cdsp_hooked.requests == []


def test_the_scripted_cdsp_leaves_live_contacts_alone(app, principals, keys, client):
    _, live = keys
    real = raise_via(client, live, originator_ref="LIVE-1")
    assert sandbox_script.run() == {}
    assert Contact.get(Contact.reference == real).status == "submitted"


# ------------------------------------------------------------------ the purge

def test_the_purge_removes_sandbox_contacts_and_files_after_n_days_and_not_before(
        app, principals, keys, client):
    sbx, live = keys
    with clock.frozen(T0) as fixed:
        tried = raise_via(client, sbx)
        real = raise_via(client, live, originator_ref="LIVE-1")
        data = write_qmp("ALP", 1, [("F-1", "ENQ", "3938424403", "From a file", "files", "Q?")],
                         now=T0)
        sent = client.post("/api/v1/batch-files", headers=sbx, content_type="multipart/form-data",
                           data={"file": (io.BytesIO(data), "sandbox.qmp")})
        pipeline.process(sent.get_json()["id"])
        assert Contact.select().where(Contact.sandbox).count() == 2
        fixed.advance(days=29, hours=23)
        assert sandbox_script.purge() == {"contacts": 0, "batch_files": 0}
        assert Contact.get_or_none(Contact.reference == tried) is not None
        fixed.advance(hours=2)
        assert sandbox_script.purge() == {"contacts": 2, "batch_files": 1}
    assert Contact.get_or_none(Contact.reference == tried) is None
    assert Contact.select().where(Contact.sandbox).count() == 0
    assert Contact.get_or_none(Contact.reference == real) is not None
    assert BatchFile.select().where(BatchFile.organisation == Organisation.by_code("ALP-SBX")) \
        .count() == 0
    entries = {e.action: e.detail for e in AuditEntry.select()
               .where(AuditEntry.action.startswith("sandbox.") & AuditEntry.action.endswith("purged"))}
    assert tried in entries["sandbox.contacts_purged"]["references"]
    assert entries["sandbox.contacts_purged"]["days"] == 30
    assert entries["sandbox.batch_files_purged"]["count"] == 1


def test_the_purge_period_is_a_setting(app, principals, keys, client):
    sbx, _ = keys
    app.config["CMS_SANDBOX_PURGE_DAYS"] = 2
    with clock.frozen(T0) as fixed:
        raise_via(client, sbx)
        fixed.advance(days=1)
        assert sandbox_script.purge()["contacts"] == 0
        fixed.advance(days=1, minutes=1)
        assert sandbox_script.purge()["contacts"] == 1


def test_cdsp_staff_are_not_emailed_about_sandbox_contacts(app, principals, keys, client):
    from plugins.notifications import rules
    from plugins.notifications.models import Notification
    sbx, live = keys
    agent = principals.user("agent")
    assert rules.save_preference(agent, {"raised", "response"}, "each") == {}
    raise_via(client, sbx)
    sandbox_script.run()
    assert Notification.select().count() == 0
    real = raise_via(client, live, originator_ref="LIVE-1")
    assert [n.contact_id for n in Notification.select()] == \
        [Contact.get(Contact.reference == real).id]


def test_the_lso_registers_sandbox_webhooks_on_their_own_page(app, principals, twin):
    from plugins.webhooks.models import Webhook
    lso_client, _ = principals.client("lso", "ALP")
    assert "its webhooks" in lso_client.get("/shipper/webhooks").get_data(as_text=True)
    made = lso_client.post("/shipper/webhooks/sandbox", data={
        "url": "https://hooks.example.com/sandbox", "events": ["contact.raised"]})
    assert made.status_code == 200 and "ALP-SBX" in made.get_data(as_text=True)
    [hook] = Webhook.select()
    assert hook.organisation_id == twin.id
    assert "hooks.example.com/sandbox" not in lso_client.get("/shipper/webhooks").get_data(
        as_text=True)
    other, _ = principals.client("lso", "BET")
    assert other.get("/shipper/webhooks/sandbox").status_code == 404
    assert other.post(f"/shipper/webhooks/{hook.id}/delete").status_code == 404
    assert lso_client.post(f"/shipper/webhooks/{hook.id}/delete").status_code == 302
    assert Webhook.get_by_id(hook.id).deleted_at is not None


def test_the_command_line_makes_a_sandbox_key_for_an_lso(app, principals, twin, client):
    lso, user = principals.user("lso", "ALP"), principals.user("user", "ALP")
    runner = app.test_cli_runner()
    made = runner.invoke(args=["apikey", "create", lso.email, "--sandbox"])
    token = made.output.strip()
    assert made.exit_code == 0 and token.startswith("cms_sbx_")
    assert client.get("/api/v1/contacts", headers=bearer(token)).status_code == 200
    refused = runner.invoke(args=["apikey", "create", user.email, "--sandbox"])
    assert refused.exit_code != 0 and "LSO" in refused.output


def test_the_migration_goes_back_and_forth_and_keeps_the_contact_tables_trigger(
        app, principals, keys, client):
    from playhouse.migrate import SchemaMigrator

    from core import db as database
    from tests.contacts.test_party_status_migration import migration
    sbx, _ = keys
    tried = raise_via(client, sbx)
    db, step = database.db.obj, migration("0027_sandbox")
    step.down(SchemaMigrator.from_database(db), db)
    try:
        assert "sandbox" not in {c.name for c in db.get_columns("contact")}
        assert not {"sandbox", "live_twin_id"} & {c.name for c in db.get_columns("organisation")}
    finally:
        step.up(SchemaMigrator.from_database(db), db)
    assert {c.name for c in db.get_columns("contact")} >= {"sandbox"}
    # a contact's open due moment is still kept by migration 0017's trigger
    Contact.update(due_at=datetime.datetime(2026, 5, 1)).where(Contact.reference == tried).execute()
    assert Contact.get(Contact.reference == tried).open_due_at == datetime.datetime(2026, 5, 1)


def test_the_allowance_figures_leave_the_sandbox_out(app, principals, twin):
    from core import allowance_report
    from core.errors import NotFound
    codes = [org.code for org in allowance_report.participants()]
    assert "ALP" in codes and twin.code not in codes
    with pytest.raises(NotFound):
        allowance_report.organisation_for(principals.user("agent", "CDSP"), twin.code)


def test_no_monthly_report_goes_to_a_sandbox(app, principals, twin):
    from plugins.reports import delivery
    codes = [org.code for org in delivery.organisations([twin.tenant.code])]
    assert "ALP" in codes and twin.code not in codes
