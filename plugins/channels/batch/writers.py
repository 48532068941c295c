"""Writing batch files: QMR, QMJ, QCL and QEX from the CDSP, and QMP (for senders and tests).

Every writer returns the whole file as UTF-8 bytes: LF line ends, a final
line break, fields quoted by RFC 4180 only when they must be. Dates and times
are UK local time, from the ``now`` passed in (an aware datetime, or a naive
one in UTC as the database keeps them). Text is written so that the service's
own reader gives it back: line breaks become LF and other control characters
(which make a file "not text") become spaces.
"""
import datetime
import re
from typing import NamedTuple

from plugins.channels.batch import codes
from plugins.channels.batch.reader import HEADER, TRAILER, MAX_SEQUENCE, UK

CDSP = "CDSP"
OUTCOMES = ("AC", "WN", "RJ")
CLOSED_OUTCOMES = ("RESOLVED", "REJECTED", "CANCELLED")
# A C01's last field (an addition to version 1): the query allowance verdict (UNC Mod 565).
VERDICTS = ("VALID", "NO_CHALLENGE", "INCORRECT_DATA")

_NEEDS_QUOTES = re.compile(r'[,"\n]')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ResponseRow(NamedTuple):
    """One ``R01`` of a QMR: ``outcome`` is AC, WN (code/text say why) or RJ (no reference)."""
    originator_ref: str
    outcome: str
    cms_reference: str = ""
    code: str = ""
    text: str = ""


class ClosedRow(NamedTuple):
    """One ``C01`` of a QCL; ``closed`` is a date, or a datetime turned into a UK date;
    ``verdict`` the CDSP's query allowance verdict (VERDICTS, or empty: none given)."""
    cms_reference: str
    originator_ref: str
    contact_type: str
    mprn: str
    closed: object
    outcome: str
    code: str = ""
    text: str = ""
    verdict: str = ""


class EventRow(NamedTuple):
    """One ``E01`` of a QEX; ``at`` (a datetime) gives EVENT_DATE and EVENT_TIME in UK time."""
    cms_reference: str
    originator_ref: str
    contact_type: str
    at: datetime.datetime
    status: str
    ced_code: str = ""
    text: str = ""


def write_qmr(sequence, outcomes, now=None, check=False):
    """The QMR answering the QMP with FILE_SEQUENCE ``sequence``: one R01 per :class:`ResponseRow`.
    With ``check`` it is a check's (nothing was raised): accepted records carry no reference."""
    rows = []
    for item in outcomes:
        ref, outcome, reference, code, text = ResponseRow(*item)
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, got {outcome!r}")
        if outcome == "RJ" and (reference or code not in codes.REJECTION_CODES):
            raise ValueError(f"an RJ has no CMS reference and a code from the table, "
                             f"got {reference!r}, {code!r}")
        if outcome != "RJ" and not reference and not check:
            raise ValueError(f"an {outcome} outcome needs its CMS reference")
        rows.append(("R01", ref, outcome, reference, code, text))
    return _file("QMR", sequence, rows, now)


def write_qmj(sequence, code, text, now=None):
    """The QMJ rejecting a whole file (``sequence`` 0 when the file was unreadable)."""
    if code not in codes.FILE_CODES:
        raise ValueError(f"a QMJ carries a FIL code from the table, got {code!r}")
    return _file("QMJ", sequence, [("J01", code, text)], now, minimum=0)


def write_qcl(sequence, rows, now=None):
    """A QCL: one C01 per :class:`ClosedRow`."""
    out = []
    for item in rows:
        row = ClosedRow(*item)
        if row.outcome not in CLOSED_OUTCOMES:
            raise ValueError(f"a closed outcome is one of {CLOSED_OUTCOMES}, got {row.outcome!r}")
        if row.verdict and row.verdict not in VERDICTS:
            raise ValueError(f"a verdict is one of {VERDICTS} or empty, got {row.verdict!r}")
        closed = row.closed
        if isinstance(closed, datetime.datetime):
            closed = uk_time(closed).date()
        out.append(("C01", row.cms_reference, row.originator_ref, row.contact_type, row.mprn,
                    closed.strftime("%Y%m%d"), row.outcome, row.code, row.text, row.verdict))
    return _file("QCL", sequence, out, now)


def write_qex(sequence, rows, now=None):
    """A QEX: one E01 per :class:`EventRow`."""
    out = []
    for item in rows:
        row = EventRow(*item)
        at = uk_time(row.at)
        out.append(("E01", row.cms_reference, row.originator_ref, row.contact_type,
                    at.strftime("%Y%m%d"), at.strftime("%H%M%S"), row.status, row.ced_code,
                    row.text))
    return _file("QEX", sequence, out, now)


def write_qmp(org_code, sequence, records, now=None):
    """A QMP from ``org_code``: each record is ``(originator_ref, contact_type, mprn, summary,
    *type_fields)``. For senders' tooling, benchmarks and tests."""
    return _file("QMP", sequence, [("Q01", *record) for record in records], now, org=org_code)


def uk_time(moment):
    """An aware datetime in UK local time; a naive one is taken to be UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(UK)


def quote(value):
    """One field as written: empty for None, quoted by RFC 4180 only when it must be."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _file(file_type, sequence, rows, now, org=CDSP, minimum=1):
    if not isinstance(sequence, int) or not minimum <= sequence <= MAX_SEQUENCE:
        raise ValueError(f"a {file_type} sequence is a whole number from {minimum} to "
                         f"{MAX_SEQUENCE}, got {sequence!r}")
    stamp = uk_time(now or datetime.datetime.now(datetime.timezone.utc))
    lines = [",".join((HEADER, quote(org), file_type, stamp.strftime("%Y%m%d"),
                       stamp.strftime("%H%M%S"), str(sequence)))]
    lines.extend(",".join(map(quote, row)) for row in rows)
    lines.append(f"{TRAILER},{len(lines) - 1}")
    lines.append("")
    return "\n".join(lines).encode("utf-8")
