"""The audit log in the portal: an LSO reads their organisations' entries, a CDSP admin all;
filtered by days, person and action, a page at a time, and exported as CSV."""
import csv
import io

from flask import render_template, request
from flask_login import current_user

from core import audit, audit_display, lso
from core.downloads import download
from core.errors import Invalid
from core.permissions import allowed
from core.web import access, portal_blueprint

bp = portal_blueprint("audit", __name__)
PAGE = 100
EXPORT_MAX = 10_000        # an export holds at most the newest this many entries
COLUMNS = ("When", "Action", "Action code", "By", "Organisation", "Concerning", "From", "Detail")


def _filters():
    """The page's filters from the query string: (keyword arguments for entries_for, errors)."""
    args = request.args
    try:
        since, until = audit_display.period(args.get("from"), args.get("to"))
    except Invalid as exc:
        return None, exc.errors
    return {"action": args.get("action", "").strip(), "person": args.get("person", "").strip(),
            "since": since, "until": until}, {}


def _scope():
    return None if allowed(current_user, "cdsp.admin") else lso.manageable_org_ids(current_user)


@bp.get("/audit")
@access("users.admin")
def index():
    filters, errors = _filters()
    if errors:
        return render_template("audit.html", rows=[], more=False, next_before=None,
                               errors=errors, args=request.args), 400
    before = request.args.get("before", type=int)
    entries = audit.entries_for(current_user, _scope(), limit=PAGE + 1, before=before, **filters)
    more = len(entries) > PAGE
    return render_template("audit.html", rows=audit_display.rows(entries[:PAGE]), more=more,
                           next_before=entries[PAGE - 1].id if more else None, errors={},
                           args=request.args)


@bp.get("/audit.csv")
@access("users.admin")
def export():
    filters, errors = _filters()
    if errors:
        return render_template("error.html", status=400, title="The filters need correcting",
                               message=" ".join(errors.values())), 400
    entries = audit.entries_for(current_user, _scope(), limit=EXPORT_MAX, **filters)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in audit_display.rows(entries):
        writer.writerow([row.when, row.action, row.code, row.by, row.organisation, row.target,
                         row.source, row.detail])
    return download(out.getvalue(), "audit-log.csv", "text/csv", headers={"Cache-Control": "no-store"})
