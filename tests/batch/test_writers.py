"""The response writers against the layouts of BATCH-FORMAT, and back through the reader."""
import datetime

import pytest

from plugins.channels.batch.format import (
    ClosedRow, EventRow, ResponseRow, ParsedFile, parse_qmp, read_file, write_qcl, write_qex,
    write_qmj, write_qmp, write_qmr)

UTC = datetime.timezone.utc
SUMMER = datetime.datetime(2026, 6, 30, 23, 30, 5, tzinfo=UTC)    # 00:30:05 on 1 July in London
WINTER = datetime.datetime(2026, 1, 15, 23, 30)                   # naive: taken as UTC


def test_qmr_layout_one_r01_per_q01_in_order():
    data = write_qmr(42, [ResponseRow("REF-1", "AC", "CMS0000001"),
                          ("REF-2", "WN", "CMS0000002", "REC004", "reason, trimmed"),
                          ResponseRow("REF-3", "RJ", "", "REC002", 'MPRN "12" fails its check')],
                     now=SUMMER)
    assert data.decode() == (
        "A00,CDSP,QMR,20260701,003005,42\n"
        "R01,REF-1,AC,CMS0000001,,\n"
        'R01,REF-2,WN,CMS0000002,REC004,"reason, trimmed"\n'
        'R01,REF-3,RJ,,REC002,"MPRN ""12"" fails its check"\n'
        "Z99,3\n")


def test_qmj_layout():
    assert write_qmj(0, "FIL006", "byte 3 on line 1 is not UTF-8", now=WINTER) == (
        b"A00,CDSP,QMJ,20260115,233000,0\n"
        b"J01,FIL006,byte 3 on line 1 is not UTF-8\n"
        b"Z99,1\n")


def test_qcl_layout():
    rows = [ClosedRow("CMS0000001", "REF-1", "RFA", "1234567890", datetime.date(2026, 3, 2),
                      "RESOLVED"),
            ClosedRow("CMS0000002", "REF-2", "CDQ", "9876543210", SUMMER, "REJECTED", "X12",
                      "not ours\nsee notes", "INCORRECT_DATA")]
    assert write_qcl(7, rows, now=WINTER).decode() == (
        "A00,CDSP,QCL,20260115,233000,7\n"
        "C01,CMS0000001,REF-1,RFA,1234567890,20260302,RESOLVED,,,\n"
        'C01,CMS0000002,REF-2,CDQ,9876543210,20260701,REJECTED,X12,"not ours\nsee notes",'
        'INCORRECT_DATA\n'
        "Z99,2\n")


def test_qex_layout_in_uk_local_time():
    rows = [EventRow("CMS0000001", "REF-1", "RFA", SUMMER, "OPEN", "", "raised"),
            EventRow("CMS0000001", "REF-1", "RFA", WINTER, "ON_HOLD", "C02", "waiting")]
    assert write_qex(3, rows, now=SUMMER).decode() == (
        "A00,CDSP,QEX,20260701,003005,3\n"
        "E01,CMS0000001,REF-1,RFA,20260701,003005,OPEN,,raised\n"
        "E01,CMS0000001,REF-1,RFA,20260115,233000,ON_HOLD,C02,waiting\n"
        "Z99,2\n")


def test_empty_reports_have_a_zero_trailer():
    assert write_qcl(1, [], now=WINTER) == b"A00,CDSP,QCL,20260115,233000,1\nZ99,0\n"


def test_the_clock_defaults_to_now():
    before = datetime.datetime.now(UTC)
    header = write_qmj(1, "FIL001", "x").split(b"\n")[0].decode()
    stamp = datetime.datetime.strptime(header[-17:-2], "%Y%m%d,%H%M%S")
    assert abs(stamp.replace(tzinfo=datetime.timezone.utc).timestamp()
               - before.timestamp()) < 2 * 3600   # London is UTC or UTC+1


@pytest.mark.parametrize("write, args, says", [
    (write_qmr, (1, [("R", "OK", "C1")]), "outcome must be one of"),
    (write_qmr, (1, [("R", "RJ", "C1", "REC002")]), "RJ has no CMS reference"),
    (write_qmr, (1, [("R", "RJ", "", "NOPE")]), "code from the table"),
    (write_qmr, (1, [("R", "AC", "")]), "needs its CMS reference"),
    (write_qmr, (0, []), "sequence"),
    (write_qmj, (1, "REC002", "x"), "FIL code"),
    (write_qmj, (-1, "FIL001", "x"), "sequence"),
    (write_qcl, (1, [("C", "R", "RFA", "1", datetime.date(2026, 1, 1), "CLOSED")]), "RESOLVED"),
    (write_qcl, (1, [("C", "R", "RFA", "1", datetime.date(2026, 1, 1), "RESOLVED", "", "",
                      "BAD")]), "verdict"),
])
def test_writers_refuse_what_the_format_cannot_say(write, args, says):
    with pytest.raises(ValueError, match=says):
        write(*args, now=WINTER)


def test_texts_come_back_through_the_reader():
    texts = ['plain', 'comma, inside', 'quote " inside', 'line\nbreak', 'crlf\r\nbreak',
             'cr\ronly', 'bell\x07', '"', ',', '', '  spaced  ']
    data = write_qmr(9, [ResponseRow(f"R{i}", "WN", f"C{i}", "REC004", t) for i, t in enumerate(texts)],
                     now=WINTER)
    envelope = read_file(data, "QMR")
    assert (envelope.org_code, envelope.sequence, envelope.record_count) == ("CDSP", 9, len(texts))
    got = [r.fields[5] for r in envelope.records]
    assert got == [t.replace("\r\n", "\n").replace("\r", "\n").replace("\x07", " ") for t in texts]


@pytest.mark.parametrize("data, file_type, rows", [
    (write_qmj(0, "FIL003", "says 2, has 3", now=WINTER), "QMJ", [["J01", "FIL003", "says 2, has 3"]]),
    (write_qcl(2, [("C1", "R1", "RFA", "1", datetime.date(2026, 1, 2), "CANCELLED", "", "by you")],
               now=WINTER), "QCL", [["C01", "C1", "R1", "RFA", "1", "20260102", "CANCELLED", "",
                                     "by you", ""]]),
    (write_qex(2, [("C1", "R1", "RFA", WINTER, "CLOSED", "", "done")], now=WINTER), "QEX",
     [["E01", "C1", "R1", "RFA", "20260115", "233000", "CLOSED", "", "done"]]),
])
def test_every_response_type_reads_back(data, file_type, rows):
    envelope = read_file(data, file_type)
    assert [r.fields for r in envelope.records] == rows
    assert envelope.created == datetime.datetime(2026, 1, 15, 23, 30,
                                                 tzinfo=envelope.created.tzinfo)


def test_a_written_qmp_parses_to_its_records():
    records = [("REF-1", "RFA", "1234567890", "summary, with comma", "2026-01-01", ""),
               ("REF-2", "CDQ", "", "two\nlines")]
    result = parse_qmp(write_qmp("alp", 5, records, now=SUMMER))
    assert isinstance(result, ParsedFile)
    assert (result.org_code, result.sequence) == ("ALP", 5)
    assert [(r.originator_ref, r.contact_type, r.mprn, r.summary, *r.fields)
            for r in result.records] == records
