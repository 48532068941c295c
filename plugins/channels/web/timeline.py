"""A contact's history as people read it: each event turned into a line of text, with
its messages, attachments and people looked up in a few queries."""
from dataclasses import dataclass

from core.contacts import CORRESPONDENCE_KINDS, STATUS_LABELS
from core.models import Attachment, Message, User


@dataclass
class Entry:
    at: object
    who: str
    title: str
    text: str = ""
    attachment: object = None
    kind: str = ""


def entries(contact, events):
    """[Entry] for ``events`` (oldest first) of ``contact``."""
    message_ids = [e.data.get("message") for e in events if e.kind == "message"]
    messages = {m.id: m for m in Message.select().where(Message.id.in_(message_ids))} \
        if message_ids else {}
    attachments = {a.id: a for a in Attachment.select().where(Attachment.contact == contact.id)}
    user_ids = {e.actor_user_id for e in events if e.actor_user_id}
    user_ids |= {(e.data.get("after") or {}).get("assignee") for e in events
                 if e.kind == "assigned"} - {None}
    users = {u.id: u for u in User.select().where(User.id.in_(list(user_ids)))} if user_ids else {}
    out = []
    for event in events:
        who = users[event.actor_user_id].display_name if event.actor_user_id in users else ""
        org = event.actor_org.code if event.actor_org_id else "the service"
        title, text = describe(event, messages, users)
        item = None
        if event.kind == "attachment":
            item = attachments.get((event.data.get("after") or {}).get("attachment"))
        out.append(Entry(at=event.at, who=f"{who} ({org})" if who else org, title=title,
                         text=text or "", attachment=item, kind=event.kind))
    return out


def titles(events):
    """[(event, title)] for a list of events of any contacts (the home page's recent
    activity), with the people they were assigned to looked up in one query."""
    ids = {(e.data or {}).get("after", {}).get("assignee") for e in events if e.kind == "assigned"}
    ids.discard(None)
    users = {u.id: u for u in User.select().where(User.id.in_(list(ids)))} if ids else {}
    return [(event, describe(event, users=users)[0]) for event in events]


def describe(event, messages=None, users=None):
    """(title, text) of one event."""
    data, after = event.data or {}, (event.data or {}).get("after") or {}
    kind = event.kind
    if kind == "raised":
        return f"Raised to {after.get('holder', '')}".strip(), after.get("summary", "")
    if kind == "status":
        label = STATUS_LABELS.get(event.to_status, event.to_status)
        if data.get("action") == "mark_duplicate":
            label = "Closed as a duplicate"       # of which: the linked contacts say, to those who may see it
        text = data.get("text") or ""
        if data.get("code"):
            text = f"{data['code']}: {text}"
        return f"{label}", text
    if kind == "correspondence.sent":
        name = CORRESPONDENCE_KINDS.get(after.get("kind"), "Correspondence")
        return f"{name} sent", data.get("text", "")
    if kind == "priority":
        return "Priority raised", "An escalation rule raised it to high priority."
    if kind == "correspondence.chased":
        return "Reminder sent", data.get("text", "")
    if kind == "correspondence.extended":
        return f"Due date extended by {data.get('days', '')} business days".replace("  ", " "), \
            data.get("text", "")
    if kind == "correspondence.answered":
        return "Correspondence answered", data.get("text", "")
    if kind == "message":
        message = (messages or {}).get(data.get("message"))
        return "Message", message.body if message else ""
    if kind == "attachment":
        return "File attached", after.get("filename", "")
    if kind == "assigned":
        user = (users or {}).get(after.get("assignee"))
        return ("Assigned to " + user.display_name) if user else "Returned to the queue", ""
    if kind in ("transferred", "allocated", "holder"):
        verb = {"transferred": "Transferred", "allocated": "Allocated", "holder": "Handed back"}
        return f"{verb[kind]} to {after.get('holder', '')}", data.get("text", "")
    if kind == "ced":
        return (f"Case event {after['ced']}" if after.get("ced") else "Case event cleared"), \
            data.get("text", "")
    if kind == "fields":
        return "Details amended", ", ".join(sorted(after))
    if kind == "challenged":
        return "Challenged", f"Follow-up contact {data.get('follow_up', '')}"
    return kind.replace(".", " ").replace("_", " ").capitalize(), data.get("text", "")
