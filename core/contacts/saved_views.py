"""Saved views: a user names a set of list filters (and an order) to come back to, keeps it
to themselves or shares it with their organisation (a CDSP agent's, with the CDSP team),
and lists its contacts, a page at a time, with how many there are.

A view is stored in the list's own terms (:mod:`core.contacts.listing`), JSON-safe: dates
and moments as ISO text, the assignee as "me", "nobody" or an email; "me" is whoever opens the view.
Another organisation's view, or a colleague's private one, is not found.
"""
import datetime

from core import audit, clock
from core.contacts import listing
from core.contacts.validation import BAD_VALUE, invalid
from core.db import transaction
from core.errors import Forbidden, NotFound, Taken
from core.models import SavedView

MAX_NAME = 60
MAX_VIEWS = 50                     # per person
DATES = ("raised_from", "raised_to", "due_from", "due_to")
MOMENTS = ("updated_since",)


def to_stored(filters):
    """``filters`` (engine values) as JSON-safe values for a view; the assignee must be
    "me", "nobody" or an email (a view outlives the person objects of one request)."""
    stored = {}
    for name, value in (filters or {}).items():
        if value is None or value == "":
            continue
        if isinstance(value, datetime.date):
            value = value.isoformat()
        elif name == "assignee" and hasattr(value, "email"):
            value = value.email
        elif isinstance(value, (list, tuple)):
            value = [str(v) for v in value]
        stored[name] = value
    return stored


def from_stored(stored):
    """A view's filters as the engine takes them (the assignee stays "me", "nobody" or an
    email: the list reads "me" as whoever asks)."""
    filters = dict(stored)
    for name in DATES:
        if name in filters:
            filters[name] = datetime.date.fromisoformat(filters[name])
    for name in MOMENTS:
        if name in filters:
            filters[name] = datetime.datetime.fromisoformat(filters[name])
    return filters


def save_view(actor, name, filters, order="received", shared=False):
    """Save a view for ``actor``; Invalid (saying what to fix) when the name is empty, too
    long or already theirs, or a filter is not one the list takes."""
    name = " ".join(str(name or "").split())
    errors, taken = {}, False
    if not name:
        errors["name"] = "Give the view a name."
    elif len(name) > MAX_NAME:
        errors["name"] = f"Use at most {MAX_NAME} characters (you used {len(name)})."
    elif SavedView.select().where((SavedView.owner == actor.id) & (SavedView.name == name)).exists():
        errors["name"] = f"You already have a view called '{name}': choose another name."
        taken = True
    if SavedView.select().where(SavedView.owner == actor.id).count() >= MAX_VIEWS:
        errors["name"] = f"You may keep at most {MAX_VIEWS} views: delete one first."
        taken = False
    if errors:
        raise Taken("The view was not saved: its name is taken.", errors) if taken else \
            invalid("The view was not saved.", errors, BAD_VALUE)
    stored = to_stored(filters)
    listing.list_contacts(actor, from_stored(stored), limit=1, order=order)  # refuses bad filters
    with transaction():
        view = SavedView.create(owner=actor.id, organisation=actor.organisation_id, name=name,
                                shared=bool(shared), filters=stored, order=order,
                                created_at=clock.now())
        audit.record("view.saved", actor=actor, org_id=actor.organisation_id,
                     target_type="view", target_id=view.id,
                     detail={"name": name, "shared": view.shared, "filters": stored, "order": order})
    return view


def views_for(actor):
    """The actor's own views and those their organisation shares, by name."""
    return list(SavedView.select().where(
        (SavedView.owner == actor.id) |
        ((SavedView.organisation == actor.organisation_id) & SavedView.shared))
        .order_by(SavedView.name, SavedView.id))


def get_view(actor, view_id):
    """The view if it is the actor's or shared in their organisation; else NotFound."""
    try:
        view = SavedView.get_or_none(SavedView.id == int(view_id))
    except (TypeError, ValueError):
        view = None
    if view is None or not (view.owner_id == actor.id or
                            (view.shared and view.organisation_id == actor.organisation_id)):
        raise NotFound("There is no such view, or it is not yours to see.")
    return view


def delete_view(actor, view):
    """Only its owner deletes a view (a colleague who sees a shared one may not)."""
    if view.owner_id != actor.id:
        raise Forbidden("Only the person who saved this view may delete it.")
    with transaction():
        SavedView.delete().where(SavedView.id == view.id).execute()
        audit.record("view.deleted", actor=actor, org_id=actor.organisation_id,
                     target_type="view", target_id=view.id, detail={"name": view.name})


def view_contacts(actor, view, after=None, limit=50, with_total=False):
    """A page of the view's contacts as ``actor`` sees them; with ``with_total`` its
    ``total`` says how many match."""
    page = listing.list_contacts(actor, from_stored(view.filters), after=after, limit=limit,
                                 order=view.order)
    if with_total:
        page.total = listing.page_total(page, after, lambda: view_count(actor, view))
    return page


def view_count(actor, view):
    return listing.count_contacts(actor, from_stored(view.filters))

