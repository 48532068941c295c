"""A person's erasure request: their name and address replaced by a pseudonym wherever the
service kept them, the audit log's hash chain left whole (see core.audit_people).

For every user row with the address (live or deleted): the row's address and name become
``erased-<token>@erased.invalid`` and ``Erased person <token>``, the account is deleted (no
password, second factor, sessions or API keys), and
* in the audit log, each of their values (the address, the name, and earlier ones that
  ``user.updated`` entries recorded) is replaced by its pseudonym; each value's
  ``audit_person`` row forgets the value and its salt and keeps the digest the chain hashed;
* in contacts' text (summaries, fields, messages, notes, correspondence, resolutions,
  rejections, events' data) and saved views' filters, the address and the full name are
  replaced by the pseudonyms (a name only when it has at least two words or five letters,
  so that "Al" does not mangle other words).
Contacts, events and the audit keep pointing at the user row by id, so they now show the
pseudonym. The erasure is itself an audit entry naming the pseudonyms, never the person.
"""
import re
import secrets

from peewee import Cast

from core import audit, audit_people, sessions
from core import db as database
from core.db import utcnow
from core.errors import NotFound
from core.contacts.internal_notes import ERASABLE_TEXT as NOTES_TEXT
from core.models import (ApiKey, AuditEntry, AuditPerson, Contact, ContactEvent, Correspondence,
                         Message, RecoveryCode, SavedView, ThrottleCounter, User)

DOMAIN = "erased.invalid"
BATCH = 2000
# (model, text columns, JSON columns) where a person's address or name may be written
TEXT_PLACES = (
    (Contact, ("summary", "rejection_text", "resolution_text"), ("fields",)),
    (Message, ("body",), ()),
    NOTES_TEXT,
    (Correspondence, ("body", "response"), ()),
    (ContactEvent, (), ("data",)),
    (SavedView, (), ("filters",)),
)


def pseudonyms(token):
    return f"erased-{token}@{DOMAIN}", f"Erased person {token}"


def _known_values(users):
    """Every address and name these users had, as the audit recorded them."""
    emails = {u.email for u in users}
    names = {u.name for u in users if u.name}
    for entry in AuditEntry.select().where((AuditEntry.target_type == "user") &
                                           AuditEntry.target_id.in_([str(u.id) for u in users]) &
                                           (AuditEntry.action == "user.updated")):
        for field, into in (("email", emails), ("name", names)):
            change = entry.detail.get(field)
            if isinstance(change, dict):
                into.update(v for v in change.values() if isinstance(v, str) and v)
    return emails, names


def _pattern(values):
    """A pattern finding any of ``values`` in free text, ignoring case; names only when long
    enough to be a person's rather than a word."""
    usable = sorted((v for v in values if "@" in v or len(v.split()) >= 2 or len(v) >= 5),
                    key=len, reverse=True)
    if not usable:
        return None
    return re.compile("|".join(rf"(?<![\w@.]){re.escape(v)}(?![\w@])" for v in usable), re.IGNORECASE)


def _replace_in(value, pattern, email_for):
    if isinstance(value, str):
        return pattern.sub(lambda m: email_for(m.group(0)), value)
    if isinstance(value, dict):
        return {k: _replace_in(v, pattern, email_for) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_in(v, pattern, email_for) for v in value]
    return value


def _scrub_text(pattern, email_for, values):
    """Replace the values in every place contacts keep text; answer how many rows changed."""
    changed = 0
    for model, texts, jsons in TEXT_PLACES:
        columns = [getattr(model, name) for name in texts + jsons]
        matches = None
        for value in values:
            for column in columns:
                text = Cast(column, "text") if column.name in jsons else column
                clause = text.contains(value)
                matches = clause if matches is None else (matches | clause)
        for row in model.select().where(matches):
            updates = {}
            for column in columns:
                old = getattr(row, column.name)
                new = _replace_in(old, pattern, email_for)
                if new != old:
                    updates[column] = new
            if updates:
                model.update(updates).where(model.id == row.id).execute()
                changed += 1
    return changed


def _scrub_audit(mapping):
    """Replace each value (``mapping``: value as written -> pseudonym) in the entries."""
    def change(value):
        return mapping.get(value, value)
    changed, after = 0, 0
    while True:
        rows = list(AuditEntry.select().where(AuditEntry.id > after).order_by(AuditEntry.id).limit(BATCH))
        if not rows:
            break
        after = rows[-1].id
        for entry in rows:
            if not audit_people.values_of(entry) & set(mapping):
                continue
            actor_email, detail = audit_people.map_personal(entry.actor_email, entry.target_type,
                                                            entry.detail, change)
            AuditEntry.update(actor_email=actor_email, detail=detail).where(
                AuditEntry.id == entry.id).execute()
            changed += 1
    return changed


def erase_person(actor, email):
    """Erase the person with address ``email`` (every user row that has it); answer a summary:
    {"token", "users", "audit_entries", "rows"}."""
    email = (email or "").strip().lower()
    users = list(User.select().where(User.email == email))
    if not users:
        raise NotFound(f"No user has the address {email}: give the address the person's account has.")
    token = secrets.token_hex(6)
    fake_email, fake_name = pseudonyms(token)
    emails, names = _known_values(users)
    with database.transaction():
        rows = audit_people.rows_for(emails | names)
        mapping, used = {}, set()
        current = {u.email for u in users} | {u.name for u in users}
        for n, row in enumerate(sorted(rows, key=lambda r: (r.value not in current, r.id))):
            pseudonym = fake_email if "@" in row.value else fake_name
            if pseudonym in used:
                pseudonym = pseudonyms(f"{token}-{n}")[0 if "@" in row.value else 1]
            used.add(pseudonym)
            mapping[row.value] = pseudonym
            AuditPerson.update(value=None, salt=None, pseudonym=pseudonym, erased_at=utcnow()).where(
                AuditPerson.id == row.id).execute()
        entries = _scrub_audit(mapping)
        pattern = _pattern(emails | names)
        text_rows = 0
        if pattern is not None:
            def email_for(found):
                return fake_email if "@" in found else fake_name
            text_rows = _scrub_text(pattern, email_for, sorted(emails | names))
        ids = [u.id for u in users]
        User.update(email=fake_email, name=fake_name, password_hash="", totp_secret=None,
                    deleted_at=utcnow()).where(User.id.in_(ids) & User.deleted_at.is_null()).execute()
        User.update(email=fake_email, name=fake_name, password_hash="", totp_secret=None).where(
            User.id.in_(ids)).execute()
        for value in emails:
            ThrottleCounter.delete().where(ThrottleCounter.key.contains(value)).execute()
        RecoveryCode.delete().where(RecoveryCode.user.in_(ids)).execute()
        ApiKey.update(revoked_at=utcnow()).where(ApiKey.user.in_(ids) & ApiKey.revoked_at.is_null()).execute()
        for user in users:
            sessions.end_all(user, "erased")
        audit.record(audit.ERASED, actor=actor, target_type="person", target_id=token,
                     detail={"pseudonyms": sorted(set(mapping.values())), "users": ids,
                             "audit_entries": entries, "rows": text_rows})
    return {"token": token, "users": ids, "audit_entries": entries, "rows": text_rows,
            "pseudonym": fake_email}

