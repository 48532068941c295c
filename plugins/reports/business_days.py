"""The business-day calendar as a table, so the database counts business days between two
moments without loading contacts: ``business_days(moment)`` is the count of business days up
to and including the local day ``moment`` falls on, so the business days after a contact's
raising day up to its resolution day are the difference of two lookups (the engine's
``core.contacts.sla`` counts the same way, from the same calendar).

The rows are made a year at a time, in the business time zone (``CMS_TIMEZONE``), the first
time a report needs that year; two workers making the same year at once are harmless (a
conflict leaves the row there)."""
import datetime

from core import clock
from core import db as database
from core.contacts import add_business_days
from plugins.reports.models import BusinessDay

EPOCH = datetime.date(2000, 1, 1)   # counting starts here (the count's origin cancels out)


def _zone():
    return str(clock.zone().key)


def _is_business_day(day):
    return add_business_days(day - datetime.timedelta(days=1), 1) == day


def _count_through(day):
    """Business days from EPOCH up to and including ``day``."""
    count, probe = 0, EPOCH
    while probe <= day:
        count += _is_business_day(probe)
        probe += datetime.timedelta(days=1)
    return count


def ensure_years(first_year, last_year):
    """Make the calendar rows of ``first_year`` to ``last_year`` that are missing; answers
    how many it made. A year is written whole in one transaction, so its last day's row says
    it is there."""
    zone = _zone()
    years = range(max(first_year, EPOCH.year), last_year + 1)
    have = {d.year if isinstance(d, datetime.date) else int(str(d)[:4]) for (d,) in
            BusinessDay.select(BusinessDay.day).where(
                (BusinessDay.zone == zone) &
                BusinessDay.day.in_([datetime.date(y, 12, 31) for y in years])).tuples()}
    made, count, through = 0, None, None
    for year in (y for y in years if y not in have):
        day = datetime.date(year, 1, 1)
        if through != day - datetime.timedelta(days=1):   # not carried on from the year before
            count = _count_through(day - datetime.timedelta(days=1))
        rows = []
        while day.year == year:
            count += _is_business_day(day)
            rows.append({"zone": zone, "day": day, "starts_at": clock.local_midnight_utc(day),
                         "business_days": count})
            day += datetime.timedelta(days=1)
        with database.transaction():
            for i in range(0, len(rows), 200):
                BusinessDay.insert_many(rows[i:i + 200]).on_conflict_ignore().execute()
        made += len(rows)
        through = datetime.date(year, 12, 31)
    return made


def count_at(moment):
    """A scalar subquery: the calendar's count on the local day of ``moment`` (a column)."""
    return (BusinessDay.select(BusinessDay.business_days)
            .where((BusinessDay.zone == _zone()) & (BusinessDay.starts_at <= moment))
            .order_by(BusinessDay.starts_at.desc()).limit(1))
