"""The query allowance: how many queries an organisation may raise in a day within the CDSP's
service-level commitment.

The rule and its source. UNC Modification 565 (the industry's "Standards of Service – Query
Management"), as the operator's public material gives it:

* a query is *invalid* when, on working it, there was no challenge to the data or the
  sender's data was incorrect. It is a **verdict given when the query is cleared**, not a
  refusal at intake;
* valid queries = queries submitted minus the invalid queries cleared that month;
* the daily allowance = the highest daily average of valid queries over the previous three
  months, plus 20%, rounded up;
* invalid queries go to a shadow log and are deducted one for one;
* queries beyond the allowance are outside the service-level liability.

The reading here, exactly (for an organisation on a UK calendar day D):

1. Take the three calendar months before D's month (for any day in May: February, March and
   April), in UK local time. The allowance is therefore the same on every day of a month.
2. For each month: submitted = the contacts the organisation raised in it (whatever became of
   them); invalid = its contacts the CDSP cleared in it with an invalid verdict
   (:mod:`core.contacts.verdicts`: resolved as "no challenge to the data" or "the sender's
   data was incorrect", or rejected, which clears a query as the sender's data incorrect);
   valid = submitted - invalid (never below 0). Its daily average is valid divided by the
   month's business days (England & Wales: weekends and bank holidays excluded).
3. The allowance is the highest of the three averages plus 20%, rounded up to a whole query:
   ``ceil(max(averages) * 1.2)``. With no valid query in those months there is no allowance
   yet (nothing is outside it): there is no history to set one.
4. Used on day D: the contacts raised that day plus the invalid verdicts given that day (the
   shadow log), so each invalid query is deducted from the allowance one for one. The excess
   of a day is what is used beyond its allowance.
5. A contact raised when used >= allowance is still accepted, but ``outside_allowance`` is
   set: it is outside the service-level commitment, shown on the contact to both sides and
   counted in reports.

Submissions refused at intake (a record that fails the type's rules, on any channel) never
became queries: they are kept apart as *refused at intake* (:class:`RejectedSubmission`,
written by :func:`log_refusals`), a figure of its own that uses no allowance.

Marking contacts (step 5) is off by default; a tenant turns it on for its organisations in
``tenants/<tenant>.toml``::

    [settings]
    query_allowance = true

The figures (:mod:`core.allowance_report`) are worked out for every participant organisation
either way, and say whether its portal applies the allowance. Contacts the CDSP raises never
count, nor do a sandbox's (core.sandbox). Raising calls :func:`beyond_allowance` inside its
transaction; on PostgreSQL an advisory lock per organisation makes concurrent raisers count
one after the other (SQLite's write lock already does).
"""
import calendar
import datetime
import math
from dataclasses import dataclass

from peewee import Case, fn

from core import clock
from core import db as database
from core.contacts import sla, verdicts
from core.models import CDSP_ORG, Contact
from core.models.operations import RejectedSubmission
from core.tenancy import get_tenant

SETTING = "query_allowance"
HEADROOM = 0.20
MONTHS = 3
LOCK_NAMESPACE = 0x51A0_0000   # advisory lock keys: this plus the organisation's id


def enabled_for(org):
    """Whether ``org``'s tenant applies the query allowance (never for the CDSP, nor for a
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


# ------------------------------------------------------------------------ counting

def submitted_by_org(days, org_ids=None):
    """{organisation id: [contacts raised in each span]}: ``days`` are the UK dates that
    bound consecutive spans (n + 1 dates for n spans), one grouped query."""
    return _counts(Contact.raised_at, None, days, org_ids)


def invalid_by_org(days, org_ids=None):
    """{organisation id: [invalid verdicts given in each span]} (the shadow log's entries)."""
    return _counts(Contact.verdict_at, Contact.allowance_verdict.in_(verdicts.INVALID),
                   days, org_ids)


def _counts(column, condition, days, org_ids):
    edges = [clock.local_midnight_utc(d) for d in days]
    sums = [fn.SUM(Case(None, [((column >= edges[i]) & (column < edges[i + 1]), 1)], 0))
            for i in range(len(edges) - 1)]
    where = (column >= edges[0]) & (column < edges[-1])
    if condition is not None:
        where &= condition
    if org_ids is not None:
        where &= Contact.originator_org.in_(list(org_ids))
    rows = (Contact.select(Contact.originator_org, *sums).where(where)
            .group_by(Contact.originator_org).tuples())
    return {row[0]: [int(n or 0) for n in row[1:]] for row in rows}


@dataclass(frozen=True)
class MonthBase:
    """One of the three months an allowance is set from."""
    month: str               # "YYYY-MM"
    submitted: int
    invalid: int             # invalid verdicts given in the month
    business_days: int

    @property
    def valid(self):
        return max(self.submitted - self.invalid, 0)

    @property
    def average(self):
        return self.valid / self.business_days if self.business_days else 0.0


def baselines(day, org_ids=None):
    """{organisation id: [MonthBase of each of the three months before ``day``'s month]}
    for every organisation with a query in them (or those of ``org_ids``): two queries."""
    months = previous_months(day)
    edges = [month_bounds(y, m)[0] for y, m in months] + [month_bounds(*months[-1])[1]]
    submitted, invalid = submitted_by_org(edges, org_ids), invalid_by_org(edges, org_ids)
    days = [business_days_in(y, m) for y, m in months]
    zero = [0] * len(months)
    return {org_id: [MonthBase(f"{y:04d}-{m:02d}", submitted.get(org_id, zero)[i],
                               invalid.get(org_id, zero)[i], days[i])
                     for i, (y, m) in enumerate(months)]
            for org_id in set(submitted) | set(invalid) | set(org_ids or ())}


def baseline(org, day):
    """[MonthBase] of the three months before ``day``'s month for ``org``."""
    return baselines(day, [org.id])[org.id]


def allowance_from(bases):
    """The daily allowance the months ``bases`` set, or None without a valid query."""
    best = max((b.average for b in bases), default=0.0)
    # round() first so that e.g. 10 * 1.2 is 12, not 12.000000000000002 -> 13
    return math.ceil(round(best * (1 + HEADROOM), 9)) if best > 0 else None


def allowance(org, day):
    """The number of queries ``org`` may raise on ``day`` within the allowance, or None
    when it has no history yet."""
    return allowance_from(baseline(org, day))


def used(org, day):
    """(contacts raised on ``day``, invalid verdicts given on ``day``): their sum is the
    allowance used that day."""
    span = [day, day + datetime.timedelta(days=1)]
    return (submitted_by_org(span, [org.id]).get(org.id, [0])[0],
            invalid_by_org(span, [org.id]).get(org.id, [0])[0])


def refused_at_intake(org, first, after):
    """Submissions of ``org`` refused at intake from UK day ``first`` to before ``after``."""
    return (RejectedSubmission.select().where(
        (RejectedSubmission.organisation == org.id) & (RejectedSubmission.day >= first) &
        (RejectedSubmission.day < after)).count())


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


def log_refusals(actor, channel, refusals, now=None):
    """Log submissions refused at intake: ``refusals`` is a list of (contact type code,
    :class:`core.errors.Invalid`). Its own transaction: the refused contacts themselves
    write nothing. Not the shadow log (those are verdicts): a figure of its own, kept where
    the allowance is applied."""
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
            "refused_at_intake": refused_at_intake(org, day, day + datetime.timedelta(days=1)),
            "remaining": None if limit is None else max(limit - raised - invalid, 0)}
