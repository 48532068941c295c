"""Retention (issue 18 item 5): what is past its tenant's period is purged by `cms retention run`
and the nightly job, each purge in the audit; what is not, and every open contact, is kept."""
import dataclasses
import datetime

import pytest

from core import retention
from core.config import ConfigError
from core.contacts import act
from core.contacts.attachments import path_for
from core.jobs import get_queue
from core.models import Attachment, AuditEntry, Contact
from core.storage import storage_for
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, qmp

NOW = datetime.datetime(2026, 4, 2, 2, 0)
YEARS_AGO = {n: NOW.replace(year=NOW.year - n) for n in range(1, 10)}


def closed(contact, at):
    """``contact`` as if it had closed ``at``."""
    Contact.update(status="closed", closed_at=at, resolved_at=at).where(
        Contact.id == contact.id).execute()
    return contact


def references():
    return {c.reference for c in Contact.select(Contact.reference)}


@pytest.fixture
def shipper(principals):
    return principals.user("user", "ALP")


def test_closed_contacts_past_the_period_go_the_rest_stay(app, shipper, raise_enq, runner):
    old = closed(raise_enq(shipper), YEARS_AGO[8])
    recent = closed(raise_enq(shipper), YEARS_AGO[6])
    still_open = raise_enq(shipper)
    Contact.update(raised_at=YEARS_AGO[9]).where(Contact.id == still_open.id).execute()

    assert retention.run(now=NOW)["closed_contacts"] == 1
    assert references() == {recent.reference, still_open.reference}
    entry = AuditEntry.get(AuditEntry.action == "retention.contacts_purged")
    assert entry.detail["references"] == [old.reference]
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0, result.output


def test_a_tenant_may_keep_contacts_longer_and_the_longest_period_of_its_parties_wins(
        app, shipper, principals, raise_enq):
    tenants = app.extensions["cms"].tenants
    tenants["cdsp"] = dataclasses.replace(tenants["cdsp"], retention=retention.parse_retention(
        {"closed_contacts": "10 years"}, "cdsp.toml"))
    kept = closed(raise_enq(shipper), YEARS_AGO[8])      # raised to the CDSP: its party
    assert retention.run(now=NOW)["closed_contacts"] == 0
    assert kept.reference in references()
    tenants["cdsp"] = dataclasses.replace(tenants["cdsp"], retention=retention.parse_retention(
        {"closed_contacts": "30 days"}, "cdsp.toml"))
    assert retention.run(now=NOW)["closed_contacts"] == 1


def test_a_contact_whose_follow_up_is_kept_waits_for_it(app, shipper, raise_enq):
    parent = closed(raise_enq(shipper), YEARS_AGO[8])
    child = closed(raise_enq(shipper), YEARS_AGO[2])
    Contact.update(parent=parent.id).where(Contact.id == child.id).execute()
    retention.run(now=NOW)
    assert references() == {parent.reference, child.reference}


def test_attachments_of_contacts_closed_past_their_period_are_removed(app, shipper, raise_enq):
    old, recent, running = raise_enq(shipper), raise_enq(shipper), raise_enq(shipper)
    for contact, text in ((old, b"old\n"), (recent, b"recent\n"), (running, b"running\n")):
        act(shipper, contact, "attach", filename="note.txt", content=text)
    closed(old, YEARS_AGO[3])
    closed(recent, YEARS_AGO[1])
    keys = {a.contact_id: a.storage_key for a in Attachment.select()}

    assert retention.run(now=NOW)["attachments"] == 1
    assert {a.contact_id for a in Attachment.select()} == {recent.id, running.id}
    assert not path_for(keys[old.id]).exists()
    assert path_for(keys[recent.id]).exists() and path_for(keys[running.id]).exists()
    assert old.reference in references()                  # the contact itself stays
    entry = AuditEntry.get(AuditEntry.action == "retention.attachments_purged")
    assert (entry.target_id, entry.detail["files"]) == (old.reference, ["note.txt"])


def test_batch_files_past_the_period_lose_their_content_and_keep_their_row(
        app, runner, tmp_path, principals):
    principals.user("user", "ALP")
    path = tmp_path / "ALP.QMP"
    path.write_bytes(qmp([enq("B-1")]))
    assert runner.invoke(args=["batch", "submit", str(path), "--org", "ALP"]).exit_code == 0
    sent = BatchFile.get(BatchFile.file_type == "QMP")
    storage = storage_for()
    assert retention.run(now=sent.received_at + datetime.timedelta(days=364))["batch_files"] == 0
    assert storage.exists(sent.storage_key) and storage.exists(sent.response_key)

    assert retention.run(now=sent.received_at + datetime.timedelta(days=366))["batch_files"] == 1
    assert not storage.exists(sent.storage_key) and not storage.exists(sent.response_key)
    assert BatchFile.get_by_id(sent.id).sequence == 1
    entry = AuditEntry.get(AuditEntry.action == "retention.batch_files_purged")
    assert (entry.target_id, entry.detail["count"]) == ("shipper", 1)


def test_a_purged_batch_file_is_not_found_with_a_reason(app, runner, tmp_path, principals):
    user = principals.user("user", "ALP")
    client = principals.sign_in(app.test_client(), user)
    path = tmp_path / "ALP.QMP"
    path.write_bytes(qmp([enq("B-1")]))
    assert runner.invoke(args=["batch", "submit", str(path), "--org", "ALP"]).exit_code == 0
    sent = BatchFile.get(BatchFile.file_type == "QMP")
    retention.run(now=sent.received_at + datetime.timedelta(days=400))
    from plugins.channels.batch import service
    from core.errors import NotFound
    with pytest.raises(NotFound, match="older than the retention period"):
        service.original(user, sent.id)
    assert client.get("/shipper/files").status_code == 200


def test_the_command_and_the_nightly_job_purge(app, shipper, raise_enq, runner):
    first = closed(raise_enq(shipper), datetime.datetime(2001, 1, 1))
    result = runner.invoke(args=["retention", "run"])
    assert result.exit_code == 0, result.output
    assert "1 closed contacts" in result.output
    second = closed(raise_enq(shipper), datetime.datetime(2001, 1, 1))
    queue = get_queue(app)
    due = queue.huey.read_periodic(datetime.datetime(2026, 4, 2, 3, 37))
    assert "core.retention" in [task.name for task in due]
    for task in due:
        if task.name == "core.retention":
            queue.huey.execute(task)
    assert not {first.reference, second.reference} & references()


@pytest.mark.parametrize("table, message", [
    ({"closed_contacts": "seven years"}, 'retention.closed_contacts must be a period like "90 days"'),
    ({"closed_contacts": 0}, "retention.closed_contacts must be a period"),
    ({"attachments": "3 months"}, "retention.attachments must be a period"),
    ({"contacts": "1 year"}, "retention has no contacts"),
])
def test_a_bad_period_stops_start_up_naming_the_file_and_key(table, message):
    with pytest.raises(ConfigError, match=message) as caught:
        retention.parse_retention(table, "gt.toml")
    assert "tenant file gt.toml" in str(caught.value)


def test_periods_read_as_written():
    periods = retention.parse_retention({"closed_contacts": 3650, "batch_files": "90 days"}, "x")
    assert [str(periods[k]) for k in retention.KINDS] == ["3650 days", "2 years", "90 days"]
    assert periods["attachments"].cutoff(datetime.datetime(2028, 2, 29)) == datetime.datetime(2026, 2, 28)
