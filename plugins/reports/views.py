"""The Reports pages: figures, charts and CSV for the CDSP (every contact, or one
organisation's) and for each organisation (its own contacts); monthly reports published to
organisations."""
import csv
import io

from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask_login import current_user

from core import clock, formats
from core.contacts import STATUS_LABELS, group_ids, group_organisations, is_cdsp_staff
from core.downloads import download
from core.errors import Invalid, NotFound
from core.models import Organisation
from core.permissions import allowed
from core.web import SIGNED_IN, access, cdsp_only, confirm_or, nav_link, portal_blueprint
from plugins.reports import charts, figures, monthly
from plugins.reports import theft as theft_figures

bp = portal_blueprint("reports", __name__, template_folder="templates")
nav_link(bp, "Reports", "reports.index")


class BadFilter(Exception):
    pass


def _filters():
    """(query, first month, last month, start, end, organisation, args) from the query string."""
    args = {k: v for k, v in request.args.items() if k in ("from", "to", "org") and v}
    try:
        first, last, start, end = figures.period(args.get("from"), args.get("to"))
    except ValueError as exc:
        raise BadFilter(str(exc)) from None
    org = None
    if args.get("org"):
        staff, group = is_cdsp_staff(current_user), group_ids(current_user)
        if not staff and not group:
            raise BadFilter("Only the CDSP chooses an organisation: your reports cover your "
                            "organisation's contacts.")
        org = Organisation.by_code(args["org"])
        if org is None or not (staff or org.id in group):   # a group view: its own alone
            raise BadFilter(f"There is no organisation {args['org']!r}.")
    return figures.scope(current_user, org), first, last, start, end, org, args


def _bad(message):
    return render_template("error.html", status=400, title="Check the report's filters",
                           message=message), 400


@bp.get("/reports")
@access(SIGNED_IN)
def index():
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    now = clock.now()
    return render_template(
        "reports/index.html", args=args, first=first, last=last, org=org,
        sees_all=is_cdsp_staff(current_user),
        organisations=(_organisations() if is_cdsp_staff(current_user)
                       else group_organisations(current_user)),   # a parent's group view's
        total=figures.totals(query, start, end, now),
        tables={d: figures.table(query, d, start, end, now) for d in figures.DIMENSIONS},
        open_rows=figures.open_by(query), labels=STATUS_LABELS, charts=charts.CHARTS)


@bp.get("/reports/charts/<name>.svg")
@access(SIGNED_IN)
def chart(name):
    if name not in charts.CHARTS:
        abort(404)
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    if name == "volumes":
        svg = charts.volumes(figures.table(query, "month", start, end))
    elif name == "service-level":
        svg = charts.service_level(figures.table(query, "type", start, end))
    else:
        svg = charts.open_contacts(figures.open_by(query))
    return Response(svg, mimetype="image/svg+xml",
                    headers={"Content-Security-Policy": charts.CSP, "Cache-Control": "no-store"})


@bp.get("/reports/export.csv")
@access(SIGNED_IN)
def export():
    table = request.args.get("table", "type")
    if table not in figures.DIMENSIONS + ("open",):
        return _bad(f"Export one of: {', '.join(figures.DIMENSIONS + ('open',))}.")
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    out = io.StringIO()
    writer = csv.writer(out)
    if table == "open":
        writer.writerow(["status", "holder", "open"])
        writer.writerows(figures.open_by(query))
    else:
        writer.writerow([table] + list(figures.MEASURES))
        for row in figures.table(query, table, start, end):
            writer.writerow([row.key] + ["" if getattr(row, m) is None else getattr(row, m)
                                         for m in figures.MEASURES])
    name = f"contacts-by-{table}-{first:%Y-%m}-to-{last:%Y-%m}.csv"
    return download(out.getvalue(), name, "text/csv")


@bp.get("/reports/theft")
@access(SIGNED_IN)
def theft():
    """The shipper's and transporter's theft of gas reports (plugins.reports.theft)."""
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    tras, tog = theft_figures.tras_rows(query, start, end), theft_figures.tog_rows(query, start, end)
    return render_template(
        "reports/theft.html", args=args, first=first, last=last, org=org,
        sees_all=is_cdsp_staff(current_user),
        organisations=_organisations() if is_cdsp_staff(current_user) else (),
        tras=tras, tras_total=theft_figures.total(tras, theft_figures.TrasRow),
        tog=tog, tog_total=theft_figures.total(tog, theft_figures.TogRow))


@bp.get("/reports/theft.csv")
@access(SIGNED_IN)
def theft_export():
    table = request.args.get("table", "tras")
    if table not in theft_figures.TABLES:
        return _bad(f"Export one of: {', '.join(theft_figures.TABLES)}.")
    try:
        query, first, last, start, end, org, args = _filters()
    except BadFilter as exc:
        return _bad(str(exc))
    rows = (theft_figures.tras_rows if table == "tras" else theft_figures.tog_rows)(query, start, end)
    out = io.StringIO()
    csv.writer(out).writerows(theft_figures.csv_rows(rows, theft_figures.TABLES[table]))
    return download(out.getvalue(), f"theft-{table}-{first:%Y-%m}-to-{last:%Y-%m}.csv", "text/csv")


def _organisations():
    """The participant organisations, by name, for the pickers."""
    return list(Organisation.select().where((Organisation.code != "CDSP") & ~Organisation.sandbox)
                .order_by(Organisation.name, Organisation.code))


def _latest_month():
    """This month (``YYYY-MM``), the latest a report may be published for."""
    return clock.local_today().strftime("%Y-%m")


@bp.get("/reports/monthly")
@access(SIGNED_IN)
def monthly_index():
    sees_all = is_cdsp_staff(current_user)
    reports = monthly.published_for(None if sees_all else current_user.organisation)
    may_publish = g.tenant.is_cdsp and allowed(current_user, "cdsp.admin", g.tenant)
    organisations = _organisations() if may_publish else []
    return render_template("reports/monthly_index.html", reports=reports, sees_all=sees_all,
                           may_publish=may_publish, organisations=organisations,
                           latest_month=_latest_month(), errors={}, form={})


@bp.post("/reports/monthly")
@cdsp_only
@access("cdsp.admin")
def publish():
    org_code, month_text = request.form.get("organisation"), request.form.get("month")
    try:
        org = monthly.organisation_to_publish_to(org_code)
        month = monthly.month_to_publish(month_text)
    except Invalid as exc:
        flash(" ".join([exc.message] + list(exc.errors.values())), "error")
        return redirect(url_for("reports.monthly_index"))

    def do():
        try:
            report = monthly.publish(current_user, org_code, month_text)
        except Invalid as exc:
            flash(" ".join([exc.message] + list(exc.errors.values())), "error")
            return redirect(url_for("reports.monthly_index"))
        flash(f"The {report.month} report is published to {org.name} ({org.code}).", "success")
        return redirect(url_for("reports.monthly_report", report_id=report.id))
    earlier = monthly.published(org, month)
    happens = [f"The figures of {org.name}'s contacts in {month:%B %Y} are worked out now and "
               "fixed in the report.",
               f"Everyone at {org.name} can read the report and download it as CSV on their "
               "portal at once."]
    if earlier is not None:
        happens.append(f"It replaces the {month:%B %Y} report published on "
                       f"{formats.local_time(earlier.published_at)}, whose figures are lost.")
    return confirm_or(
        do, question=f"Are you sure you want to publish the {month:%B %Y} report to {org.name}?",
        names=[("Organisation", f"{org.name} ({org.code})"), ("Month", f"{month:%B %Y}")],
        happens=happens,
        warning="You cannot withdraw a published report: publishing the month again "
                "replaces its figures.",
        fields=[("organisation", org.code), ("month", f"{month:%Y-%m}")],
        button="Publish report", danger=False, cancel=url_for("reports.monthly_index"))


def _report(report_id):
    try:
        return monthly.get_for(current_user, report_id, is_cdsp_staff(current_user))
    except NotFound:
        abort(404)


@bp.get("/reports/monthly/<int:report_id>")
@access(SIGNED_IN)
def monthly_report(report_id):
    report = _report(report_id)
    return render_template("reports/monthly.html", report=report, data=report.data,
                           measures=figures.MEASURES, labels=STATUS_LABELS)


@bp.get("/reports/monthly/<int:report_id>.csv")
@access(SIGNED_IN)
def monthly_csv(report_id):
    report = _report(report_id)
    name = f"performance-{report.data['organisation']}-{report.month}.csv"
    return download(monthly.as_csv(report.data), name, "text/csv")
