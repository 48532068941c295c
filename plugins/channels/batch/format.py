"""The batch file format (BATCH-FORMAT, version 1): parse QMP files, write the responses.

``parse_qmp(data)`` answers a :class:`ParsedFile` or a :class:`FileRejection`
and never raises for bad input. Whole-file faults are FIL codes; a record that
cannot be read as a ``Q01`` keeps its place with a REC007 ``error`` and the
other records stand. Checks that need the database and the sender (FIL004,
FIL005) and the contact types (REC001 to REC006) belong to the pipeline.

``RECORD_COUNT`` is compared with the number of records between the header and
the trailer, so a record whose type is garbled is rejected alone (REC007)
instead of making the count wrong and the whole file rejected.
"""
import datetime
from dataclasses import dataclass, field
from typing import NamedTuple

from core.gcpause import collector_paused
from plugins.channels.batch import codes
from plugins.channels.batch.codes import REJECTION_CODES  # noqa: F401  (re-exported)
from plugins.channels.batch.reader import (  # noqa: F401  (re-exported)
    DEFAULT_MAX_BYTES, DEFAULT_MAX_RECORDS, MAX_FIELD_CHARS, MAX_FIELDS, UK, FileRejection, read_file, show)
from plugins.channels.batch.writers import (  # noqa: F401  (re-exported)
    ClosedRow, EventRow, ResponseRow, write_qcl, write_qex, write_qmj, write_qmp, write_qmr)

FILE_TYPE = "QMP"
RECORD_TYPE = "Q01"
CORE_FIELDS = ("ORIGINATOR_REF", "CONTACT_TYPE", "MPRN", "SUMMARY")


class Problem(NamedTuple):
    """Why one record is rejected: a REC code and a text saying what to fix."""
    code: str
    text: str


class RecordError(Exception):
    """A record that breaks the format; ``problem`` is its :class:`Problem`."""

    def __init__(self, code, text):
        super().__init__(f"{code}: {text}")
        self.problem = Problem(code, text)


@dataclass(slots=True)
class Record:
    """One ``Q01`` (or a record in its place). Empty strings mean "not given"."""
    line: int                     # the line the record starts on, counting from 1
    originator_ref: str = ""
    contact_type: str = ""
    mprn: str = ""
    summary: str = ""
    fields: list = field(default_factory=list)  # the contact type's own fields, in order
    error: Problem | None = None  # REC007 when it cannot be read as a Q01


@dataclass(slots=True)
class ParsedFile:
    """A QMP that passed every file-level check this module can make."""
    org_code: str
    sequence: int
    created: datetime.datetime    # CREATION_DATE and CREATION_TIME, aware, UK local time
    record_count: int
    records: list                 # one :class:`Record` per body record, in file order


def parse_qmp(data, max_bytes=DEFAULT_MAX_BYTES, max_records=DEFAULT_MAX_RECORDS):
    """Read a QMP file (bytes): a :class:`ParsedFile`, or a :class:`FileRejection`."""
    envelope = read_file(data, FILE_TYPE, max_bytes, max_records)
    if isinstance(envelope, FileRejection):
        return envelope
    with collector_paused():
        records = _records(envelope.records)
    return ParsedFile(envelope.org_code, envelope.sequence, envelope.created,
                      envelope.record_count, records)


def _records(raw_records):
    """The raw records turned into :class:`Record` in place (so both are never held at once)."""
    minimum = len(CORE_FIELDS) + 1
    for index, raw in enumerate(raw_records):
        values = raw.fields
        ref = values[1] if len(values) > 1 else ""
        if raw.problem:
            record = Record(raw.line, ref, error=Problem(codes.BAD_RECORD, raw.problem))
        elif values[0] != RECORD_TYPE:
            record = Record(raw.line, ref, error=Problem(
                codes.BAD_RECORD, f"unknown record type {show(values[0])}: "
                                  f"a QMP holds {RECORD_TYPE} records"))
        elif len(values) < minimum:
            record = Record(raw.line, ref, error=Problem(
                codes.BAD_RECORD, f"a {RECORD_TYPE} needs at least {', '.join(CORE_FIELDS)}; "
                                  f"this one has {len(values) - 1} fields"))
        else:
            record = Record(raw.line, ref, values[2], values[3], values[4], values[minimum:])
        raw_records[index] = record
    return raw_records


def fields_by_name(record, field_names):
    """The record's own fields as ``{name: value}`` for a contact type's ``batch_fields``.

    ``field_names`` are names, or objects with a ``name``, in the declared order.
    Empty values ("not given") and omitted trailing fields are left out of the
    answer; more values than names raise :class:`RecordError` (REC007).
    """
    names = [getattr(name, "name", name) for name in field_names]
    values = record.fields
    if len(values) > len(names):
        allowed = len(CORE_FIELDS) + len(names)
        raise RecordError(codes.BAD_RECORD, f"too many fields: this contact type takes at most "
                                            f"{allowed} after {RECORD_TYPE}, this record has "
                                            f"{len(CORE_FIELDS) + len(values)}")
    return {name: value for name, value in zip(names, values) if value != ""}

