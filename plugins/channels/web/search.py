"""Search pages: basic (CMS reference, your reference, MPRN) and advanced (type, status,
holder, dates, service level), a page at a time, newest or oldest first, and CSV export."""
from flask import current_app, g, redirect, render_template, request, url_for
from flask_login import current_user

from core import clock
from core.contacts import STATUSES, contact_types, group_marks, sla_status
from core.downloads import download
from core.errors import Invalid, messages
from core.models import Organisation
from core.tenancy import plugin_enabled
from core.web import SIGNED_IN, access
from plugins.channels.web import finding
from plugins.channels.web.blueprint import bp

PAGE_SIZE = 25


@bp.get("/search")
@access(SIGNED_IN)
def search():
    return render_search()


def render_search(save_errors=None):
    """The search page for this request's query; ``save_errors`` from saving it as a view
    are shown with it (and make the answer a 422)."""
    criteria, errors = finding.read_args(request.args)
    asked = any(request.args.get(k) for k in ("q", *finding.ADVANCED))
    page, rows, marked = None, [], {}
    if asked and not errors:
        match = finding.reference_match(current_user, criteria)
        if match is not None:
            return redirect(url_for("web.contact", reference=match.reference))
        try:
            page = finding.find(current_user, criteria, after=request.args.get("after") or None,
                                limit=PAGE_SIZE, with_total=True)
        except Invalid as exc:
            errors = {"form": " ".join([exc.message, *messages(exc.errors)])}
        else:
            now = clock.now()
            holders = {c.holder_org_id for c in page.items}
            codes = dict(Organisation.select(Organisation.id, Organisation.code)
                         .where(Organisation.id.in_(list(holders))).tuples()) if holders else {}
            marked = group_marks(current_user, page.items)   # a group view's organisations
            rows = [(c, sla_status(c, now), codes.get(c.holder_org_id), marked.get(c.id))
                    for c in page.items]
    args = {k: v for k, v in request.args.items() if k != "after"}
    types = [t for t in contact_types() if plugin_enabled(g.tenant.code, t.plugin)]
    return render_template("web/search.html", args=args, criteria=criteria, errors=errors,
                           page=page, rows=rows, asked=asked, types=types,
                           statuses=STATUSES, services=finding.SERVICE,
                           sorts=finding.SORTS, bys=finding.BY, assignees=finding.ASSIGNEES,
                           allowances=finding.ALLOWANCE,
                           save_errors=save_errors or {}, form=request.form, grouped=bool(marked),
                           advanced=any(request.args.get(k) for k in finding.ADVANCED)), \
        (400 if errors else 422 if save_errors else 200)


search.help_section = ("quick-reference", "tracking-contacts")


@bp.get("/search/export.csv")
@access(SIGNED_IN)
def export():
    criteria, errors = finding.read_args(request.args)
    if errors:
        return render_template("error.html", status=400, title="The export could not start",
                               message=" ".join(errors.values())), 400
    name = f"contacts-{clock.local_today().isoformat()}.csv"
    user = current_user._get_current_object()
    rows = _chunks(current_app._get_current_object(), finding.export_rows(user, criteria))
    return download(rows, name, "text/csv", headers={"Cache-Control": "no-store"})


export.help_section = ("quick-reference", "tracking-contacts")


def _chunks(app, rows):
    """Each chunk made inside the app's context and handed out after it is popped, so a
    download abandoned half-way leaves no context behind."""
    while True:
        with app.app_context():
            try:
                chunk = next(rows)
            except StopIteration:
                return
        yield chunk
