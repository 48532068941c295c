"""Raising and reading contacts: the functions every channel (portal, API, batch) calls.

* :func:`raise_contact` — one contact, checked and written in one transaction (or checked
  first with :func:`check_contact`, outside it);
* :func:`raise_many` — a batch: each record checked alone, the good ones written together;
* :func:`get_contact` — reading one contact the actor may see (lists: :mod:`core.contacts.listing`);
* every later change is :func:`core.contacts.actions.act`.

Errors are :mod:`core.errors` exceptions; validation errors carry ``errors`` per field and
``code``, a neutral reason (:mod:`core.contacts.reasons`) each channel maps to its own words.
"""
import peewee

from core import allowance, clock
from core import db as database
from core.contacts import bulk, events, reading, visibility
from core.contacts.bulk import Outcome  # noqa: F401  (raise_many's answer)
from core.contacts.validation import prepare, ref_error
from core.errors import CmsError, Invalid
from core.models import ContactParty


def check_contact(actor, type_code, data, to_org=None):
    """Every check :func:`raise_contact` makes, writing nothing and logging nothing: what
    to pass it as ``checked`` (a checked record, or the CmsError that refuses it), so a
    caller can check before it opens the transaction that writes."""
    try:
        return prepare(actor, type_code, data, to_org)
    except CmsError as exc:
        return exc


@database.retrying
def raise_contact(actor, type_code, data, channel, to_org=None, checked=None):
    """Raise one contact of ``type_code`` as ``actor`` through ``channel`` ("web", "api", ...).

    ``data`` holds ``mprn``, ``summary``, ``originator_ref`` and the type's own fields.
    A participant's contact goes to the CDSP (or where the type routes it); CDSP staff name
    the participant organisation in ``to_org`` (a code or an Organisation).
    Returns the new Contact; raises Invalid/Forbidden (with ``code``, a neutral reason of
    :mod:`core.contacts.reasons`) and writes nothing when a check fails. ``checked`` is
    what :func:`check_contact` answered for the same arguments, if the caller checked
    first: the checks are not made again (an originator reference taken since is still
    refused, by the database's unique index).
    """
    try:
        if isinstance(checked, CmsError):
            raise checked
        prepared = checked if checked is not None else prepare(actor, type_code, data, to_org)
    except Invalid as exc:
        allowance.log_refusals(actor, channel, [(type_code, exc)])  # refused at intake
        raise
    events.plan_created(actor.organisation, prepared.recipient)
    try:
        with database.transaction():
            [(contact, event)] = bulk.insert(actor, [(0, prepared)], channel, clock.now())
            events.created(contact, event)
            return contact
    except peewee.IntegrityError:
        exc = ref_error(prepared.values.get("originator_ref"))
        allowance.log_refusals(actor, channel, [(type_code, exc)])
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


def check_many(actor, records, processes=1):
    """What :func:`raise_many` would answer for ``records``, writing nothing (an
    integrator's check of a file): one :class:`Outcome` per record, those that would be
    raised ``checked`` instead of carrying a contact."""
    return bulk.check_records_only(actor, records, processes=processes)


def get_contact(actor, reference, history=False):
    """The contact with ``reference`` if ``actor`` may see it; else NotFound. With
    ``history`` its events are read along (``history_rows``, see core.contacts.reading)."""
    reference = str(reference or "").strip().upper()
    return visibility.require_visible(actor, reading.contact_by_reference(actor, reference, history))


def parties(contact):
    """[(Organisation, role)] of a contact, in the order they joined."""
    rows = (ContactParty.select().where(ContactParty.contact == contact.id)
            .order_by(ContactParty.added_at, ContactParty.id))
    return [(row.organisation, row.role) for row in rows]


def history(actor, contact):
    """Every event of a contact the actor may see, oldest first."""
    visibility.require_visible(actor, contact)
    return events.history(contact)
