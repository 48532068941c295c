"""Raising and reading contacts: the functions every channel (portal, API, batch) calls.

* :func:`raise_contact` — one contact, checked and written in one transaction;
* :func:`raise_many` — a batch: each record checked alone, the good ones written together;
* :func:`get_contact`, :func:`list_contacts` — reading what the actor may see;
* every later change is :func:`core.contacts.actions.act`.

Errors are :mod:`core.errors` exceptions; validation errors carry ``errors`` per field and
``code``, a neutral reason (:mod:`core.contacts.reasons`) each channel maps to its own words.
"""
import datetime

import peewee

from core import allowance, clock
from core import db as database
from core.contacts import bulk, events, lifecycle, reading, visibility
from core.contacts.bulk import Outcome  # noqa: F401  (raise_many's answer)
from core.contacts.queues import paginate
from core.contacts.validation import BAD_VALUE, invalid, prepare, ref_error
from core.errors import Invalid
from core.models import Contact, ContactParty, Organisation


@database.retrying
def raise_contact(actor, type_code, data, channel, to_org=None):
    """Raise one contact of ``type_code`` as ``actor`` through ``channel`` ("web", "api", ...).

    ``data`` holds ``mprn``, ``summary``, ``originator_ref`` and the type's own fields.
    A participant's contact goes to the CDSP (or where the type routes it); CDSP staff name
    the participant organisation in ``to_org`` (a code or an Organisation).
    Returns the new Contact; raises Invalid/Forbidden (with ``code``, a neutral reason of
    :mod:`core.contacts.reasons`) and writes nothing when a check fails.
    """
    try:
        prepared = prepare(actor, type_code, data, to_org)
    except Invalid as exc:
        allowance.log_invalid(actor, channel, [(type_code, exc)])  # query allowance's shadow log
        raise
    try:
        with database.transaction():
            [(contact, event)] = bulk.insert(actor, [(0, prepared)], channel, clock.now())
            events.created(contact, event)
            return contact
    except peewee.IntegrityError:
        exc = ref_error(prepared.values.get("originator_ref"))
        allowance.log_invalid(actor, channel, [(type_code, exc)])
        raise exc from None


@database.retrying
def raise_many(actor, records, channel, progress=None, processes=1, claim=None, then=None):
    """Raise each of ``records`` (dicts with ``contact_type`` and the fields of
    :func:`raise_contact`, optionally ``to_org``) as ``actor``.

    Each record is checked on its own (``processes`` = 2 checks half in a forked child;
    ``progress(n)`` hears how many are checked); then every good one is written in one
    transaction, with the references of each type allocated in one block (see
    :mod:`core.contacts.bulk`). ``claim()`` runs first in that transaction and
    ``then(outcomes)`` last, so what they write (a batch file's lease, its response) commits
    or rolls back with the contacts. Returns one :class:`Outcome` per record, in order:
    ``contact`` when raised, else ``code`` (a neutral reason) and ``text``.
    """
    return bulk.raise_records(actor, records, channel, progress=progress, processes=processes,
                              claim=claim, then=then)


def get_contact(actor, reference, history=False):
    """The contact with ``reference`` if ``actor`` may see it; else NotFound. With
    ``history`` its events are read along (``history_rows``, see core.contacts.reading)."""
    reference = str(reference or "").strip().upper()
    return visibility.require_visible(actor, reading.contact_by_reference(actor, reference, history))


FILTERS = ("status", "contact_type", "mprn", "originator_ref", "holder", "raised_from",
           "raised_to", "parent", "updated_since", "breached")


def list_contacts(actor, filters=None, after=None, limit=50, newest_first=False):
    """A :class:`Page` of the contacts ``actor`` may see, oldest first (order of receipt).

    ``filters`` may hold ``status`` (one or a list), ``contact_type``, ``mprn``,
    ``originator_ref``, ``holder`` (an organisation code, or "mine" for the actor's own),
    ``raised_from``/``raised_to`` (dates, local), ``parent`` (a reference). Pass the page's
    ``next_cursor`` as ``after`` for the next page.
    """
    filters = dict(filters or {})
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise invalid("Unknown filter.", {f: f"Filter on: {', '.join(FILTERS)}." for f in unknown},
                      BAD_VALUE)
    query, keys = visibility.visible_in_order(actor)
    status = filters.get("status")
    if status:
        statuses = [status] if isinstance(status, str) else list(status)
        bad = [s for s in statuses if s not in lifecycle.STATUSES]
        if bad:
            raise invalid("Unknown status.", {"status": f"Choose from: {', '.join(lifecycle.STATUSES)}."},
                          BAD_VALUE)
        query = query.where(Contact.status.in_(statuses))
    for name in ("contact_type", "mprn", "originator_ref"):
        if filters.get(name):
            value = str(filters[name]).strip()
            query = query.where(getattr(Contact, name) == (value.upper() if name == "contact_type"
                                                           else value))
    holder = filters.get("holder")
    if holder:
        if holder == "mine":
            query = query.where(Contact.holder_org == actor.organisation_id)
        else:
            org = Organisation.by_code(holder)
            query = query.where(Contact.holder_org == (org.id if org else 0))
    if filters.get("raised_from"):
        query = query.where(Contact.raised_at >= clock.local_midnight_utc(filters["raised_from"]))
    if filters.get("raised_to"):
        query = query.where(Contact.raised_at < clock.local_midnight_utc(
            filters["raised_to"] + datetime.timedelta(days=1)))
    if filters.get("parent"):
        parent = Contact.get_or_none(Contact.reference == str(filters["parent"]).upper())
        query = query.where(Contact.parent == (parent.id if parent else 0))
    if filters.get("updated_since"):
        query = query.where(Contact.updated_at >= clock.naive_utc(filters["updated_since"]))
    if filters.get("breached") is not None:
        query = query.where(breached_condition(clock.now()) == bool(filters["breached"]))
    return paginate(query, after, limit, newest_first, keys)


def breached_condition(now):
    """SQL truth of "past its service level": open and past due, or resolved after due.

    ``due_at`` is kept current as the clock pauses and resumes; a contact that waits on
    its originator (clock paused) is not counted as breached while it waits.
    """
    open_statuses = [s for s in lifecycle.OPEN if s not in (lifecycle.RESOLVED,)]
    running_late = (Contact.status.in_(open_statuses) & Contact.paused_at.is_null() &
                    (Contact.due_at < now))
    finished_late = Contact.resolved_at.is_null(False) & (Contact.resolved_at > Contact.due_at)
    return running_late | finished_late


def parties(contact):
    """[(Organisation, role)] of a contact, in the order they joined."""
    rows = (ContactParty.select().where(ContactParty.contact == contact.id)
            .order_by(ContactParty.added_at, ContactParty.id))
    return [(row.organisation, row.role) for row in rows]


def history(actor, contact):
    """Every event of a contact the actor may see, oldest first."""
    visibility.require_visible(actor, contact)
    return events.history(contact)
