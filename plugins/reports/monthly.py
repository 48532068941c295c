"""Monthly performance reports: one organisation's figures for one month, fixed and published
to it by a CDSP admin; the organisation then reads them on its portal (HTML and CSV)."""
import csv
import io

from core import audit, clock
from core import db as database
from core.errors import Invalid, NotFound
from core.models import CDSP_ORG, Organisation
from plugins.reports import figures, standards
from plugins.reports.models import PublishedReport


def month_to_publish(month_text, now=None):
    """The first day of the month ``month_text`` (YYYY-MM) names, if it has begun."""
    try:
        first = figures.parse_month(month_text)
    except ValueError:
        raise Invalid("Nothing was published.", {"month": "Give the month as YYYY-MM."}) from None
    this_month = clock.local_today(now).replace(day=1)
    if first > this_month:   # nothing has happened in it yet: its figures would be all nought
        raise Invalid("Nothing was published.", {
            "month": f"{first:%Y-%m} has not begun: give this month ({this_month:%Y-%m}) "
                     "or an earlier one."})
    return first


def organisation_to_publish_to(org_code):
    org = Organisation.by_code(org_code)
    if org is None or org.code == CDSP_ORG:
        raise Invalid("Nothing was published.", {"organisation": "Give a participant "
                                                                 "organisation's code."})
    return org


def published(org, month):
    """The report already published to ``org`` for ``month`` (a date in it), or None."""
    return PublishedReport.get_or_none((PublishedReport.organisation == org.id) &
                                       (PublishedReport.month == f"{month:%Y-%m}"))


def compute(org, month_text, now=None):
    """The figures of ``org``'s contacts (those it is a party to) in the month."""
    first = month_to_publish(month_text, now)
    start = clock.local_midnight_utc(first)
    end = clock.local_midnight_utc(figures.next_month(first))
    query = figures.org_scope(org)
    total = figures.totals(query, start, end, now)
    return {
        "organisation": org.code, "organisation_name": org.name, "month": first.strftime("%Y-%m"),
        "computed_at": (now or clock.now()).isoformat(),
        "totals": total.as_dict(),
        "by_type": [r.as_dict() for r in figures.table(query, "type", start, end, now)],
        "open_by": [list(r) for r in figures.open_by(query)],
        "standards": standards.for_report(query, start, end),
    }


def publish(actor, org_code, month_text):
    org = organisation_to_publish_to(org_code)
    data = compute(org, month_text)
    now = clock.now()
    with database.transaction():
        (PublishedReport.insert(organisation=org.id, month=data["month"], data=data,
                                published_by=getattr(actor, "id", None), published_at=now)
         .on_conflict(conflict_target=[PublishedReport.organisation, PublishedReport.month],
                      update={PublishedReport.data: data, PublishedReport.published_at: now,
                              PublishedReport.published_by: getattr(actor, "id", None)})
         .execute())
        report = PublishedReport.get((PublishedReport.organisation == org.id) &
                                     (PublishedReport.month == data["month"]))
        audit.record("report.published", actor=actor, org_id=org.id,
                     target_type="published_report", target_id=report.id,
                     detail={"month": data["month"]})
    return report


def published_for(org=None, limit=200):
    query = PublishedReport.select().order_by(PublishedReport.month.desc(), PublishedReport.id.desc())
    if org is not None:
        query = query.where(PublishedReport.organisation == org.id)
    return list(query.limit(limit))


def get_for(actor, report_id, sees_all):
    report = PublishedReport.get_or_none(PublishedReport.id == report_id)
    if report is None or not (sees_all or report.organisation_id == actor.organisation_id):
        raise NotFound("There is no such report, or it is not published to you.")
    return report


def as_csv(data):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["organisation", data["organisation"], "month", data["month"]])
    writer.writerow(["contact_type"] + list(figures.MEASURES))
    for row in data["by_type"]:
        writer.writerow([row["key"]] + [_cell(row[m]) for m in figures.MEASURES])
    writer.writerow(["TOTAL"] + [_cell(data["totals"][m]) for m in figures.MEASURES])
    if data.get("standards"):   # reports published before standards of service have none
        standards.write_csv(writer, data["standards"])
    return out.getvalue()


def _cell(value):
    return "" if value is None else value
