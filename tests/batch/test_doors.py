"""Three doors, one pipeline: the portal, the API and the mailbox; and ``cms batch``."""
import io
import os
from pathlib import Path

import pytest

from core import apikeys
from core.contacts import act
from core.models import Contact
from core.storage import storage_for
from plugins.channels.batch import intake, pipeline
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, lines, qmp


def process_all():
    for batch_file in BatchFile.select().where(BatchFile.status == "received"):
        pipeline.process(batch_file.id)


# ------------------------------------------------------------------ portal

def test_the_portal_takes_a_file_shows_its_progress_and_serves_the_response(app, clock, principals):
    client, user = principals.client("user", "ALP")
    page = client.get("/shipper/files")
    assert page.status_code == 200 and "Upload and process" in page.get_data(as_text=True)
    sent = client.post("/shipper/files", data={"file": (io.BytesIO(qmp([enq("P1"), enq("P2")])),
                                                        "mine.qmp")},
                       content_type="multipart/form-data")
    assert sent.status_code == 302
    detail_url = sent.headers["Location"]
    waiting = client.get(detail_url)
    assert "received" in waiting.get_data(as_text=True) and waiting.headers["Refresh"] == "3"
    process_all()
    done = client.get(detail_url).get_data(as_text=True)
    assert "2 accepted, 0 rejected" in done and "Download the QMR" in done
    file_id = int(detail_url.rsplit("/", 1)[1])
    qmr = client.get(f"/shipper/files/{file_id}/response")
    assert qmr.mimetype == "text/csv" and lines(qmr.data)[1].startswith("R01,P1,AC,ENQ-2026-")
    assert client.get(f"/shipper/files/{file_id}/original").data == qmp([enq("P1"), enq("P2")])
    archive = client.get("/shipper/files?type=QMP&sequence=1").get_data(as_text=True)
    assert "mine.qmp" in archive and "QMR" in archive
    assert "mine.qmp" not in client.get("/shipper/files?sequence=2").get_data(as_text=True)


@pytest.mark.parametrize("form, message", [
    ({}, "Choose a QMP file to upload."),
    ({"file": (io.BytesIO(b""), "")}, "Choose a QMP file to upload."),
])
def test_the_portal_says_what_is_missing(app, principals, form, message):
    client, _ = principals.client("user", "ALP")
    page = client.post("/shipper/files", data=form, content_type="multipart/form-data")
    assert page.status_code == 422 and message in page.get_data(as_text=True)


def test_a_file_over_the_limit_is_refused_with_fil008(app, principals):
    app.config["CMS_BATCH_MAX_BYTES"] = 100
    client, _ = principals.client("user", "ALP")
    page = client.post("/shipper/files", data={"file": (io.BytesIO(b"x" * 101), "big.qmp")},
                       content_type="multipart/form-data")
    assert page.status_code == 422 and "FIL008" in page.get_data(as_text=True)
    assert BatchFile.select().count() == 0


def test_another_organisations_file_is_not_found_anywhere(app, clock, principals):
    _, owner = principals.client("user", "ALP")
    batch_file = pipeline.process(intake.register(owner.organisation, qmp([enq("X1")]), "a.qmp",
                                                  "portal", owner).id)
    other, user_b = principals.client("user", "BET")
    for path in ("", "/response", "/original"):
        assert other.get(f"/shipper/files/{batch_file.id}{path}").status_code == 404
    assert "a.qmp" not in other.get("/shipper/files").get_data(as_text=True)
    _, token = apikeys.create_key(user_b, user_b, "t")
    for path in ("", "/response"):
        response = other.get(f"/api/v1/batch-files/{batch_file.id}{path}",
                             headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 404 and response.is_json


def test_read_only_users_see_files_but_cannot_send_them(app, principals):
    client, _ = principals.client("read_only", "ALP")
    assert "Upload and process" not in client.get("/shipper/files").get_data(as_text=True)
    sent = client.post("/shipper/files", data={"file": (io.BytesIO(qmp([enq("R1")])), "a.qmp")},
                       content_type="multipart/form-data")
    assert sent.status_code == 403 and BatchFile.select().count() == 0


# ------------------------------------------------------------------ API

@pytest.fixture
def key(principals):
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "batch")
    return {"Authorization": f"Bearer {token}"}


def test_the_api_takes_a_file_and_answers_its_status_and_response(app, clock, client, key):
    sent = client.post("/api/v1/batch-files", headers=key,
                       data={"file": (io.BytesIO(qmp([enq("A1"), ("A2", "ENQ", "", "")])), "a.qmp")},
                       content_type="multipart/form-data")
    assert sent.status_code == 202
    body = sent.get_json()
    assert (body["status"], body["sequence"], body["response_type"]) == ("received", 1, None)
    assert sent.headers["Location"].endswith(f"/api/v1/batch-files/{body['id']}")
    assert client.get(f"/api/v1/batch-files/{body['id']}/response", headers=key).status_code == 404
    process_all()
    status = client.get(f"/api/v1/batch-files/{body['id']}", headers=key).get_json()
    assert (status["status"], status["accepted_count"], status["rejected_count"]) == ("processed", 1, 1)
    qmr = client.get(f"/api/v1/batch-files/{body['id']}/response", headers=key)
    assert qmr.status_code == 200 and qmr.mimetype == "text/csv"
    assert [line.split(",")[2] for line in lines(qmr.data)[1:-1]] == ["AC", "RJ"]


def test_the_api_wants_multipart_and_respects_the_limit(app, client, key):
    assert client.post("/api/v1/batch-files", headers=key, json={"file": "x"}).status_code == 415
    app.config["CMS_BATCH_MAX_BYTES"] = 10
    big = client.post("/api/v1/batch-files", headers=key, content_type="multipart/form-data",
                      data={"file": (io.BytesIO(b"y" * 11), "big.qmp")})
    assert big.status_code == 413 and big.get_json()["message"].startswith("FIL008")


# ------------------------------------------------------------------ mailbox

def test_a_file_dropped_in_the_mailbox_is_registered_moved_aside_and_answered(app, clock, principals, outbox):
    principals.org("ALP")
    inbox = storage_for().inbox("ALP")
    (inbox / "daily.qmp").write_bytes(qmp([enq("M1")], sequence=4))
    enqueued = []
    [batch_file] = intake.scan_mailboxes(enqueued.append)
    assert [p.name for p in inbox.iterdir() if p.is_file()] == []
    assert (inbox / ".registered" / f"{batch_file.id}-daily.qmp").is_file()
    assert intake.scan_mailboxes(enqueued.append) == []          # once only
    pipeline.process(enqueued[0].id)
    assert (outbox / f"QMR-ALP-000004-{batch_file.id}.csv").is_file()
    assert Contact.get().channel == "batch" and Contact.get().originator_user is None


def test_a_scan_that_stopped_half_way_finishes_without_registering_twice(app, clock, principals):
    principals.org("ALP")
    inbox = storage_for().inbox("ALP")
    (inbox / "a.qmp").write_bytes(qmp([enq("N1")], sequence=5))
    [first] = intake.scan_mailboxes()
    taken = inbox / ".taken"                                # as if moved but never moved on
    taken.mkdir(exist_ok=True)
    os.replace(inbox / ".registered" / f"{first.id}-a.qmp", taken / "beef-a.qmp")
    (taken / "cafe-b.qmp").write_bytes(qmp([enq("N2")], sequence=6))   # taken, never registered
    [second] = intake.scan_mailboxes()
    assert second.filename == "b.qmp" and BatchFile.select().count() == 2
    assert sorted(p.name for p in (inbox / ".registered").iterdir()) == [
        f"{first.id}-a.qmp", f"{second.id}-b.qmp"]


def test_mailbox_files_wait_during_a_maintenance_window(app, clock, principals):
    principals.org("ALP")
    app.config["CMS_MAINTENANCE_WINDOW"] = "08:00-10:00"   # the clock says 09:00 UTC = 10:00 BST
    app.config["CMS_MAINTENANCE_WINDOW"] = "09:30-11:00"
    inbox = storage_for().inbox("ALP")
    (inbox / "night.qmp").write_bytes(qmp([enq("W1")]))
    assert intake.scan_mailboxes() == []
    assert (inbox / "night.qmp").is_file()
    clock.advance(hours=1)                                 # 11:00 UK time: the window is over
    assert len(intake.scan_mailboxes()) == 1


def test_an_oversized_mailbox_file_gets_a_qmj_and_is_moved_aside(app, clock, principals, outbox):
    principals.org("ALP")
    app.config["CMS_BATCH_MAX_BYTES"] = 50
    inbox = storage_for().inbox("ALP")
    (inbox / "huge.qmp").write_bytes(b"z" * 51)
    assert intake.scan_mailboxes() == []
    [qmj] = list(outbox.iterdir())
    assert lines(qmj.read_bytes())[1].startswith("J01,FIL008,huge.qmp is larger than")
    assert [p.name for p in (inbox / ".rejected").iterdir()][0].endswith("-huge.qmp")


# ------------------------------------------------------------------ cms batch

def test_cms_batch_submit_processes_and_prints_the_response_path(app, clock, runner, principals, tmp_path):
    principals.org("ALP")
    path = tmp_path / "file.qmp"
    path.write_bytes(qmp([enq("C1"), enq("C2")], sequence=11))
    result = runner.invoke(args=["batch", "submit", str(path), "--org", "ALP"])
    assert result.exit_code == 0, result.output
    printed = Path(result.stdout.strip().splitlines()[-1])
    assert printed.is_absolute() and printed.is_file()
    assert [line.split(",")[2] for line in lines(printed.read_bytes())[1:-1]] == ["AC", "AC"]
    again = runner.invoke(args=["batch", "submit", str(path), "--org", "ALP"])
    assert again.exit_code == 0 and "QMJ: FIL004" in again.stderr
    assert Contact.select().count() == 2


def test_cms_batch_submit_refuses_an_unknown_organisation(app, runner, tmp_path):
    path = tmp_path / "f.qmp"
    path.write_bytes(b"A00")
    result = runner.invoke(args=["batch", "submit", str(path), "--org", "NOPE"])
    assert result.exit_code != 0 and "no active organisation 'NOPE'" in result.output


def test_cms_batch_report_writes_the_next_qcl_and_qex(app, clock, runner, principals):
    user = principals.user("user", "ALP")
    agent = principals.user("agent")
    pipeline.process(intake.register(user.organisation, qmp([enq("Q1"), enq("Q2")]), "q.qmp",
                                     "api", user).id)
    first = runner.invoke(args=["batch", "report", "--org", "ALP"])
    assert first.exit_code == 0, first.output
    qcl, qex = (Path(p) for p in first.output.split())
    assert qcl.name == "QCL-ALP-000001.csv" and qex.name == "QEX-ALP-000001.csv"
    assert lines(qcl.read_bytes())[-1] == "Z99,0"
    assert [line.split(",")[6] for line in lines(qex.read_bytes())[1:-1]] == ["submitted", "submitted"]
    contact = Contact.get(Contact.originator_ref == "Q2")
    act(agent, contact, "reject", "web", code="REJ001", text="Raised twice")
    second = runner.invoke(args=["batch", "report", "--org", "ALP"])
    qcl, qex = (Path(p) for p in second.output.split())
    assert (qcl.name, qex.name) == ("QCL-ALP-000002.csv", "QEX-ALP-000002.csv")
    [closed] = lines(qcl.read_bytes())[1:-1]
    assert closed.split(",")[1:3] == [contact.reference, "Q2"] and ",REJECTED,REJ001,Raised twice" in closed
    assert [line.split(",")[6] for line in lines(qex.read_bytes())[1:-1]] == ["rejected"]
