"""Reports → Query allowance: a month's allowance, use, excess and shadow log, per day, for
the reader's own organisation; the CDSP sees every participant organisation's, or one's.
The counting is core's (:mod:`core.allowance_report`); these views parse, call and render."""
import csv
import io

from flask import abort, render_template, request
from flask_login import current_user

from core import allowance_report as report
from core.downloads import download
from core.errors import Invalid, NotFound
from core.web import SIGNED_IN, access
from plugins.reports.views import bp

DAY_COLUMNS = ("day", "allowance", "submitted", "invalid", "used", "excess", "remaining",
               "refused_at_intake")
MONTH_COLUMNS = ("organisation", "applied", "allowance", "submitted", "invalid", "valid", "used",
                 "excess", "days_over", "refused_at_intake")


def _chosen():
    """(month, organisation or None for every one) from the query string; Invalid for a bad
    month, NotFound for an organisation the reader may not see (404)."""
    month = report.parse_month(request.args.get("month"))
    try:
        org = report.organisation_for(current_user, request.args.get("org"))
    except NotFound:
        abort(404)
    return month, org


def _bad(exc):
    return render_template("error.html", status=400, title="Check the month",
                           message=" ".join([exc.message] + list(exc.errors.values()))), 400


@bp.get("/reports/allowance")
@access(SIGNED_IN)
def allowance():
    try:
        month, org = _chosen()
    except Invalid as exc:
        return _bad(exc)
    sees_all = report.sees_every_organisation(current_user)
    args = {"month": f"{month:%Y-%m}", **({"org": org.code} if org and sees_all else {})}
    if org is None:
        return render_template("reports/allowance.html", month=month, args=args, sees_all=True,
                               org=None, rows=report.for_organisations(report.participants(), month),
                               organisations=report.participants())
    shadow, shadow_total = report.shadow_log(org, month)
    return render_template("reports/allowance.html", month=month, args=args, sees_all=sees_all,
                           org=org, figures=report.for_organisation(org, month), shadow=shadow,
                           shadow_total=shadow_total,
                           organisations=report.participants() if sees_all else ())


allowance.help_section = ("quick-reference", "query-allowance")


@bp.get("/reports/allowance.csv")
@access(SIGNED_IN)
def allowance_csv():
    try:
        month, org = _chosen()
    except Invalid as exc:
        return _bad(exc)
    out = io.StringIO()
    writer = csv.writer(out)
    if org is None:
        writer.writerow(MONTH_COLUMNS)
        for f in report.for_organisations(report.participants(), month):
            writer.writerow([f.organisation.code, "yes" if f.applied else "no"] +
                            [_cell(getattr(f, c)) for c in MONTH_COLUMNS[2:]])
        name = f"query-allowance-{month:%Y-%m}.csv"
    else:
        writer.writerow(DAY_COLUMNS)
        for d in report.for_organisation(org, month).days:
            writer.writerow([d.day.isoformat()] + [_cell(getattr(d, c)) for c in DAY_COLUMNS[1:]])
        name = f"query-allowance-{org.code}-{month:%Y-%m}.csv"
    return download(out.getvalue(), name, "text/csv")


def _cell(value):
    return "" if value is None else value
