"""Fuzzing the QMP reader: whatever the bytes, it answers a ParsedFile or a FileRejection.

The fast runs are part of every test run; the ``slow`` ones try many more examples.
Inputs that ever broke the reader stay below as explicit regression tests.
"""
import csv
import datetime
import io

import pytest
from hypothesis import example, HealthCheck, given, settings
from hypothesis import strategies as st

from plugins.channels.batch.codes import REJECTION_CODES
from plugins.channels.batch.format import FileRejection, ParsedFile, parse_qmp, write_qmp
from plugins.channels.batch.reader import split_records

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime.datetime(2026, 3, 15, 9, 30, tzinfo=datetime.timezone.utc)

# Text a sender may put in a field: anything printable, commas, quotes and line breaks.
field_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(',"\n'),
                     max_size=30)
q01 = st.tuples(field_text, field_text, field_text, field_text,
                st.lists(field_text, max_size=4)).map(lambda t: (*t[:4], *t[4]))
valid_files = st.builds(lambda org, seq, records: (write_qmp(org, seq, records, now=NOW), records),
                        st.from_regex(r"[A-Z0-9]{2,10}", fullmatch=True),
                        st.integers(1, 2**31 - 1), st.lists(q01, max_size=8))

# Pieces of the grammar, so random files get past the header and into the deep paths.
TOKENS = ["A00", "Q01", "Z99", "ALP", "QMP", "QMR", "20260315", "093000", "20261340", "1", "2",
          "0", "-1", ",", ",", ",", '"', '""', "\n", "\n", "\r\n", "\r", "x", " ", "é",
          "\ufeff", "\x00", "RFA", "1234567890"]
token_files = st.lists(st.sampled_from(TOKENS), max_size=60).map(lambda t: "".join(t).encode())


def mutate(data, ops):
    """Apply (kind, position, payload) mutations to ``data``."""
    data = bytearray(data)
    for kind, where, payload in ops:
        at = where % (len(data) + 1)
        if kind == "insert":
            data[at:at] = payload
        elif kind == "delete":
            del data[at:at + len(payload) + 1]
        elif kind == "flip" and data:
            data[at % len(data)] ^= (payload[:1] or b"\x01")[0] or 1
        elif kind == "truncate":
            del data[at:]
        elif kind == "duplicate":
            data[at:at] = data[at:at + 40]
        elif kind == "crlf":
            data = bytearray(bytes(data).replace(b"\n", b"\r\n"))
    return bytes(data)


mutations = st.lists(st.tuples(st.sampled_from(["insert", "delete", "flip", "truncate",
                                                "duplicate", "crlf"]),
                               st.integers(0, 10_000), st.binary(max_size=8)),
                     min_size=1, max_size=4)


def check(result, data):
    """What every answer must be, whatever the input."""
    assert isinstance(result, (ParsedFile, FileRejection)), type(result)
    if isinstance(result, FileRejection):
        assert result.code in REJECTION_CODES and result.code.startswith("FIL")
        assert result.text
        return
    assert len(result.records) == result.record_count
    lines = data.count(b"\n") + 1
    previous = 1
    for record in result.records:
        assert previous < record.line <= lines
        previous = record.line
        assert record.error is None or record.error.code == "REC007"


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes_never_break_the_reader(data):
    check(parse_qmp(data), data)


@FAST
@given(token_files)
def test_random_token_files_never_break_the_reader(data):
    check(parse_qmp(data), data)


@FAST
@given(valid_files)
def test_a_valid_file_reads_back_to_its_records(file):
    data, records = file
    result = parse_qmp(data)
    check(result, data)
    assert [(r.originator_ref, r.contact_type, r.mprn, r.summary, *r.fields)
            for r in result.records] == [tuple(r) for r in records]
    assert all(r.error is None for r in result.records)


@FAST
@given(valid_files, mutations)
def test_a_mutated_valid_file_never_breaks_the_reader(file, ops):
    data = mutate(file[0], ops)
    check(parse_qmp(data), data)


@FAST
@example(rows=[["\n"]])  # found by hypothesis: a record holding only a quoted newline
@given(st.lists(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc"))
                                 | st.sampled_from(',"\n'), max_size=12), min_size=1, max_size=5),
                max_size=6))
def test_records_split_as_the_csv_module_splits_them(rows):
    """A differential check of the hand-written RFC 4180 splitter against ``csv``."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    text = buffer.getvalue()
    # Blank lines (nothing, or only spaces, unquoted) are ignored; a quoted newline is data.
    expected = [r for r in csv.reader(io.StringIO(text, newline=""), strict=True)
                if r and not (len(r) == 1 and r[0].isspace() and not set(r[0]) & set("\r\n"))]
    records, open_quote = split_records(text)
    assert open_quote is None
    assert [r.problem for r in records] == [""] * len(records)
    assert [r.fields for r in records] == expected


@pytest.mark.slow
@SLOW
@given(valid_files, mutations)
def test_a_mutated_valid_file_never_breaks_the_reader_long_run(file, ops):
    data = mutate(file[0], ops)
    check(parse_qmp(data), data)


@pytest.mark.slow
@SLOW
@given(st.binary(max_size=3000) | token_files)
def test_random_input_never_breaks_the_reader_long_run(data):
    check(parse_qmp(data), data)


# ---------------------------------------------------------------- regressions
# Inputs that once broke the reader (found while probing its limits), kept for good.

LONG = '"' + "x" * 70_000 + '"'


@pytest.mark.parametrize("data, code", [
    # no readable field where the trailer should be (a draft raised IndexError here)
    (f"A00,ALP,QMP,20260315,093000,1\nQ01,R,RFA,1,S\n{LONG}\n".encode(), "FIL002"),
    (f"{LONG}\nZ99,0\n".encode(), "FIL001"),
    # a comma flood where the trailer should be
    (("A00,ALP,QMP,20260315,093000,1\n" + "," * 5000 + "\n").encode(), "FIL002"),
])
def test_regression_records_with_no_readable_fields(data, code):
    result = parse_qmp(data)
    check(result, data)
    assert result.code == code


def test_regression_a_body_record_with_no_readable_fields_is_rejected_alone():
    data = f"A00,ALP,QMP,20260315,093000,1\n{LONG}\nZ99,1\n".encode()
    result = parse_qmp(data)
    check(result, data)
    assert result.records[0].error.code == "REC007" and result.records[0].originator_ref == ""
