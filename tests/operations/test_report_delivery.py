"""Scheduled monthly performance reports: when a month ends the job publishes each
organisation's report and emails it, CSV attached, to the recipients its LSO chose; once per
organisation and month however often, or on however many workers, the job runs; audited."""
import datetime
import email
from pathlib import Path

import pytest

from core import clock
from core.contacts import act, raise_contact
from core.jobs import get_queue
from core.models import AuditEntry
from plugins.reports import delivery
from plugins.reports.models import PublishedReport, ReportDelivery

MARCH = datetime.datetime(2026, 3, 3, 10, 0)
APRIL = datetime.datetime(2026, 4, 1, 7, 45)        # the job's first run after March ended
ENQ = {"mprn": "3938424403", "summary": "Why?", "topic": "data", "question": "Why?"}


def outbox(app):
    folder = Path(app.config["CMS_DATA_DIR"]) / "outbox"
    return [email.message_from_bytes(p.read_bytes())
            for p in sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)]


@pytest.fixture
def market(principals):
    """ALP and BET each raise an ENQ in March, resolved the next day; ALP's LSO makes its
    supervisor a report recipient."""
    alp_lso, alp_sup = principals.user("lso", "ALP"), principals.user("supervisor", "ALP")
    bet = principals.user("user", "BET")
    agent = principals.user("agent")
    with clock.frozen(MARCH) as fixed:
        contacts = [raise_contact(principals.user("user", "ALP"), "ENQ", ENQ, "web"),
                    raise_contact(bet, "ENQ", ENQ, "web")]
        fixed.advance(days=1)
        for contact in contacts:
            act(agent, contact, "accept")
            act(agent, contact, "resolve", text="Answered.")
        delivery.set_recipients(alp_lso, alp_lso.organisation, [alp_sup.id])
    return {"lso": alp_lso, "supervisor": alp_sup, "bet": bet, "agent": agent}


def run_job(app, at=APRIL):
    queue = get_queue(app)
    [task] = [t for t in queue.huey.read_periodic(at) if t.name == "reports.monthly"]
    queue.huey.execute(task)


def test_the_job_sends_last_months_report_once_with_its_csv(app, market):
    with clock.frozen(APRIL):
        run_job(app)
        run_job(app)                          # the job runs again: nothing is sent twice
    [mail] = outbox(app)
    assert mail["To"] == market["supervisor"].email
    assert mail["Subject"] == "[CMS] Monthly performance report: Alpha Gas Shipping, 2026-03"
    body, attachment = [part for part in mail.walk() if not part.is_multipart()]
    assert "Sector not known: 1 resolved; 100.0% within 4" in body.get_payload(decode=True).decode()
    assert attachment.get_filename() == "performance-ALP-2026-03.csv"
    csv = attachment.get_payload(decode=True).decode()
    assert csv.startswith("organisation,ALP,month,2026-03") and "TOTAL,unknown,all,1,1,100.0" in csv
    # every organisation's report is published; BET has no recipient, so nobody is mailed
    assert {r.organisation.code for r in PublishedReport.select()} >= {"ALP", "BET"}
    sent = {(d.organisation.code, d.recipients) for d in ReportDelivery.select()
            if d.sent_at is not None}
    assert {("ALP", 1), ("BET", 0)} <= sent
    entries = AuditEntry.select().where(AuditEntry.action == "report.sent")
    alp = [e for e in entries if e.org_id == market["lso"].organisation_id]
    assert [e.detail["recipients"] for e in alp] == [1]


def test_two_runs_at_once_send_once_and_a_dead_runs_claim_is_taken_again(app, market):
    org = market["lso"].organisation
    with clock.frozen(APRIL):
        first = delivery.claim(org, "2026-03", clock.now())
        assert first is not None
        assert delivery.claim(org, "2026-03", clock.now()) is None     # the other worker
        assert delivery.deliver(org, "2026-03") is False              # still held
    # the run holding it died: once the lease has passed another run sends it
    with clock.frozen(APRIL + delivery.LEASE + datetime.timedelta(minutes=1)):
        assert delivery.deliver(org, "2026-03") is True
        assert delivery.deliver(org, "2026-03") is False
    assert len(outbox(app)) == 1


def test_a_failed_send_is_tried_again_on_the_next_run(app, market, monkeypatch):
    from core import mail

    def refused(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")
    monkeypatch.setattr(mail, "send", refused)
    org = market["lso"].organisation
    with clock.frozen(APRIL):
        assert delivery.deliver(org, "2026-03") is False
    row = ReportDelivery.get(ReportDelivery.organisation == org.id)
    assert (row.sent_at, row.attempts, row.claimed_at, row.error) == (None, 1, None, "mail server down")
    assert AuditEntry.select().where(AuditEntry.action == "report.send_failed").count() == 1
    monkeypatch.undo()
    with clock.frozen(APRIL + datetime.timedelta(days=1)):
        assert delivery.deliver(org, "2026-03") is True
    assert len(outbox(app)) == 1


def test_an_lso_chooses_the_recipients_from_their_own_organisation(app, market, principals):
    client = principals.sign_in(app.test_client(), market["lso"])
    page = client.get("/shipper/reports/recipients").get_data(as_text=True)
    assert market["supervisor"].email in page and market["bet"].email not in page
    saved = client.post("/shipper/reports/recipients",
                        data={"recipients": [str(market["lso"].id), str(market["supervisor"].id)]})
    assert saved.status_code == 302
    assert {u.id for u in delivery.recipients(market["lso"].organisation)} == {
        market["lso"].id, market["supervisor"].id}
    entry = AuditEntry.select().where(AuditEntry.action == "report.recipients_changed") \
        .order_by(AuditEntry.id.desc()).first()
    assert entry.detail == {"added_users": [market["lso"].id], "removed_users": []}
    # another organisation's user is refused, with what to fix
    refused = client.post("/shipper/reports/recipients", data={"recipients": [str(market["bet"].id)]})
    assert refused.status_code == 400 and "Choose users of the organisation only." in \
        refused.get_data(as_text=True)
    supervisor = principals.sign_in(app.test_client(), market["supervisor"])
    assert supervisor.get("/shipper/reports/recipients").status_code == 403


def test_a_cdsp_admin_chooses_an_organisations_recipients(app, market, principals):
    admin = principals.sign_in(app.test_client(), principals.user("admin"))
    page = admin.get("/cdsp/reports/recipients?org=BET").get_data(as_text=True)
    assert market["bet"].email in page
    saved = admin.post("/cdsp/reports/recipients", data={"org": "BET",
                                                          "recipients": [str(market["bet"].id)]})
    assert saved.status_code == 302
    assert [u.id for u in delivery.recipients(market["bet"].organisation)] == [market["bet"].id]


@pytest.mark.parametrize("app_config", [{"CMS_BLOCKED_PLUGINS": ["notifications"]}])
def test_without_a_plugin_that_sends_mail_the_report_waits(app, market):
    org = market["lso"].organisation
    with clock.frozen(APRIL):
        assert delivery.deliver(org, "2026-03") is False
    row = ReportDelivery.get(ReportDelivery.organisation == org.id)
    assert (row.sent_at, row.error) == (None, "no plugin sends mail: enable the notifications plugin")
    assert PublishedReport.get(PublishedReport.organisation == org.id).month == "2026-03"
