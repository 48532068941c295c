"""The standards-of-service pages, on the reports blueprint: the figures for everyone (an
organisation sees its own queries, the CDSP every one or one organisation's), their CSV and
charts; the CDSP's KPI page; and the report recipients an LSO or CDSP admin chooses."""
import csv
import io

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import clock
from core.contacts import is_cdsp_staff
from core.downloads import download
from core.models import Organisation
from core.web import SIGNED_IN, access, cdsp_only
from plugins.reports import charts, delivery, figures, sectors, standards, standards_charts
from plugins.reports.views import BadFilter, _bad, _filters, _organisations, bp

TABLES = ("total",) + figures.DIMENSIONS


@bp.context_processor
def standards_labels():
    return {"standards_labels": {"sectors": sectors.LABELS,
                                 "allowance": standards.ALLOWANCE_LABELS}}


@bp.get("/reports/standards")
@access(SIGNED_IN)
def standards_index():
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    tables = {d: standards.table(query, d, start, end) for d in figures.DIMENSIONS}
    return render_template(
        "reports/standards.html", args=args, first=first, last=last, org=org,
        sees_all=is_cdsp_staff(current_user),
        organisations=_organisations() if is_cdsp_staff(current_user) else (),
        by_sector=standards.by_sector(tables["type"]), tables=tables,
        charts=standards_charts.CHARTS)


@bp.get("/reports/standards.csv")
@access(SIGNED_IN)
def standards_csv():
    table = request.args.get("table", "type")
    if table not in TABLES:
        return _bad(f"Export one of: {', '.join(TABLES)}.")
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    rows = standards.table(query, table, start, end)
    if table == "total":
        rows = standards.by_sector(rows)
    out = io.StringIO()
    csv.writer(out).writerows(standards.csv_rows(rows, table))
    return download(out.getvalue(), f"standards-by-{table}-{first:%Y-%m}-to-{last:%Y-%m}.csv",
                    "text/csv")


@bp.get("/reports/standards/charts/<name>.svg")
@access(SIGNED_IN)
def standards_chart(name):
    if name not in standards_charts.CHARTS:
        abort(404)
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    if name == "sectors":
        svg = standards_charts.by_sector(standards.by_sector(standards.table(query, "total", start, end)))
    else:
        svg = standards_charts.trend(standards.table(query, "month", start, end))
    return Response(svg, mimetype="image/svg+xml",
                    headers={"Content-Security-Policy": charts.CSP, "Cache-Control": "no-store"})


@bp.get("/reports/kpi")
@cdsp_only
@access("cdsp.staff")
def kpi():
    """The CDSP's key performance indicators: the period's headline figures, the standards
    of service by sector, and the organisations by share resolved within 10 business days."""
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    now = clock.now()
    by_org = standards.table(query, "organisation", start, end)
    return render_template(
        "reports/kpi.html", args=args, first=first, last=last, org=org,
        organisations=_organisations(), total=figures.totals(query, start, end, now),
        by_sector=standards.by_sector(standards.table(query, "total", start, end)),
        by_org=_by_org(by_org), open_now=sum(n for _, _, n in figures.open_by(query)),
        standards_charts=standards_charts.CHARTS, other_charts=("volumes", "service-level"))


def _by_org(rows):
    """[(organisation, resolved, within 10 %, within 20 %)] over every sector and side."""
    summed = {}
    for r in rows:
        resolved, w10, w20 = summed.get(r.key, (0, 0, 0))
        summed[r.key] = (resolved + r.resolved, w10 + r.within_10, w20 + r.within_20)
    return [(key, n, round(100.0 * w10 / n, 1), round(100.0 * w20 / n, 1))
            for key, (n, w10, w20) in sorted(summed.items()) if n]


# ---------------------------------------------------------------- recipients

def _recipients_org():
    """The organisation whose recipients are shown: one's own, or (CDSP admins) ?org=."""
    if current_user.role_id == "admin":
        org = Organisation.by_code(request.values.get("org", ""))
        if org is None or org.is_cdsp:
            return None
        return org
    if current_user.role_id == "lso":
        return current_user.organisation
    abort(403)


@bp.route("/reports/recipients", methods=["GET", "POST"])
@access("users.admin")
def recipients():
    org = _recipients_org()
    errors = {}
    if request.method == "POST" and org is not None:
        try:
            added, removed = delivery.set_recipients(current_user, org,
                                                     request.form.getlist("recipients"))
        except ValueError as exc:
            errors["recipients"] = str(exc)
        else:
            n = len(delivery.recipients(org))
            flash(f"Saved: {n} {'person' if n == 1 else 'people'} at {org.name} "
                  f"receive{'s' if n == 1 else ''} the monthly performance report.", "success")
            return redirect(url_for("reports.recipients",
                                    **({"org": org.code} if current_user.role_id == "admin" else {})))
    chosen = {u.id for u in delivery.recipients(org)} if org is not None else set()
    return render_template(
        "reports/recipients.html", org=org, errors=errors, chosen=chosen,
        candidates=delivery.candidates(org) if org is not None else [],
        organisations=_organisations() if current_user.role_id == "admin" else (),
        sees_all=current_user.role_id == "admin"), 400 if errors else 200
