"""Service-level figures, counted by the database (GROUP BY, window functions), never by
loading contacts into Python: the tables hold a million contacts.

For a period [start, end) (UTC, from UK month boundaries) and a scope of contacts:

* ``raised``: contacts raised in the period;
* ``closed``: contacts that finished in the period (closed, rejected or cancelled);
* ``resolved`` and ``within``: contacts resolved in the period, and those of them resolved
  by their due time; ``within_pct`` is within / resolved;
* ``median_days`` and ``p90_days``: elapsed days from raising to resolution of the contacts
  resolved in the period (nearest-rank percentiles);
* ``breached``: contacts raised in the period that are past their service level now, or
  were resolved after it (:func:`core.contacts.breached_condition`);
* ``outside_allowance``: contacts raised in the period beyond the raiser's query allowance.

Each is given by contact type, by organisation (the originator) or by month; ``open_by``
is the current open contacts by status and holder.
"""
import datetime
from dataclasses import dataclass, field

from peewee import SQL, Case, Select, fn

from core import clock
from core import db as database
from core.contacts import OPEN_STATUSES, breached_condition, visible_contacts
from core.models import Contact, ContactParty, Organisation

DIMENSIONS = ("type", "organisation", "month")
MEASURES = ("raised", "closed", "resolved", "within", "within_pct", "median_days", "p90_days",
            "breached", "outside_allowance")


@dataclass
class Row:
    key: str
    raised: int = 0
    closed: int = 0
    resolved: int = 0
    within: int = 0
    breached: int = 0
    outside_allowance: int = 0
    median_days: float = None
    p90_days: float = None
    extra: dict = field(default_factory=dict)

    @property
    def within_pct(self):
        return round(100.0 * self.within / self.resolved, 1) if self.resolved else None

    def as_dict(self):
        return {"key": self.key, **{m: getattr(self, m) for m in MEASURES}}


def scope(actor, org=None):
    """The contacts the figures count: those ``actor`` may see, narrowed to those ``org``
    (an Organisation) is a party to."""
    query = visible_contacts(actor, Contact.select())
    if org is not None:
        query = query.where(Contact.id.in_(
            ContactParty.select(ContactParty.contact).where(ContactParty.organisation == org.id)))
    return query


def org_scope(org):
    """Contacts ``org`` is a party to (for a published report, whoever asks)."""
    return Contact.select().where(~Contact.sandbox & Contact.id.in_(
        ContactParty.select(ContactParty.contact).where(ContactParty.organisation == org.id)))


def month_of(column):
    # The format is written into the SQL (not a parameter) so that PostgreSQL sees the
    # selected and the grouped expression as the same one.
    if database.is_sqlite():
        return fn.strftime(SQL("'%Y-%m'"), column)
    return fn.to_char(column, SQL("'YYYY-MM'"))


def days_between(start, end):
    if database.is_sqlite():
        return fn.julianday(end) - fn.julianday(start)
    return fn.date_part("epoch", end - start) / 86400.0


def _key(dimension, column):
    if dimension == "type":
        return Contact.contact_type
    if dimension == "organisation":
        return Contact.originator_org
    if dimension == "month":
        return month_of(column)
    raise ValueError(f"dimension must be one of {', '.join(DIMENSIONS)}")


def _ids(query):
    """The scope as a subquery of contact ids, so every figure reuses its conditions."""
    return query.select(Contact.id)


def _sum(condition):
    return fn.SUM(Case(None, [(condition, 1)], 0))


def table(query, dimension, start, end, now=None):
    """[Row] for ``dimension`` over [start, end), sorted by key."""
    now = now or clock.now()
    ids = _ids(query)
    rows = {}

    def row(key):
        key = "" if key is None else str(key)
        return rows.setdefault(key, Row(key))

    key = _key(dimension, Contact.raised_at)
    raised = (Contact.select(key.alias("k"), fn.COUNT(Contact.id),
                             _sum(breached_condition(now)), _sum(Contact.outside_allowance == True))  # noqa: E712
              .where(Contact.id.in_(ids) & (Contact.raised_at >= start) & (Contact.raised_at < end))
              .group_by(key).tuples())
    for k, n, breached, outside in raised:
        r = row(k)
        r.raised, r.breached, r.outside_allowance = int(n), int(breached or 0), int(outside or 0)

    key = _key(dimension, Contact.closed_at)
    closed = (Contact.select(key.alias("k"), fn.COUNT(Contact.id))
              .where(Contact.id.in_(ids) & (Contact.closed_at >= start) & (Contact.closed_at < end))
              .group_by(key).tuples())
    for k, n in closed:
        row(k).closed = int(n)

    key = _key(dimension, Contact.resolved_at)
    in_period = Contact.id.in_(ids) & (Contact.resolved_at >= start) & (Contact.resolved_at < end)
    resolved = (Contact.select(key.alias("k"), fn.COUNT(Contact.id),
                               _sum(Contact.resolved_at <= Contact.due_at))
                .where(in_period).group_by(key).tuples())
    for k, n, within in resolved:
        r = row(k)
        r.resolved, r.within = int(n), int(within or 0)
    for k, (median, p90) in percentiles(key, in_period).items():
        r = row(k)
        r.median_days, r.p90_days = median, p90

    if dimension == "organisation":
        codes = {o.id: o.code for o in Organisation.select(Organisation.id, Organisation.code)
                 .where(Organisation.id.in_([int(k) for k in rows if k]))}
        rows = {codes.get(int(k), k) if k else k: r for k, r in rows.items()}
        for k, r in rows.items():
            r.key = k
    return [rows[k] for k in sorted(rows)]


def percentiles(key, condition, points=(50, 90)):
    """{key: (median, p90)} of elapsed days to resolution, nearest rank, by window functions."""
    duration = days_between(Contact.raised_at, Contact.resolved_at)
    inner = (Contact.select(key.alias("k"), duration.alias("d"),
                            fn.ROW_NUMBER().over(partition_by=[key], order_by=[duration]).alias("rn"),
                            fn.COUNT(SQL("*")).over(partition_by=[key]).alias("n"))
             .where(condition)).alias("ranked")
    wanted = [(inner.c.rn == (inner.c.n * p + 99) / 100) for p in points]
    condition_any = wanted[0]
    for extra in wanted[1:]:
        condition_any = condition_any | extra
    outer = (Select(from_list=[inner], columns=[inner.c.k, inner.c.d, inner.c.rn, inner.c.n])
             .where(condition_any).bind(database.db))
    found = {}
    for k, d, rn, n in outer.tuples():
        k = "" if k is None else str(k)
        slot = found.setdefault(k, [None] * len(points))
        for i, p in enumerate(points):
            if rn == (n * p + 99) // 100:
                slot[i] = round(float(d), 1)
    return {k: tuple(v) for k, v in found.items()}


def totals(query, start, end, now=None):
    """One Row over the whole scope and period."""
    rows = table(query, "month", start, end, now)
    total = Row("total")
    for r in rows:
        for m in ("raised", "closed", "resolved", "within", "breached", "outside_allowance"):
            setattr(total, m, getattr(total, m) + getattr(r, m))
    now = now or clock.now()
    in_period = (Contact.id.in_(_ids(query)) & (Contact.resolved_at >= start) &
                 (Contact.resolved_at < end))
    overall = percentiles(SQL("'total'"), in_period).get("total")
    if overall:
        total.median_days, total.p90_days = overall
    return total


def open_by(query):
    """[(status, holder code, count)] of the scope's open contacts now."""
    open_statuses = sorted(OPEN_STATUSES)
    rows = (Contact.select(Contact.status, Organisation.code, fn.COUNT(Contact.id))
            .join(Organisation, on=(Contact.holder_org == Organisation.id))
            .where(Contact.id.in_(_ids(query)) & Contact.status.in_(open_statuses))
            .group_by(Contact.status, Organisation.code)
            .order_by(Contact.status, Organisation.code).tuples())
    return [(status, code, int(n)) for status, code, n in rows]


# -------------------------------------------------------------------- periods

def parse_month(text):
    """``"2026-03"`` -> date(2026, 3, 1); ValueError when it is not a month."""
    try:
        return datetime.datetime.strptime((text or "").strip(), "%Y-%m").date()
    except ValueError:
        raise ValueError(f"Give months as YYYY-MM (e.g. 2026-03), not {text!r}.") from None


def next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def period(from_month=None, to_month=None, today=None):
    """(first month, last month, start UTC, end UTC) from "YYYY-MM" texts; default: the twelve
    months up to this one. ValueError saying what to fix."""
    today = today or clock.local_today()
    last = parse_month(to_month) if to_month else today.replace(day=1)
    if from_month:
        first = parse_month(from_month)
    else:
        first = last
        for _ in range(11):
            first = (first - datetime.timedelta(days=1)).replace(day=1)
    if first > last:
        raise ValueError("The first month must not be after the last.")
    if (last.year - first.year) * 12 + last.month - first.month >= 60:
        raise ValueError("Report on at most 60 months at a time.")
    return first, last, clock.local_midnight_utc(first), clock.local_midnight_utc(next_month(last))
