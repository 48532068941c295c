"""Who is told what: the events a user may choose, and the notifications each contact event
makes. Only users who may see the contact are ever told (the organisation wall holds), only
in tenants that have the plugin on, and each (user, event) once."""
import datetime

import peewee
from flask import g
from core import audit, clock
from core import db as database
from core.contacts import (IF_UNANSWERED, RESOLVED, STATUS_LABELS, answer_by_day, can_see,
                           correspondence_closing_soon, correspondence_consequence, involved,
                           type_of)
from core.models import Contact, ContactEvent, Correspondence, Organisation, User
from core.prepared import Prepared, slot
from plugins.notifications.models import (DIGEST, EACH, Notification, NotificationPreference,
                                          ScanCursor)

MINE = "mine"
KINDS = {
    MINE: "Anything happens on a contact I raised, am assigned or follow: a message, a request "
          "for information (and a reminder the day before it is due), a new status, a breach",
    "raised": "A contact is raised to my organisation",
    "response": "The other side responds on a contact of my organisation (a message, or it "
                "moves the contact on)",
    "due_soon": "A correspondence my organisation must answer is due by the end of the next "
                "business day",
    "resolved": "A contact my organisation raised is resolved",
    "breached": "A contact my organisation raised or holds breaches its service level",
}
DEFAULT_KINDS = frozenset({MINE})   # what a user who never chose receives
DELIVERIES = {EACH: "One email for each event", DIGEST: "One email a day listing them (daily digest)"}


def preference_for(user):
    return NotificationPreference.get_or_none(NotificationPreference.user == user.id)


def choices_for(user):
    """(kinds, delivery) a user receives: their saved choice, or the defaults."""
    saved = preference_for(user)
    return (saved.kinds, saved.delivery) if saved else (set(DEFAULT_KINDS), EACH)


def choice_errors(kinds, delivery):
    """What is wrong with a choice, field by field (empty when it may be saved): unknown
    event names are named, so the one who sent them knows what to fix."""
    errors = {}
    unknown = sorted({k for k in kinds if k not in KINDS})
    if unknown:
        errors["events"] = (f"Unknown choice{'s' if len(unknown) > 1 else ''}: "
                            f"{', '.join(unknown)}. Choose among: {', '.join(KINDS)}.")
    if delivery not in DELIVERIES:
        errors["delivery"] = "Choose one email per event (each) or the daily digest (digest)."
    return errors


def save_preference(user, kinds, delivery, channel="web"):
    """Store a user's choice (no events: no email at all), audited with what was chosen and
    through which ``channel``; answers an errors dict, empty when saved."""
    errors = choice_errors(kinds, delivery)
    if errors:
        return errors
    events = ",".join(k for k in KINDS if k in kinds)
    with database.transaction():
        (NotificationPreference.insert(user=user.id, events=events, delivery=delivery,
                                       updated_at=clock.now())
         .on_conflict(conflict_target=[NotificationPreference.user],
                      update={NotificationPreference.events: events,
                              NotificationPreference.delivery: delivery,
                              NotificationPreference.updated_at: clock.now()})
         .execute())
        audit.record("notifications.chosen", actor=user, org_id=user.organisation_id,
                     target_type="user", target_id=user.id,
                     detail={"events": events.split(",") if events else [],
                             "delivery": delivery, "channel": channel})
    return {}


def _candidates(org_ids, kind):
    """Users of ``org_ids`` who chose ``kind``, read once per request or job: a batch file
    raising thousands of contacts asks once per organisation, not once per contact."""
    cache = g.setdefault("_notification_candidates", {})
    if (org_ids, kind) not in cache:
        shape = (kind, len(org_ids))
        query = _CANDIDATES.get(shape)
        if query is None:   # one per kind and number of organisations: SQL made once
            query = _CANDIDATES[shape] = Prepared(
                lambda: User.select(User, NotificationPreference.events, NotificationPreference.delivery)
                .join(NotificationPreference, on=(NotificationPreference.user == User.id), attr="prefs")
                .switch(User).join(Organisation)
                .where(User.organisation.in_([slot(i) for i in range(shape[1])]) &
                       User.deleted_at.is_null() & User.disabled_at.is_null() &
                       NotificationPreference.events.contains(kind)))
        cache[(org_ids, kind)] = query(*org_ids)
    return cache[(org_ids, kind)]


_CANDIDATES = {}


def _subscribers(org_ids, kind, contact, tenants):
    """(user, delivery) for live users of ``org_ids`` who chose ``kind`` and may see
    ``contact``, in ``tenants`` (the tenants that have the plugin on, as the contact hooks
    and the periodic scan's job are given them)."""
    org_ids = tuple(sorted(i for i in org_ids if i))
    if not org_ids:
        return []
    return [(user, user.prefs.delivery) for user in _candidates(org_ids, kind)
            if kind in user.prefs.events.split(",") and _may_be_told(user, contact, tenants)]


def _may_be_told(user, contact, tenants):
    return user.organisation.tenant.code in tenants and can_see(user, contact)


def _people(user_ids):
    """The live users of ``user_ids``, each with ``prefs`` (their saved choice, or a row of
    nulls when they never chose)."""
    return (User.select(User, NotificationPreference.events, NotificationPreference.delivery)
            .join(NotificationPreference, peewee.JOIN.LEFT_OUTER,
                  on=(NotificationPreference.user == User.id), attr="prefs")
            .switch(User).join(Organisation)
            .where(User.id.in_(sorted(user_ids)) & User.deleted_at.is_null() &
                   User.disabled_at.is_null()))


def _involved(contact, tenants, actor_id=None, org_id=None):
    """(user, delivery) for the people ``contact`` concerns (who raised it, who is assigned
    it, who follows it), but not ``actor_id`` (who made the change), whose choices include
    MINE (the default) and who may see it; only those of ``org_id`` when given."""
    ids = involved(contact) - {actor_id}
    if not ids:
        return []
    query = _people(ids)
    if org_id is not None:
        query = query.where(User.organisation == org_id)
    found = []
    for user in query:
        prefs = getattr(user, "prefs", None)
        chose = prefs is not None and prefs.events is not None
        kinds = set(prefs.events.split(",")) if chose else DEFAULT_KINDS
        if MINE in kinds and _may_be_told(user, contact, tenants):
            found.append((user, prefs.delivery if chose else EACH))
    return found


def _text(contact, kind, detail):
    subject = f"[CMS] {contact.reference}: {KINDS_SHORT[kind]}"
    body = (f"{KINDS_SHORT[kind].capitalize()}.\n\n"
            f"Contact:   {contact.reference} ({contact.contact_type})\n"
            f"Status:    {STATUS_LABELS.get(contact.status, contact.status)}\n"
            f"Summary:   {contact.summary}\n"
            f"{detail}\n\nSign in to your portal to see it. Choose the emails you receive, "
            f"or stop them, on the portal's Notifications page.\n")
    return subject, body


KINDS_SHORT = {MINE: "a change", "escalated": "escalated to you", "raised": "raised to your organisation", "response": "a response",
               "due_soon": "a correspondence is due soon", "resolved": "resolved",
               "breached": "its service level is breached"}


def notify(org_ids, kind, contact, key, detail, tenants, involved_too=(), actor_id=None):
    """Make the notifications of one event: for the users of ``org_ids`` who chose ``kind``,
    and, when ``involved_too`` is given (a tuple of organisation ids, or None for every
    side), for the people the contact concerns; never for ``actor_id``, and for each user
    once (``key`` names the event). Answers the ids of those to send now (``each``)."""
    subscribers = [(u, d) for u, d in _subscribers(org_ids, kind, contact, tenants)
                   if u.id != actor_id]
    if involved_too is None:
        subscribers += _involved(contact, tenants, actor_id)
    else:
        for org_id in involved_too:
            subscribers += _involved(contact, tenants, actor_id, org_id)
    if not subscribers:
        return []
    subject, body = _text(contact, kind, detail)
    now_ids, told = [], set()
    for user, delivery in subscribers:
        if user.id in told:
            continue
        told.add(user.id)
        try:
            with database.db.atomic():   # a savepoint: a repeat of the same event is skipped
                row = Notification.create(user=user.id, kind=kind, contact=contact.id,
                                          key=key[:120], subject=subject, body=body,
                                          delivery=delivery, created_at=clock.now())
        except peewee.IntegrityError:
            continue
        if delivery == EACH:
            now_ids.append(row.id)
    return now_ids


def _other_sides(contact, actor_org_id):
    return {contact.originator_org_id, contact.holder_org_id} - {actor_org_id}


def on_created(contact, event, tenants):
    return notify([contact.holder_org_id], "raised", contact, f"raised:{event.id}",
                  f"Raised by:  {contact.originator_org.code}", tenants)


def on_transitioned(contact, event, tenants):
    """A change: the other sides' subscribers and everyone the contact concerns are told,
    each once (one key per event), never the one who made it."""
    key, actor = f"event:{event.id}", event.actor_user_id
    if event.kind != "status":
        return notify(_other_sides(contact, event.actor_org_id), "response", contact, key,
                      _change(event), tenants, involved_too=None, actor_id=actor)
    ids = []
    sides = _other_sides(contact, event.actor_org_id)
    if event.to_status == RESOLVED:
        ids += notify([contact.originator_org_id], "resolved", contact, key,
                      f"Resolution: {contact.resolution_text or ''}", tenants,
                      involved_too=None, actor_id=actor)
        sides.discard(contact.originator_org_id)
    label = STATUS_LABELS.get(event.to_status, event.to_status)
    ids += notify(sides, "response", contact, key, f"Now:       {label}{_request(event)}",
                  tenants, involved_too=None, actor_id=actor)
    return ids


def _request(event):
    """A request for information's question and the day to answer by, when a status
    change sent one."""
    item_id = (event.data or {}).get("correspondence")
    item = Correspondence.get_or_none(Correspondence.id == item_id) if item_id else None
    if item is None:
        return ""
    return f"\nAnswer by: {_answer_by(item.due_at)}\nRequest:   {item.body}"


def _answer_by(due_at):
    """The last day to answer a correspondence due at ``due_at`` (the moment that day ends)."""
    return f"{answer_by_day(due_at):%A %-d %B %Y}"


CHANGES = {"correspondence.chased": "A reminder of the request waiting for your answer",
           "correspondence.extended": "More time to answer the request"}


def _change(event):
    """The detail of an in-place change: what it is, the new due date of a correspondence,
    and the text the other side gave with it."""
    data = event.data or {}
    lines = [f"Change:    {CHANGES.get(event.kind, event.kind.replace('_', ' '))}"]
    due = (data.get("after") or {}).get("due_at") if event.kind.startswith("correspondence.") else None
    if due:
        lines.append(f"Answer by: {_answer_by(datetime.datetime.fromisoformat(due))}")
    if data.get("text"):
        lines.append(f"\n{data['text']}")
    return "\n".join(lines)


def on_message(contact, message, tenants):
    return notify(_other_sides(contact, message.author_org_id), "response", contact,
                  f"message:{message.id}",
                  f"Message from {message.author_org.code}:\n\n{message.body}", tenants,
                  involved_too=None, actor_id=message.author_user_id)


def scan(tenants, now=None):
    """Breaches marked since the last scan, and correspondence due by the end of the next
    business day, for users in ``tenants``: answers the ids to send now. Safe to run twice."""
    now = now or clock.now()
    ids = []
    with database.transaction():
        cursor, _ = ScanCursor.get_or_create(name="breached")
        events = list(ContactEvent.select().where((ContactEvent.id > cursor.last_id) &
                                                  (ContactEvent.kind == "breached"))
                      .order_by(ContactEvent.id).limit(5000))
        for event in events:
            contact = Contact.get_by_id(event.contact_id)
            ids += notify([contact.originator_org_id, contact.holder_org_id], "breached", contact,
                          f"breached:{event.id}", f"Due date:  {event.data.get('after', {}).get('due_date', '')}",
                          tenants, involved_too=None)
        if events:
            cursor.last_id = events[-1].id
            cursor.save()
        due = Correspondence.select().where(correspondence_closing_soon(now))
        for item in due:
            contact = Contact.get_by_id(item.contact_id)
            outcome = IF_UNANSWERED[correspondence_consequence(type_of(contact), item.kind)]
            ids += notify([item.to_org_id], "due_soon", contact, f"due_soon:{item.id}",
                          f"Answer by: {_answer_by(item.due_at)}\n{outcome}\n"
                          f"Request:   {item.body}", tenants,
                          involved_too=(item.to_org_id,))
    return ids


ESCALATED_BECAUSE = {"at_risk": "It is at risk of breaching its service level.",
                     "breached": "It has breached its service level.",
                     "closing": "A request for information on it closes itself unanswered "
                                "by the end of the next business day."}


def on_escalated(contact, rule, user_ids, tenants):
    """An escalation rule tells the holder's supervisors: each live one who may see the
    contact, whatever events they chose (a rule their admins set), as they chose to
    receive mail (each, or the digest)."""
    if not user_ids:
        return []
    query = _people(user_ids)
    subject, body = _text(contact, "escalated",
                          f"Rule:      {rule.name}\n{ESCALATED_BECAUSE.get(rule.trigger, '')}")
    ids = []
    for user in query:
        if not _may_be_told(user, contact, tenants):
            continue
        prefs = getattr(user, "prefs", None)
        delivery = prefs.delivery if prefs is not None and prefs.delivery else EACH
        try:
            with database.db.atomic():
                row = Notification.create(user=user.id, kind="escalated", contact=contact.id,
                                          key=f"escalated:{rule.id}:{contact.id}",
                                          subject=subject, body=body, delivery=delivery,
                                          created_at=clock.now())
        except peewee.IntegrityError:
            continue
        if delivery == EACH:
            ids.append(row.id)
    return ids
