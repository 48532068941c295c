"""The audit log in the portal: an LSO reads their organisations' entries, a CDSP admin all."""
from flask import render_template, request
from flask_login import current_user

from core import audit, lso
from core.permissions import allowed
from core.web import access, portal_blueprint

bp = portal_blueprint("audit", __name__)
PAGE = 100


@bp.get("/audit")
@access("users.admin")
def index():
    org_ids = None if allowed(current_user, "cdsp.admin") else lso.manageable_org_ids(current_user)
    before = request.args.get("before", type=int)
    entries = audit.entries_for(current_user, org_ids, limit=PAGE + 1, before=before,
                                action=request.args.get("action", "").strip())
    more = len(entries) > PAGE
    return render_template("audit.html", entries=entries[:PAGE], more=more,
                           next_before=entries[PAGE - 1].id if more else None)
