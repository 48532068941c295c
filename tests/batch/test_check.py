"""Checking a file without sending it (the API's /batch-checks, the portal's button and
``cms batch check``): the same outcomes the file gets when it is sent, while nothing is
created, registered or used — no contact, no file, no sequence, reference or allowance."""
import io

import pytest

from core import apikeys
from core.contacts import raise_contact
from core.models import AuditEntry, Contact, ContactEvent, ReferenceCounter
from core.models.operations import RejectedSubmission
from core.storage import storage_for
from plugins.channels.batch import pipeline
from plugins.channels.batch.intake import register
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, lines, mprn, qmp

RFA = ("R2", "RFA", mprn(), "Estimated reads", "M123", "3", "50000", "20250101", "20250630",
       "inaccurate_read")
MIXED = [enq("Q1"), ("Q2", "RFA", "3938424404", "Bad MPRN", "M1"), RFA, ("Q4", "XYZ", "", "Unknown"),
         enq("Q1"), ("Q6", "ENQ", "", "Too many fields", "files", "?", "extra"), enq("OPEN1")]


def outcomes(data):
    """[(your reference, outcome, code)] of a QMR's records."""
    return [tuple(line.split(",")[i] for i in (1, 2, 4)) for line in lines(data)[1:-1]]


def nothing_written():
    """What a check must leave as it was."""
    return (Contact.select().count(), ContactEvent.select().count(), BatchFile.select().count(),
            sorted(ReferenceCounter.select(ReferenceCounter.prefix, ReferenceCounter.last).tuples()),
            RejectedSubmission.select().count(),
            sorted(p.name for p in storage_for().data_dir.rglob("*") if p.is_file()))


@pytest.fixture
def api(app, shipper):
    _, token = apikeys.create_key(shipper, shipper, "check")
    client = app.test_client()

    def check(data, name="mine.qmp"):
        return client.post("/api/v1/batch-checks", data={"file": (io.BytesIO(data), name)},
                           headers={"Authorization": f"Bearer {token}"},
                           content_type="multipart/form-data")
    return check


def test_a_checked_file_gets_what_sending_it_gets_and_nothing_is_made(app, clock, shipper, api):
    raise_contact(shipper, "ENQ", {"summary": "Already open", "originator_ref": "OPEN1",
                                   "topic": "files", "question": "?"}, "web")
    before = nothing_written()
    checked = api(qmp(MIXED))
    assert checked.status_code == 200 and checked.mimetype == "text/csv"
    assert (checked.headers["X-CMS-Response-Type"], checked.headers["X-CMS-Accepted"],
            checked.headers["X-CMS-Rejected"]) == ("QMR", "2", "5")
    assert 'filename="check-QMR-mine.csv"' in checked.headers["Content-Disposition"]
    assert nothing_written() == before               # no contact, file, reference or log
    assert lines(checked.data)[0].startswith("A00,CDSP,QMR,")
    assert [line.split(",")[3] for line in lines(checked.data)[1:-1]] == [""] * 7   # no references

    sent = register(shipper.organisation, qmp(MIXED), "mine.qmp", "api", shipper)
    sent = pipeline.process(sent.id)
    real = storage_for().read_bytes(sent.response_key)
    assert outcomes(checked.data) == outcomes(real)
    assert outcomes(real) == [("Q1", "AC", ""), ("Q2", "RJ", "REC002"), ("R2", "AC", ""),
                              ("Q4", "RJ", "REC001"), ("Q1", "RJ", "REC005"),
                              ("Q6", "RJ", "REC007"), ("OPEN1", "RJ", "REC005")]
    # the sequence the check read is still free: now used, a second check says so
    used = api(qmp(MIXED))
    assert used.headers["X-CMS-Response-Type"] == "QMJ" and ",FIL004," in used.get_data(as_text=True)


@pytest.mark.parametrize("data, code", [
    (b"", "FIL001"),
    (qmp([enq("X1")], org="BET"), "FIL005"),
    (b"A00,ALP,QMP,20260402,090000,1\nQ01,R1,ENQ,,Lies,files,?\nZ99,2\n", "FIL003"),
], ids=["empty", "another-organisation", "trailer-lies"])
def test_a_file_that_would_be_rejected_whole_gets_its_qmj(app, clock, shipper, api, data, code):
    before = nothing_written()
    checked = api(data)
    assert checked.status_code == 200 and checked.headers["X-CMS-Response-Type"] == "QMJ"
    assert f",{code}," in checked.get_data(as_text=True)
    assert nothing_written() == before


def test_a_check_is_refused_to_a_role_that_cannot_send_files(app, clock, principals):
    reader = principals.user("read_only", "ALP")
    _, token = apikeys.create_key(reader, reader, "check")
    answer = app.test_client().post(
        "/api/v1/batch-checks", data={"file": (io.BytesIO(qmp([enq("Q1")])), "a.qmp")},
        headers={"Authorization": f"Bearer {token}"}, content_type="multipart/form-data")
    assert answer.status_code == 403


def test_the_portal_checks_a_file_and_lists_what_would_be_refused(app, clock, principals):
    client, user = principals.client("user", "ALP")
    assert "Check the file without sending it" in client.get("/shipper/files").get_data(as_text=True)
    before = nothing_written()
    page = client.post("/shipper/files", data={"file": (io.BytesIO(qmp(MIXED)), "mine.qmp"),
                                               "check": "1"}, content_type="multipart/form-data")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Nothing was sent." in text
    assert "3 of 7 records would be accepted" in text          # OPEN1 is not open here
    assert "REC002" in text and "REC007" in text and "Bad MPRN" not in text
    assert nothing_written() == before
    assert AuditEntry.select().where(AuditEntry.action.contains("batch")).count() == 0


def test_cms_batch_check_prints_the_response_and_fails_when_anything_is_refused(
        app, clock, shipper, runner, tmp_path):
    path = tmp_path / "mine.qmp"
    path.write_bytes(qmp(MIXED))
    before = nothing_written()
    result = runner.invoke(args=["batch", "check", str(path), "--org", "ALP"])
    assert result.exit_code == 1
    assert "R01,Q2,RJ,,REC002" in result.stdout
    assert "check only, nothing sent: QMR: 3 would be accepted, 4 rejected" in result.stderr
    assert nothing_written() == before
    path.write_bytes(qmp([enq("G1"), enq("G2")], sequence=2))
    good = runner.invoke(args=["batch", "check", str(path), "--org", "ALP"])
    assert good.exit_code == 0 and good.stdout.count(",AC,") == 2
