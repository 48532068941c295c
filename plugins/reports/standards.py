"""Standards-of-service figures: the share of queries resolved within 4, 10 and 20 business
days, split by market sector (``sectors.py``) and by whether the query was inside or outside
the raiser's query allowance (the contact's ``outside_allowance`` flag).

A query counts in the month it was resolved (``resolved_at`` in the period). Its time is the
business days after the day it was raised up to the day it was resolved (UK local days),
less the business days it waited on its originator (``paused_days``): the engine's own
service-level count (``core.contacts`` calendar: weekends and England & Wales bank holidays
skipped), so a query raised on a Monday and resolved on the Friday took 4. The database
counts, through the calendar table ``business_days.py`` fills: never contact by contact in
Python.
"""
from dataclasses import dataclass

from peewee import SQL, Case, Select, fn

from core import db as database
from core.models import Contact, Organisation
from plugins.reports import business_days, figures, sectors

THRESHOLDS = (4, 10, 20)
INSIDE, OUTSIDE = "inside", "outside"
ALLOWANCE_LABELS = {INSIDE: "Inside the allowance", OUTSIDE: "Outside the allowance"}
COLUMNS = ("sector", "allowance", "resolved", "within_4", "within_4_pct", "within_10",
           "within_10_pct", "within_20", "within_20_pct")


@dataclass
class StandardsRow:
    key: str
    sector: str
    allowance: str
    resolved: int = 0
    within_4: int = 0
    within_10: int = 0
    within_20: int = 0

    def pct(self, days):
        n = getattr(self, f"within_{days}")
        return round(100.0 * n / self.resolved, 1) if self.resolved else None

    @property
    def within_4_pct(self):
        return self.pct(4)

    @property
    def within_10_pct(self):
        return self.pct(10)

    @property
    def within_20_pct(self):
        return self.pct(20)

    def as_dict(self):
        return {"key": self.key, **{c: getattr(self, c) for c in COLUMNS}}


def _key(dimension):
    if dimension == "total":
        return SQL("'total'")
    if dimension == "type":
        return Contact.contact_type
    if dimension == "organisation":
        return Contact.originator_org
    if dimension == "month":
        return figures.month_of(Contact.resolved_at)
    raise ValueError(f"dimension must be one of total, {', '.join(figures.DIMENSIONS)}")


def table(query, dimension, start, end):
    """[StandardsRow] of the queries resolved in [start, end), by ``dimension`` ("total",
    "type", "organisation" or "month"), sector and allowance, sorted."""
    earliest = (Contact.select(fn.MIN(Contact.raised_at))
                .where(Contact.id.in_(query.select(Contact.id)) & (Contact.resolved_at >= start) &
                       (Contact.resolved_at < end)).scalar())
    if earliest is None:
        return []
    earliest = earliest if hasattr(earliest, "year") else start
    business_days.ensure_years(earliest.year - 1, end.year + 1)
    days = (fn.COALESCE(business_days.count_at(Contact.resolved_at), 0) -
            fn.COALESCE(business_days.count_at(Contact.raised_at), 0) - Contact.paused_days)
    outside = Case(None, [(Contact.outside_allowance == True, OUTSIDE)], INSIDE)  # noqa: E712
    inner = (Contact.select(_key(dimension).alias("k"), sectors.sector().alias("s"),
                            outside.alias("a"), days.alias("d"))
             .where(Contact.id.in_(query.select(Contact.id)) & (Contact.resolved_at >= start) &
                    (Contact.resolved_at < end))).alias("resolved")
    counts = [fn.SUM(Case(None, [(inner.c.d <= n, 1)], 0)) for n in THRESHOLDS]
    outer = (Select(from_list=[inner], columns=[inner.c.k, inner.c.s, inner.c.a,
                                                fn.COUNT(SQL("*"))] + counts)
             .group_by(inner.c.k, inner.c.s, inner.c.a).bind(database.db))
    rows = []
    for k, sector, allowance, n, *within in outer.tuples():
        rows.append(StandardsRow("" if k is None else str(k), sector, allowance, int(n),
                                 *[int(w or 0) for w in within]))
    if dimension == "organisation":
        codes = dict(Organisation.select(Organisation.id, Organisation.code)
                     .where(Organisation.id.in_([int(r.key) for r in rows if r.key])).tuples())
        for r in rows:
            r.key = codes.get(int(r.key), r.key) if r.key else r.key
    order = {s: i for i, s in enumerate(sectors.SECTORS)}
    return sorted(rows, key=lambda r: (r.key, order.get(r.sector, 9), r.allowance))


def by_sector(rows):
    """The rows summed over their keys: [StandardsRow] per sector and allowance, plus a
    row per sector for both sides of the allowance (``allowance`` "all")."""
    summed = {}
    for r in rows:
        for allowance in (r.allowance, "all"):
            s = summed.setdefault((r.sector, allowance), StandardsRow("total", r.sector, allowance))
            s.resolved += r.resolved
            for n in THRESHOLDS:
                setattr(s, f"within_{n}", getattr(s, f"within_{n}") + getattr(r, f"within_{n}"))
    order = {s: i for i, s in enumerate(sectors.SECTORS)}
    sides = {INSIDE: 0, OUTSIDE: 1, "all": 2}
    return sorted(summed.values(), key=lambda r: (order.get(r.sector, 9), sides[r.allowance]))


def csv_rows(rows, dimension):
    """The header and the rows for a CSV of ``rows``."""
    yield [dimension] + list(COLUMNS)
    for r in rows:
        yield [r.key] + ["" if getattr(r, c) is None else getattr(r, c) for c in COLUMNS]


def for_report(query, start, end):
    """A monthly report's standards figures, as JSON: by contact type and by sector."""
    return {"by_type": [r.as_dict() for r in table(query, "type", start, end)],
            "by_sector": [r.as_dict() for r in by_sector(table(query, "total", start, end))]}


def write_csv(writer, data):
    """A monthly report's standards figures after its other rows in the CSV."""
    writer.writerow([])
    writer.writerow(["standards of service: resolved within business days"])
    writer.writerow(["contact_type"] + list(COLUMNS))
    for row in data["by_type"]:
        writer.writerow([row["key"]] + ["" if row[c] is None else row[c] for c in COLUMNS])
    for row in data["by_sector"]:
        writer.writerow(["TOTAL"] + ["" if row[c] is None else row[c] for c in COLUMNS])
