"""Correspondence on a contact: a Data Clarification Request (DCR), a Configuration Change
Request (CCR) or, on types that allow it, a Request For Information (RFI).

The holder's side sends one to the originator with a due date (``request_info``), which
puts the contact in ``awaiting_originator`` and stops its clock; the originator answers
(``respond``). One left unanswered is closed by the scheduled job
:func:`close_overdue_correspondence` at its due date, with the consequence the contact
type configures for that kind (``ContactType.correspondence_consequence``):

* ``resume``: the contact goes back to work (``in_progress``) and the clock restarts;
* ``resolve``: the contact is resolved with a standard text (the originator may challenge);
* ``close``: the contact is closed.
"""
import datetime

from core import clock
from core.contacts import sla
from core.errors import Invalid
from core.models import Correspondence, User

KINDS = {
    "DCR": "Data Clarification Request",
    "CCR": "Configuration Change Request",
    "RFI": "Request For Information",
}
CONSEQUENCES = ("resume", "resolve", "close")
MAX_DUE_DAYS = 60


DAYS_WANTED = f"Give a whole number of business days from 1 to {MAX_DUE_DAYS}."


def _business_days(value):
    """``value`` as a whole number of business days from 1 to MAX_DUE_DAYS, or None."""
    try:
        days = int(value)
    except (TypeError, ValueError):
        return None
    return days if 1 <= days <= MAX_DUE_DAYS else None


def last_day(due_at):
    """The last day to answer a correspondence due at ``due_at`` (the midnight after it)."""
    return clock.local_today(due_at - datetime.timedelta(seconds=1))


def validate(ctype, kind, body, due_days):
    """Check what a sender gives; return (kind, body, due_days) or raise Invalid."""
    errors = {}
    kind = (kind or "DCR").strip().upper()
    if kind not in KINDS:
        errors["kind"] = f"Choose one of: {', '.join(KINDS)}."
    elif kind == "RFI" and not ctype.allows_rfi:
        errors["kind"] = f"A Request For Information cannot be sent on a {ctype.code} contact."
    body = (body or "").strip()
    if not body or len(body) > 4000:
        errors["text"] = "Say what you need from the originator (1 to 4000 characters)."
    due_days = _business_days(ctype.correspondence_days if due_days is None else due_days)
    if due_days is None:
        errors["due_days"] = DAYS_WANTED
    if errors:
        raise Invalid("The request was not sent: correct the fields marked.", errors)
    return kind, body, due_days


def send(contact, actor, kind, body, due_days, now):
    """Record a correspondence from the holder to the originator, due in ``due_days``."""
    due_date = sla.add_business_days(clock.local_today(now), due_days)
    return Correspondence.create(
        contact=contact, kind=kind, from_org=contact.holder_org_id,
        to_org=contact.originator_org_id, sent_by=_user(actor), body=body, sent_at=now,
        due_at=clock.local_midnight_utc(due_date + datetime.timedelta(days=1)))


def extension(due_days):
    """Business days to add to a correspondence's due date, checked; raise Invalid."""
    days = _business_days(due_days)
    if days is None:
        raise Invalid("The due date was not extended: correct the fields marked.",
                      {"due_days": DAYS_WANTED})
    return days


def extend(item, days):
    """Move ``item``'s due date ``days`` business days on from its current last day."""
    new_last = sla.add_business_days(last_day(item.due_at), days)
    item.due_at = clock.local_midnight_utc(new_last + datetime.timedelta(days=1))
    item.save()
    return item


def open_for(contact, org_id=None):
    query = Correspondence.select().where((Correspondence.contact == contact.id) &
                                          (Correspondence.status == "open"))
    if org_id is not None:
        query = query.where(Correspondence.to_org == org_id)
    return list(query.order_by(Correspondence.sent_at, Correspondence.id))


def answer(contact, actor, body, now):
    """Answer every open correspondence addressed to the actor's organisation."""
    answered = open_for(contact, actor.organisation_id)
    for item in answered:
        item.status, item.response, item.responded_at = "answered", body, now
        item.responded_by = _user(actor)
        item.closed_at = now
        item.save()
    return answered


def withdraw_all(contact, now):
    """Close whatever is still open (the contact was cancelled or finished)."""
    items = open_for(contact)
    for item in items:
        item.status, item.closed_at = "withdrawn", now
        item.save()
    return items


def describe(item):
    return {"id": item.id, "kind": item.kind, "due_at": item.due_at.isoformat(),
            "status": item.status}


def _user(actor):
    return actor if isinstance(actor, User) else None


def overdue(now):
    return list(Correspondence.select(Correspondence.id, Correspondence.contact)
                .where((Correspondence.status == "open") & (Correspondence.due_at <= now))
                .order_by(Correspondence.due_at, Correspondence.id))


def consequence_for(ctype, kind):
    value = (ctype.correspondence_consequence or {}).get(kind, "resume") if ctype else "resume"
    return value if value in CONSEQUENCES else "resume"


# What an unanswered correspondence does at its due date, told before it happens and after.
IF_UNANSWERED = {"resume": "If it is not answered by then, work carries on without the answer.",
                 "resolve": "If it is not answered by then, the contact is resolved without it.",
                 "close": "If it is not answered by then, the contact is closed."}
WHEN_UNANSWERED = {"resume": "Not answered in time: work carried on without the answer.",
                   "resolve": "Not answered in time: the contact was resolved without it.",
                   "close": "Not answered in time: the contact was closed."}


def closing_soon(now):
    """A condition on ``Correspondence``: open, and due (closing itself if unanswered) by
    the end of the next business day after ``now``. The reminder before auto-closure and
    the escalation rules' "closing" trigger both read it."""
    horizon = clock.local_midnight_utc(
        sla.add_business_days(clock.local_today(now), 1) + datetime.timedelta(days=1))
    return ((Correspondence.status == "open") & (Correspondence.due_at > now) &
            (Correspondence.due_at <= horizon))
