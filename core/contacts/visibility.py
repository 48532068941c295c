"""Who may see a contact: exactly its parties (originator, recipients, holders, allocated
organisations) and the CDSP; and a parent's supervisors its children's, where the parent has
the group view (:mod:`core.contacts.group_view`). Everyone else is told it does not exist.
A sandbox's contacts (core.sandbox) have the sandbox as their only participant party, and
CDSP staff do not see them (:data:`LIVE`): the scripted CDSP side works them without a person."""
from core.contacts.along import along, forget_parties
from core.contacts.group_view import group_ids, party_in_group
from core.contacts.lifecycle import TERMINAL
from core.errors import NotFound
from core.models import CDSP_ORG, Contact, ContactParty, Organisation
from core.prepared import Prepared, slot

CDSP_ROLES = ("agent", "admin")
LIVE = Contact.sandbox == False   # noqa: E712  (SQL: what CDSP staff see of all contacts)


def cdsp_org():
    return Organisation.by_code(CDSP_ORG)


def is_cdsp_staff(actor):
    """A CDSP agent or admin (of the CDSP organisation)."""
    if getattr(actor, "role_id", None) not in CDSP_ROLES:
        return False
    org = getattr(actor, "organisation", None)
    return org is not None and org.code == CDSP_ORG


IS_PARTY = Prepared(lambda: ContactParty.select(ContactParty.id)
                    .where((ContactParty.contact == slot(0)) & (ContactParty.organisation == slot(1)))
                    .limit(1).tuples())


def can_see(actor, contact):
    """Whether ``actor`` may see ``contact``. A party stays a party, so a "yes" is kept with
    the contact (:class:`core.contacts.reading.ReadAlong`) for the rest of its life (one
    request); a "no" is asked again."""
    org_id = getattr(actor, "organisation_id", None) if actor is not None else None
    if org_id is None:
        return False
    if is_cdsp_staff(actor):
        return not contact.sandbox
    seen = along(contact).seen_by
    if org_id in seen:
        return True
    if IS_PARTY.first(contact.id, org_id) is None:
        return party_in_group(actor, contact) is not None   # not kept: the person's, not the org's
    seen.add(org_id)
    return True


def require_visible(actor, contact):
    if contact is None or not can_see(actor, contact):
        raise NotFound("There is no such contact, or you may not see it.")
    return contact


def visible_contacts(actor, query=None):
    """``query`` (default: every contact) narrowed to the contacts ``actor`` may see."""
    query = query if query is not None else Contact.select()
    if is_cdsp_staff(actor):
        return query.where(LIVE)
    org_id = getattr(actor, "organisation_id", None)
    if org_id is None:
        return query.where(Contact.id.is_null())
    group = group_ids(actor)
    parties = ContactParty.select(ContactParty.contact).where(
        ContactParty.organisation.in_(list(group)) if group else ContactParty.organisation == org_id)
    return query.where(Contact.id.in_(parties))


def visible_in_order(actor):
    """(query, order keys) of the contacts ``actor`` may see, for lists in order of receipt.

    A participant's are read through its party rows, whose (organisation, raised_at,
    contact) index gives them in order without touching anyone else's contacts; a group
    view's (keys None, as the CDSP's) through the contacts, as one may be several's.
    """
    if is_cdsp_staff(actor):
        return Contact.select().where(LIVE), None
    if group_ids(actor):     # a group's: by the contact (two of its organisations may be parties)
        return visible_contacts(actor), None
    org_id = getattr(actor, "organisation_id", None)
    query = (Contact.select().join(ContactParty, on=(ContactParty.contact == Contact.id))
             .where(ContactParty.organisation == (org_id or 0)))
    return query, (ContactParty.raised_at, ContactParty.contact)


def add_party(contact, organisation, role, now):
    """Make ``organisation`` a party of ``contact`` (no-op when it already is)."""
    exists = ContactParty.select().where((ContactParty.contact == contact.id) &
                                         (ContactParty.organisation == organisation.id)).exists()
    if not exists:
        ContactParty.create(contact=contact, organisation=organisation, role=role, added_at=now,
                            raised_at=contact.raised_at,   # migrations 0017 and 0019 keep
                            open_due_at=None if contact.status in TERMINAL else contact.due_at,
                            status=contact.status,         # these two current
                            contact_type=contact.contact_type)
        forget_parties(contact)
    return not exists
