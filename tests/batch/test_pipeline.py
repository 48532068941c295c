"""The pipeline: a registered QMP becomes contacts and a QMR, or a QMJ and nothing, once."""
import pytest

from core.actors import SystemActor
from core.hookspecs import hookimpl as pipeline_hookimpl
from core.models import Contact, ContactEvent, ContactParty
from core.storage import storage_for
from core.tenancy import set_plugin_enabled
from plugins.channels.batch import pipeline
from plugins.channels.batch.intake import register
from plugins.channels.batch.lease import Heartbeat
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, lines, mprn, qmp


def send(user, data, name="contacts.qmp", channel="portal"):
    return pipeline.process(register(user.organisation, data, name, channel, user).id)


def response_of(batch_file):
    return lines(storage_for().read_bytes(batch_file.response_key))


def test_good_records_are_accepted_and_bad_ones_rejected_alone(app, clock, shipper, outbox, heard):
    rfa = ("R2", "RFA", mprn(), "Estimated reads", "M123", "3", "50000", "20250101", "20250630",
           "inaccurate_read")
    batch_file = send(shipper, qmp([
        enq("Q1"),
        ("Q2", "RFA", "3938424404", "Bad MPRN", "M1"),      # check digits wrong
        rfa,
        ("Q4", "XYZ", "", "Unknown type"),
        enq("Q1"),                                          # same reference as the first
        ("Q6", "ENQ", "", "Too many fields", "files", "?", "extra"),
    ]))
    assert (batch_file.status, batch_file.response_type) == ("processed", "QMR")
    assert (batch_file.record_count, batch_file.accepted_count, batch_file.rejected_count) == (6, 2, 4)
    qmr = response_of(batch_file)
    assert qmr[0].startswith("A00,CDSP,QMR,") and qmr[0].endswith(",1") and qmr[-1] == "Z99,6"
    outcomes = [line.split(",")[1:5] for line in qmr[1:-1]]
    assert outcomes == [["Q1", "AC", "ENQ-2026-000001", ""], ["Q2", "RJ", "", "REC002"],
                        ["R2", "AC", "RFA-2026-000001", ""], ["Q4", "RJ", "", "REC001"],
                        ["Q1", "RJ", "", "REC005"], ["Q6", "RJ", "", "REC007"]]
    assert Contact.select().count() == 2 and ContactEvent.select().count() == 2
    assert ContactParty.select().count() == 4
    assert {c.channel for c in Contact.select()} == {"batch"}
    assert [p.name for p in outbox.iterdir()] == [f"QMR-ALP-000001-{batch_file.id}.csv"]
    assert (outbox / f"QMR-ALP-000001-{batch_file.id}.csv").read_bytes() == \
        storage_for().read_bytes(batch_file.response_key)
    assert heard.files == [(batch_file.id, "processed", "QMR")]


@pytest.mark.parametrize("data, code", [
    (b"", "FIL001"),
    (b"\x00\x01\x02\xff\xfe binary", "FIL006"),
    (b"A00,ALP,QMP,20260402,090000,1\nQ01,R1,ENQ,,Cut short,files,?\n", "FIL002"),
    (b"A00,ALP,QMP,20260402,090000,1\nQ01,R1,ENQ,,Lies,files,?\nZ99,2\n", "FIL003"),
    (b"A00,ALP,QMR,20260402,090000,1\nZ99,0\n", "FIL007"),
    (b'A00,ALP,QMP,20260402,090000,1\nQ01,R1,ENQ,,"never closed\nZ99,1\n', "FIL002"),
], ids=["empty", "binary", "truncated", "trailer-lies", "wrong-type", "open-quote"])
def test_a_file_that_cannot_be_read_gets_a_qmj_and_creates_nothing(app, clock, shipper, data, code, heard):
    batch_file = send(shipper, data)
    assert (batch_file.status, batch_file.error_code, batch_file.response_type) == ("rejected", code, "QMJ")
    qmj = response_of(batch_file)
    assert qmj[1].startswith(f"J01,{code},") and qmj[-1] == "Z99,1"
    assert Contact.select().count() == 0
    assert heard.files == [(batch_file.id, "rejected", "QMJ")]


def test_bom_crlf_and_quoted_commas_and_newlines_are_read(app, clock, shipper):
    data = ("\ufeffA00,ALP,QMP,20260402,090000,1\r\n"
            'Q01,R1,ENQ,,"Summary, with a comma",files,"Line one\r\nline ""two"""\r\n'
            "\r\nZ99,1\r\n").encode()
    batch_file = send(shipper, data)
    assert batch_file.accepted_count == 1
    contact = Contact.get()
    assert contact.summary == "Summary, with a comma"
    assert contact.fields["question"] == 'Line one\nline "two"'


def test_a_used_sequence_is_fil004_and_creates_nothing(app, clock, shipper):
    first = send(shipper, qmp([enq("A1")], sequence=7))
    again = send(shipper, qmp([enq("A2")], sequence=7))
    assert first.status == "processed"
    assert (again.status, again.error_code) == ("rejected", "FIL004")
    assert response_of(again)[0].endswith(",7") and response_of(again)[1].startswith("J01,FIL004,")
    assert Contact.select().count() == 1


def test_a_file_rejected_whole_may_be_resent_with_its_sequence(app, clock, shipper):
    bad = send(shipper, b"A00,ALP,QMP,20260402,090000,3\nZ99,5\n")
    good = send(shipper, qmp([enq("B1")], sequence=3))
    assert (bad.status, bad.error_code) == ("rejected", "FIL003")
    assert (good.status, good.accepted_count) == ("processed", 1)


def test_the_database_refuses_two_live_files_with_one_sequence(app, clock, shipper):
    import peewee
    register(shipper.organisation, qmp([enq("C1")], sequence=9), "a.qmp", "api", shipper)
    with pytest.raises(peewee.IntegrityError):
        BatchFile.create(organisation=shipper.organisation_id, sequence=9, filename="b", sha256="",
                         size=0, storage_key="", channel="api")


def test_another_organisations_code_is_fil005(app, clock, shipper):
    batch_file = send(shipper, qmp([enq("D1")], org="BET"))
    assert (batch_file.status, batch_file.error_code) == ("rejected", "FIL005")
    assert "BET" in batch_file.error_text and Contact.select().count() == 0


def test_a_stale_attempt_cannot_commit_after_another_took_over(app, clock, shipper):
    batch_file = register(shipper.organisation, qmp([enq("E1"), enq("E2")]), "x.qmp", "api", shipper)
    first = pipeline.claim(batch_file)
    clock.advance(seconds=pipeline.lease_seconds() + 1)  # its lease expires
    assert pipeline.reap(lambda file_id: None) == [batch_file.id]
    second = pipeline.claim(batch_file)
    assert (first, second) == (1, 2)
    pipeline._run(batch_file, second, None, Heartbeat(batch_file.id, second, 1))
    with pytest.raises(pipeline.LeaseLost):
        pipeline._run(batch_file, first, None, Heartbeat(batch_file.id, first, 1))
    assert Contact.select().count() == 2
    assert BatchFile.get_by_id(batch_file.id).accepted_count == 2


def test_a_claimed_file_is_not_claimed_again_while_its_lease_runs(app, clock, shipper):
    batch_file = register(shipper.organisation, qmp([enq("F1")]), "x.qmp", "api", shipper)
    assert pipeline.claim(batch_file) == 1
    assert pipeline.claim(batch_file) is None
    assert pipeline.process(batch_file.id).status == "processing"
    assert pipeline.reap(lambda file_id: None) == []


def test_the_reaper_delivers_a_response_a_killed_worker_did_not(app, clock, shipper, outbox, heard):
    batch_file = send(shipper, qmp([enq("G1")]))
    for path in outbox.iterdir():
        path.unlink()
    BatchFile.update(delivered_at=None).where(BatchFile.id == batch_file.id).execute()
    heard.files.clear()
    assert pipeline.reap(lambda file_id: None) == []          # not yet: it may be on its way
    clock.advance(minutes=2)
    enqueued = []
    assert pipeline.reap(enqueued.append) == [batch_file.id]
    pipeline.process(enqueued[0])
    assert [p.name for p in outbox.iterdir()] == [pipeline.outbox_name(batch_file)]
    assert heard.files == [(batch_file.id, "processed", "QMR")]
    assert Contact.select().count() == 1


def test_received_files_nobody_started_are_enqueued_again(app, clock, shipper):
    batch_file = register(shipper.organisation, qmp([enq("H1")]), "x.qmp", "api", shipper)
    clock.advance(minutes=2)
    assert pipeline.reap(lambda file_id: None) == [batch_file.id]


def test_a_file_of_a_read_only_user_rejects_each_record(app, clock, principals):
    reader = principals.user("read_only", "ALP")
    batch_file = send(reader, qmp([enq("I1")]))
    assert batch_file.status == "processed" and batch_file.rejected_count == 1
    assert response_of(batch_file)[1].split(",")[4] == "REC006"


def test_the_batch_file_processed_hook_hears_each_file_once_after_its_response(app, clock, shipper, outbox, heard):
    seen = []

    class Checker:
        name = "response_checker"

        @pipeline_hookimpl
        def batch_file_processed(self, batch_file):
            seen.append(pipeline.outbox_path(batch_file).is_file())  # the response is there
    app.extensions["cms"].pm.register(Checker(), name=Checker.name)
    set_plugin_enabled(SystemActor("test"), "shipper", "response_checker", True)
    batch_file = send(shipper, qmp([enq("K1")]))
    pipeline.process(batch_file.id)                                # again: nothing new to say
    assert heard.files == [(batch_file.id, "processed", "QMR")] and seen == [True]


def test_a_plugin_the_senders_tenant_does_not_enable_hears_nothing(app, clock, shipper, outbox, heard):
    set_plugin_enabled(SystemActor("test"), "shipper", heard.name, False)
    send(shipper, qmp([enq("K2")]))
    assert heard.files == []


def test_a_large_file_is_checked_on_two_cores_with_the_same_answers(app, clock, shipper, monkeypatch,
                                                                    forks):
    """Over the threshold a forked child checks the second half of the records: the QMR says
    what one process's says, duplicates across the two halves and rejections alike."""
    from core import forked

    def rows(prefix):
        out = []
        for i in range(12):
            out += [enq(f"{prefix}{i}"), (f"{prefix}B{i}", "RFA", "3938424404", "Bad MPRN", "M1"),
                    enq(f"{prefix}{i % 5}")]
        return out

    def answers(batch_file):
        return [line.split(",")[2:5] for line in response_of(batch_file)[1:-1]]

    app.config["CMS_BATCH_CHECK_PROCESSES"] = 1
    one = answers(send(shipper, qmp(rows("A"), sequence=1)))
    monkeypatch.setattr(forked, "MIN_ITEMS", 6)
    app.config["CMS_BATCH_CHECK_PROCESSES"] = 2
    two = answers(send(shipper, qmp(rows("B"), sequence=2)))
    assert len(forks) == 1
    assert [(outcome, code) for outcome, _, code in two] == \
        [(outcome, code) for outcome, _, code in one]
    assert sum(outcome == "AC" for outcome, _, _ in two) == 12
    assert [int(ref[-6:]) for outcome, ref, _ in two if outcome == "AC"] == list(range(13, 25))
