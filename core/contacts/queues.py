"""Queues: assigning a contact to a person and transferring it to another organisation of
the holder's group; pages and their markers (the lists themselves are in
:mod:`core.contacts.listing`).

Listing is keyset-paginated: a page carries ``next_cursor``, an opaque string to pass back
as ``after`` for the next page.
"""
import base64
import datetime
from dataclasses import dataclass, field

from core.contacts import events, visibility
from core.errors import Invalid
from core.models import Contact, Organisation, User
from core.permissions import READ_ONLY

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


@dataclass
class Page:
    items: list = field(default_factory=list)
    next_cursor: str = None


def encode_cursor(contact):
    raw = f"{contact.raised_at.isoformat()}|{contact.id}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor):
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, ident = raw.split("|")
        return datetime.datetime.fromisoformat(when), int(ident)
    except (ValueError, UnicodeDecodeError):
        raise Invalid("The page marker is not valid.",
                      {"cursor": "Start again from the first page."}) from None


def check_limit(limit):
    try:
        limit = int(limit if limit is not None else DEFAULT_LIMIT)
    except (TypeError, ValueError):
        limit = 0
    if not 1 <= limit <= MAX_LIMIT:
        raise Invalid("Too many or too few per page.",
                      {"limit": f"Ask for 1 to {MAX_LIMIT} contacts per page."})
    return limit


def paginate(query, after=None, limit=None, newest_first=False, keys=None):
    """One page of ``query`` ordered by (raised_at, id), oldest first unless ``newest_first``.

    ``keys`` are the two columns that hold that order, when the query can read it from an
    index elsewhere (an organisation's party rows carry each contact's raised_at).
    """
    limit = check_limit(limit)
    when_key, id_key = keys or (Contact.raised_at, Contact.id)
    if after:
        when, ident = decode_cursor(after)
        if newest_first:
            query = query.where((when_key < when) | ((when_key == when) & (id_key < ident)))
        else:
            query = query.where((when_key > when) | ((when_key == when) & (id_key > ident)))
    order = ((when_key.desc(), id_key.desc()) if newest_first else (when_key, id_key))
    rows = list(query.order_by(*order).limit(limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(items=rows, next_cursor=encode_cursor(rows[-1]) if more and rows else None)


def assignable_users(org):
    """Who may be given ``org``'s contacts: its active users who are not read-only, by name."""
    org_id = org.id if isinstance(org, Organisation) else org
    return (User.live().where((User.organisation == org_id) & User.disabled_at.is_null() &
                              (User.role != READ_ONLY))
            .order_by(User.name, User.email))


def group_members(org):
    """The active organisations of ``org``'s group (its root and every descendant), by code."""
    return list(Organisation.select().where(Organisation.id.in_(list(_group_ids(org))) &
                                            Organisation.is_active).order_by(Organisation.code))


def transfer_targets(org):
    """Where ``org`` may transfer the contacts it holds: the rest of its active group."""
    return [o for o in group_members(org) if o.id != org.id]


def assign(actor, contact, channel, now, assignee=None, assignee_email=None, **params):
    """Give the contact to a person of the holding organisation (None: back to the queue).

    The person is ``assignee`` (a User or a user id) or ``assignee_email`` (their email, as
    the API names people). Either is looked for among the holder's assignable users only,
    and after the contact's visibility, permission and status were checked: someone unknown
    and someone of another organisation get the same refusal, so nobody learns who exists.
    """
    people = assignable_users(contact.holder_org_id)
    user = None
    if assignee_email is not None:
        user = people.where(User.email == str(assignee_email).strip().lower()).first()
        if user is None:
            raise Invalid("The contact was not assigned.",
                          {"assignee": "Give the email of an active user (not read-only) of "
                                       "the organisation that holds the contact."})
    elif assignee not in (None, ""):
        wanted = assignee.id if isinstance(assignee, User) else _int(assignee)
        user = people.where(User.id == wanted).first()
        if user is None:
            raise Invalid("The contact was not assigned.",
                          {"assignee": "Choose an active user (not read-only) of the "
                                       "organisation that holds the contact."})
    before = {"assignee": contact.assignee_id}
    contact.assignee = user
    events.record(contact, "assigned", actor, channel, now, before=before,
                  after={"assignee": user.id if user else None})


def transfer(actor, contact, channel, now, to_org=None, **params):
    """Move the contact to another organisation of the holder's group (parent or children)."""
    org = to_org if isinstance(to_org, Organisation) else Organisation.by_code(str(to_org or ""))
    holder = contact.holder_org
    if org is None or org.id not in {o.id for o in transfer_targets(holder)}:
        raise Invalid("The contact was not transferred.",
                      {"to_org": "Choose another active organisation of the holder's group "
                                 "(its parent or its children)."})
    before = {"holder": holder.code, "assignee": contact.assignee_id}
    contact.holder_org, contact.assignee = org, None
    visibility.add_party(contact, org, "transferred", now)
    event = events.record(contact, "transferred", actor, channel, now, before=before,
                          after={"holder": org.code, "assignee": None})
    events.transitioned(contact, event)


def _group_ids(org):
    root = org
    while root.parent_id:
        root = Organisation.get_by_id(root.parent_id)
    return root.descendant_ids()


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
