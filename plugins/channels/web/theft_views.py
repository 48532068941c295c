"""A theft notified through TRAS on its contact's page: the Shipper accepts the volume or
objects with a reason and evidence; the CDSP decides an objection (rules: core.theft)."""
from flask import flash, redirect, request, url_for
from flask_login import current_user

from core import theft
from core.contacts import attachment_max_bytes, get_contact
from core.errors import Conflict, Forbidden, Invalid, messages
from core.uploads import takes_files
from core.web import SIGNED_IN, access
from plugins.channels.web.blueprint import bp
from plugins.channels.web.contact_views import CHANNEL, _page


def panel(user, contact):
    """What the contact's page shows of its theft notice, or None when it has none."""
    notice = theft.notice_for(contact)
    if notice is None:
        return None
    return {**theft.describe(notice, user, contact), "reasons": theft.REASONS,
            "decisions": theft.DECISIONS}


def _done(item, message):
    flash(message)
    return redirect(url_for("web.contact", reference=item.reference, _anchor="theft"))


def _refused(item, exc, prefix, failed):
    if isinstance(exc, Invalid):
        errors = {f"{prefix}-{k}": " ".join(messages(v)) for k, v in exc.errors.items()}
        return _page(item, errors or {"form": exc.message}, failed=failed, status=422)
    status = 403 if isinstance(exc, Forbidden) else 409
    return _page(get_contact(current_user, item.reference), problem=exc.message, status=status)


@bp.post("/contacts/<reference>/theft/accept", endpoint="theft_accept")
@access(SIGNED_IN)
def accept(reference):
    item = get_contact(current_user, reference)   # another organisation's: 404
    try:
        theft.accept(current_user, item.reference, CHANNEL, text=request.form.get("text"))
    except (Invalid, Conflict, Forbidden) as exc:
        return _refused(item, exc, "accept", "theft-accept")
    return _done(item, "You accepted the theft volume: the contact is resolved.")


@bp.post("/contacts/<reference>/theft/objection", endpoint="theft_object")
@takes_files(attachment_max_bytes)
@access(SIGNED_IN)
def object_to(reference):
    item = get_contact(current_user, reference)
    upload = request.files.get("evidence")
    content = upload.stream.read(attachment_max_bytes() + 1) if upload and upload.filename else None
    try:
        theft.object_to(current_user, item.reference, CHANNEL,
                        reason=request.form.get("reason"), text=request.form.get("text"),
                        filename=upload.filename if upload else None, content=content)
    except (Invalid, Conflict, Forbidden) as exc:
        return _refused(item, exc, "objection", "theft-object")
    return _done(item, "Your objection is sent: the CDSP will decide on the volume.")


@bp.post("/contacts/<reference>/theft/decision", endpoint="theft_decide")
@access(SIGNED_IN)
def decide(reference):
    item = get_contact(current_user, reference)
    try:
        theft.decide(current_user, item.reference, CHANNEL,
                     decision=request.form.get("decision"), text=request.form.get("text"),
                     settled_energy=request.form.get("settled_energy"))
    except (Invalid, Conflict, Forbidden) as exc:
        return _refused(item, exc, "decision", "theft-decide")
    return _done(item, "The decision is recorded: the contact is resolved.")


for view in (accept, object_to, decide):
    view.help_section = ("quick-reference", "tracking-contacts")
