"""Theft of gas figures per month, after the shipper and transporter theft reports of UNC
TPD V13 annexes 6 and 7 (which fields they carry is not public: these are **ours**).

* :func:`tras_rows`, the shipper's report: thefts the CDSP notified through TRAS
  (core.theft), by the month they were notified: how many, the volume notified, how many
  were accepted, deemed accepted, objected to, and of those upheld or amended, how many are
  still pending, and the volume settled;
* :func:`tog_rows`, the transporter's (and every party's) report: Theft of Gas contacts by
  the month they were raised: how many, the energy thought stolen, and how many are open,
  resolved, rejected or cancelled.

Both count only the contacts the reader may see (``figures.scope``), so the wall holds as
in every report; the database groups the TRAS figures, and a TOG's energy (a field of the
contact) is summed over the month's TOG contacts alone.
"""
from dataclasses import asdict, dataclass

from peewee import fn

from core import theft
from core.contacts import CANCELLED, CLOSED, OPEN_STATUSES, REJECTED, RESOLVED
from core.models import Contact, TheftNotice
from plugins.reports.figures import _sum, month_of

TRAS_MEASURES = ("notices", "notified_kwh", "accepted", "deemed_accepted", "objected",
                 "upheld", "amended", "pending", "settled_kwh")
TOG_MEASURES = ("raised", "energy_kwh", "open", "resolved", "rejected", "cancelled")
TABLES = {"tras": TRAS_MEASURES, "tog": TOG_MEASURES}


@dataclass
class TrasRow:
    month: str
    notices: int = 0
    notified_kwh: int = 0
    accepted: int = 0
    deemed_accepted: int = 0
    objected: int = 0
    upheld: int = 0
    amended: int = 0
    pending: int = 0
    settled_kwh: int = 0


@dataclass
class TogRow:
    month: str
    raised: int = 0
    energy_kwh: int = 0
    open: int = 0
    resolved: int = 0
    rejected: int = 0
    cancelled: int = 0


def tras_rows(query, start, end):
    """[TrasRow] by month notified in [start, end), of the notices on contacts in ``query``."""
    month = month_of(TheftNotice.raised_at)
    outcome = TheftNotice.outcome
    rows = (TheftNotice.select(
        month.alias("m"), fn.COUNT(TheftNotice.id), fn.SUM(TheftNotice.notified_energy),
        _sum(outcome == theft.ACCEPTED), _sum(outcome == theft.DEEMED),
        _sum(TheftNotice.objected_at.is_null(False)), _sum(outcome == theft.UPHELD),
        _sum(outcome == theft.AMENDED), _sum(outcome.in_((theft.PENDING, theft.OBJECTED))),
        fn.SUM(TheftNotice.settled_energy))
        .where(TheftNotice.contact.in_(query.select(Contact.id)) &
               (TheftNotice.raised_at >= start) & (TheftNotice.raised_at < end))
        .group_by(month).order_by(month).tuples())
    return [TrasRow(m, *(int(v or 0) for v in values)) for m, *values in rows]


def tog_rows(query, start, end):
    """[TogRow] by month raised in [start, end), of the TOG contacts in ``query``."""
    month = month_of(Contact.raised_at)
    found = (query.select(month.alias("m"), Contact.status, Contact.fields)
             .where((Contact.contact_type == theft.TYPE) & (Contact.raised_at >= start) &
                    (Contact.raised_at < end)).tuples())
    rows = {}
    for m, status, fields in found:
        row = rows.setdefault(m, TogRow(m))
        row.raised += 1
        row.energy_kwh += _energy((fields or {}).get("estimated_energy"))
        if status in OPEN_STATUSES and status != RESOLVED:
            row.open += 1
        elif status in (RESOLVED, CLOSED):
            row.resolved += 1
        elif status == REJECTED:
            row.rejected += 1
        elif status == CANCELLED:
            row.cancelled += 1
    return [rows[m] for m in sorted(rows)]


def _energy(value):
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def total(rows, make):
    """One row adding up ``rows`` (``make``: the row class)."""
    out = make("total")
    for row in rows:
        for name, value in asdict(row).items():
            if name != "month":
                setattr(out, name, getattr(out, name) + value)
    return out


def csv_rows(rows, measures):
    """The header and the rows of a table, for its CSV download."""
    yield ["month"] + list(measures)
    for row in rows:
        yield [row.month] + [getattr(row, m) for m in measures]
