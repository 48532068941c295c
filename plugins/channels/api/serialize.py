"""Turning contacts and their history into the API's JSON shapes."""
from core.contacts import lifecycle, sla
from core.contacts.service import history, parties
from core.models import Attachment, Correspondence, Message


def contact(c, now=None):
    level = sla.status(c, now)
    return {
        "reference": c.reference, "type": c.contact_type, "status": c.status, "ced": c.ced,
        "mprn": c.mprn, "originator_ref": c.originator_ref, "summary": c.summary,
        "fields_": c.fields or {}, "originator": c.originator_org.code,
        "holder": c.holder_org.code, "assignee": c.assignee.email if c.assignee_id else None,
        "channel": c.channel, "raised_at": c.raised_at, "updated_at": c.updated_at,
        "due_at": c.due_at, "resolved_at": c.resolved_at, "closed_at": c.closed_at,
        "rejection_code": c.rejection_code, "rejection_text": c.rejection_text,
        "resolution_text": c.resolution_text,
        "parent": c.parent.reference if c.parent_id else None,
        "outside_allowance": bool(c.outside_allowance),
        "service_level": {"target_days": level.target_days, "due_date": level.due_date,
                          "used_days": level.used_days, "remaining_days": level.remaining_days,
                          "paused": level.paused, "at_risk": level.at_risk,
                          "breached": level.breached},
        "parties": [{"organisation": org.code, "role": role} for org, role in parties(c)],
    }


def detail(actor, c):
    body = contact(c)
    body["events"] = [{"at": e.at, "kind": e.kind, "channel": e.channel,
                       "actor_org": e.actor_org.code if e.actor_org_id else None,
                       "from_status": e.from_status, "to_status": e.to_status, "data": e.data}
                      for e in history(actor, c)]
    body["messages"] = [{"id": m.id, "at": m.at, "author_org": m.author_org.code, "body": m.body,
                         "channel": m.channel}
                        for m in Message.select().where(Message.contact == c.id).order_by(Message.id)]
    body["correspondence"] = [
        {"id": x.id, "kind": x.kind, "from_org": x.from_org.code, "to_org": x.to_org.code,
         "body": x.body, "sent_at": x.sent_at, "due_at": x.due_at, "status": x.status,
         "response": x.response, "responded_at": x.responded_at}
        for x in Correspondence.select().where(Correspondence.contact == c.id)
        .order_by(Correspondence.id)]
    body["attachments"] = [
        {"id": a.id, "filename": a.filename, "content_type": a.content_type, "size": a.size,
         "sha256": a.sha256, "at": a.at}
        for a in Attachment.select().where(Attachment.contact == c.id).order_by(Attachment.id)]
    body["actions"] = [a for a in lifecycle.available(c) if _may(actor, a, c)]
    return body


def _may(actor, action, c):
    from core.permissions import allowed
    return allowed(actor, f"contact.{action}", c)
