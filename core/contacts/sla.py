"""The service-level clock, counted in business days of the England & Wales calendar.

Business days skip Saturdays, Sundays and England & Wales bank holidays (from the
``holidays`` package). A contact's target is fixed when it is raised (its type's
``service_level_days``, or the raiser's tenant's ``[service_levels]`` override). The day a
contact is raised is day 0: a 2-day target raised on a Thursday is due on the Monday.

While a contact waits on its originator the clock stops: when it restarts, the business
days the pause covered (after the day it began, up to and including the day it ended) are
added to ``paused_days`` and push the due date back by as many days. Every answer depends
only on the contact and the time passed in (default :func:`core.clock.now`), so tests
are deterministic.
"""
import bisect
import datetime
import functools
from dataclasses import dataclass

import holidays
from flask import current_app, has_app_context

from core import clock

AT_RISK_DAYS = 1   # default: at risk when this many business days or fewer remain


@functools.lru_cache(maxsize=64)
def _bank_holidays(year):
    return frozenset(holidays.UK(subdiv="ENG", years=year))


def is_business_day(day):
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


@functools.lru_cache(maxsize=8192)
def add_business_days(day, n):
    """The ``n``-th business day after ``day`` (before it when n is negative; ``day`` itself
    when n is 0). Kept (the calendar never changes under it): a page of fifty contacts asks
    it for each."""
    step = datetime.timedelta(days=1 if n > 0 else -1)
    while n:
        day += step
        if is_business_day(day):
            n -= 1 if n > 0 else -1
    return day


def _weekdays_after(start, end):
    """Mondays to Fridays after ``start`` up to and including ``end``, by arithmetic."""
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    weekday = start.weekday()
    for step in range(1, rest + 1):
        if (weekday + step) % 7 < 5:
            count += 1
    return count


@functools.lru_cache(maxsize=64)
def _weekday_holidays(year):
    return tuple(sorted(d for d in _bank_holidays(year) if d.weekday() < 5))


def business_days_between(start, end):
    """How many business days lie after ``start`` up to and including ``end`` (0 if end <= start).

    Constant time in the length of the span: weekdays by arithmetic, less the weekday bank
    holidays inside it (counted by bisection), so a contact three years old costs no more.
    """
    if end <= start:
        return 0
    holidays_inside = 0
    for year in range(start.year, end.year + 1):
        days = _weekday_holidays(year)
        holidays_inside += (bisect.bisect_right(days, end) - bisect.bisect_right(days, start))
    return _weekdays_after(start, end) - holidays_inside


def target_days(ctype, tenant_spec):
    """The target for ``ctype`` in a tenant: its ``[service_levels]`` override, else the type's."""
    overrides = getattr(tenant_spec, "service_levels", None) or {}
    value = overrides.get(ctype.code, overrides.get(ctype.code.lower()))
    return int(value) if value is not None else int(ctype.service_level_days)


def at_risk_days():
    if has_app_context():
        return int(current_app.config.get("CMS_SLA_AT_RISK_DAYS", AT_RISK_DAYS))
    return AT_RISK_DAYS


@dataclass(frozen=True)
class SlaStatus:
    target_days: int
    due_date: datetime.date      # the last business day within the service level
    used_days: int               # business days used so far (pauses excluded)
    paused_days: int             # business days the clock has stood still
    paused: bool                 # waiting on the originator now
    remaining_days: int          # business days left (negative once breached)
    at_risk: bool
    breached: bool
    stopped: bool                # resolved or finished: the clock no longer runs


def pause_days_so_far(contact, now):
    """Business days paused, counting a pause still running up to ``now``."""
    days = contact.paused_days or 0
    if contact.paused_at is not None:
        days += business_days_between(clock.local_today(contact.paused_at), clock.local_today(now))
    return days


def due_date(contact, now=None):
    now = now or clock.now()
    raised = clock.local_today(contact.raised_at)
    return add_business_days(raised, (contact.sla_days or 0) + pause_days_so_far(contact, now))


def due_at(contact, now=None):
    """The UTC moment the service level is breached: the end of the due date, local time."""
    return clock.local_midnight_utc(due_date(contact, now) + datetime.timedelta(days=1))


def status(contact, now=None):
    """Where a contact stands against its service level at ``now``."""
    now = now or clock.now()
    stop = contact.resolved_at or contact.closed_at
    stopped = stop is not None
    end = min(now, stop) if stopped else now
    paused = pause_days_so_far(contact, end)
    raised = clock.local_today(contact.raised_at)
    last_day = clock.local_today(end)
    used = max(business_days_between(raised, last_day) - paused, 0)
    target = contact.sla_days or 0
    due = add_business_days(raised, target + paused)
    remaining = target - used
    breached = last_day > due
    at_risk = not breached and not stopped and remaining <= at_risk_days()
    return SlaStatus(target_days=target, due_date=due, used_days=used, paused_days=paused,
                     paused=contact.paused_at is not None, remaining_days=remaining,
                     at_risk=at_risk, breached=breached, stopped=stopped)


def pause(contact, now):
    """Stop the clock (the contact now waits on its originator)."""
    if contact.paused_at is None:
        contact.paused_at = now


def resume(contact, now):
    """Restart the clock and push the due date back by the business days paused."""
    if contact.paused_at is not None:
        contact.paused_days = pause_days_so_far(contact, now)
        contact.paused_at = None
    contact.due_at = due_at(contact, now)
