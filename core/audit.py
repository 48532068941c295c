"""Writing and checking the audit log.

Entries are append-only and chained: each carries the SHA-256 of the previous entry's
hash and its own content, so changing, inserting or removing an entry breaks the chain
from there on; ``cms audit verify`` finds the first broken entry. Writers take the
chain's head row under a lock, so concurrent writers never fork the chain.

Personal values (who acted, addresses and names in the detail) are hashed as salted digests
kept in ``audit_person`` (:mod:`core.audit_people`), so erasing a person leaves the chain whole.
"""
import hashlib
import json

from flask import current_app, has_request_context, request

from core import audit_people
from core import db as database
from core.db import utcnow
from core.models import AuditEntry, AuditHead

ERASED = "person.erased"
SECRET_WORDS = ("password", "secret", "token", "key_hash", "otp", "totp", "recovery")


def source_address():
    return (request.remote_addr or "") if has_request_context() else "cli"


def canonical(entry, digests):
    """The entry's content as hashed: stable across SQLite and PostgreSQL. Each personal value
    is hashed as ``person:<its digest>`` (``digests``: value -> digest)."""
    actor_email, detail = audit_people.map_personal(
        entry.actor_email, entry.target_type, entry.detail,
        lambda value: "person:" + digests.get(value, "unknown"))
    fields = [entry.at.isoformat(), entry.action, entry.actor_id, actor_email,
              entry.actor_org_id, entry.org_id, entry.target_type, entry.target_id,
              entry.source_address, detail]
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)


def chain_hash(previous, entry, digests):
    return hashlib.sha256((previous + canonical(entry, digests)).encode()).hexdigest()


def _locked_head():
    AuditHead.insert(id=1).on_conflict_ignore().execute()
    query = AuditHead.select().where(AuditHead.id == 1)
    if not database.is_sqlite():  # SQLite's write transaction already excludes other writers
        query = query.for_update()
    return query.get()


def record(action, actor=None, target_type="", target_id="", org_id=None, detail=None):
    """Append one entry. ``detail`` must never hold secrets; keys that look secret are refused."""
    detail = dict(detail or {})
    leaked = [k for k in detail if any(word in k.lower() for word in SECRET_WORDS)]
    if leaked:
        raise ValueError(f"audit detail must not carry secrets: {leaked}")
    with database.transaction():
        head = _locked_head()
        entry = AuditEntry(
            at=utcnow(), action=action,
            actor_id=getattr(actor, "id", None),
            actor_email=getattr(actor, "email", "") or "",
            actor_org_id=getattr(actor, "organisation_id", None),
            org_id=org_id, target_type=target_type,
            target_id="" if target_id is None else str(target_id),
            source_address=source_address()[:64], detail=detail, prev_hash=head.last_hash)
        digests = audit_people.remember(audit_people.values_of(entry))
        entry.hash = chain_hash(head.last_hash, entry, digests)
        entry.save(force_insert=True)
        (AuditHead.update(last_id=entry.id, last_hash=entry.hash, count=AuditHead.count + 1)
         .where(AuditHead.id == 1).execute())
    cms = current_app.extensions.get("cms") if current_app else None
    if cms is not None:
        cms.pm.hook.audit_recorded(entry=entry)
    return entry


def verify(batch=5000):
    """(entries checked, first broken entry or None, why)."""
    previous, count, last_id = "", 0, 0
    after, erasures = 0, set()
    while True:
        rows = list(AuditEntry.select().where(AuditEntry.id > after)
                    .order_by(AuditEntry.id).limit(batch))
        if not rows:
            break
        digests = audit_people.digests_for(set().union(*map(audit_people.values_of, rows)))
        for entry in rows:
            if entry.prev_hash != previous:
                return count, entry, "it does not follow the entry before it (one was removed or inserted)"
            if chain_hash(previous, entry, digests) != entry.hash:
                return count, entry, "its content was changed after it was written"
            if entry.action == ERASED:
                erasures.update(entry.detail.get("pseudonyms", []))
            previous, count, last_id = entry.hash, count + 1, entry.id
        after = rows[-1].id
    unrecorded = sorted(audit_people.erased_pseudonyms() - erasures)
    if unrecorded:
        return count, None, (f"{unrecorded[0]} stands for an erased person, but no {ERASED} "
                             "entry records that erasure: a value was hidden behind the log's back")
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is not None and (head.last_hash != previous or head.count != count):
        return count, None, (f"the log ends at entry #{last_id} but {head.count} entries were "
                             f"written up to #{head.last_id}: entries were removed from the end")
    return count, None, None


def entries_for(actor, org_ids=None, limit=200, before=None, action="", since=None, until=None,
                person=""):
    """Entries about ``org_ids`` (all when None), newest first: ``before`` an id, ``action`` a
    prefix, ``since``/``until`` UTC moments (from, and before), ``person`` the address of
    who acted (or part of it)."""
    query = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit)
    if org_ids is not None:
        query = query.where(AuditEntry.org_id.in_(list(org_ids)))
    if before:
        query = query.where(AuditEntry.id < before)
    if action:
        query = query.where(AuditEntry.action.startswith(action))
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if person:
        query = query.where(AuditEntry.actor_email.contains(person.strip().lower()))
    return list(query)
