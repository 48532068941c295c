"""The Help pages of every portal: guides, search, "Was this helpful?", Contact us; and the
CDSP admins' page of answers. A tenant that has the plugin disabled has none of them."""
from flask import (abort, current_app, flash, g, redirect, render_template, request, url_for)
from flask_login import current_user

from core.errors import Invalid
from core.web import PUBLIC, SIGNED_IN, access, blueprint_enabled, cdsp_only, portal_blueprint
from plugins.guides import catalogue, feedback
from plugins.guides.search import MAX_QUERY, search

bp = portal_blueprint("guides", __name__, template_folder="templates")

# The guide section that explains each core page; a view elsewhere may name its own with
# ``view.help_section = ("slug", "anchor")``.
CORE_PAGE_HELP = {
    "home.home": ("quick-reference", "your-home-page"),
    "auth.change_password": ("quick-reference", "passwords"),
    "users.index": ("quick-reference", "lso-tasks"),
    "users.create": ("quick-reference", "lso-tasks"),
    "users.edit": ("quick-reference", "lso-tasks"),
    "users.reset_password": ("quick-reference", "lso-tasks"),
    "access.mine": ("quick-reference", "access-requests"),
    "access.pending": ("quick-reference", "access-requests"),
    "access.review": ("quick-reference", "access-requests"),
    "admin.organisations": ("cdsp-staff", "organisations-and-lsos"),
    "admin.create_organisation": ("cdsp-staff", "organisations-and-lsos"),
    "admin.organisation": ("cdsp-staff", "organisations-and-lsos"),
    "admin.appoint_lso": ("cdsp-staff", "organisations-and-lsos"),
    "admin.plugins": ("cdsp-staff", "plugins-per-tenant"),
}


@bp.app_template_global()
def help_url(slug=None, anchor=None):
    """The address of a guide (section) in this request's portal, or None when it has none."""
    tenant = g.get("tenant")
    if tenant is None or not blueprint_enabled(bp.name, tenant.code):
        return None
    if slug is None:
        return url_for("guides.index")
    if catalogue.guide_for(tenant, slug) is None:
        return None
    return url_for("guides.guide", slug=slug, _anchor=anchor)


@bp.app_template_global()
def contact_us_url():
    """The address of this portal's "Contact us" page, or None when it has none."""
    tenant = g.get("tenant")
    if tenant is None or not blueprint_enabled(bp.name, tenant.code):
        return None
    return url_for("guides.contact_us")


@bp.app_template_global()
def page_help():
    """The guide section that explains the page being shown, for signed-in users."""
    if not getattr(current_user, "is_authenticated", False) or request.endpoint is None:
        return None
    view = current_app.view_functions.get(request.endpoint)
    section = getattr(view, "help_section", None) or CORE_PAGE_HELP.get(request.endpoint)
    return help_url(*section) if section else None


@bp.get("/help")
@access(SIGNED_IN)
def index():
    return render_template("guides/index.html", guides=catalogue.guides_for(g.tenant))


@bp.get("/help/search")
@access(SIGNED_IN)
def search_guides():
    query = request.args.get("q", "").strip()
    error = f"Use at most {MAX_QUERY} characters." if len(query) > MAX_QUERY else None
    hits = search(g.tenant, query) if query and error is None else []
    return render_template("guides/search.html", query=query, hits=hits, error=error), \
        (200 if error is None else 400)


@bp.get("/help/feedback")
@cdsp_only
@access("cdsp.admin")
def feedback_report():
    slug = request.args.get("guide") or None
    tallies, answers = feedback.report(slug)
    registry = current_app.extensions["cms"].guides
    titles = {g.slug: g.title for g in registry}
    return render_template("guides/feedback.html", tallies=sorted(tallies.items()),
                           answers=answers, titles=titles, guide=slug)


def _guide_or_404(slug):
    guide = catalogue.guide_for(g.tenant, slug)
    if guide is None:
        abort(404)
    return guide


def _render_guide(guide, errors=None, form=None):
    return render_template("guides/guide.html", guide=guide,
                           intro=catalogue.introduction(guide),
                           sections=catalogue.sections_of(guide, g.tenant),
                           errors=errors or {}, form=form or {})


@bp.get("/help/<slug>")
@access(SIGNED_IN)
def guide(slug):
    return _render_guide(_guide_or_404(slug))


@bp.post("/help/<slug>/feedback")
@access(SIGNED_IN)
def send_feedback(slug):
    guide = _guide_or_404(slug)
    try:
        feedback.record(current_user, g.tenant.code, guide.slug, request.form.get("helpful"),
                        request.form.get("comment", ""))
    except Invalid as exc:
        return _render_guide(guide, exc.errors, request.form), 422
    flash("Thank you: your answer has been sent to the CDSP.")
    return redirect(url_for("guides.guide", slug=guide.slug, _anchor="feedback"))


@bp.get("/contact-us")
@access(PUBLIC)
def contact_us():
    advocate = None
    if getattr(current_user, "is_authenticated", False):
        advocate = current_user.organisation.customer_advocate or None
    return render_template("guides/contact_us.html", settings=g.tenant.settings,
                           advocate=advocate, maintenance_window=catalogue.maintenance_window())
