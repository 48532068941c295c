"""Reading any batch file: bytes, then text, then records, then header, body and trailer.

The records are split by hand rather than with the ``csv`` module, for three
reasons: a record that breaks the quoting rules must be rejected alone and the
reading must go on at the next line (``csv`` loses its place after an error);
each record must know the line it starts on; and an enormous field must give a
clear answer without touching ``csv.field_size_limit``, which is process-wide.
The rules are RFC 4180's: a field holding a comma, a double quote or a line
break is wrapped in double quotes, and a double quote inside is doubled. A
quoted line break is kept as LF whether the file uses LF or CRLF.

Leniencies (all harmless, each stated here): a UTF-8 byte-order mark is
skipped; blank lines are ignored wherever they are, so a file may end in more
than one line break.
"""
import datetime
import re
import zoneinfo
from dataclasses import dataclass

from core.gcpause import collector_paused
from plugins.channels.batch import codes

UK = zoneinfo.ZoneInfo("Europe/London")
BOM = b"\xef\xbb\xbf"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_FIELD_CHARS = 65_536           # no field of any record type comes near this
MAX_FIELDS = 1_000                 # fields in one record
DEFAULT_MAX_RECORDS = 500_000      # records in one file: what 50 MiB of real records holds
MAX_LINES_PER_RECORD = 4           # room for blank lines and quoted line breaks
MAX_SEQUENCE = 2**31 - 1           # the largest sequence the database holds
HEADER, TRAILER = "A00", "Z99"
HEADER_LAYOUT = "A00,<ORG_CODE>,<FILE_TYPE>,<CREATION_DATE>,<CREATION_TIME>,<FILE_SEQUENCE>"

# C0 control characters other than tab, line feed and carriage return: binary, not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ORG_CODE = re.compile(r"[A-Za-z0-9]{1,20}")
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class FileRejection:
    """The whole file is rejected (a QMJ): ``code`` from the table, ``text`` says what to fix."""
    code: str
    text: str
    sequence: int = 0      # the header's FILE_SEQUENCE when it could be read, else 0
    org_code: str = ""     # the header's ORG_CODE when it could be read
    line: int | None = None


@dataclass(slots=True)
class RawRecord:
    """One record as read: the line it starts on and its fields (the record type first)."""
    line: int
    fields: list
    problem: str = ""      # why it cannot be read as a record (a REC007 text), or ""


@dataclass(slots=True)
class Envelope:
    """A readable file: its header, its body records in order, and its trailer's count."""
    org_code: str
    file_type: str
    sequence: int
    created: datetime.datetime  # aware, UK local time
    record_count: int
    records: list


def decode(data, max_bytes=DEFAULT_MAX_BYTES, file_type="<FILE_TYPE>"):
    """The text of ``data`` (bytes), or a :class:`FileRejection` (FIL008, FIL006, FIL001)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"a batch file is bytes, not {type(data).__name__}")
    size = len(data)
    if size > max_bytes:
        return FileRejection(codes.TOO_LARGE,
                             f"the file is {size} bytes; the limit is {max_bytes} bytes")
    data = bytes(data)
    skip = len(BOM) if data.startswith(BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, skip + exc.start) + 1
        hint = " (it looks like UTF-16)" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        return FileRejection(codes.NOT_TEXT, f"byte {skip + exc.start + 1} on line {line} is not "
                             f"UTF-8{hint}: save the file as UTF-8", line=line)
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        return FileRejection(codes.NOT_TEXT, f"line {line} holds the control character "
                             f"U+{ord(bad.group()):04X}: the file must be plain text", line=line)
    if not text.strip():
        return FileRejection(codes.HEADER, "the file is empty: it must start with the header "
                             + HEADER_LAYOUT.replace("<FILE_TYPE>", file_type), line=1)
    return text


class TooManyRecords(Exception):
    """More records than a file may hold: reading stops there."""


def split_records(text, max_records=None):
    """``(records, open_quote_line)``: every non-blank record as a :class:`RawRecord`, and
    the line of a quoted field never closed before the end of the text (else None).
    Raises :class:`TooManyRecords` past ``max_records``."""
    lines = text.split("\n")
    records = []
    append = records.append
    i, n = 0, len(lines)
    while i < n:
        if max_records is not None and len(records) > max_records:
            raise TooManyRecords()
        line = lines[i]
        if line.endswith("\r"):
            line = line[:-1]
        i += 1
        if '"' not in line:                     # the common case: no quoting at all
            if not line or line.isspace():
                continue
            if line.count(",") >= MAX_FIELDS:
                append(RawRecord(i, line.split(",", 2)[:2], _too_many_text()))
                continue
            fields = line.split(",")
            if "\r" in line:
                append(RawRecord(i, fields, "a carriage return outside double quotes: "
                                            "lines end in LF or CRLF"))
            elif len(line) > MAX_FIELD_CHARS and any(len(f) > MAX_FIELD_CHARS for f in fields):
                append(_too_long(i, fields))
            else:
                append(RawRecord(i, fields))
            continue
        start, parts, quotes = i, [line], line.count('"')
        while quotes % 2 and i < n:             # a quoted line break: the record goes on
            more = lines[i]
            if more.endswith("\r"):
                more = more[:-1]
            parts.append(more)
            quotes += more.count('"')
            i += 1
        if quotes % 2:
            return records, start
        fields, problem = _split_quoted("\n".join(parts) if len(parts) > 1 else line)
        if problem:
            append(RawRecord(start, fields, problem))
        elif any(len(f) > MAX_FIELD_CHARS for f in fields):
            append(_too_long(start, fields))
        else:
            append(RawRecord(start, fields))
    return records, None


def _too_long(line, fields):
    number = next(n for n, f in enumerate(fields, 1) if len(f) > MAX_FIELD_CHARS)
    kept = [f if len(f) <= MAX_FIELD_CHARS else "" for f in fields]
    return RawRecord(line, kept, _too_long_text(number))


def _too_many_text():
    return f"the record has more than the limit of {MAX_FIELDS} fields"


def _too_long_text(number):
    return f"field {number} is longer than the limit of {MAX_FIELD_CHARS} characters"


def _split_quoted(record):
    """``(fields, problem)`` for one record that holds double quotes."""
    fields = []
    pos, end = 0, len(record)
    while True:
        number = len(fields) + 1
        if number > MAX_FIELDS:
            return fields[:2], _too_many_text()
        if pos < end and record[pos] == '"':
            close, limit = pos + 1, pos + 2 + MAX_FIELD_CHARS
            while True:
                close = record.find('"', close)
                if close < 0:
                    return fields, f"field {number}: a double-quoted field is never closed"
                if close > limit:           # too long already: stop reading it
                    return fields, _too_long_text(number)
                if record.startswith('""', close):
                    close += 2
                    continue
                break
            fields.append(record[pos + 1:close].replace('""', '"'))
            pos = close + 1
            if pos == end:
                return fields, ""
            if record[pos] != ",":
                return fields, (f"field {number}: text after the closing double quote "
                                "(a double quote inside a field is written twice)")
            pos += 1
        else:
            comma = record.find(",", pos)
            value = record[pos:] if comma < 0 else record[pos:comma]
            fields.append(value)
            if '"' in value:
                return fields, (f"field {number} holds a double quote but is not wrapped in "
                                "double quotes")
            if "\n" in value or "\r" in value:
                return fields, f"field {number} holds a line break but is not wrapped in double quotes"
            if comma < 0:
                return fields, ""
            pos = comma + 1


def show(value, limit=20):
    """``value`` quoted for a message, cut short when long."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def read_file(data, file_type, max_bytes=DEFAULT_MAX_BYTES, max_records=DEFAULT_MAX_RECORDS):
    """An :class:`Envelope` for a file that must be of ``file_type``, or a :class:`FileRejection`."""
    text = decode(data, max_bytes, file_type)
    if isinstance(text, FileRejection):
        return text
    too_many = FileRejection(codes.TOO_LARGE, f"the file holds more than {max_records:,} "
                             f"records, the most one file may hold: split it into smaller files")
    if text.count("\n") > (max_records + 2) * MAX_LINES_PER_RECORD:
        return too_many
    try:
        with collector_paused():
            records, open_quote = split_records(text, max_records + 2)  # with header, trailer
    except TooManyRecords:
        return too_many
    del text
    if not records and open_quote is not None:
        return FileRejection(codes.HEADER, f"the header on line {open_quote} opens a "
                             "double-quoted field that is never closed", line=open_quote)
    if not records:
        return FileRejection(codes.HEADER, "the file has no records: it must start with the "
                             "header " + HEADER_LAYOUT.replace("<FILE_TYPE>", file_type), line=1)
    header = _read_header(records[0], file_type)
    if isinstance(header, FileRejection):
        return header
    org_code, sequence, created = header

    def reject(code, text, line):
        return FileRejection(code, text, sequence=sequence, org_code=org_code, line=line)

    if open_quote is not None:
        return reject(codes.TRAILER, f"the double-quoted field opened on line {open_quote} is "
                      f"never closed, so there is no {TRAILER} trailer: is the file cut short?",
                      open_quote)
    last = records[-1]
    kind = last.fields[0] if last.fields else ""
    if len(records) < 2 or kind != TRAILER:
        found = "" if len(records) < 2 else f", found {show(kind)} on line {last.line}"
        return reject(codes.TRAILER, f"the last record must be the trailer {TRAILER},"
                      f"<RECORD_COUNT>{found}: is the file cut short?", last.line)
    if last.problem or len(last.fields) != 2 or not _DIGITS.fullmatch(last.fields[1]):
        return reject(codes.TRAILER, f"the trailer on line {last.line} must be "
                      f"{TRAILER},<RECORD_COUNT> with a whole number", last.line)
    body = records[1:-1]
    for record in body:
        kind = record.fields[0] if record.fields else ""
        if kind == HEADER:
            return reject(codes.HEADER, f"a second header on line {record.line}: "
                          "send one file at a time", record.line)
        if kind == TRAILER:
            return reject(codes.TRAILER, f"a trailer on line {record.line} before the end of "
                          "the file: the trailer must be the last record", record.line)
    count = int(last.fields[1])
    if count != len(body):
        return reject(codes.COUNT_MISMATCH, f"the trailer says {count} records but the file "
                      f"has {len(body)}", last.line)
    return Envelope(org_code, file_type, sequence, created, count, body)


def _read_header(record, file_type):
    """``(org_code, sequence, created)`` or a :class:`FileRejection`."""
    fields = record.fields
    layout = HEADER_LAYOUT.replace("<FILE_TYPE>", file_type)

    def reject(text, code=codes.HEADER, sequence=0, org_code=""):
        return FileRejection(code, text, sequence=sequence, org_code=org_code, line=record.line)

    if not fields or fields[0] != HEADER:
        found = show(fields[0]) if fields else "nothing"
        return reject(f"the first record must be the header {layout}; line {record.line} "
                      f"starts with {found}")
    if record.problem:
        return reject(f"the header on line {record.line} cannot be read: {record.problem}")
    if len(fields) > 2 and fields[2] != file_type:
        return reject(f"this is a {show(fields[2])} file; this channel takes {file_type} files",
                      code=codes.WRONG_FILE_TYPE)
    if len(fields) != 6:
        return reject(f"the header must have 6 fields, {layout}; it has {len(fields)}")
    _, org_code, _, date, time, sequence = fields
    if not _ORG_CODE.fullmatch(org_code):
        return reject(f"ORG_CODE {show(org_code)} is not an organisation code "
                      "(letters and digits, e.g. ABC)")
    org_code = org_code.upper()
    lowest = 0 if file_type == "QMJ" else 1   # a QMJ answering an unreadable file says 0
    if not (_DIGITS.fullmatch(sequence) and lowest <= int(sequence) <= MAX_SEQUENCE):
        return reject(f"FILE_SEQUENCE {show(sequence)} must be a whole number from {lowest} to "
                      f"{MAX_SEQUENCE}", org_code=org_code)
    sequence = int(sequence)
    created = _datetime(date, time)
    if created is None:
        return reject(f"CREATION_DATE and CREATION_TIME {show(date)}, {show(time)} must be a "
                      "real date YYYYMMDD and time HHMMSS", sequence=sequence, org_code=org_code)
    return org_code, sequence, created


def _datetime(date, time):
    if len(date) != 8 or len(time) != 6 or not _DIGITS.fullmatch(date + time):
        return None
    try:
        return datetime.datetime(int(date[:4]), int(date[4:6]), int(date[6:]), int(time[:2]),
                                 int(time[2:4]), int(time[4:]), tzinfo=UK)
    except ValueError:
        return None
