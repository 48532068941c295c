"""Turning contacts and their history, and contact types, into the API's JSON shapes."""
import datetime

from flask import current_app

from core import clock
from core.contacts import available_actions, history_rows, party_rows, sla_status
from core.models import Attachment, Contact, ContactParty, Correspondence, Message, Organisation, User
from core.permissions import allowed
from core.prepared import Prepared, slot

# What a contact's page reads, each query's SQL made once (core.prepared).
MESSAGES = Prepared(lambda: Message.select().where(Message.contact == slot(0)).order_by(Message.id))
LETTERS = Prepared(lambda: Correspondence.select().where(Correspondence.contact == slot(0))
                   .order_by(Correspondence.id))
ATTACHMENTS = Prepared(lambda: Attachment.select().where(Attachment.contact == slot(0))
                       .order_by(Attachment.id))


def _org_codes(ids=()):
    """Organisation codes by id. Codes never change once made, so one map per app serves,
    read again only when it meets an organisation created since."""
    codes = current_app.extensions.setdefault("api_org_codes", {})
    if not codes or any(i not in codes for i in ids if i is not None):
        codes.clear()
        codes.update(Organisation.select(Organisation.id, Organisation.code).tuples())
    return codes


def contacts(items, now=None):
    """A page of contacts, with their parties, assignees and parents read in one query each."""
    if not items:
        return []
    parties_by_contact, emails, refs = _related(items)
    return [contact(c, now, parties_by_contact.get(c.id, []), emails, refs) for c in items]


_PARTIES = {}   # by how many contacts: the parties of that many contacts, its SQL made once


def _parties_of(ids):
    """(contact id, organisation id, role) of the parties of the contacts ``ids``."""
    prepared = _PARTIES.get(len(ids))
    if prepared is None:
        n = len(ids)
        prepared = _PARTIES[n] = Prepared(lambda: (
            ContactParty.select(ContactParty.contact, ContactParty.organisation, ContactParty.role)
            .where(ContactParty.contact.in_([slot(i) for i in range(n)]))
            .order_by(ContactParty.added_at, ContactParty.id).tuples()))
    return prepared(*ids)


def _related(items):
    """(parties by contact id, assignees' emails by id, parents' references by id) of
    ``items``, each read in one query; the organisation codes are made ready too."""
    ids = [c.id for c in items]
    parties_by_contact = {}
    if len(items) == 1:        # as read with the contact, or read now
        rows = [(ids[0], org_id, role) for org_id, role in party_rows(items[0])]
    else:
        rows = _parties_of(ids)
    for contact_id, org_id, role in rows:
        parties_by_contact.setdefault(contact_id, []).append((org_id, role))
    assignees = {c.assignee_id for c in items if c.assignee_id}
    emails = dict(User.select(User.id, User.email).where(User.id.in_(assignees)).tuples()) if assignees else {}
    parents = {c.parent_id for c in items if c.parent_id}
    refs = dict(Contact.select(Contact.id, Contact.reference).where(Contact.id.in_(parents)).tuples()) \
        if parents else {}
    _org_codes({org_id for rows in parties_by_contact.values() for org_id, _ in rows} |
               {c.originator_org_id for c in items} | {c.holder_org_id for c in items})
    return parties_by_contact, emails, refs


def _moment(value, utc=datetime.UTC):
    """A stored moment as ``UtcDateTime`` dumps it (naive means UTC)."""
    if value is None:
        return None
    return (value.replace(tzinfo=utc) if value.tzinfo is None else value).isoformat()


def dumped_page(items, next_cursor, now=None):
    """A :class:`~plugins.channels.api.schemas.ContactPage` of ``items`` as its schema dumps
    it, ready for JSON, made without the schema: for a page of fifty, marshmallow's work per
    value cost more than reading the page (tests/api/test_list_dump.py holds it to the
    schema's own dump). Text columns and codes are read as str (or None) already, so they
    go out as they are, as ``String`` would write them."""
    out = []
    if items:
        now = now or clock.now()     # one moment for the whole page
        parties_by_contact, emails, refs = _related(items)
        codes = _org_codes()
        moment = _moment
        for c in items:
            level = sla_status(c, now)
            out.append({
                "reference": c.reference, "type": c.contact_type, "status": c.status, "ced": c.ced,
                "mprn": c.mprn, "originator_ref": c.originator_ref, "summary": c.summary,
                "fields": dict(c.fields or {}), "originator": codes.get(c.originator_org_id),
                "holder": codes.get(c.holder_org_id), "assignee": emails.get(c.assignee_id),
                "channel": c.channel, "raised_at": moment(c.raised_at),
                "updated_at": moment(c.updated_at), "due_at": moment(c.due_at),
                "resolved_at": moment(c.resolved_at), "closed_at": moment(c.closed_at),
                "rejection_code": c.rejection_code, "rejection_text": c.rejection_text,
                "resolution_text": c.resolution_text, "resolution_code": c.resolution_code,
                "parent": refs.get(c.parent_id), "outside_allowance": bool(c.outside_allowance),
                "allowance_verdict": c.allowance_verdict, "verdict_at": moment(c.verdict_at),
                "service_level": {"target_days": level.target_days,
                                  "due_date": level.due_date.isoformat(),
                                  "used_days": level.used_days,
                                  "remaining_days": level.remaining_days,
                                  "paused": level.paused, "at_risk": level.at_risk,
                                  "breached": level.breached},
                "parties": [{"organisation": codes.get(org_id), "role": role}
                            for org_id, role in parties_by_contact.get(c.id, [])],
            })
    return {"items": out, "next": next_cursor}


def contact(c, now=None, parties=None, emails=None, refs=None):
    level = sla_status(c, now)
    codes = _org_codes()
    if parties is None:
        parties = party_rows(c)
    if emails is None:
        emails = {c.assignee_id: c.assignee.email} if c.assignee_id else {}
    if refs is None:
        refs = {c.parent_id: c.parent.reference} if c.parent_id else {}
    return {
        "reference": c.reference, "type": c.contact_type, "status": c.status, "ced": c.ced,
        "mprn": c.mprn, "originator_ref": c.originator_ref, "summary": c.summary,
        "fields_": c.fields or {}, "originator": codes.get(c.originator_org_id),
        "holder": codes.get(c.holder_org_id), "assignee": emails.get(c.assignee_id),
        "channel": c.channel, "raised_at": c.raised_at, "updated_at": c.updated_at,
        "due_at": c.due_at, "resolved_at": c.resolved_at, "closed_at": c.closed_at,
        "rejection_code": c.rejection_code, "rejection_text": c.rejection_text,
        "resolution_text": c.resolution_text, "resolution_code": c.resolution_code,
        "parent": refs.get(c.parent_id),
        "outside_allowance": bool(c.outside_allowance),
        "allowance_verdict": c.allowance_verdict, "verdict_at": c.verdict_at,
        "service_level": {"target_days": level.target_days, "due_date": level.due_date,
                          "used_days": level.used_days, "remaining_days": level.remaining_days,
                          "paused": level.paused, "at_risk": level.at_risk,
                          "breached": level.breached},
        "parties": [{"organisation": codes.get(org_id), "role": role} for org_id, role in parties],
    }


def detail(actor, c):
    """One contact with its history; the caller has already checked ``actor`` may see it."""
    [body] = contacts([c])
    history = history_rows(c)     # (at, kind, channel, actor_org_id, from, to, data)
    # Every message, letter and attachment is written with its event, in one transaction
    # (core.contacts.actions): a history without such events has none of them to read.
    kinds = {e[1] for e in history}
    messages = MESSAGES(c.id) if "message" in kinds else []
    letters = LETTERS(c.id) if "correspondence.sent" in kinds else []
    codes = _org_codes({e[3] for e in history} | {m.author_org_id for m in messages} |
                       {x.from_org_id for x in letters} | {x.to_org_id for x in letters})
    body["events"] = [{"at": at, "kind": kind, "channel": channel, "actor_org": codes.get(org_id),
                       "from_status": from_status, "to_status": to_status, "data": data}
                      for at, kind, channel, org_id, from_status, to_status, data in history]
    body["messages"] = [{"id": m.id, "at": m.at, "author_org": codes.get(m.author_org_id),
                         "body": m.body, "channel": m.channel}
                        for m in messages]
    body["correspondence"] = [
        {"id": x.id, "kind": x.kind, "from_org": codes.get(x.from_org_id), "to_org": codes.get(x.to_org_id),
         "body": x.body, "sent_at": x.sent_at, "due_at": x.due_at, "status": x.status,
         "response": x.response, "responded_at": x.responded_at}
        for x in letters]
    body["attachments"] = [
        {"id": a.id, "filename": a.filename, "content_type": a.content_type, "size": a.size,
         "sha256": a.sha256, "at": a.at}
        for a in (ATTACHMENTS(c.id) if "attachment" in kinds else [])]
    body["actions"] = [a for a in available_actions(c) if allowed(actor, f"contact.{a}", c)]
    return body


def contact_type_out(described):
    """A :class:`core.contacts.TypeDescription` as a :class:`ContactTypeOut` dumps it."""
    return {"code": described.code, "name": described.name,
            "sub_service": described.sub_service, "raised_by": list(described.raised_by),
            "cdsp_may_raise": described.cdsp_may_raise,
            "service_level_days": described.service_level_days,
            "mprn_required": described.mprn_required,
            "fields_": [f.as_dict() for f in described.own_fields],
            "batch_fields": list(described.batch_fields),
            "batch_layout": described.batch_layout,
            "example": _request_example(described)}


def _request_example(described):
    """The type's example as the body of ``POST /contacts`` (None when it has none)."""
    if not described.example:
        return None
    own = {f.name for f in described.own_fields}
    base = {k: v for k, v in described.example.items() if k not in own}
    fields = {k: v for k, v in described.example.items() if k in own}
    return {"type": described.code, **base, "fields": fields}
