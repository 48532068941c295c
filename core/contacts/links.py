"""Links between contacts: one related to another, one a duplicate of another (marked by
the ``mark_duplicate`` action, which closes the duplicate), and the chain a challenge
makes (a follow-up's ``parent`` is the contact it challenges).

A link is shown to a reader only when they may see the contacts at both ends, so it never
tells anyone of a contact they cannot see; it makes no event (an event is read by every
party of its contact) and fires no hook. Linking and unlinking are audited."""
from dataclasses import dataclass
from datetime import datetime

from core import audit, clock
from core import db as database
from core.contacts import actions, visibility
from core.contacts.validation import BAD_VALUE, invalid
from core.errors import Conflict, Forbidden, NotFound
from core.models import Contact, ContactLink, User
from core.permissions import allowed

RELATED, DUPLICATE_OF = "related", "duplicate_of"
KINDS = (RELATED, DUPLICATE_OF)
# How a link reads from one of its ends: the other contact is ...
CHALLENGE_OF, FOLLOW_UP, DUPLICATED_BY = "challenge_of", "follow_up", "duplicated_by"
ROLES = {CHALLENGE_OF: "Challenge of", FOLLOW_UP: "Follow-up", DUPLICATE_OF: "Duplicate of",
         DUPLICATED_BY: "Duplicate", RELATED: "Related to"}


@dataclass(frozen=True)
class Link:
    """One link as a reader of ``contact`` sees it: ``role`` (a key of ROLES) says what the
    ``other`` contact is to it. ``removable``: the reader may unlink it (related links)."""
    role: str
    other: Contact
    at: datetime | None = None
    by: User | None = None
    removable: bool = False

    @property
    def label(self):
        return ROLES[self.role]


def _other(actor, contact, reference, what):
    """The contact ``reference`` names, if ``actor`` may see it and it is not ``contact``;
    Invalid otherwise (a contact one may not see reads as one that does not exist)."""
    wanted = str(reference or "").strip().upper()
    if not wanted:
        raise invalid(f"The contact was not {what}.",
                      {"reference": "Give the reference of the other contact."}, BAD_VALUE)
    other = Contact.get_or_none(Contact.reference == wanted)
    if other is None or not visibility.can_see(actor, other):
        raise invalid(f"The contact was not {what}.",
                      {"reference": f"There is no contact {wanted[:40]} that you may see."},
                      BAD_VALUE)
    if other.id == contact.id:
        raise invalid(f"The contact was not {what}.",
                      {"reference": "A contact cannot be linked to itself."}, BAD_VALUE)
    return other


def _chained(a, b):
    """Whether one of ``a`` and ``b`` is a challenge's follow-up of the other."""
    return a.parent_id == b.id or b.parent_id == a.id


def _between(a, b):
    """The link rows between contacts ``a`` and ``b``, either way round."""
    return ContactLink.select().where(
        ((ContactLink.from_contact == a.id) & (ContactLink.to_contact == b.id)) |
        ((ContactLink.from_contact == b.id) & (ContactLink.to_contact == a.id)))


def _write(actor, contact, other, kind, now):
    link = ContactLink.create(from_contact=contact.id, to_contact=other.id, kind=kind,
                              created_by=actor.id if isinstance(actor, User) else None,
                              created_org=getattr(actor, "organisation_id", None), at=now)
    audit.record("contact.linked", actor=actor, org_id=getattr(actor, "organisation_id", None),
                 target_type="contact", target_id=contact.reference,
                 detail={"kind": kind, "other": other.reference})
    return link


def link_contacts(actor, contact, other_reference, kind=RELATED, channel="web"):
    """Link ``contact`` to the contact ``other_reference`` names, both of which ``actor``
    must see. ``related`` just links them; ``duplicate_of`` marks ``contact`` a duplicate of
    the other and closes it (the ``mark_duplicate`` action, for those who may take it).
    Answers the :class:`ContactLink`."""
    visibility.require_visible(actor, contact)
    if kind not in KINDS:
        raise invalid("The contact was not linked.",
                      {"kind": f"Choose one of: {', '.join(KINDS)}."}, BAD_VALUE)
    if kind == DUPLICATE_OF:
        actions.act(actor, contact, "mark_duplicate", channel, of=other_reference)
        return ContactLink.get((ContactLink.from_contact == contact.id) &
                               (ContactLink.kind == DUPLICATE_OF))
    if not allowed(actor, "contact.link", contact):
        raise Forbidden(f"You may not link {contact.reference} to other contacts.")
    other = _other(actor, contact, other_reference, "linked")
    with database.transaction():
        if _between(contact, other).exists() or _chained(contact, other):
            raise Conflict(f"{contact.reference} and {other.reference} are already linked.")
        return _write(actor, contact, other, RELATED, clock.now())


def original_of(actor, duplicate, reference):
    """The contact ``duplicate`` is to be marked a duplicate of: one ``actor`` may see, not
    itself a duplicate (mark it a duplicate of that one's original), so no chain of
    duplicates ever turns into a cycle."""
    original = _other(actor, duplicate, reference, "marked a duplicate")
    if duplicate_target(original) is not None:
        raise invalid("The contact was not marked a duplicate.",
                      {"reference": f"{original.reference} is itself closed as a duplicate: "
                                    f"mark {duplicate.reference} a duplicate of its original."},
                      BAD_VALUE)
    return original


def duplicate_target(contact):
    """The id of the contact ``contact`` is a duplicate of, or None."""
    return (ContactLink.select(ContactLink.to_contact)
            .where((ContactLink.from_contact == contact.id) & (ContactLink.kind == DUPLICATE_OF))
            .scalar())


def mark_duplicate(actor, duplicate, original, now):
    """Record (in the caller's transaction) that ``duplicate`` is a duplicate of
    ``original``; a related link between them gives way to it."""
    related = [r.id for r in _between(duplicate, original).where(ContactLink.kind == RELATED)]
    if related:
        ContactLink.delete().where(ContactLink.id.in_(related)).execute()
    return _write(actor, duplicate, original, DUPLICATE_OF, now)


def unlink(actor, contact, other_reference):
    """Remove the related link between ``contact`` and ``other_reference``'s contact. A
    duplicate's link says why it was closed and stays; so does a challenge's chain."""
    visibility.require_visible(actor, contact)
    if not allowed(actor, "contact.link", contact):
        raise Forbidden(f"You may not unlink {contact.reference} from other contacts.")
    wanted = str(other_reference or "").strip().upper()
    other = Contact.get_or_none(Contact.reference == wanted)
    if other is None or not visibility.can_see(actor, other):
        raise NotFound(f"{contact.reference} is not linked to {wanted[:40] or 'that contact'}.")
    with database.transaction():
        rows = list(_between(contact, other))
        related = [r for r in rows if r.kind == RELATED]
        if not related:
            if rows or _chained(contact, other):
                raise Conflict(f"The link between {contact.reference} and {other.reference} "
                               "records what happened to them and cannot be removed.")
            raise NotFound(f"{contact.reference} is not linked to {other.reference}.")
        ContactLink.delete().where(ContactLink.id.in_([r.id for r in related])).execute()
        audit.record("contact.unlinked", actor=actor,
                     org_id=getattr(actor, "organisation_id", None), target_type="contact",
                     target_id=contact.reference,
                     detail={"kind": RELATED, "other": other.reference})


ORDER = (CHALLENGE_OF, FOLLOW_UP, DUPLICATE_OF, DUPLICATED_BY, RELATED)


def links_for(actor, contact):
    """The :class:`Link` of ``contact`` that ``actor`` may see: the contact it challenges,
    its follow-ups, what it duplicates, its duplicates and its related contacts, in that
    order (each oldest first). A link to a contact the actor cannot see is left out."""
    visibility.require_visible(actor, contact)
    rows = list(ContactLink.select().where((ContactLink.from_contact == contact.id) |
                                           (ContactLink.to_contact == contact.id)))
    follow_up_ids = list(Contact.select(Contact.id).where(Contact.parent == contact.id).scalars())
    wanted = {r.to_contact_id if r.from_contact_id == contact.id else r.from_contact_id
              for r in rows} | set(follow_up_ids) | ({contact.parent_id} - {None})
    if not wanted:
        return []
    seen = {c.id: c for c in visibility.visible_contacts(
        actor, Contact.select().where(Contact.id.in_(list(wanted))))}
    user_ids = {r.created_by_id for r in rows} - {None}
    users = {u.id: u for u in User.select().where(User.id.in_(list(user_ids)))} if user_ids else {}
    may_unlink = allowed(actor, "contact.link", contact)
    found = []
    if contact.parent_id in seen:
        found.append(Link(CHALLENGE_OF, seen[contact.parent_id], contact.raised_at))
    found += [Link(FOLLOW_UP, seen[i], seen[i].raised_at) for i in follow_up_ids if i in seen]
    for row in rows:
        mine = row.from_contact_id == contact.id
        other = seen.get(row.to_contact_id if mine else row.from_contact_id)
        if other is None:
            continue
        role = row.kind if mine or row.kind == RELATED else DUPLICATED_BY
        found.append(Link(role, other, row.at, users.get(row.created_by_id),
                          removable=may_unlink and row.kind == RELATED))
    return sorted(found, key=lambda link: (ORDER.index(link.role), link.at or contact.raised_at,
                                           link.other.id))
