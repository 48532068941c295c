"""The QMP reader against BATCH-FORMAT (version 1), rule by rule."""
import datetime
import time

import pytest

from plugins.channels.batch.format import (
    DEFAULT_MAX_RECORDS, MAX_FIELD_CHARS, MAX_FIELDS, REJECTION_CODES, FileRejection, ParsedFile, RecordError, fields_by_name,
    parse_qmp)

HEADER = "A00,ALP,QMP,20260315,093000,42"
GOOD = "Q01,REF-1,RFA,1234567890,Meter reads wrong"


def qmp(*records, header=HEADER, count=None, end="\n"):
    """A QMP file of ``records`` (lines) with a header and a truthful trailer."""
    count = len(records) if count is None else count
    return end.join([header, *records, f"Z99,{count}"]).encode("utf-8") + end.encode()


def parsed(data, **kwargs):
    result = parse_qmp(data, **kwargs)
    assert isinstance(result, ParsedFile), result
    return result


def rejected(data, code, **kwargs):
    result = parse_qmp(data, **kwargs)
    assert isinstance(result, FileRejection), result
    assert result.code == code, result
    assert result.text
    return result


# ------------------------------------------------------------------- encoding

def test_a_good_file_gives_its_header_and_records():
    result = parsed(qmp(GOOD, "Q01,REF-2,CDQ,9876543210,Second,extra one,extra two"))
    assert (result.org_code, result.sequence, result.record_count) == ("ALP", 42, 2)
    assert result.created == datetime.datetime(2026, 3, 15, 9, 30, tzinfo=result.created.tzinfo)
    assert str(result.created.tzinfo) == "Europe/London"
    first, second = result.records
    assert (first.line, first.originator_ref, first.contact_type, first.mprn, first.summary,
            first.fields, first.error) == (2, "REF-1", "RFA", "1234567890", "Meter reads wrong",
                                          [], None)
    assert second.fields == ["extra one", "extra two"]


def test_a_byte_order_mark_is_tolerated():
    assert parsed(b"\xef\xbb\xbf" + qmp(GOOD)).org_code == "ALP"


@pytest.mark.parametrize("end", ["\n", "\r\n"])
@pytest.mark.parametrize("final", [True, False])
def test_lines_end_in_lf_or_crlf_and_the_final_newline_is_optional(end, final):
    data = qmp(GOOD, '"Q01","REF-2","RFA","1","two\r\nlines"', end=end)
    if not final:
        data = data[:-len(end)]
    result = parsed(data)
    assert [r.summary for r in result.records] == ["Meter reads wrong", "two\nlines"]
    assert [r.line for r in result.records] == [2, 3]


def test_blank_lines_are_ignored():
    result = parsed(qmp("", GOOD, "   ", count=1) + b"\n\n")
    assert len(result.records) == 1


@pytest.mark.parametrize("data, line", [
    (qmp("Q01,REF-1,RFA,123,caf\xe9").replace(b"\xc3\xa9", b"\xe9"), 2),   # Latin-1
    (b"\xff\xfeA\x000\x000\x00", 1),                                     # UTF-16
    (qmp(GOOD) + b"\x80", 4),
    (b"\xef\xbb\xbf" + qmp(GOOD).replace(b"Z99", b"\xc0Z99"), 3),
    (qmp(GOOD).replace(b"Meter", b"\xed\xa0\x80"), 2),                   # a surrogate
])
def test_bytes_that_are_not_utf8_reject_the_file(data, line):
    result = rejected(data, "FIL006")
    assert result.line == line
    assert "UTF-8" in result.text


def test_the_undecodable_byte_is_named_counting_from_the_first_byte_of_the_file():
    assert "byte 5 on line 1" in rejected(b"\xef\xbb\xbfA\xff", "FIL006").text


@pytest.mark.parametrize("garbage", [
    bytes(range(256)) * 4,
    b"\x00" * 100,
    b"PK\x03\x04\x14\x00\x06\x00",                       # the start of a zip file
    qmp("Q01,REF-1,RFA,123,bell\x07"),
])
def test_binary_garbage_is_not_text(garbage):
    assert rejected(garbage, "FIL006").text


# ------------------------------------------------------------------- quoting

def test_rfc4180_quoting():
    result = parsed(qmp('Q01,"REF,1",RFA,1234567890,"He said ""no"", twice","a\nb",""',
                        '"Q01",REF-2,"RFA",123,"quoted, always allowed"'))
    first, second = result.records
    assert first.originator_ref == "REF,1"
    assert first.summary == 'He said "no", twice'
    assert first.fields == ["a\nb", ""]
    assert second.line == 4 and second.summary == "quoted, always allowed"


@pytest.mark.parametrize("bad, why", [
    ('Q01,REF-2,RFA,1,say "hi"', "not wrapped in double quotes"),
    ('Q01,REF-2,RFA,1,"closed"then more', "after the closing double quote"),
    ('Q01,REF-2,RFA,1,cr\rinside', "carriage return"),
])
def test_a_record_with_bad_quoting_is_rejected_alone(bad, why):
    result = parsed(qmp(GOOD, bad, GOOD))
    assert [r.error for r in result.records[::2]] == [None, None]
    error = result.records[1].error
    assert error.code == "REC007" and why in error.text
    assert result.records[1].originator_ref == "REF-2"
    assert result.records[1].line == 3


def test_a_quote_never_closed_swallows_the_trailer():
    result = rejected(qmp(GOOD, 'Q01,REF-2,RFA,1,"never closed', GOOD), "FIL002")
    assert "line 3" in result.text and result.line == 3
    assert (result.org_code, result.sequence) == ("ALP", 42)


# ------------------------------------------------------------------- header

@pytest.mark.parametrize("data, code, says", [
    (b"", "FIL001", "empty"),
    (b"\xef\xbb\xbf", "FIL001", "empty"),
    (b"\n\r\n  \n", "FIL001", "empty"),
    (("\n".join([GOOD, "Z99,1"])).encode(), "FIL001", "first record must be the header"),
    (b"hello world", "FIL001", "first record must be the header"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,093000"), "FIL001", "6 fields"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,093000,42,x"), "FIL001", "6 fields"),
    (qmp(GOOD, header="A00,,QMP,20260315,093000,42"), "FIL001", "ORG_CODE"),
    (qmp(GOOD, header="A00,A B,QMP,20260315,093000,42"), "FIL001", "ORG_CODE"),
    (qmp(GOOD, header="A00,ALP,QMP,20260230,093000,42"), "FIL001", "CREATION_DATE"),
    (qmp(GOOD, header="A00,ALP,QMP,2026315,093000,42"), "FIL001", "CREATION_DATE"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,246000,42"), "FIL001", "CREATION_TIME"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,09:30,42"), "FIL001", "CREATION_TIME"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,093000,0"), "FIL001", "FILE_SEQUENCE"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,093000,-4"), "FIL001", "FILE_SEQUENCE"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,093000,4.0"), "FIL001", "FILE_SEQUENCE"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,093000,"), "FIL001", "FILE_SEQUENCE"),
    (qmp(GOOD, header="A00,ALP,QMP,20260315,093000,99999999999"), "FIL001", "FILE_SEQUENCE"),
    (qmp(GOOD, header='A00,ALP,QMP,20260315,093000,"4'), "FIL001", "never closed"),
    (qmp(GOOD, header="A00,ALP,QMR,20260315,093000,42"), "FIL007", "QMP"),
    (qmp(GOOD, header="A00,ALP,qmp,20260315,093000,42"), "FIL007", "QMP"),
    (qmp(GOOD, header="A00,ALP,QCL"), "FIL007", "QMP"),
])
def test_a_missing_or_malformed_header_rejects_the_file(data, code, says):
    assert says in rejected(data, code).text


def test_the_org_code_is_read_in_capitals():
    assert parsed(qmp(GOOD, header="A00,alp,QMP,20260315,093000,7")).org_code == "ALP"


def test_leading_zeros_in_the_sequence_are_plain_decimals():
    assert parsed(qmp(GOOD, header="A00,ALP,QMP,20260315,093000,007")).sequence == 7


# ------------------------------------------------------------------- trailer

@pytest.mark.parametrize("data, code, says", [
    (HEADER.encode(), "FIL002", "trailer"),
    (qmp(GOOD)[:-len("Z99,1\n")], "FIL002", "cut short"),             # truncated
    (qmp(GOOD)[:-len("Z99,1\n") - 7], "FIL002", "cut short"),         # truncated mid-record
    (qmp(GOOD).replace(b"Z99,1", b"Z99,one"), "FIL002", "whole number"),
    (qmp(GOOD).replace(b"Z99,1", b"Z99"), "FIL002", "whole number"),
    (qmp(GOOD).replace(b"Z99,1", b"Z99,1,2"), "FIL002", "whole number"),
    (qmp(GOOD).replace(b"Z99,1", b"Z99,-1"), "FIL002", "whole number"),
    (qmp(GOOD).replace(b"Z99,1", b"Z99,,"), "FIL002", "whole number"),
    (qmp(GOOD, "Z99,1", GOOD, count=3), "FIL002", "before the end"),
    (qmp(GOOD, HEADER, GOOD, count=3), "FIL001", "second header"),
    (qmp(GOOD, GOOD, count=1), "FIL003", "says 1 records but the file has 2"),
    (qmp(GOOD, count=2), "FIL003", "says 2 records but the file has 1"),
    (qmp(count=1), "FIL003", "says 1 records but the file has 0"),
    (qmp(GOOD) + qmp(GOOD), "FIL002", "before the end"),              # two files in one
])
def test_a_missing_malformed_or_lying_trailer_rejects_the_file(data, code, says):
    result = rejected(data, code)
    assert says in result.text
    assert (result.org_code, result.sequence) == ("ALP", 42)


def test_a_file_with_no_records_is_valid():
    result = parsed(qmp())
    assert (result.record_count, result.records) == (0, [])


# ------------------------------------------------------------------- records

@pytest.mark.parametrize("bad, says", [
    ("Q02,REF-2,RFA,1234567890,Summary", "unknown record type 'Q02'"),
    ("q01,REF-2,RFA,1234567890,Summary", "unknown record type"),
    ("R01,REF-2,AC,X,,", "unknown record type"),
    ("Q01,REF-2,RFA,1234567890", "at least ORIGINATOR_REF, CONTACT_TYPE, MPRN, SUMMARY"),
    ("Q01,REF-2", "has 1 fields"),
    ("Q01", "has 0 fields"),
    ("just text", "unknown record type"),
])
def test_a_record_that_is_not_a_q01_is_rejected_alone(bad, says):
    result = parsed(qmp(GOOD, bad, GOOD))
    assert [r.error for r in result.records] [::2] == [None, None]
    error = result.records[1].error
    assert error.code == "REC007" and says in error.text
    assert REJECTION_CODES[error.code] == "record type unknown or wrong number of fields"


def test_record_line_numbers_count_quoted_line_breaks():
    result = parsed(qmp('Q01,A,RFA,1,"one\ntwo\nthree"', GOOD, "Q01,bad"))
    assert [r.line for r in result.records] == [2, 5, 6]


def test_empty_fields_mean_not_given():
    record = parsed(qmp("Q01,,RFA,,Summary,,x")).records[0]
    assert (record.originator_ref, record.mprn, record.fields) == ("", "", ["", "x"])


# ------------------------------------------------------------------- size

def test_a_file_over_the_limit_is_rejected_before_it_is_read():
    data = qmp(GOOD)
    assert isinstance(parse_qmp(data, max_bytes=len(data)), ParsedFile)
    result = rejected(data, "FIL008", max_bytes=len(data) - 1)
    assert f"{len(data)} bytes" in result.text and f"limit is {len(data) - 1}" in result.text
    rejected(b"\xff" * 1000, "FIL008", max_bytes=999)                  # not even decoded


@pytest.mark.parametrize("quoted", [False, True])
def test_an_enormous_field_rejects_its_record_quickly(quoted):
    huge = "x" * (5 * 1024 * 1024)
    started = time.process_time()
    result = parsed(qmp(GOOD, f'Q01,REF-2,RFA,1,"{huge}"' if quoted else f"Q01,REF-2,RFA,1,{huge}",
                        GOOD))
    assert time.process_time() - started < 8   # CPU seconds: linear work, not a benchmark
    error = result.records[1].error
    assert error.code == "REC007" and f"field 5 is longer than the limit of {MAX_FIELD_CHARS}" in error.text
    assert result.records[1].originator_ref == "REF-2"
    assert [r.error for r in result.records[::2]] == [None, None]


def test_a_field_at_the_limit_is_read():
    field = "y" * MAX_FIELD_CHARS
    assert parsed(qmp(f"Q01,REF-1,RFA,1,{field}")).records[0].summary == field


def test_one_enormous_line_with_no_line_break_is_a_clear_rejection():
    started = time.process_time()
    rejected(b"A" * (20 * 1024 * 1024), "FIL001")
    rejected(b'"' * (20 * 1024 * 1024), "FIL001")
    rejected(b"A00,ALP,QMP,20260315,093000,1," + b"," * (5 * 1024 * 1024), "FIL001")
    assert time.process_time() - started < 20   # CPU seconds: linear work, not a benchmark


def test_a_file_may_hold_only_so_many_records():
    assert DEFAULT_MAX_RECORDS == 500_000
    assert len(parsed(qmp(*[GOOD] * 5), max_records=5).records) == 5
    result = rejected(qmp(*[GOOD] * 6), "FIL008", max_records=5)
    assert "more than 5 records" in result.text and "split it" in result.text


@pytest.mark.parametrize("flood", ["\n", "x\n", '"\n', " \r\n"])
def test_a_flood_of_tiny_lines_is_refused_quickly(flood):
    started = time.process_time()
    rejected(qmp() + (flood * (20 * 1024 * 1024 // len(flood))).encode(), "FIL008",
             max_bytes=30 * 1024 * 1024)
    assert time.process_time() - started < 12   # CPU seconds: linear work, not a benchmark


@pytest.mark.parametrize("quoted", [False, True])
def test_a_record_with_too_many_fields_is_rejected_alone(quoted):
    commas = "," * (10 * 1024 * 1024)
    bad = f'Q01,REF-2,"RFA",{commas}' if quoted else f"Q01,REF-2,RFA,{commas}"
    started = time.process_time()
    result = parsed(qmp(GOOD, bad))
    assert time.process_time() - started < 12   # CPU seconds: linear work, not a benchmark
    error = result.records[1].error
    assert error.code == "REC007" and f"more than the limit of {MAX_FIELDS} fields" in error.text
    assert result.records[1].originator_ref == "REF-2"
    assert len(parsed(qmp("Q01" + ",x" * (MAX_FIELDS - 1))).records[0].fields) == MAX_FIELDS - 5


# ------------------------------------------------------------------- type fields

class Named:
    def __init__(self, name):
        self.name = name


def test_fields_by_name_maps_the_type_fields_in_declared_order():
    record = parsed(qmp("Q01,R,RFA,1,S,2026-01-01,,read")).records[0]
    names = ["read_date", "meter_serial", "reason", "notes"]
    assert fields_by_name(record, names) == {"read_date": "2026-01-01", "reason": "read"}
    assert fields_by_name(record, [Named(n) for n in names]) == {"read_date": "2026-01-01",
                                                                   "reason": "read"}


def test_fields_by_name_rejects_too_many_values():
    record = parsed(qmp("Q01,R,RFA,1,S,a,b,c")).records[0]
    with pytest.raises(RecordError) as caught:
        fields_by_name(record, ["one", "two"])
    assert caught.value.problem.code == "REC007"
    assert "at most 6" in caught.value.problem.text and "has 7" in caught.value.problem.text


# ------------------------------------------------------------------- codes

CONTRACT_TABLE = """
| FIL001 | header missing or malformed |
| FIL002 | trailer missing or malformed |
| FIL003 | record count does not match the trailer |
| FIL004 | file sequence already used |
| FIL005 | organisation code is not the sender's |
| FIL006 | file is not readable text in UTF-8 |
| FIL007 | wrong file type for this channel |
| FIL008 | file larger than the configured limit |
| REC001 | unknown or disabled contact type |
| REC002 | MPRN missing or fails its check digits |
| REC003 | mandatory field missing |
| REC004 | field value invalid (the text names the field) |
| REC005 | originator reference already in use |
| REC006 | contact type not open to the sender's participant type |
| REC007 | record type unknown or wrong number of fields |
"""


def test_the_code_table_holds_the_contract_table():
    """Copied from BATCH-FORMAT version 1; the service may add codes, never change these."""
    contract = dict(row.strip("| ").split(" | ") for row in CONTRACT_TABLE.strip().splitlines())
    assert {code: REJECTION_CODES[code] for code in contract} == contract
