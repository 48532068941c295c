"""Saved views in the portal: save a search under a name (for oneself or the whole
organisation), see one's views with their counts, open one, delete one's own."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import clock
from core.contacts import (TEMPLATE_USES, act_many, delete_view, get_view, save_view,
                           sla_status, templates_for, view_contacts, view_count, views_for)
from core.errors import Forbidden, Invalid, NotFound, messages
from core.models import Organisation
from core.web import SIGNED_IN, access
from plugins.channels.web import finding
from plugins.channels.web.blueprint import bp
from plugins.channels.web.search import render_search

PAGE_SIZE = 25


def _me():
    return current_user._get_current_object()


def _view_or_404(view_id):
    try:
        return get_view(_me(), view_id)
    except NotFound:
        abort(404)


@bp.get("/views")
@access(SIGNED_IN)
def views():
    me = _me()
    rows = [(view, view_count(me, view)) for view in views_for(me)]
    return render_template("web/views.html", rows=rows)


@bp.post("/search/views")
@access(SIGNED_IN)
def save_search():
    """Save the search in the query string under the name the form gives."""
    criteria, errors = finding.read_args(request.args)
    if errors:
        return render_search()
    try:
        view = save_view(_me(), request.form.get("view_name"), finding.filters_to_save(criteria),
                         order="due" if criteria["sort"] == "due" else "received",
                         shared=request.form.get("shared") == "1")
    except Invalid as exc:
        return render_search({"view_name": " ".join(messages(exc.errors)) or exc.message})
    flash(f"The view '{view.name}' is saved.")
    return redirect(url_for("web.view", view_id=view.id))


@bp.get("/views/<int:view_id>")
@access(SIGNED_IN)
def view(view_id):
    saved = _view_or_404(view_id)
    me = _me()
    try:
        page = view_contacts(me, saved, after=request.args.get("after") or None, limit=PAGE_SIZE,
                             with_total=True)
    except Invalid:
        return redirect(url_for("web.view", view_id=saved.id))
    now = clock.now()
    holders = {c.holder_org_id for c in page.items}
    codes = dict(Organisation.select(Organisation.id, Organisation.code)
                 .where(Organisation.id.in_(list(holders))).tuples()) if holders else {}
    rows = [(c, sla_status(c, now), codes.get(c.holder_org_id)) for c in page.items]
    templates = [t for t in templates_for(me) if t.use in BULK_TEMPLATES]
    return render_template("web/view.html", view=saved, page=page, rows=rows,
                           mine=saved.owner_id == me.id, operations=BULK,
                           templates=templates, uses=TEMPLATE_USES)


@bp.post("/views/<int:view_id>/delete")
@access(SIGNED_IN)
def delete_saved_view(view_id):
    saved = _view_or_404(view_id)
    try:
        delete_view(_me(), saved)
    except Forbidden as exc:
        abort(403, exc.message)
    flash(f"The view '{saved.name}' is deleted.")
    return redirect(url_for("web.views"))


# What the bulk form of a view offers: (value, label, action, the form fields it takes)
BULK = [("assign_me", "Assign to me", "assign", ()),
        ("unassign", "Return to the queue (nobody)", "assign", ()),
        ("accept", "Accept", "accept", ()),
        ("message", "Add a message", "message", ("text", "template")),
        ("set_ced", "Set the case event (CED)", "set_ced", ("code",)),
        ("resolve", "Resolve", "resolve", ("text", "code", "template")),
        ("reject", "Reject", "reject", ("text", "code", "template")),
        ("close", "Close", "close", ())]
BULK_TEMPLATES = ("message", "resolution", "rejection")   # the uses bulk work offers


@bp.post("/views/<int:view_id>/bulk")
@access(SIGNED_IN)
def bulk(view_id):
    """One action on the contacts chosen on a view's page, each on its own; the page then
    says which were done and which were refused, and why."""
    saved = _view_or_404(view_id)
    choice = {value: (action, takes) for value, _, action, takes in BULK}.get(
        request.form.get("operation", ""))
    references = request.form.getlist("reference")
    if choice is None or not references:
        flash("Choose the contacts and what to do with them.", "error")
        return redirect(url_for("web.view", view_id=saved.id))
    action, takes = choice
    params = {name: request.form.get(name, "") for name in takes}
    if action == "assign":
        params["assignee"] = _me() if request.form["operation"] == "assign_me" else None
    try:
        outcomes = act_many(_me(), references, action, "web", **params)
    except Invalid as exc:
        flash(" ".join([exc.message, *messages(exc.errors)]), "error")
        return redirect(url_for("web.view", view_id=saved.id))
    done = [o.reference for o in outcomes if o.done]
    if done:
        flash(f"Done: {', '.join(done)}.")
    for o in outcomes:
        if not o.done:
            flash(f"Not changed – {o.reference}: {' '.join([o.message, *messages(o.errors)]).strip()}",
                  "error")
    return redirect(url_for("web.view", view_id=saved.id))
