"""Lists of contacts: what an actor may see, filtered, in order of receipt or by due date,
a page at a time (keyset paging), and how many there are.

Every list reads through :func:`core.contacts.visibility.visible_in_order`, so a filter
can only narrow what the actor may see, never widen it.
"""
import datetime

import peewee

from core import clock
from core import db as database
from core.contacts import counts, group_view, lifecycle, visibility, watchers
from core.contacts.queues import check_limit, decode_cursor, encode_cursor, Page
from core.contacts.sla import add_business_days, at_risk_days
from core.contacts.validation import BAD_VALUE, invalid
from core.errors import Forbidden
from core.models import Contact, ContactParty, Organisation, User
from core.prepared import from_columns

FILTERS = ("status", "contact_type", "mprn", "originator_ref", "holder", "originator",
           "assignee", "ced", "raised_from", "raised_to", "due_from", "due_to", "parent",
           "updated_since", "breached", "at_risk", "outside_allowance", "watching")
ORDERS = ("received", "due")
NOBODY = "nobody"   # the assignee filter's value for contacts nobody is working on
COUNT_CAP = 1_000   # counts stop here: "1,000+" (as GitLab caps its issue counts)


class Total(int):
    """How many contacts match: exact up to :data:`COUNT_CAP`; beyond it the cap, with
    ``exact`` false, and it reads "1,000+". Counting every match of a wide filter over
    millions of contacts would cost more than the page of fifty it comes with."""
    def __new__(cls, value, exact=True):
        counted = super().__new__(cls, value)
        counted.exact = exact
        return counted

    def __str__(self):
        return f"{int(self):,}" if self.exact else f"{int(self):,}+"


def total(query, cap=None):
    """The :class:`Total` of ``query``'s rows: the database stops counting after ``cap``
    (default :data:`COUNT_CAP`)."""
    cap = COUNT_CAP if cap is None else cap
    found = query.order_by().limit(cap + 1).count()
    return Total(min(found, cap), exact=found <= cap)


def page_total(page, after, count):
    """How many match, for a page of them: a first page that holds every match is its own
    count (exact, and nothing more to ask); otherwise ``count()``."""
    if not after and not page.next_cursor:
        return Total(len(page.items))
    return count()


def _scope(actor):
    """Whose contacts a count covers: every contact for the CDSP's staff, a group view's
    organisations' for its supervisors, else the actor's organisation's (see
    :mod:`core.contacts.counts`)."""
    if visibility.is_cdsp_staff(actor):
        return "cdsp"
    return ("group" if group_view.group_ids(actor) else "org", actor.organisation_id)


def person(actor, value):
    """The assignee filter's person for ``actor``: "me", "nobody" (NOBODY), or the email of
    someone the actor's side works with (CDSP staff: anyone; a participant: its own
    organisation's people); None for anyone else, so a filter never tells who exists."""
    if isinstance(value, User):
        return value
    value = str(value or "").strip()
    if value.lower() == "me":
        return actor
    if value.lower() == NOBODY:
        return NOBODY
    user = User.by_email(value)
    if user is None or not (visibility.is_cdsp_staff(actor) or
                            user.organisation_id == actor.organisation_id):
        return None
    return user


def list_contacts(actor, filters=None, after=None, limit=50, newest_first=False, order="received"):
    """A :class:`Page` of the contacts ``actor`` may see that match ``filters``.

    ``order`` is "received" (raised_at, the default) or "due" (the moment the service level
    is breached, soonest first); ``newest_first`` reverses it. Pass the page's
    ``next_cursor`` as ``after`` for the next page, with the same order.

    ``filters`` (see FILTERS; unknown names and bad values raise Invalid saying what to fix):
    ``status`` and ``contact_type`` (one or a list); ``mprn``, ``originator_ref``, ``ced``;
    ``holder`` and ``originator`` (an organisation code, or "mine"); ``assignee`` (a User,
    "me", "nobody" or an email: see :func:`person`); ``raised_from``/``raised_to`` and ``due_from``/``due_to`` (local dates,
    both ends included); ``parent`` (a reference); ``updated_since`` (a datetime);
    ``breached``, ``at_risk`` and ``outside_allowance`` (booleans); ``watching`` (a boolean:
    the contacts the actor follows, or those they do not).
    """
    if order not in ORDERS:
        raise invalid("Unknown order.", {"order": f"Order by one of: {', '.join(ORDERS)}."},
                      BAD_VALUE)
    query, keys = visibility.visible_in_order(actor)
    query, due_keys = _open_only(actor, query, filters, keys)
    if order == "due":
        keys = due_keys or (Contact.due_at, Contact.id)
    return _page(query, after, limit, newest_first, keys or (Contact.raised_at, Contact.id), order)


def _open_due(keys):
    """The ``open_due_at`` a list read in order of ``keys`` (of
    :func:`core.contacts.visibility.visible_in_order`) reads: the contact's own for CDSP staff
    and a group view (keys None), the party row's (the same value, kept by migration 0017's
    trigger) for a participant, whose list is read through its party rows and their
    (organisation, open_due_at) index."""
    return Contact.open_due_at if keys is None else ContactParty.open_due_at


def _status_beside(open_due):
    """The status read beside ``open_due``: the party row's (the contact's, kept by migration
    0019's trigger, and in both of an organisation's list indexes) when the list is read
    through party rows, else the contact's own."""
    return ContactParty.status if open_due is ContactParty.open_due_at else Contact.status


def _type_beside(open_due):
    """The contact type read beside ``open_due``, as :func:`_status_beside` (migration 0020)."""
    return ContactParty.contact_type if open_due is ContactParty.open_due_at else Contact.contact_type


def _open_only(actor, query, filters, keys):
    """(filtered query, due order keys); the keys are None unless ``filters`` ask for open
    contacts only.

    Such a query also reads ``open_due_at`` (an open contact's due moment, null once it is
    finished; migration 0017), whose indexes give the open ones in due order as one range
    (with the type, or within the organisation); its due-date filters read it too, so they
    are ranges of the same index, and the keys of the due order are it and the contact."""
    open_due = _open_due(keys)
    statuses = _listed((filters or {}).get("status") or ())
    if not statuses or not set(statuses) <= lifecycle.OPEN:
        return _filtered(actor, query, filters, open_due), None
    query = _filtered(actor, query.where(open_due.is_null(False)), filters, open_due, open_only=True)
    second = Contact.id if open_due is Contact.open_due_at else ContactParty.contact
    return query, (open_due, second)


def queue(actor, org=None, assignee=None, unassigned=False, after=None, limit=None,
          filters=None, order="received", with_total=False, group=False):
    """The open contacts ``org`` holds (default: the actor's organisation), oldest first;
    with ``group``, those every organisation of the actor's group view holds.

    Participants see only their own organisation's queue (a group view's supervisors: its
    organisations'); CDSP staff any organisation's.
    ``assignee`` (a User) or ``unassigned=True`` narrow it to one person's work or to work
    nobody has yet; ``filters`` and ``order`` as :func:`list_contacts`. With ``with_total``
    the page's ``total`` says how many contacts the queue holds that match.
    """
    org = org or actor.organisation
    held = group_view.group_ids(actor) if group or org.id != actor.organisation_id else None
    if group and not held:
        raise Forbidden("Your organisation has no group view: see your own organisation's queue.")
    if org.id != actor.organisation_id and not visibility.is_cdsp_staff(actor) and \
            org.id not in (held or ()):
        raise Forbidden("You may see only your own organisation's queue.")
    holder = Contact.holder_org.in_(sorted(held)) if group else Contact.holder_org == org.id
    if order not in ORDERS:
        raise invalid("Unknown order.", {"order": f"Order by one of: {', '.join(ORDERS)}."},
                      BAD_VALUE)
    filters = dict(filters or {})
    if assignee is not None:
        filters["assignee"] = assignee
    elif unassigned:
        filters["assignee"] = NOBODY
    query = _filtered(actor, Contact.select().where(
        holder & Contact.status.in_(sorted(lifecycle.OPEN)) &
        Contact.open_due_at.is_null(False) & visibility.LIVE), filters, open_only=True)  # see _open_only
    keys = (Contact.open_due_at, Contact.id) if order == "due" else (Contact.raised_at, Contact.id)
    page = _page(query, after, limit, False, keys, order)
    if with_total:
        kept = counts.key(("group" if group else "queue", org.id), actor.id, filters, visibility.is_cdsp_staff(actor))
        page.total = page_total(page, after, lambda: counts.kept(kept, lambda: total(query)))
    return page


def count_contacts(actor, filters=None):
    """How many contacts ``actor`` may see match ``filters`` (as :func:`list_contacts`): a
    :class:`Total`, exact up to :data:`COUNT_CAP`, kept a few seconds
    (:mod:`core.contacts.counts`)."""
    query, keys = visibility.visible_in_order(actor)
    query, _ = _open_only(actor, query, filters, keys)   # bad filters are refused before any keeping
    return counts.kept(counts.key(_scope(actor), actor.id, filters), lambda: total(query))


RUNNING = lifecycle.OPEN - {lifecycle.RESOLVED}       # open, the service level's clock running
FINISHED = frozenset({lifecycle.RESOLVED, lifecycle.CLOSED})   # the only ones with resolved_at


def breached_condition(now, statuses=None, open_due=Contact.open_due_at):
    """SQL truth of "past its service level": open and past due, or resolved after due.

    ``due_at`` is kept current as the clock pauses and resumes; a contact that waits on
    its originator (clock paused) is not counted as breached while it waits. Each branch
    names the statuses it can hold (only a resolved contact, or one closed after it was
    resolved, has ``resolved_at``), narrowed to ``statuses`` when a filter names them, so a
    branch no status asked for is left out and the other is a range of an index; an open
    contact's ``due_at`` is ``open_due`` (see :func:`_open_due`).
    """
    wanted = set(_listed(statuses)) if statuses else set(lifecycle.STATUSES)
    status = _status_beside(open_due)
    branches = []
    if wanted & RUNNING:
        branches.append(status.in_(sorted(wanted & RUNNING)) & Contact.paused_at.is_null() &
                        (open_due < now))
    if wanted & FINISHED:
        branches.append(status.in_(sorted(wanted & FINISHED)) &
                        Contact.resolved_at.is_null(False) & (Contact.resolved_at > Contact.due_at))
    if not branches:
        return Contact.id.is_null()     # false: none of the statuses asked for can be late
    return branches[0] if len(branches) == 1 else branches[0] | branches[1]


def at_risk_condition(now, statuses=None, open_due=Contact.open_due_at):
    """SQL truth of "at risk": running (open, not resolved, clock not stopped), not yet
    breached, and due within the at-risk margin of business days (as
    :func:`core.contacts.sla.status` tells it for one contact)."""
    running = set(_listed(statuses)) & RUNNING if statuses else RUNNING
    if not running:
        return Contact.id.is_null()
    last_day = add_business_days(clock.local_today(now), at_risk_days())
    margin_end = clock.local_midnight_utc(last_day + datetime.timedelta(days=1))
    return (_status_beside(open_due).in_(sorted(running)) & Contact.paused_at.is_null() &
            (open_due >= now) & (open_due <= margin_end))    # open, so due_at is open_due_at


def _page(query, after, limit, newest_first, keys, order):
    limit = check_limit(limit)
    first, second = keys
    if after:
        when, ident = _cursor(after, order)
        if newest_first:
            query = query.where((first < when) | ((first == when) & (second < ident)))
        else:
            query = query.where((first > when) | ((first == when) & (second > ident)))
    ordering = (first.desc(), second.desc()) if newest_first else (first, second)
    rows = _contacts(_selection_once(query.order_by(*ordering).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = None
    if more and rows:
        last = rows[-1]
        cursor = encode_cursor(last) if order == "received" else _due_cursor(last)
    return Page(items=rows, next_cursor=cursor)


# Columns whose values both drivers already give as peewee would make them (numbers, ids,
# text): read as they come. The rest (moments, booleans, JSON) go through their field.
_AS_READ = (peewee.IntegerField, peewee.CharField, peewee.TextField, peewee.ForeignKeyField)
_CONVERT = tuple((i, field.python_value) for i, field in enumerate(Contact._meta.sorted_fields)
                 if not isinstance(field, _AS_READ))


def _contacts(query):
    """The contacts ``query`` (of every column of Contact) reads, made from its rows
    directly: peewee's model rows of a joined query set every column through the model's
    setters and build the joined party row too, and convert every value, which cost more
    per page of fifty than the database's own work."""
    cursor = database.db.execute(query)
    made = []
    for row in cursor.fetchall():
        row = list(row)
        for i, convert in _CONVERT:
            if row[i] is not None:
                row[i] = convert(row[i])
        made.append(from_columns(Contact, row))
    return made


_WRITTEN = {}   # (alias, quotes, database class): Contact's column list as SQL


class _ContactsSelect(peewee.ModelSelect):
    """A select of every column of Contact whose column list is written once per table
    alias and database: peewee writes each of the forty columns afresh on every query, which
    was most of the time it took to make a page's SQL. Only the text is kept: the columns
    themselves stay in the select, so rows are read and converted as before."""

    def __sql_selection__(self, ctx, is_subquery=False):
        if is_subquery:
            return super().__sql_selection__(ctx, is_subquery)
        key = (ctx.alias_manager[Contact._meta.table], ctx.state.quote, type(database.db.obj))
        text = _WRITTEN.get(key)
        if text is None:
            start = len(ctx._sql)
            super().__sql_selection__(ctx, is_subquery)
            _WRITTEN[key] = "".join(ctx._sql[start:])
            return ctx
        return ctx.literal(text)


def _selection_once(query):
    """``query`` writing its column list once (:class:`_ContactsSelect`) when it reads
    every column of Contact, as every list does; else ``query`` itself."""
    if type(query) is peewee.ModelSelect and query._is_default and query.model is Contact:
        query = query.clone()
        query.__class__ = _ContactsSelect
    return query


def _due_cursor(contact):
    return "d" + encode_cursor(_Moment(contact.due_at, contact.id))


def _cursor(after, order):
    due = after.startswith("d")
    if due != (order == "due"):
        raise invalid("The page marker is not valid.",
                      {"cursor": "Start again from the first page: the order has changed."},
                      BAD_VALUE)
    return decode_cursor(after[1:] if due else after)


class _Moment:
    """What :func:`encode_cursor` reads of a contact, for the due-date order."""
    def __init__(self, when, ident):
        self.raised_at, self.id = when, ident


def _listed(value):
    return [value] if isinstance(value, str) else list(value)


def _organisation_id(actor, code):
    if code == "mine":
        return actor.organisation_id
    org = Organisation.by_code(str(code).strip().upper())
    return org.id if org else 0


def _filtered(actor, query, filters, open_due=Contact.open_due_at, open_only=False):
    """``query`` narrowed by ``filters``. ``open_due`` is the open due moment the query reads
    (:func:`_open_due`), and the status and type beside it are read (:func:`_status_beside`).
    With ``open_only`` (every contact the query reads is open, its
    ``open_due_at`` set) the query leans on the indexes of ``open_due_at``:

    * with a type named, the statuses asked are said as the open ones not asked (none, or
      "not resolved"): the same rows, which leaves both planners the range of the type's
      open contacts (its index by ``open_due_at``) rather than a wide range of several
      statuses (without a type, the holder's or the status's own index serves better);
    * the due-date filters are ranges of it;
    * a "raised from" date bounds it too: a contact is due at the end of a day no earlier
      than the day it was raised, so one raised on or after a day is due after that day
      starts, and a due order starts there, past the older ones."""
    filters = {k: v for k, v in dict(filters or {}).items() if v is not None and v != ""}
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise invalid("Unknown filter.", {f: f"Filter on: {', '.join(FILTERS)}." for f in unknown},
                      BAD_VALUE)
    if "status" in filters:
        statuses = _listed(filters["status"])
        if any(s not in lifecycle.STATUSES for s in statuses):
            raise invalid("Unknown status.", {"status": f"Choose from: {', '.join(lifecycle.STATUSES)}."},
                          BAD_VALUE)
        status = _status_beside(open_due)
        if open_only and "contact_type" in filters:   # see the docstring
            unwanted = sorted(lifecycle.OPEN - set(statuses))
            query = query.where(status.not_in(unwanted)) if unwanted else query
        else:
            query = query.where(status.in_(statuses))
    if "contact_type" in filters:
        query = query.where(_type_beside(open_due).in_(
            [str(code).strip().upper() for code in _listed(filters["contact_type"])]))
    for name in ("mprn", "originator_ref", "ced"):
        if name in filters:
            value = str(filters[name]).strip()
            query = query.where(getattr(Contact, name) == (value.upper() if name == "ced" else value))
    if "holder" in filters:
        query = query.where(Contact.holder_org == _organisation_id(actor, filters["holder"]))
    if "originator" in filters:
        query = query.where(Contact.originator_org == _organisation_id(actor, filters["originator"]))
    if "assignee" in filters:
        if not isinstance(filters["assignee"], (str, User)):
            raise invalid("Unknown assignee.", {"assignee": "Give a person, 'me' or 'nobody'."},
                          BAD_VALUE)
        assignee = person(actor, filters["assignee"])
        if assignee == NOBODY:
            query = query.where(Contact.assignee.is_null())
        else:   # someone out of the actor's sight matches nothing, and says nothing
            query = query.where(Contact.assignee == (assignee.id if assignee else 0))
    # due_at is the moment a contact's due date ends: due on day D means due_at = D+1, 00:00
    due = open_due if open_only else Contact.due_at
    for column, start, end, shift in ((Contact.raised_at, "raised_from", "raised_to", 0),
                                      (due, "due_from", "due_to", 1)):
        query = _between(query, column, filters, start, end, shift)
    if open_only and filters.get("raised_from") is not None:
        query = query.where(open_due >= clock.local_midnight_utc(filters["raised_from"]))
    if "parent" in filters:
        parent = Contact.get_or_none(Contact.reference == str(filters["parent"]).upper())
        query = query.where(Contact.parent == (parent.id if parent else 0))
    if "updated_since" in filters:
        query = query.where(Contact.updated_at >= clock.naive_utc(filters["updated_since"]))
    now = clock.now()
    for name, condition in (("breached", breached_condition), ("at_risk", at_risk_condition)):
        if name in filters:    # as a plain condition (not "= true"), so its ranges use indexes
            met = condition(now, filters.get("status"), open_due)
            query = query.where(met if filters[name] else ~met)
    if "outside_allowance" in filters:
        query = query.where(Contact.outside_allowance == bool(filters["outside_allowance"]))
    if "watching" in filters:
        followed = watchers.watched_condition(getattr(actor, "id", None) or 0)
        query = query.where(followed if filters["watching"] else ~followed)
    return query


def _between(query, column, filters, start, end, shift):
    """Local dates, both ends included (``column`` read as the day ``shift`` days before
    the moment it holds); the end before the start is an error to fix."""
    first, last = filters.get(start), filters.get(end)
    for name, value in ((start, first), (end, last)):
        if value is not None and not isinstance(value, datetime.date):
            raise invalid("Not a date.", {name: "Give a date as YYYY-MM-DD."}, BAD_VALUE)
    if first is not None and last is not None and last < first:
        raise invalid("The dates are the wrong way round.",
                      {end: f"The end date is before the start date ({first.isoformat()})."},
                      BAD_VALUE)
    if first is not None:
        query = query.where(column >= clock.local_midnight_utc(first + datetime.timedelta(days=shift)))
    if last is not None:
        query = query.where(column < clock.local_midnight_utc(last + datetime.timedelta(days=1 + shift)))
    return query
