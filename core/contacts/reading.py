"""Reading one contact to show it, in as few statements as the database allows.

A participant's contact is read only through its own party row (no row: nothing to see),
with every party of the contact, in one statement. With ``history=True`` its events come
too: on PostgreSQL in the same statement (aggregated as JSON, so one round trip serves the
whole page); on SQLite, where a statement costs no round trip and aggregates cannot be
ordered, by a second query. Either way what was read comes with the contact as its
:class:`core.contacts.along.ReadAlong`: the parties and, when asked for, the history.
"""
import datetime

from peewee import SQL, NodeList

from core import db as database
from core.contacts.along import along
from core.contacts.group_view import group_ids
from core.contacts.visibility import is_cdsp_staff
from core.models import Contact, ContactEvent, ContactParty
from core.prepared import Prepared, from_columns, slot

HISTORY = Prepared(lambda: ContactEvent.select(
    ContactEvent.at, ContactEvent.kind, ContactEvent.channel, ContactEvent.actor_org,
    ContactEvent.from_status, ContactEvent.to_status, ContactEvent.data)
    .where(ContactEvent.contact == slot(0)).order_by(ContactEvent.at, ContactEvent.id).tuples())

_PARTIES_JSON = ("(SELECT json_agg(json_build_array(p.organisation_id, p.role) "
                 "ORDER BY p.added_at, p.id) FROM contact_party p WHERE p.contact_id = ")
_EVENTS_JSON = ("(SELECT COALESCE(json_agg(json_build_array(e.at, e.kind, e.channel, "
                "e.actor_org_id, e.from_status, e.to_status, e.data) ORDER BY e.at, e.id), "
                "'[]') FROM contact_event e WHERE e.contact_id = ")


def _with_parties(query):
    """``query`` (of one contact) joined to every party of the contact, in the order they
    joined: a row per party of the contact's columns, then the party's organisation id and
    role (tuples: the contact is made once, from the first row)."""
    party = ContactParty.alias("party")
    return (query.select(*Contact._meta.sorted_fields, party.organisation, party.role)
            .join(party, on=(party.contact == Contact.id))
            .order_by(party.added_at, party.id).tuples())


def _with_everything(query):
    """PostgreSQL: ``query`` (of one contact) as one row: the contact's columns, then its
    parties and its events, each aggregated as JSON."""
    return query.select(*Contact._meta.sorted_fields,
                        NodeList((SQL(_PARTIES_JSON), Contact.id, SQL(")")), glue=""),
                        NodeList((SQL(_EVENTS_JSON), Contact.id, SQL(")")), glue="")).tuples()


def _visible_to(org_id_slot):
    return Contact.select().join(ContactParty, on=((ContactParty.contact == Contact.id) &
                                                   (ContactParty.organisation == org_id_slot)))


BY_REFERENCE = Prepared(lambda: _with_parties(Contact.select().where(Contact.reference == slot(0))))
OF_PARTY = Prepared(lambda: _with_parties(
    _visible_to(slot(1)).switch(Contact).where(Contact.reference == slot(0))))
FULL_BY_REFERENCE = Prepared(lambda: _with_everything(
    Contact.select().where(Contact.reference == slot(0))))
FULL_OF_PARTY = Prepared(lambda: _with_everything(
    _visible_to(slot(1)).switch(Contact).where(Contact.reference == slot(0))))


def contact_by_reference(actor, reference, history=False):
    """The contact with ``reference`` if ``actor`` may see it, else None (see the module). A
    group view's supervisor's is read by its reference alone: the caller checks it
    (:func:`core.contacts.visibility.require_visible`)."""
    org_id = getattr(actor, "organisation_id", None) if actor is not None else None
    if org_id is None:
        return None
    staff = is_cdsp_staff(actor)
    grouped = not staff and bool(group_ids(actor))   # read as staff, then checked by can_see
    staff = staff or grouped
    args = (reference,) if staff else (reference, org_id)
    if history and not database.is_sqlite():
        rows = (FULL_BY_REFERENCE if staff else FULL_OF_PARTY)(*args)
        if not rows:
            return None
        contact = from_columns(Contact, rows[0])
        parties, events = rows[0][-2:]
        read = along(contact)
        read.parties = [tuple(p) for p in parties]
        read.history = [(datetime.datetime.fromisoformat(at), *rest) for at, *rest in events]
    else:
        rows = (BY_REFERENCE if staff else OF_PARTY)(*args)
        if not rows:
            return None
        contact = from_columns(Contact, rows[0])
        read = along(contact)
        read.parties = [row[-2:] for row in rows]
        if history:
            read.history = HISTORY(contact.id)
    if not staff:
        along(contact).seen_by.add(org_id)
    elif contact.sandbox:   # a sandbox's own (core.sandbox): not the CDSP staff's to see
        return None
    return contact


PARTIES = Prepared(lambda: ContactParty.select(ContactParty.organisation, ContactParty.role)
                   .where(ContactParty.contact == slot(0))
                   .order_by(ContactParty.added_at, ContactParty.id).tuples())


def history_rows(contact):
    """``contact``'s events as tuples (at, kind, channel, actor organisation id, from status,
    to status, data), oldest first: as read with it, else read now."""
    read = along(contact)
    if read.history is None:
        read.history = HISTORY(contact.id)
    return read.history


def party_rows(contact):
    """``contact``'s parties as (organisation id, role), in the order they joined: as read
    with it, else read now."""
    read = along(contact)
    if read.parties is None:
        read.parties = [tuple(row) for row in PARTIES(contact.id)]
    return read.parties
