"""The query allowance's figures, for both sides: per organisation, per day and per month,
the allowance, queries submitted, invalid verdicts (the shadow log), valid queries, the
allowance used and the excess beyond it (outside the service-level liability), with the
submissions refused at intake apart. The rule is :mod:`core.allowance`'s; these only count.

A participant is shown its own organisation's; the CDSP any organisation's, or all of them.
"""
import datetime
import re
from dataclasses import dataclass

from peewee import fn

from core import allowance, clock
from core.contacts import verdicts
from core.contacts import is_cdsp_staff
from core.errors import Invalid, NotFound
from core.models import CDSP_ORG, Contact, Organisation
from core.models.operations import RejectedSubmission

SHADOW_LOG_LIMIT = 500


@dataclass(frozen=True)
class DayFigures:
    day: datetime.date
    allowance: int | None     # None: no history yet, nothing is outside it
    submitted: int
    invalid: int              # invalid verdicts given that day (the shadow log)
    refused_at_intake: int

    @property
    def used(self):
        return self.submitted + self.invalid

    @property
    def excess(self):
        return 0 if self.allowance is None else max(self.used - self.allowance, 0)

    @property
    def remaining(self):
        return None if self.allowance is None else max(self.allowance - self.used, 0)


@dataclass(frozen=True)
class MonthFigures:
    organisation: Organisation
    month: datetime.date          # its first day
    applied: bool                 # the organisation's portal marks contacts beyond it
    allowance: int | None
    bases: list                   # [allowance.MonthBase] the allowance is set from
    days: list                    # [DayFigures], to today for the current month

    def _sum(self, name):
        return sum(getattr(d, name) for d in self.days)

    submitted = property(lambda self: self._sum("submitted"))
    invalid = property(lambda self: self._sum("invalid"))
    used = property(lambda self: self._sum("used"))
    excess = property(lambda self: self._sum("excess"))
    refused_at_intake = property(lambda self: self._sum("refused_at_intake"))

    @property
    def valid(self):
        return max(self.submitted - self.invalid, 0)

    @property
    def days_over(self):
        return sum(1 for d in self.days if d.excess)


MONTH_PATTERN = r"^20[0-9]{2}-(0[1-9]|1[0-2])$"     # the months a report may be asked for


def parse_month(text, today=None):
    """The first day of the month ``text`` ("YYYY-MM", 2000 to 2099; empty: this month).
    Invalid (naming ``month``) when it is not one. A month not yet begun has no days yet: its
    figures are the allowance the months before it set."""
    today = today or clock.local_today()
    text = (text or "").strip()
    if not text:
        return today.replace(day=1)
    if not re.match(MONTH_PATTERN, text):
        raise Invalid("Check the month.", {"month": "Give a month as YYYY-MM (2000 to 2099), "
                                                    f"e.g. {today:%Y-%m}."})
    return datetime.date(int(text[:4]), int(text[5:7]), 1)


def _days_of(month, today):
    first, after = allowance.month_bounds(month.year, month.month)
    last = min(after - datetime.timedelta(days=1), today)
    return [first + datetime.timedelta(days=i) for i in range((last - first).days + 1)]


def for_organisations(orgs, month, today=None):
    """[MonthFigures] of each of ``orgs`` in ``month`` (a date in it): a handful of queries
    whatever the number of organisations."""
    today = today or clock.local_today()
    month = month.replace(day=1)
    days = _days_of(month, today)
    if not orgs:
        return []
    ids = [o.id for o in orgs]
    submitted, invalid = {}, {}
    if days:                                    # none yet in a month not yet begun
        edges = days + [days[-1] + datetime.timedelta(days=1)]
        submitted = allowance.submitted_by_org(edges, ids)
        invalid = allowance.invalid_by_org(edges, ids)
    bases = allowance.baselines(month, ids)
    refused = _refused_at_intake(ids, days)
    zero = [0] * len(days)
    out = []
    for org in orgs:
        limit = allowance.allowance_from(bases[org.id])
        out.append(MonthFigures(
            organisation=org, month=month, applied=allowance.enabled_for(org), allowance=limit,
            bases=bases[org.id],
            days=[DayFigures(day, limit, submitted.get(org.id, zero)[i],
                             invalid.get(org.id, zero)[i], refused.get((org.id, day), 0))
                  for i, day in enumerate(days)]))
    return out


def _refused_at_intake(org_ids, days):
    """{(organisation id, day): submissions refused at intake} over ``days``."""
    if not days:
        return {}
    rows = (RejectedSubmission.select(RejectedSubmission.organisation, RejectedSubmission.day,
                                      fn.COUNT(RejectedSubmission.id))
            .where(RejectedSubmission.organisation.in_(org_ids) &
                   (RejectedSubmission.day >= days[0]) & (RejectedSubmission.day <= days[-1]))
            .group_by(RejectedSubmission.organisation, RejectedSubmission.day).tuples())
    return {(org_id, day): n for org_id, day, n in rows}


def for_organisation(org, month, today=None):
    return for_organisations([org], month, today)[0]


def participants():
    """Every participant organisation, by code: the CDSP's overview lists them all (not a
    sandbox, core.sandbox, whose contacts never count)."""
    return list(Organisation.select().where((Organisation.code != CDSP_ORG) &
                                            (Organisation.sandbox == False))  # noqa: E712
                .order_by(Organisation.code))


def sees_every_organisation(actor):
    return is_cdsp_staff(actor)


def organisation_for(actor, code=None):
    """The organisation whose figures ``actor`` reads: a participant's own (``code`` another
    organisation's, or no organisation's: NotFound alike, so nothing is told about it); CDSP
    staff the participant ``code`` names (NotFound for none), or None for every one."""
    code = (code or "").strip().upper()
    if sees_every_organisation(actor):
        if not code:
            return None
        org = Organisation.by_code(code)
        if org is None or org.code == CDSP_ORG or org.sandbox:
            raise NotFound(f"There is no participant organisation {code}.")
        return org
    own = actor.organisation
    if code and code != own.code:
        raise NotFound(f"There is no organisation {code} of yours.")
    return own


@dataclass(frozen=True)
class ShadowEntry:
    reference: str
    contact_type: str
    raised_at: datetime.datetime
    verdict_at: datetime.datetime
    verdict: str

    @property
    def label(self):
        return verdicts.label(self.verdict)


def shadow_log(org, month, limit=SHADOW_LOG_LIMIT):
    """(the invalid queries of ``org`` cleared in ``month``, oldest verdict first, at most
    ``limit`` of them; how many there are in all)."""
    first, after = allowance.month_bounds(month.year, month.month)
    where = ((Contact.originator_org == org.id) &
             Contact.allowance_verdict.in_(verdicts.INVALID) &
             (Contact.verdict_at >= clock.local_midnight_utc(first)) &
             (Contact.verdict_at < clock.local_midnight_utc(after)))
    rows = (Contact.select(Contact.reference, Contact.contact_type, Contact.raised_at,
                           Contact.verdict_at, Contact.allowance_verdict)
            .where(where).order_by(Contact.verdict_at, Contact.id).limit(limit).tuples())
    return [ShadowEntry(*row) for row in rows], Contact.select().where(where).count()
