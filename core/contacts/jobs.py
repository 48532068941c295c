"""Scheduled work on contacts, as plain functions a job queue (or ``cms contacts tick``)
calls. Each is safe to run twice and to run while people work: every contact is handled
in its own transaction, re-read under lock, and skipped when it has moved on.
"""
from core import clock, theft
from core import db as database
from core.actors import SystemActor
from core.contacts import correspondence, escalation, events, lifecycle, sla
from core.contacts.actions import transition
from core.contacts.registry import type_of
from core.models import Contact, Correspondence

CHANNEL = "system"
NO_ANSWER = "Closed by the service: the {kind} was not answered by its due date."


def close_overdue_correspondence(now=None):
    """Auto-close each open correspondence past its due date and apply the contact type's
    consequence for its kind (resume, resolve or close). Returns how many were closed."""
    now = now or clock.now()
    actor = SystemActor("scheduler")
    closed = 0
    for row in correspondence.overdue(now):
        with database.transaction():
            item = Correspondence.get_by_id(row.id)
            contact = Contact.locked(item.contact_id)
            if item.status != "open":
                continue
            ctype = type_of(contact)
            consequence = correspondence.consequence_for(ctype, item.kind)
            item.status, item.closed_at, item.consequence = "auto_closed", now, consequence
            item.save()
            closed += 1
            events.record(contact, "correspondence.closed", actor, CHANNEL, now,
                          after={"correspondence": item.id, "kind": item.kind,
                                 "consequence": consequence})
            if contact.status != lifecycle.AWAITING_ORIGINATOR or correspondence.open_for(contact):
                continue  # the contact has moved on, or still waits on another request
            text = NO_ANSWER.format(kind=correspondence.KINDS[item.kind])
            if consequence == "resume":
                transition(contact, actor, CHANNEL, now, "auto_resume", lifecycle.IN_PROGRESS,
                           text=text)
            elif consequence == "resolve":
                contact.resolution_text = text
                transition(contact, actor, CHANNEL, now, "auto_resolve", lifecycle.RESOLVED,
                           text=text)
            else:
                transition(contact, actor, CHANNEL, now, "auto_close", lifecycle.CLOSED, text=text)
    return closed


def mark_breaches(now=None):
    """Record the first breach of each open, running contact past its due date."""
    now = now or clock.now()
    running = sorted(lifecycle.BEFORE_RESOLUTION - {lifecycle.AWAITING_ORIGINATOR})
    candidates = [c.id for c in Contact.select(Contact.id).where(
        Contact.status.in_(running) & Contact.breached_at.is_null() &
        Contact.paused_at.is_null() & (Contact.due_at <= now))]
    marked = 0
    for contact_id in candidates:
        with database.transaction():
            contact = Contact.locked(contact_id)
            state = sla.status(contact, now)
            if contact.breached_at is not None or not state.breached:
                continue
            contact.breached_at = now
            events.record(contact, "breached", SystemActor("scheduler"), CHANNEL, now,
                          after={"due_date": state.due_date.isoformat(),
                                 "used_days": state.used_days})
            marked += 1
    return marked


def close_resolved(now=None):
    """Close resolved contacts whose challenge window has passed."""
    now = now or clock.now()
    today = clock.local_today(now)
    closed = 0
    for contact in Contact.select(Contact.id, Contact.contact_type, Contact.resolved_at).where(
            Contact.status == lifecycle.RESOLVED):
        window = getattr(type_of(contact), "challenge_days", 10)
        if sla.business_days_between(clock.local_today(contact.resolved_at), today) <= window:
            continue
        with database.transaction():
            fresh = Contact.locked(contact.id)
            if fresh.status != lifecycle.RESOLVED:
                continue
            transition(fresh, SystemActor("scheduler"), CHANNEL, now, "auto_close",
                       lifecycle.CLOSED, text="Closed: the time to challenge the resolution "
                                              "has passed.")
            closed += 1
    return closed


def tick(now=None):
    """All the scheduled contact work; returns {job: count}."""
    now = now or clock.now()
    return {"correspondence_closed": close_overdue_correspondence(now),
            "breaches_marked": mark_breaches(now),
            "resolved_closed": close_resolved(now),
            "escalated": escalation.run(now),
            "theft_deemed_accepted": theft.close_windows(now)}
