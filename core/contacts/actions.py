"""Acting on a contact: every change after raising goes through :func:`act`.

``act`` finds the contact (404 unless the actor may see it), asks ``permission_allowed``
(403), checks the status (409), validates the parameters (422), then makes the change and
its events in one transaction and fires the hooks.
"""
from dataclasses import dataclass, field

from core import clock
from core import db as database
from core.contacts import (attachments, correspondence, events, group_view, lifecycle, links,
                           queues, response_templates, sla, verdicts, visibility)
from core.contacts.follow_ups import create_follow_up, revalidate
from core.contacts.lifecycle import rejection_reasons, resolution_reasons
from core.contacts.registry import type_of
from core.errors import CmsError, Conflict, Forbidden, Invalid
from core.models import Contact, Message, Organisation, User
from core.permissions import allowed

MAX_TEXT = 4000


@database.retrying
def act(actor, contact, action, channel="web", **params):
    """Take ``action`` on ``contact`` (a Contact or its reference) as ``actor``.

    Actions and their parameters:

    ==============  ==================================================================
    accept          (none)
    reject          ``code`` (see lifecycle.REJECTION_REASONS), ``text``
    start           (none)
    request_info    ``text``, ``kind`` ("DCR", "CCR", "RFI"; default DCR), ``due_days``
    respond         ``text`` (answers the open correspondence, or hands back from a party)
    allocate        ``to_org`` (code or Organisation), ``text``, ``ced``
    resolve         ``text`` (the resolution), ``code`` (optional: see resolution_reasons),
                    ``verdict`` (the CDSP on a participant's contact: see verdicts;
                    valid unless given)
    close           (none)
    cancel          ``text`` (optional reason)
    challenge       ``text``: closes the contact and returns the new linked follow-up
    mark_duplicate  ``of`` (the original's reference), ``text`` (optional): closes it
    assign          ``assignee`` (a User, a user id, or None to unassign) or
                    ``assignee_email``: one of the holder's users either way, every
                    other person refused alike (see queues.assign)
    transfer        ``to_org``: another organisation of the holder's group
    set_ced         ``code`` (one of the type's CEDs, or None to clear)
    message         ``text``
    attach          ``filename``, ``content`` (bytes)
    amend           ``fields``: {field: new value} re-checked against the type's rules
    ==============  ==================================================================

    ``template`` (a response template's id) on message, request_info, resolve and reject
    gives the text (the template's, its variables filled from the contact, then any
    ``text`` after it) and, on resolve and reject, the code unless ``code`` is given.

    Returns the contact as it now is (for ``challenge``, the follow-up contact).
    Raises NotFound, Forbidden, Conflict or Invalid (with ``errors`` per field).
    """
    if action not in lifecycle.ACTIONS:
        raise Invalid(f"Unknown action {action!r}.",
                      {"action": f"Choose one of: {', '.join(lifecycle.ACTIONS)}."})
    found = _find(actor, contact)
    contact_id, actor = found.id, group_view.acting_as(actor, found)   # a child's, as the child's
    with database.transaction():
        contact = Contact.locked(contact_id)
        if not allowed(actor, f"contact.{action}", contact):
            raise Forbidden(f"You may not {action.replace('_', ' ')} {contact.reference}.")
        lifecycle.check(contact, action)
        now = clock.now()
        params = response_templates.applied(actor, contact, action, params)
        result = HANDLERS[action](actor, contact, channel, now, **params)
        if group_view.is_acting(actor):
            group_view.audit(actor, contact, action, channel)
    return result if result is not None else Contact.get_by_id(contact_id)


def _find(actor, contact):
    if isinstance(contact, str):
        contact = Contact.get_or_none(Contact.reference == contact.strip().upper())
    return visibility.require_visible(actor, contact)


def _text(params, required=True, field="text", what="a text"):
    text = (params.get(field) or "").strip()
    if (required and not text) or len(text) > MAX_TEXT:
        raise Invalid(f"Give {what} (at most {MAX_TEXT} characters).",
                      {field: f"Give {what} (at most {MAX_TEXT} characters)."})
    return text or None


def transition(contact, actor, channel, now, action, to_status, **extra):
    """Move ``contact`` to ``to_status``: run the clock, write the event, fire the hook."""
    before = {"status": contact.status}
    contact.status = to_status
    if to_status == lifecycle.AWAITING_ORIGINATOR:
        sla.pause(contact, now)
    elif before["status"] == lifecycle.AWAITING_ORIGINATOR:
        sla.resume(contact, now)
    if to_status == lifecycle.RESOLVED:
        contact.resolved_at = now
    if to_status in lifecycle.TERMINAL:
        if contact.paused_at is not None:
            sla.resume(contact, now)
        contact.closed_at = now
        correspondence.withdraw_all(contact, now)
    event = events.record(contact, "status", actor, channel, now, before=before,
                          after={"status": to_status}, action=action, **extra)
    events.transitioned(contact, event)
    return event


# ------------------------------------------------------------------ the holder's side

def _accept(actor, contact, channel, now, **params):
    transition(contact, actor, channel, now, "accept", lifecycle.ACCEPTED)


def _reject(actor, contact, channel, now, code=None, **params):
    codes = rejection_reasons(type_of(contact))
    code = (code or "").strip().upper()
    errors = {}
    if code not in codes:
        errors["code"] = f"Choose a rejection code: {', '.join(sorted(codes))}."
    text = (params.get("text") or "").strip()
    if not text or len(text) > MAX_TEXT:
        errors["text"] = "Say why it is rejected and what to do (at most 4000 characters)."
    if errors:
        raise Invalid("The contact was not rejected: correct the fields marked.", errors)
    contact.rejection_code, contact.rejection_text = code, text
    extra = {}
    if verdicts.gives_verdict(actor, contact):     # the CDSP's rejection clears it as invalid
        verdicts.give(actor, contact, verdicts.INCORRECT_DATA, now)
        extra["verdict"] = verdicts.INCORRECT_DATA
    transition(contact, actor, channel, now, "reject", lifecycle.REJECTED, code=code, text=text,
               **extra)


def _start(actor, contact, channel, now, **params):
    transition(contact, actor, channel, now, "start", lifecycle.IN_PROGRESS)


def _request_info(actor, contact, channel, now, kind=None, due_days=None, **params):
    kind, body, due_days = correspondence.validate(type_of(contact), kind, params.get("text"),
                                                   due_days)
    item = correspondence.send(contact, actor, kind, body, due_days, now)
    events.record(contact, "correspondence.sent", actor, channel, now,
                  after=correspondence.describe(item), text=body)
    transition(contact, actor, channel, now, "request_info", lifecycle.AWAITING_ORIGINATOR,
               correspondence=item.id)


def _open_request(contact):
    """The latest open correspondence to the originator: the one a chase or an extension is
    about (the contact awaits the originator, so there is one)."""
    items = correspondence.open_for(contact, contact.originator_org_id)
    if not items:
        raise Invalid("There is no open correspondence on this contact.", {})
    return items[-1]


def _chase(actor, contact, channel, now, **params):
    """A reminder to the originator of the open correspondence; told as any response is."""
    item = _open_request(contact)
    text = _text(params, required=False) or (
        f"A reminder: the {correspondence.KINDS[item.kind]} sent on "
        f"{clock.local_today(item.sent_at):%-d %B %Y} is still waiting for your answer.")
    event = events.record(contact, "correspondence.chased", actor, channel, now,
                          after=correspondence.describe(item), text=text)
    events.transitioned(contact, event)


def _extend(actor, contact, channel, now, due_days=None, **params):
    """More business days for the originator to answer, with the reason (audited)."""
    item = _open_request(contact)
    days = correspondence.extension(due_days)
    reason = _text(params, what="the reason for the extension")
    before = correspondence.describe(item)
    correspondence.extend(item, days)
    event = events.record(contact, "correspondence.extended", actor, channel, now,
                          before=before, after=correspondence.describe(item), text=reason,
                          days=days)
    events.transitioned(contact, event)


def _allocate(actor, contact, channel, now, to_org=None, ced=None, **params):
    text = _text(params, required=False)
    org = _organisation(to_org, "to_org")
    if org.id == contact.holder_org_id or org.is_cdsp or org.id == contact.originator_org_id:
        raise Invalid("The contact was not allocated.",
                      {"to_org": "Allocate to a third organisation: not the holder, the CDSP "
                                 "or the originator (ask the originator with a request instead)."})
    ced = _ced(contact, ced) if ced else None
    before = {"holder": contact.holder_org.code}
    contact.allocated_from_org = contact.holder_org_id
    contact.holder_org, contact.assignee = org, None
    if ced:
        contact.ced = ced
    visibility.add_party(contact, org, "allocated", now)
    events.record(contact, "allocated", actor, channel, now, before=before,
                  after={"holder": org.code, "ced": ced}, text=text)
    transition(contact, actor, channel, now, "allocate", lifecycle.AWAITING_PARTY,
               to_org=org.code)


def _resolve(actor, contact, channel, now, code=None, verdict=None, **params):
    """Resolve with a text, after an optional resolution code (see resolution_reasons); the
    CDSP also gives the query allowance's verdict (see verdicts)."""
    code = (code or "").strip().upper() or None
    codes = resolution_reasons(type_of(contact))
    if code is not None and code not in codes:
        raise Invalid("The contact was not resolved: correct the fields marked.",
                      {"code": f"Choose a resolution code: {', '.join(sorted(codes))}, or none."})
    verdict = verdicts.chosen(actor, contact, verdict)
    contact.resolution_text = _text(params, what="the resolution")
    contact.resolution_code = code
    if verdict is not None:
        verdicts.give(actor, contact, verdict, now)
    transition(contact, actor, channel, now, "resolve", lifecycle.RESOLVED,
               text=contact.resolution_text, **({"code": code} if code else {}),
               **({"verdict": verdict} if verdict else {}))


def _set_ced(actor, contact, channel, now, code=None, **params):
    code = _ced(contact, code) if code else None
    before = {"ced": contact.ced}
    contact.ced = code
    event = events.record(contact, "ced", actor, channel, now, before=before, after={"ced": code},
                          text=_text(params, required=False))
    events.transitioned(contact, event)


def _ced(contact, code):
    ctype = type_of(contact)
    code = str(code).strip().upper()
    ceds = getattr(ctype, "ceds", None) or {}
    if code not in ceds:
        raise Invalid("Unknown case event.", {"ced": f"Choose one of: {', '.join(ceds) or 'none'}."})
    return code


# -------------------------------------------------------------- the originator's side

def _respond(actor, contact, channel, now, **params):
    text = _text(params, what="your answer")
    if contact.status == lifecycle.AWAITING_PARTY:
        back = Organisation.get_by_id(contact.allocated_from_org_id)
        before = {"holder": contact.holder_org.code}
        contact.holder_org, contact.allocated_from_org, contact.assignee = back, None, None
        events.record(contact, "holder", actor, channel, now, before=before,
                      after={"holder": back.code}, text=text)
    else:
        answered = correspondence.answer(contact, actor, text, now)
        events.record(contact, "correspondence.answered", actor, channel, now,
                      after={"answered": [c.id for c in answered]}, text=text)
    _add_message(actor, contact, channel, now, text)
    transition(contact, actor, channel, now, "respond", lifecycle.IN_PROGRESS)


def _close(actor, contact, channel, now, **params):
    transition(contact, actor, channel, now, "close", lifecycle.CLOSED)


def _cancel(actor, contact, channel, now, **params):
    transition(contact, actor, channel, now, "cancel", lifecycle.CANCELLED,
               text=_text(params, required=False))


def _challenge(actor, contact, channel, now, **params):
    text = _text(params, what="why you challenge the resolution")
    ctype = type_of(contact)
    window = getattr(ctype, "challenge_days", 10)
    used = sla.business_days_between(clock.local_today(contact.resolved_at), clock.local_today(now))
    if used > window:
        raise Conflict(f"{contact.reference} can no longer be challenged: the window of "
                       f"{window} business days after resolution has passed.")
    transition(contact, actor, channel, now, "challenge", lifecycle.CLOSED, text=text)
    follow_up = create_follow_up(actor, contact, text, channel, now)
    events.record(contact, "challenged", actor, channel, now, follow_up=follow_up.reference)
    return follow_up


def _mark_duplicate(actor, contact, channel, now, of=None, **params):
    """Close ``contact`` as a duplicate of ``of``. The event names no contact (every party
    of this one reads it, and may not see the original); the link does, to those who may."""
    text = _text(params, required=False)
    original = links.original_of(actor, contact, of)
    links.mark_duplicate(actor, contact, original, now)
    transition(contact, actor, channel, now, "mark_duplicate", lifecycle.CLOSED, text=text)


def _amend(actor, contact, channel, now, fields=None, **params):
    changes = revalidate(actor, contact, fields or {})
    if not changes:
        return
    before = {k: (contact.fields or {}).get(k) if k != "mprn" else contact.mprn for k in changes}
    new_fields = dict(contact.fields or {})
    for key, value in changes.items():
        if key == "mprn":
            contact.mprn = value
        elif value is None:
            new_fields.pop(key, None)
        else:
            new_fields[key] = value
    contact.fields = new_fields
    events.record(contact, "fields", actor, channel, now, before=before, after=changes)


# ------------------------------------------------------------------------ any party

def _add_message(actor, contact, channel, now, text):
    message = Message.create(contact=contact, author_user=_user(actor),
                             author_org=actor.organisation_id, body=text, channel=channel, at=now)
    events.record(contact, "message", actor, channel, now, message=message.id)
    events.message_added(contact, message)
    return message


def _message(actor, contact, channel, now, **params):
    _add_message(actor, contact, channel, now, _text(params, what="a message"))


def _attach(actor, contact, channel, now, filename=None, content=None, **params):
    item = attachments.add(actor, contact, filename, content, now)
    events.record(contact, "attachment", actor, channel, now,
                  after={"attachment": item.id, "filename": item.filename, "size": item.size,
                         "content_type": item.content_type})


def _user(actor):
    return actor if isinstance(actor, User) else None


def _organisation(value, field):
    org = value if isinstance(value, Organisation) else Organisation.by_code(str(value or ""))
    if org is None or not org.is_active:
        raise Invalid("There is no such organisation.",
                      {field: f"There is no active organisation with code {str(value or '').upper()}."})
    return org


HANDLERS = {
    "accept": _accept, "reject": _reject, "start": _start, "request_info": _request_info,
    "allocate": _allocate, "respond": _respond, "resolve": _resolve, "close": _close,
    "cancel": _cancel, "challenge": _challenge, "set_ced": _set_ced, "message": _message,
    "attach": _attach, "amend": _amend, "chase": _chase, "extend": _extend,
    "mark_duplicate": _mark_duplicate,
    "assign": queues.assign, "transfer": queues.transfer,
}


BULK_ACTIONS = ("assign", "transfer", "set_ced", "message", "resolve", "reject", "accept",
                "start", "close")
MAX_BULK = 500


@dataclass(frozen=True)
class BulkOutcome:
    """What became of one contact of :func:`act_many`: done, or refused with the reason."""
    reference: str
    done: bool
    message: str = ""
    errors: dict = field(default_factory=dict)


def act_many(actor, references, action, channel="web", **params):
    """Take ``action`` (one of BULK_ACTIONS) with the same ``params`` on each contact of
    ``references``, each in its own transaction: one refused (not visible, not allowed,
    not possible in its state, a bad value) changes nothing of it and stops nothing else.
    Answers a :class:`BulkOutcome` per reference, in order (repeats once)."""
    if action not in BULK_ACTIONS:
        raise Invalid("This action cannot be taken on many contacts at once.",
                      {"action": f"Choose one of: {', '.join(BULK_ACTIONS)}."})
    wanted = list(dict.fromkeys(str(r or "").strip().upper() for r in references if str(r or "").strip()))
    if not wanted:
        raise Invalid("Choose the contacts.", {"references": "Give at least one contact reference."})
    if len(wanted) > MAX_BULK:
        raise Invalid("Too many contacts at once.",
                      {"references": f"Give at most {MAX_BULK} references ({len(wanted)} given)."})
    outcomes = []
    for reference in wanted:
        try:
            act(actor, reference, action, channel, **params)
        except CmsError as exc:
            outcomes.append(BulkOutcome(reference, False, exc.message, dict(exc.errors or {})))
        else:
            outcomes.append(BulkOutcome(reference, True))
    return outcomes
