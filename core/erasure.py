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
pseudonym. Plugins erase their own copies through the ``erase_person`` hook, inside the same
transaction, given an :class:`Erasure` (the values to find, their pseudonyms, helpers to
replace them). The erasure is itself an audit entry naming the pseudonyms and what each
plugin changed, never the person.
"""
import json
import re
import secrets

from flask import current_app
from peewee import Cast, JSONField

from core import audit, audit_people, sessions
from core import db as database
from core.contacts.internal_notes import ERASABLE_TEXT as NOTES_TEXT
from core.db import utcnow
from core.errors import NotFound
from core.models import (AccessRequest, ApiKey, AuditEntry, AuditPerson, Contact, ContactEvent,
                         Correspondence, Message, RecoveryCode, SavedView, ThrottleCounter, User)
from core.tenancy import results_by_plugin

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
    (AccessRequest, ("email", "name", "reason", "decline_reason"), ()),
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


def _escaped(value):
    """``value`` as ``json.dumps`` writes it inside a string by default (non-ASCII escaped)."""
    return json.dumps(value)[1:-1]


class Erasure:
    """One person's erasure, as the ``erase_person`` hook receives it.

    ``emails`` and ``names``: every address and name the person had (earlier ones too);
    ``user_ids``: their accounts' ids; ``email`` and ``name``: the pseudonyms that replace
    them (:meth:`pseudonym_for` says which is which); ``token``: the erasure's. Helpers:
    :meth:`replace` (a text, or JSON data, with the values replaced), :meth:`replace_json_text`,
    :meth:`where` (rows whose columns may hold a value) and :meth:`scrub` (all three at once
    on a model's columns)."""

    def __init__(self, token, user_ids, emails, names):
        self.token = token
        self.user_ids = list(user_ids)
        self.emails = frozenset(emails)
        self.names = frozenset(names)
        self.email, self.name = pseudonyms(token)
        self._pattern = _pattern(self.emails | self.names)

    @property
    def values(self):
        """Every value to find, longest first."""
        return sorted(self.emails | self.names, key=lambda v: (-len(v), v))

    def pseudonym_for(self, value):
        return self.email if "@" in value else self.name

    def replace(self, value):
        """``value`` (a text, or JSON data: dicts and lists of them) with each address and
        full name found replaced by its pseudonym (case ignored; a name only when it has two
        words or five letters)."""
        if self._pattern is None:
            return value
        if isinstance(value, str):
            return self._pattern.sub(lambda m: self.pseudonym_for(m.group(0)), value)
        if isinstance(value, dict):
            return {k: self.replace(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.replace(v) for v in value]
        return value

    def replace_json_text(self, text, **dumps):
        """A text holding JSON, with the values replaced in the data it holds (written again
        with ``json.dumps(..., **dumps)``), or as a plain text when it is not JSON; the text
        unchanged when nothing was found."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return self.replace(text)
        new = self.replace(data)
        return text if new == data else json.dumps(new, **dumps)

    def where(self, *columns):
        """A condition on rows where one of ``columns`` may hold a value, as written or as
        JSON escapes it (JSON columns are read as text); a candidate, :meth:`replace` decides."""
        needles = set(self.values) | {_escaped(v) for v in self.values}
        condition = None
        for column in columns:
            text = Cast(column, "text") if _is_json(column) else column
            for needle in sorted(needles):
                clause = text.contains(needle)
                condition = clause if condition is None else (condition | clause)
        return condition

    def scrub(self, model, texts=(), jsons=(), json_texts=()):
        """Replace the values in ``model``'s rows: ``texts`` columns of text, ``jsons`` JSON
        columns, ``json_texts`` text columns holding JSON (written again compactly). Answer
        how many rows changed."""
        names = tuple(texts) + tuple(jsons) + tuple(json_texts)
        columns = [getattr(model, name) for name in names]
        if not columns or not self.values:
            return 0
        changed = 0
        for row in model.select().where(self.where(*columns)):
            updates = {}
            for column in columns:
                old = getattr(row, column.name)
                if column.name in json_texts:
                    new = self.replace_json_text(old, separators=(",", ":"))
                else:
                    new = self.replace(old)
                if new != old:
                    updates[column] = new
            if updates:
                model.update(updates).where(model._meta.primary_key == row._pk).execute()
                changed += 1
        return changed


def _is_json(column):
    return isinstance(column, JSONField)


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
        ids = [u.id for u in users]
        erasure = Erasure(token, ids, emails, names)
        text_rows = sum(erasure.scrub(model, texts, jsons) for model, texts, jsons in TEXT_PLACES)
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
        pm = current_app.extensions["cms"].pm
        by_plugin = {}
        for plugin, result in results_by_plugin(pm, "erase_person", erasure=erasure):
            by_plugin[plugin] = {what: n for what, n in (result or {}).items() if n}
        audit.record(audit.ERASED, actor=actor, target_type="person", target_id=token,
                     detail={"pseudonyms": sorted(set(mapping.values())), "users": ids,
                             "audit_entries": entries, "rows": text_rows, "plugins": by_plugin})
    return {"token": token, "users": ids, "audit_entries": entries, "rows": text_rows,
            "plugins": by_plugin, "pseudonym": fake_email}

