"""Raising many contacts at once (``raise_many``, batch files): every record checked alone,
the good ones written together with a handful of statements.

The checks are those of :func:`core.contacts.validation.prepare`, taken step by step so that
what a file repeats is worked out once: the contact type, the permission to raise it, its
schema instance and service level per type code; organisations by code
(:mod:`core.contacts.lookups`); whether originator references are in use, in one query per
few thousand references. Then, in one transaction: references allocated per type in blocks,
ids taken in one step, contacts, parties and events inserted with one statement each (``COPY``
on PostgreSQL, ``executemany`` on SQLite), and the ``contact_created`` hook called for each
contact.
"""
import json
import os
from dataclasses import dataclass
from itertools import chain, islice
from operator import itemgetter

import peewee

from core import allowance, clock, forked
from core import db as database
from core.contacts import events, fields as shared, lifecycle, lookups, references, sla
from core.contacts.along import along
from core.contacts.validation import (BAD_VALUE, CheckedRecord, _recipient, forbidden, load,
                                      lookup_type, ref_error)
from core.errors import CmsError, Invalid, one_line
from core.gcpause import collector_paused
from core.models import Contact, ContactEvent, ContactParty, User
from core.permissions import allowed
from core.prepared import hydrated
from core.tenancy import get_tenant

REF_QUERY_CHUNK = 2000        # originator references per "in use?" query
ROWS_PER_EXECUTEMANY = 20000  # rows converted and sent at a time where COPY is not used
RETRIES = 3                   # times a write is retried when a concurrent raise took a reference
PENDING = "~"                 # a stand-in reference starts so (no real one does)


@dataclass(slots=True)
class Outcome:
    """What became of one record of a bulk raise: a contact, or a code and text."""
    index: int
    contact: Contact = None
    code: str = None
    text: str = None
    errors: dict = None
    checked: bool = False            # a check only (check_records_only): it would be raised
    outside_allowance: bool = False  # ... and it would fall outside the query allowance

    @property
    def accepted(self):
        return self.contact is not None or self.checked


def refused(index, exc):
    """The :class:`Outcome` of a record refused with ``exc`` (a CmsError with ``code``)."""
    code = getattr(exc, "code", None) or BAD_VALUE
    text = one_line(exc.errors) if exc.errors else exc.message
    return Outcome(index, code=code, text=text, errors=exc.errors or None)


class Checker:
    """Checks records for one actor, remembering what every record of a type shares."""

    def __init__(self, actor):
        self.actor = actor
        self.org = actor.organisation
        self.today = clock.local_today()
        self._types = {}
        self._contexts = {}
        self._checked = 0

    def _type(self, type_code):
        code = str(type_code or "").strip().upper()
        found = self._types.get(code)
        if found is None:
            try:
                ctype = lookup_type(self.actor, code)
                if not allowed(self.actor, "contact.raise", ctype):
                    raise forbidden(f"{ctype.code} contacts cannot be raised by your "
                                    "organisation's participant type or role.")
                found = (ctype, (ctype.schema or shared.ContactSchema)(),
                         sla.target_days(ctype, get_tenant(self.org.tenant.code)))
            except CmsError as exc:
                found = exc
            self._types[code] = found
        return found

    def _context(self, to_org):
        key = to_org.id if hasattr(to_org, "id") else to_org
        context = self._contexts.get(key)
        if context is None:
            context = self._contexts[key] = shared.RaiseContext(
                actor=self.actor, organisation=self.org, participant_type=self.org.tenant.code,
                today=self.today, to_org=to_org)
        return context

    def prepare(self, type_code, data, to_org=None):
        """A :class:`CheckedRecord` record, or raise as :func:`validation.prepare` does (the
        originator reference is checked against the database later, for all at once)."""
        found = self._type(type_code)
        if isinstance(found, CmsError):
            raise _copy(found)
        ctype, schema, sla_days = found
        context = self._context(to_org)
        loaded = load(ctype, data, context, schema=schema)
        recipient = _recipient(self.actor, ctype, to_org, loaded, context)
        return CheckedRecord(ctype=ctype, context=context, values=shared.jsonable(loaded),
                        recipient=recipient, sla_days=sla_days)

    def check(self, record, progress=None):
        """One record (a dict with ``contact_type`` and ``to_org`` beside its fields) as a
        :class:`CheckedRecord`, or the CmsError that refuses it (``type_code`` set on it)."""
        self._checked += 1
        if progress is not None and self._checked % 1000 == 0:
            progress(self._checked)
        record = dict(record)
        type_code = record.pop("contact_type", None)
        to_org = record.pop("to_org", None)
        try:
            return self.prepare(type_code, record, to_org)
        except CmsError as exc:
            exc.type_code = type_code
            return exc

    @staticmethod
    def pack(result):
        """A check's answer as plain values, to cross from a forked child (see unpack)."""
        if isinstance(result, CmsError):
            return result
        to_org = result.context.to_org
        if to_org is not None and not isinstance(to_org, str):
            to_org = ("organisation", to_org.code)
        return (result.ctype.code, result.values, result.recipient.code, to_org)

    def unpack(self, packed):
        if isinstance(packed, CmsError):
            return packed
        code, values, recipient, to_org = packed
        ctype, _, sla_days = self._type(code)
        if isinstance(to_org, tuple):
            to_org = lookups.organisation(to_org[1])
        context = self._context(to_org)
        return CheckedRecord(ctype=ctype, context=context, values=values,
                        recipient=lookups.organisation(recipient), sla_days=sla_days)


def _copy(exc):
    """A fresh exception like ``exc`` (re-raising one instance would grow its traceback)."""
    copy = type(exc)(exc.message, exc.errors) if isinstance(exc, Invalid) else type(exc)(exc.message)
    copy.code = getattr(exc, "code", None)
    return copy


def check_records(actor, records, progress=None, processes=1):
    """``(outcomes, good, invalid)``: an Outcome for each refused record (None elsewhere), the
    good ones as ``[(index, CheckedRecord)]`` and the refusals for the query allowance's log.
    With ``processes`` = 2 a forked child checks the second half (:mod:`core.forked`)."""
    checker = Checker(actor)
    split = forked.splits(records, processes)
    report = None
    if progress is not None:            # the parent checks half when split: count double
        report = (lambda n: progress(min(2 * n, len(records)))) if split else progress

    parent = os.getpid()

    def work(part):
        told = report if os.getpid() == parent else None
        return [checker.check(record, told) for record in part]

    results = forked.split_map(work, records, processes=processes, pack=checker.pack,
                               unpack=checker.unpack)
    outcomes = [None] * len(records)
    good, seen, invalid = [], set(), []
    for index, result in enumerate(results):
        if isinstance(result, CheckedRecord):
            key = (result.ctype.code, result.values.get("originator_ref"))
            if not key[1]:
                good.append((index, result))
                continue
            if key not in seen:
                seen.add(key)
                good.append((index, result))
                continue
            result = ref_error(key[1])
            result.type_code = key[0]
        outcomes[index] = refused(index, result)
        if isinstance(result, Invalid):
            invalid.append((getattr(result, "type_code", None), result))
    return outcomes, good, invalid


def raise_records(actor, records, channel, progress=None, processes=1, claim=None, then=None):
    """Raise ``records`` (as :func:`core.contacts.service.raise_many` takes them) as ``actor``;
    one :class:`Outcome` per record, in order. ``progress(n)`` is told how many records have
    been checked as the work goes on. The refusals' shadow log and the good records are
    written in one transaction (the caller's, when there is one), which ``claim()`` opens
    and ``then(outcomes)`` closes: what they write commits or rolls back with the contacts."""
    with lookups.cached(), collector_paused():
        outcomes, good, invalid = check_records(actor, records, progress, processes)
        with database.transaction():
            if claim is not None:
                claim()
            allowance.log_refusals(actor, channel, invalid)  # refused at intake (not verdicts)
            if good:
                write(actor, good, channel, outcomes)
            del good                # the checked values live on in the contacts: memory
            if then is not None:
                then(outcomes)
    return outcomes


def check_records_only(actor, records, processes=1):
    """What :func:`raise_records` would answer for ``records``, writing nothing: each record
    checked by the same code, references already open refused as they would be, and the
    good ones' outcomes ``checked`` (with whether each would fall outside the query
    allowance) instead of a contact. No reference, allowance or shadow log is used."""
    with lookups.cached(), collector_paused():
        outcomes, good, _ = check_records(actor, records, None, processes)
        good = _drop_references_in_use(actor.organisation, good, outcomes)
        flags = []
        if good:
            with database.transaction():     # the allowance's count, as the write would see it
                flags = allowance.beyond_allowance(actor.organisation, clock.now(), len(good))
    for (index, _), flag in zip(good, flags):
        outcomes[index] = Outcome(index, checked=True, outside_allowance=flag)
    return outcomes


def write(actor, good, channel, outcomes):
    """Write the checked records ``good`` (``[(index, CheckedRecord)]``), filling in ``outcomes``.
    Records whose reference is already open are refused (REC005); the rest are written."""
    for attempt in range(RETRIES):
        good = _drop_references_in_use(actor.organisation, good, outcomes)
        if not good:
            return
        try:
            with database.db.atomic():  # a savepoint: a clash with a concurrent raise undoes it
                contacts, made = _insert(actor, good, channel, clock.now())
        except peewee.IntegrityError:
            if attempt == RETRIES - 1:
                raise
            continue
        break
    for (index, _), contact in zip(good, contacts):
        outcomes[index] = Outcome(index, contact=contact)
    events.created_many(made())


def _drop_references_in_use(org, good, outcomes):
    by_ref = {}
    for item in good:
        ref = item[1].values.get("originator_ref")
        if ref:
            by_ref.setdefault(ref, []).append(item)
    if not by_ref:
        return good
    in_use = set()
    refs = list(by_ref)
    for start in range(0, len(refs), REF_QUERY_CHUNK):
        rows = (Contact.select(Contact.contact_type, Contact.originator_ref)
                .where((Contact.originator_org == org.id) & Contact.closed_at.is_null() &
                       Contact.originator_ref.in_(refs[start:start + REF_QUERY_CHUNK]))
                .tuples())
        in_use.update(rows)
    if not in_use:
        return good
    kept = []
    for index, prepared in good:
        ref = prepared.values.get("originator_ref")
        if ref and (prepared.ctype.code, ref) in in_use:
            outcomes[index] = refused(index, ref_error(ref))
        else:
            kept.append((index, prepared))
    return kept


def _references(good, now):
    counts = {}
    for _, prepared in good:
        counts[prepared.ctype.code] = counts.get(prepared.ctype.code, 0) + 1
    blocks = {code: iter(references.allocate_references(references.prefix_for(code, now), n))
              for code, n in sorted(counts.items())}
    return [next(blocks[prepared.ctype.code]) for _, prepared in good]


def next_ids(model, n):
    """``n`` new primary keys for ``model``'s table. On SQLite the caller holds the write
    lock (``BEGIN IMMEDIATE``), so the keys after the largest are free; on PostgreSQL they
    come from the table's sequence."""
    table = model._meta.table_name
    if database.is_sqlite():
        (top,) = database.db.execute_sql(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"').fetchone()
        return list(range(top + 1, top + 1 + n))
    cursor = database.db.execute_sql(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", (table, n))
    return [row[0] for row in cursor.fetchall()]


def insert_rows(model, rows):
    """Insert ``rows`` (an iterable of dicts by field name, all with the same names, as a
    hydrated instance's ``__data__``) into ``model``'s table, in the caller's transaction:
    one ``COPY ... FROM STDIN`` on PostgreSQL, ``executemany`` on SQLite. The rows are
    taken as they come: a generator's are never all held at once."""
    if database.is_sqlite():
        executemany_rows(model, rows)
    else:
        copy_rows(model, rows)


def executemany_rows(model, rows):
    """``rows`` into ``model`` with ``executemany``, one per ``ROWS_PER_EXECUTEMANY``: JSON
    and datetime values passed as the driver takes them (text on SQLite, psycopg's Json
    adapter on PostgreSQL)."""
    rows = iter(rows)
    to_json, stamp = _json_parameter(), _time_parameter()
    while chunk := list(islice(rows, ROWS_PER_EXECUTEMANY)):
        columns, values = _columns(model, chunk, to_json, stamp)
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join([database.db.param] * len(columns))
        sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
        database.db.cursor().executemany(sql, values)


def copy_rows(model, rows):
    """``rows`` into ``model`` with one ``COPY ... FROM STDIN`` (PostgreSQL only), each row
    sent as it comes: psycopg's ``write_row`` escapes every value for COPY's text format
    (tabs, newlines, backslashes, NULL as ``\\N``); JSON goes as the text ``json.dumps``
    makes of it, as psycopg's Json adapter would; datetimes as they are."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    fields = model._meta.fields
    as_json = [name for name in first if isinstance(fields[name], peewee.JSONField)]
    plain = [name for name in first if name not in as_json]
    names = ", ".join(f'"{fields[name].column_name}"' for name in plain + as_json)
    plain_of, json_of = _getter(plain), _getter(as_json)
    encode = json.JSONEncoder().encode      # what json.dumps uses, without its per-call set-up
    with database.db.cursor().copy(f'COPY "{model._meta.table_name}" ({names}) FROM STDIN') as copy:
        write = copy.write_row
        for row in chain((first,), rows):
            write((*plain_of(row), *map(encode, json_of(row))))


def _getter(names):
    """A function answering a tuple of a dict's values for ``names`` (itemgetter answers a
    bare value for one name)."""
    if len(names) == 1:
        name = names[0]
        return lambda row: (row[name],)
    return itemgetter(*names) if names else lambda row: ()


def _columns(model, rows, to_json, stamp):
    """``(columns, values)`` of ``rows`` (a list) for ``model``: the column names and one
    tuple per row, JSON values through ``to_json`` and datetimes through ``stamp`` (None: as
    they are; rows share their moments, so each is converted once)."""
    stamps = {}

    def moment(value):
        found = stamps.get(value)
        if found is None:
            found = stamps[value] = stamp(value)
        return found

    plain, converted = [], []
    for name in rows[0]:
        field = model._meta.fields[name]
        if isinstance(field, peewee.DateTimeField) and stamp is not None:
            converted.append((name, moment))
        elif isinstance(field, peewee.JSONField):
            converted.append((name, to_json))
        else:
            plain.append(name)
    columns = [model._meta.fields[name].column_name for name in plain + [n for n, _ in converted]]
    # column by column, in C-level loops where the driver takes the value as it is
    by_column = [list(map(itemgetter(name), rows)) for name in plain]
    by_column += [list(map(convert, map(itemgetter(name), rows))) for name, convert in converted]
    return columns, list(zip(*by_column))


def _json_parameter():
    """How a JSON value is passed to ``executemany``: text on SQLite, psycopg's Json adapter
    on PostgreSQL."""
    if database.is_sqlite():
        return json.JSONEncoder().encode   # what json.dumps uses, without its per-call set-up
    from psycopg.types.json import Json
    return Json


def insert(actor, good, channel, now, parent=None):
    """The one write path of new contacts: insert those of ``good`` (``[(index, CheckedRecord)]``)
    with their parties and first events, in the caller's transaction; answer
    ``[(Contact, ContactEvent)]`` in the same order. ``parent`` is the contact a follow-up
    comes from (a challenge)."""
    _, made = _insert(actor, good, channel, now, parent)
    return list(made())


def _insert(actor, good, channel, now, parent=None):
    """What :func:`insert` does, answering ``(contacts, made)``: the new Contacts in order,
    and ``made()``, which yields each ``(Contact, ContactEvent)`` afresh. The events (rows,
    data and instances) are made as they are written and again as they are asked for, never
    all held at once: on a large file they are a good part of the memory."""
    org = actor.organisation
    org_id = org.id
    user = actor if isinstance(actor, User) else None
    user_id = user.id if user else None
    n = len(good)
    in_sandbox = bool(getattr(org, "sandbox", False))   # core.sandbox
    contact_ids, event_ids = next_ids(Contact, n), next_ids(ContactEvent, n)
    # Last of the reads: on PostgreSQL the counter's row stays locked until the transaction
    # ends, and every other raise of the type waits for it (see core.contacts.references).
    flags = allowance.beyond_allowance(org, now, n)
    # One contact on PostgreSQL: written with a stand-in reference, its number taken last
    # (references.allocate_onto), so the counter is locked for one statement and the commit.
    late = n == 1 and not database.is_sqlite()
    refs = [f"{PENDING}{contact_ids[0]}"] if late else _references(good, now)
    submitted = lifecycle.SUBMITTED
    due = {}
    rows, contacts = [], []
    for i, (_, prepared) in enumerate(good):
        values = dict(prepared.values)
        mprn = values.pop("mprn", None)
        ref = values.pop("originator_ref", None)
        summary = values.pop("summary", "")
        recipient = prepared.recipient
        days = prepared.sla_days
        row = {"id": contact_ids[i], "reference": refs[i], "contact_type": prepared.ctype.code,
               "status": submitted, "originator_org": org_id, "originator_user": user_id,
               "holder_org": recipient.id, "recipient_org": recipient.id, "mprn": mprn,
               "originator_ref": ref, "summary": summary, "fields": values,
               "channel": channel, "raised_at": now, "updated_at": now, "paused_seconds": 0,
               "paused_days": 0, "sla_days": days, "outside_allowance": flags[i],
               "sandbox": in_sandbox,
               "version": 1, "due_at": None, "open_due_at": None, "priority": 0,
               "ced": prepared.ctype.ced_on_raise(values, recipient)}
        if parent is not None:
            row["parent"] = parent.id
        related = {"originator_org": org, "holder_org": recipient, "recipient_org": recipient}
        if user:
            related["originator_user"] = user
        if parent is not None:
            related["parent"] = parent
        contact = hydrated(Contact, row, related)
        along(contact).parties = [(org_id, "originator"), (recipient.id, "recipient")]
        if days not in due:
            due[days] = sla.due_at(contact, now)
        row["due_at"] = row["open_due_at"] = due[days]
        rows.append(row)
        contacts.append(contact)
    first_event = _first_event(now, user_id, org_id, channel,
                               {"parent": parent.reference} if parent is not None else {})
    with peewee.__exception_wrapper__:   # the driver's errors as peewee's (IntegrityError)
        insert_rows(Contact, rows)
        insert_rows(ContactParty, _parties(rows, now))
        insert_rows(ContactEvent, map(first_event, contacts, event_ids))
    if late:   # the row dict is the hydrated contact's data: it reads the real reference
        rows[0]["reference"] = references.allocate_onto(
            Contact._meta.table_name, contact_ids[0],
            references.prefix_for(rows[0]["contact_type"], now))

    def made():
        for contact, event_id in zip(contacts, event_ids):
            yield contact, hydrated(ContactEvent, first_event(contact, event_id),
                                    {"contact": contact})
    return contacts, made


def _first_event(now, user_id, org_id, channel, extra):
    """A function making a new contact's first event (its row, by field name)."""
    def first_event(contact, event_id):
        row = contact.__data__
        after = {"status": row["status"], "holder": contact.__rel__["holder_org"].code,
                 "mprn": row["mprn"], "summary": row["summary"],
                 "originator_ref": row["originator_ref"], "fields": row["fields"]}
        if row["ced"]:
            after["ced"] = row["ced"]
        return {"id": event_id, "contact": row["id"], "at": now, "actor_user": user_id,
                "actor_org": org_id, "channel": channel, "kind": "raised", "from_status": None,
                "to_status": row["status"], "data": {**extra, "after": after}}
    return first_event


def _parties(contacts, now):
    """The parties of new ``contacts`` (their rows), originator then recipient for each,
    made as they are written rather than all held at once."""
    for row in contacts:
        for role in ("originator", "recipient"):
            yield {"contact": row["id"], "organisation": row[f"{role}_org"], "role": role,
                   "added_at": now, "raised_at": now, "open_due_at": row["due_at"],
                   "status": row["status"], "contact_type": row["contact_type"]}


def _time_parameter():
    """How a (naive UTC) datetime is passed to ``executemany``: on SQLite as the text the
    sqlite3 module would make of it (made once here instead of once per value); on
    PostgreSQL as it is."""
    if database.is_sqlite():
        return lambda moment: moment.isoformat(" ") if moment is not None else None
    return None
