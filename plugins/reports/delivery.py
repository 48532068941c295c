"""Scheduled monthly performance reports: once a month has ended, each active participant
organisation's report for it is published (as a CDSP admin would by hand) and emailed, with
its CSV attached, to the organisation's report recipients (users its LSO or a CDSP admin
chose on *Reports → Report recipients*).

The job (``reports.monthly``, daily) may run twice, on two workers at once, or die half way:
each organisation's month has one :class:`ReportDelivery` row, claimed with a token before
anything is sent, so only the run that claimed it sends it. A claim whose run died is taken
again after ``LEASE``; a send that failed is tried again on the next run, up to
``MAX_ATTEMPTS``. Sending, failing and changing the recipients are audited.
"""
import datetime
import logging
import uuid

from core import audit, clock, mail
from core import db as database
from core.models import CDSP_ORG, Organisation, Tenant, User
from plugins.reports import figures, monthly, sectors
from plugins.reports.models import ReportDelivery, ReportRecipient

LEASE = datetime.timedelta(minutes=30)
MAX_ATTEMPTS = 5
log = logging.getLogger("cms.reports")


def month_ended(now=None):
    """The last month that has ended (UK calendar), as YYYY-MM."""
    first = clock.local_today(now).replace(day=1)
    return (first - datetime.timedelta(days=1)).strftime("%Y-%m")


def organisations(tenants):
    """The active participant organisations of ``tenants`` (codes), by code (no sandbox)."""
    return list(Organisation.select().join(Tenant).where(
        Tenant.code.in_(list(tenants)) & (Organisation.code != CDSP_ORG) & ~Organisation.sandbox &
        (Organisation.is_active == True)).order_by(Organisation.code))  # noqa: E712


# ---------------------------------------------------------------- recipients

def recipients(org):
    """The active users of ``org`` who receive its monthly report, by name."""
    return list(User.select().join(ReportRecipient, on=(ReportRecipient.user == User.id))
                .where((ReportRecipient.organisation == org.id) & User.disabled_at.is_null() &
                       User.deleted_at.is_null())
                .order_by(User.name, User.email))


def candidates(org):
    """The users of ``org`` who may be chosen: its active users."""
    return list(User.select().where((User.organisation == org.id) & User.disabled_at.is_null() &
                                    User.deleted_at.is_null()).order_by(User.name, User.email))


def set_recipients(actor, org, user_ids):
    """Make exactly ``user_ids`` (users of ``org``) its report recipients; audited. A user of
    another organisation is refused (ValueError), so nobody is sent another's figures."""
    allowed = {u.id for u in candidates(org)}
    wanted = {int(i) for i in user_ids}
    if wanted - allowed:
        raise ValueError("Choose users of the organisation only.")
    with database.transaction():
        before = {r.user_id for r in ReportRecipient.select(ReportRecipient.user)
                  .where(ReportRecipient.organisation == org.id)}
        added, removed = sorted(wanted - before), sorted(before - wanted)
        if removed:
            ReportRecipient.delete().where((ReportRecipient.organisation == org.id) &
                                           ReportRecipient.user.in_(removed)).execute()
        for user_id in added:
            ReportRecipient.create(organisation=org.id, user=user_id,
                                   added_by=getattr(actor, "id", None), added_at=clock.now())
        if added or removed:
            audit.record("report.recipients_changed", actor=actor, org_id=org.id,
                         target_type="organisation", target_id=org.id,
                         detail={"added_users": added, "removed_users": removed})
    return added, removed


# ---------------------------------------------------------------- sending

def send_monthly(tenants, now=None):
    """The job: last month's report for each organisation of ``tenants`` not yet sent;
    answers how many were sent now."""
    now = now or clock.now()
    month = month_ended(now)
    return sum(1 for org in organisations(tenants) if deliver(org, month, now))


def claim(org, month, now):
    """This run's claim on ``org``'s ``month`` (its ReportDelivery row), or None when it is
    sent already, has failed for good, or another run holds it."""
    token = uuid.uuid4().hex
    with database.transaction():
        ReportDelivery.insert(organisation=org.id, month=month, claimed_at=now,
                              claimed_by=token).on_conflict_ignore().execute()
    with database.transaction():
        (ReportDelivery.update(claimed_at=now, claimed_by=token)
         .where((ReportDelivery.organisation == org.id) & (ReportDelivery.month == month) &
                ReportDelivery.sent_at.is_null() & (ReportDelivery.failed == False) &  # noqa: E712
                (ReportDelivery.claimed_at.is_null() | (ReportDelivery.claimed_at < now - LEASE)))
         .execute())
    row = ReportDelivery.get((ReportDelivery.organisation == org.id) &
                             (ReportDelivery.month == month))
    return row if row.claimed_by == token and row.sent_at is None and not row.failed else None


def deliver(org, month, now=None):
    """Publish and mail ``org``'s report for ``month`` (YYYY-MM) unless it is done already;
    True when this call sent it."""
    now = now or clock.now()
    delivery = claim(org, month, now)
    if delivery is None:
        return False
    report = _report(org, month)
    people = recipients(org)
    mine = (ReportDelivery.id == delivery.id) & (ReportDelivery.claimed_by == delivery.claimed_by)
    if people:
        name = f"performance-{org.code}-{month}.csv"
        try:
            where = mail.send([u.email for u in people], subject(report), body(report),
                              [(name, "text/csv", monthly.as_csv(report.data).encode())])
        except OSError as exc:
            attempts = delivery.attempts + 1
            log.warning("monthly report %s %s not sent (attempt %s): %s", org.code, month,
                        attempts, exc)
            with database.transaction():
                ReportDelivery.update(attempts=attempts, claimed_at=None, report=report.id,
                                      failed=attempts >= MAX_ATTEMPTS,
                                      error=str(exc)[:200]).where(mine).execute()
                audit.record("report.send_failed", org_id=org.id, target_type="published_report",
                             target_id=report.id, detail={"month": month, "attempt": attempts,
                                                          "error": str(exc)[:200]})
            return False
        log.info("monthly report %s %s sent to %s recipients (%s)", org.code, month,
                 len(people), where)
    with database.transaction():
        ReportDelivery.update(sent_at=clock.now(), attempts=delivery.attempts + 1,
                              recipients=len(people), report=report.id, error="").where(mine).execute()
        audit.record("report.sent", org_id=org.id, target_type="published_report",
                     target_id=report.id, detail={"month": month, "recipients": len(people),
                                                  "recipient_users": [u.id for u in people]})
    return True


def _report(org, month):
    """The month's published report: the one published after the month ended, else one
    published now."""
    first = figures.parse_month(month)
    ended = clock.local_midnight_utc(figures.next_month(first))
    existing = monthly.published(org, first)
    if existing is not None and existing.published_at >= ended:
        return existing
    return monthly.publish(None, org.code, month)


def subject(report):
    data = report.data
    return f"[CMS] Monthly performance report: {data['organisation_name']}, {data['month']}"


def body(report):
    data, totals = report.data, report.data["totals"]
    pct = totals.get("within_pct")
    lines = [f"The performance report of {data['organisation_name']} ({data['organisation']}) "
             f"for {data['month']} is attached as CSV.", "",
             f"Raised: {totals['raised']}", f"Closed: {totals['closed']}",
             f"Resolved within the service level: "
             f"{'none resolved' if pct is None else f'{pct}%'} "
             f"({totals['within']} of {totals['resolved']})",
             f"Outside the query allowance: {totals['outside_allowance']}", ""]
    for row in (data.get("standards") or {}).get("by_sector", []):
        if row["allowance"] != "all":
            continue
        shares = ", ".join(f"{'-' if row[f'within_{n}_pct'] is None else row[f'within_{n}_pct']}%"
                           f" within {n}" for n in (4, 10, 20))
        lines.append(f"{sectors.LABELS.get(row['sector'], row['sector'])}: {row['resolved']} resolved; {shares} "
                     "business days")
    lines += ["", "Read it on your portal under Reports, Monthly performance reports. Your "
                  "organisation's LSO chooses who receives it."]
    return "\n".join(lines)
