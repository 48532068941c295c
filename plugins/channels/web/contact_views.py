"""A contact's page: its fields, status, holder, service level, CED, correspondence,
attachments and timeline, with the forms for exactly the actions the reader may take."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core.contacts import (CORRESPONDENCE_KINDS, IF_UNANSWERED, VERDICT_LABELS,
                           WHEN_UNANSWERED, act, acting_as, add_note, attachment_max_bytes,
                           correspondence_consequence,
                           get_contact, history, is_cdsp_staff, link_contacts, notes,
                           open_attachment, parties, resolution_reasons, sla_status, type_of,
                           unlink)
from core.downloads import download
from core.errors import Conflict, Forbidden, Invalid, messages
from core.permissions import allowed
from core.models import Attachment, Correspondence
from core.uploads import takes_files
from core.web import SIGNED_IN, access
from plugins.channels.web import actions, following, forms, linking, timeline
from plugins.channels.web.blueprint import bp
from plugins.channels.web.worklist import answer_by

CHANNEL = "web"


def _consequence(ctype, item):
    if item.status == "open":
        return IF_UNANSWERED[correspondence_consequence(ctype, item.kind)]
    if item.status == "auto_closed":
        return WHEN_UNANSWERED.get(item.consequence or "resume", "")
    return ""


def _page(contact, errors=None, failed=None, problem=None, status=200):
    ctype = type_of(contact)
    form_fields = forms.schema_fields(ctype) if ctype else []
    values = {"mprn": contact.mprn, "summary": contact.summary,
              "originator_ref": contact.originator_ref, **(contact.fields or {})}
    acting = acting_as(current_user._get_current_object(), contact)   # a group's: as the child's
    mine = acting.organisation_id == contact.originator_org_id
    details = [(_label(f, mine), _shown(f, values.get(f.name))) for f in form_fields
               if f.name != "summary" and values.get(f.name) not in (None, "")]
    letters = list(Correspondence.select().where(Correspondence.contact == contact.id)
                   .order_by(Correspondence.sent_at, Correspondence.id))
    files = list(Attachment.select().where(Attachment.contact == contact.id)
                 .order_by(Attachment.at, Attachment.id))
    return render_template(
        "web/contact.html", contact=contact, ctype=ctype, details=details,
        sla=sla_status(contact), parties=parties(contact),
        ced_meaning=(getattr(ctype, "ceds", {}) or {}).get(contact.ced),
        resolution_meaning=resolution_reasons(ctype).get(contact.resolution_code),
        verdict_label=VERDICT_LABELS.get(contact.allowance_verdict, ""),
        letters=[(c, CORRESPONDENCE_KINDS.get(c.kind, c.kind), answer_by(c), _consequence(ctype, c))
                 for c in letters],
        files=files, entries=timeline.entries(contact, history(current_user, contact)),
        forms=actions.offered(current_user, contact),
        may_attach=actions.may_attach(current_user, contact),
        notes=notes(current_user, contact), may_note=allowed(current_user, "contact.note", contact),
        note_side="CDSP staff" if is_cdsp_staff(current_user) else "your organisation",
        following=following.state(contact), links=linking.state(contact),
        theft=_theft_panel(contact),
        errors=errors or {}, failed=failed, problem=problem,
        raised=request.args.get("raised") == "1",
        group_for=acting.organisation if getattr(acting, "group_user", None) else None), status


def _theft_panel(contact):
    from plugins.channels.web.theft_views import panel   # its routes import this module
    return panel(current_user, contact)


def _label(field, mine):
    return field.label if field.name != "originator_ref" or mine else "Originator's reference"


def _shown(field, value):
    """A value as the form offered it (choices read as words, not codes)."""
    if field.choices:
        return dict(field.choices).get(str(value), value)
    return value


@bp.get("/contacts/<reference>")
@access(SIGNED_IN)
def contact(reference):
    return _page(get_contact(current_user, reference))


contact.help_section = ("quick-reference", "tracking-contacts")


@bp.post("/contacts/<reference>/act")
@access(SIGNED_IN)
def take_action(reference):
    item = get_contact(current_user, reference)   # another organisation's: 404
    action = request.form.get("action", "")
    if action not in actions.BUILDERS:
        return _page(item, {"form": "Choose one of the actions on this page."}, status=422)
    try:
        result = act(current_user, item, action, CHANNEL, **actions.params(action, request.form))
    except Invalid as exc:
        errors = {f"{action}-{k}": " ".join(messages(v)) for k, v in exc.errors.items()}
        return _page(item, errors or {"form": exc.message}, failed=action, status=422)
    except Conflict as exc:
        return _page(get_contact(current_user, reference), problem=exc.message, status=409)
    flash(actions.DONE[action])
    return redirect(url_for("web.contact", reference=result.reference))


take_action.help_section = ("quick-reference", "tracking-contacts")


@bp.post("/contacts/<reference>/notes", endpoint="add_note")
@access(SIGNED_IN)
def add_note_view(reference):
    item = get_contact(current_user, reference)   # another organisation's: 404
    try:
        add_note(current_user, item, request.form.get("note"))
    except Invalid as exc:
        return _page(item, {"note": " ".join(messages(exc.errors)) or exc.message}, status=422)
    except Forbidden as exc:
        abort(403, exc.message)
    flash("Your note is added: only your side sees it.")
    return redirect(url_for("web.contact", reference=item.reference, _anchor="notes"))


@bp.post("/contacts/<reference>/attachments")
@takes_files(attachment_max_bytes)   # a larger upload is refused from its Content-Length, unread
@access(SIGNED_IN)
def attach(reference):
    item = get_contact(current_user, reference)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        return _page(item, {"file": "Choose a file to attach."}, failed="attach", status=422)
    content = upload.stream.read(attachment_max_bytes() + 1)
    try:
        act(current_user, item, "attach", CHANNEL, filename=upload.filename, content=content)
    except Invalid as exc:
        return _page(item, {"file": " ".join(messages(exc.errors)) or exc.message},
                     failed="attach", status=422)
    except Conflict as exc:
        return _page(item, problem=exc.message, status=409)
    flash(f"{upload.filename} is attached.")
    return redirect(url_for("web.contact", reference=item.reference, _anchor="attachments"))


@bp.get("/contacts/<reference>/attachments/<int:attachment_id>")
@access(SIGNED_IN)
def attachment(reference, attachment_id):
    item = get_contact(current_user, reference)
    found, content = open_attachment(current_user, attachment_id)
    if found.contact_id != item.id:
        abort(404)
    return download(content, found.filename, found.content_type)


@bp.post("/contacts/<reference>/links", endpoint="link")
@access(SIGNED_IN)
def link_view(reference):
    item = get_contact(current_user, reference)   # another organisation's: 404
    kind = linking.form_kind(request.form)
    try:
        link_contacts(current_user, item, request.form.get("reference"), kind, CHANNEL)
    except Invalid as exc:
        errors = {f"link-{k}": " ".join(messages(v)) for k, v in exc.errors.items()}
        return _page(item, errors or {"form": exc.message}, status=422)
    except Conflict as exc:
        return _page(get_contact(current_user, reference), problem=exc.message, status=409)
    except Forbidden as exc:
        abort(403, exc.message)
    flash(linking.DONE.get(kind, ""))
    return redirect(url_for("web.contact", reference=item.reference, _anchor="links"))


@bp.post("/contacts/<reference>/links/<other>/remove", endpoint="unlink")
@access(SIGNED_IN)
def unlink_view(reference, other):
    item = get_contact(current_user, reference)   # another organisation's: 404
    try:
        unlink(current_user, item, other)
    except Conflict as exc:
        return _page(item, problem=exc.message, status=409)
    except Forbidden as exc:
        abort(403, exc.message)
    flash(f"{other.upper()} is no longer linked to this contact.")
    return redirect(url_for("web.contact", reference=item.reference, _anchor="links"))
