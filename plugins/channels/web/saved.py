"""Saved views in the portal: save a search under a name (for oneself or the whole
organisation), see one's views with their counts, open one, delete one's own."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import clock
from core.contacts import (TEMPLATE_USES, act_many, delete_view, get_view, group_marks, save_view,
                           sla_status, templates_for, view_contacts, view_count, views_for)
from core.errors import Forbidden, Invalid, NotFound, messages
from core.models import Organisation
from core.web import SIGNED_IN, access
from plugins.channels.web import finding
from plugins.channels.web.blueprint import bp
from plugins.channels.web.bulk_confirm import confirm_bulk
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
    marked = group_marks(me, page.items)    # a parent's group view: each one's organisation
    rows = [(c, sla_status(c, now), codes.get(c.holder_org_id), marked.get(c.id))
            for c in page.items]
    templates = [t for t in templates_for(me) if t.use in BULK_TEMPLATES]
    return render_template("web/view.html", view=saved, page=page, rows=rows,
                           mine=saved.owner_id == me.id, operations=BULK, grouped=bool(marked),
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


# What each operation does, for its confirmation page: (after "Are you sure you want to",
# {what} standing for the contacts; what will happen; what cannot be undone, or None)
CANNOT_UNDO = "You cannot undo this."
BULK_EFFECTS = {
    "assign_me": ("assign {what} to yourself", ["Each is assigned to you and shows in your tasks; "
                                                "whoever had it before no longer does."], None),
    "unassign": ("return {what} to the queue, with nobody assigned",
                 ["Each goes back to its holder's queue with nobody assigned."], None),
    "accept": ("accept {what}", ["Each submitted contact becomes Accepted, and every party sees "
                                 "that in its history."], None),
    "message": ("add a message to {what}", ["The message is added to each contact and every "
                                            "party can read it at once."],
                "A message cannot be withdrawn once it is sent."),
    "set_ced": ("set the case event (CED) of {what}",
                ["Each contact's case event (CED) is set to the code given."], None),
    "resolve": ("resolve {what}", ["Each becomes Resolved with the resolution given; its "
                                   "originator may challenge it for a while, then it closes."],
                "You cannot reopen a resolved contact: only its originator can challenge it."),
    "reject": ("reject {what}", ["Each submitted contact becomes Rejected with the reason given, "
                                 "and its originator is told."], CANNOT_UNDO + " A rejected "
               "contact is finished: its originator must raise a new one."),
    "close": ("close {what}", ["Each resolved contact becomes Closed."], CANNOT_UNDO + " A closed "
              "contact can no longer be challenged."),
}


def _given(takes):
    """What the form gives the operation (text, code, template), to show before it is done."""
    lines = []
    if "template" in takes and request.form.get("template"):
        template = next((t for t in templates_for(_me())
                         if str(t.id) == request.form["template"]), None)
        lines.append(f"Starting from the template {template.name if template else '(not found)'}.")
    if "code" in takes and request.form.get("code", "").strip():
        lines.append(f"Code: {request.form['code'].strip()}.")
    if "text" in takes and request.form.get("text", "").strip():
        lines.append(f"Text: “{request.form['text'].strip()}”")
    return lines


@bp.post("/views/<int:view_id>/bulk")
@access(SIGNED_IN)
def bulk(view_id):
    """One action on the contacts chosen on a view's page, each on its own, once confirmed;
    the page then says which were done and which were refused, and why."""
    saved = _view_or_404(view_id)
    operation = request.form.get("operation", "")
    choice = {value: (label, action, takes) for value, label, action, takes in BULK}.get(operation)
    references = request.form.getlist("reference")
    back = url_for("web.view", view_id=saved.id)
    if choice is None or not references:
        flash("Choose the contacts and what to do with them.", "error")
        return redirect(back)
    label, action, takes = choice
    params = {name: request.form.get(name, "") for name in takes}
    if action == "assign":
        params["assignee"] = _me() if operation == "assign_me" else None

    def do():
        try:
            outcomes = act_many(_me(), references, action, "web", **params)
        except Invalid as exc:
            flash(" ".join([exc.message, *messages(exc.errors)]), "error")
            return redirect(back)
        done = [o.reference for o in outcomes if o.done]
        if done:
            flash(f"{label} – done: {', '.join(done)}.", "success")
        for o in outcomes:
            if not o.done:
                flash(f"Not changed – {o.reference}: "
                      f"{' '.join([o.message, *messages(o.errors)]).strip()}", "error")
        return redirect(back)
    phrase, happens, warning = BULK_EFFECTS[operation]
    return confirm_bulk(do, references, label, phrase, [*happens, *_given(takes)], warning, back,
                        [("operation", operation), *((n, request.form.get(n, "")) for n in takes)])
