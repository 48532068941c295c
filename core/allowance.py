"""The query allowance: how many contacts an organisation may raise in a day within the
CDSP's service-level commitment.

Off by default; a tenant turns it on for its organisations in ``tenants/<tenant>.toml``::

    [settings]
    query_allowance = true

The reading, exactly (for an organisation on a UK calendar day D):

1. Take the three calendar months before D's month (for any day in May: February, March
   and April), in UK local time.
2. For each month, its daily average is the organisation's *valid* contacts raised in that
   month divided by the month's business days (England & Wales: weekends and bank holidays
   excluded). Valid means raised and not rejected by the recipient (status ``rejected``).
3. The allowance is the highest of the three averages plus 20%, rounded up to a whole
   contact: ``ceil(max(averages) * 1.2)``. An organisation with no valid contact in those
   months has no allowance yet (nothing is flagged) — there is no history to set one.
4. Used on day D: contacts the organisation raised that day (whatever became of them) plus
   submissions refused as invalid that day (:class:`RejectedSubmission`, the shadow log,
   written on every channel), so each invalid one is deducted one for one.
5. A contact raised when used >= allowance is still accepted, but ``outside_allowance`` is
   set: it is outside the service-level commitment, shown on the contact to both sides and
   counted in reports.

Contacts the CDSP raises to participants do not count, nor do a sandbox's (core.sandbox). Raising calls
:func:`beyond_allowance` inside its transaction; on PostgreSQL an advisory lock per
organisation makes concurrent raisers count one after the other (SQLite's write lock already
does).
"""
import calendar
import datetime
import math

from peewee import Case, fn

from core import clock
from core import db as database
from core.contacts import lifecycle, sla
from core.models import CDSP_ORG, Contact
from core.models.operations import RejectedSubmission
from core.tenancy import get_tenant

SETTING = "query_allowance"
HEADROOM = 0.20
MONTHS = 3
LOCK_NAMESPACE = 0x51A0_0000   # advisory lock keys: this plus the organisation's id


def enabled_for(org):
    """Whether ``org``'s tenant has the query allowance on (never for the CDSP, nor for a
    sandbox, core.sandbox)."""
    if org is None or org.code == CDSP_ORG or getattr(org, "sandbox", False):
        return False
    spec = get_tenant(org.tenant.code)
    value = (spec.settings if spec else {}).get(SETTING, False)
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "on")


def previous_months(day, count=MONTHS):
    """The ``count`` calendar months before ``day``'s month, oldest first, as (year, month)."""
    year, month = day.year, day.month
    months = []
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        months.append((year, month))
    return list(reversed(months))


def month_bounds(year, month):
    """(first day, first day of the next month)."""
    first = datetime.date(year, month, 1)
    return first, first + datetime.timedelta(days=calendar.monthrange(year, month)[1])


def business_days_in(year, month):
    first, after = month_bounds(year, month)
    return sla.business_days_between(first - datetime.timedelta(days=1),
                                     after - datetime.timedelta(days=1))


def baseline(org, day):
    """[("YYYY-MM", valid contacts, business days, daily average)] for the three months,
    counted in one pass over the organisation's contacts of those months."""
    months = [month_bounds(year, month) for year, month in previous_months(day)]
    edges = [clock.local_midnight_utc(first) for first, _ in months] + \
        [clock.local_midnight_utc(months[-1][1])]
    counts = [fn.SUM(Case(None, [((Contact.raised_at >= edges[i]) &
                                  (Contact.raised_at < edges[i + 1]), 1)], 0))
              for i in range(len(months))]
    row = (Contact.select(*counts).where(
        (Contact.originator_org == org.id) & (Contact.raised_at >= edges[0]) &
        (Contact.raised_at < edges[-1]) & (Contact.status != lifecycle.REJECTED))
        .tuples().first()) or ()
    rows = []
    for i, (first, _) in enumerate(months):
        count = int((row[i] if i < len(row) else 0) or 0)
        days = business_days_in(first.year, first.month)
        rows.append((first.strftime("%Y-%m"), count, days, count / days if days else 0.0))
    return rows


def allowance(org, day):
    """The number of contacts ``org`` may raise on ``day`` within the allowance, or None
    when it has no history yet."""
    best = max(avg for _, _, _, avg in baseline(org, day))
    # round() first so that e.g. 10 * 1.2 is 12, not 12.000000000000002 -> 13
    return math.ceil(round(best * (1 + HEADROOM), 9)) if best > 0 else None


def used(org, day):
    """(contacts raised on ``day``, submissions refused as invalid on ``day``)."""
    raised = (Contact.select().where(
        (Contact.originator_org == org.id) &
        (Contact.raised_at >= clock.local_midnight_utc(day)) &
        (Contact.raised_at < clock.local_midnight_utc(day + datetime.timedelta(days=1))))
        .count())
    invalid = (RejectedSubmission.select().where((RejectedSubmission.organisation == org.id) &
                                                 (RejectedSubmission.day == day)).count())
    return raised, invalid


def beyond_allowance(org, now, n=1):
    """Whether each of ``n`` contacts ``org`` raises now falls outside its allowance, as a
    list (call it inside the raising transaction, before the contacts are written)."""
    if not enabled_for(org):
        return [False] * n
    day = clock.local_today(now)
    limit = allowance(org, day)
    if limit is None:
        return [False] * n
    if not database.is_sqlite():
        database.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (LOCK_NAMESPACE + org.id,))
    already = sum(used(org, day))
    return [already + i >= limit for i in range(n)]


def log_invalid(actor, channel, refusals, now=None):
    """Write the shadow log for submissions refused as invalid: ``refusals`` is a list of
    (contact type code, :class:`core.errors.Invalid`). Its own transaction: the refused
    contacts themselves write nothing. A no-op unless the allowance is on for the actor's
    organisation."""
    org = getattr(actor, "organisation", None)
    if not refusals or not enabled_for(org):
        return 0
    now = now or clock.now()
    day = clock.local_today(now)
    rows = [{"organisation": org.id, "day": day, "at": now, "channel": (channel or "")[:10],
             "contact_type": str(type_code or "").strip().upper()[:8],
             "code": (getattr(exc, "code", None) or "")[:24],
             "reason": (exc.message or "")[:500]}
            for type_code, exc in refusals]
    with database.transaction():
        for start in range(0, len(rows), 500):
            RejectedSubmission.insert_many(rows[start:start + 500]).execute()
    return len(rows)


def summary(org, day=None):
    """What the allowance looks like for ``org`` on ``day`` (default today), for pages."""
    day = day or clock.local_today()
    if not enabled_for(org):
        return {"enabled": False}
    limit = allowance(org, day)
    raised, invalid = used(org, day)
    return {"enabled": True, "day": day, "allowance": limit, "raised": raised,
            "invalid": invalid, "baseline": baseline(org, day),
            "remaining": None if limit is None else max(limit - raised - invalid, 0)}
