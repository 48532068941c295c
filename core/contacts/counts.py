"""How many contacts a list holds, kept for a few seconds.

A queue's or a view's count comes with every page of it, and the portal's navigation and
home page show several at once; over a million contacts, counting up to the cap
(:data:`core.contacts.listing.COUNT_CAP`) costs more than the page of fifty it comes with.
So a count is kept in the worker's memory for ``CMS_COUNT_CACHE_SECONDS`` (15 by default;
0 keeps none), as GitLab and Zendesk keep theirs: the list itself is always read fresh,
and its count lags it by at most that long.

A count is kept for one side of the wall and one set of filters: the CDSP's staff share
theirs (they see every contact), a participant organisation's users share their
organisation's, and filters that name the person asking ("me", the contacts they follow)
are kept for that person alone. Keys name organisations and people by id, never by what
they typed, so a count can never reach someone it was not made for.
"""
import datetime
import threading
import time

from flask import current_app

DEFAULT_SECONDS = 15
MAX_KEPT = 10_000            # then the store starts again (a count is cheap to make once)
PERSONAL = ("assignee", "watching")   # filters whose meaning depends on who asks
_lock = threading.Lock()


def kept(key, count):
    """``count()``, or the value it gave for ``key`` less than the kept seconds ago."""
    seconds = current_app.config.get("CMS_COUNT_CACHE_SECONDS", DEFAULT_SECONDS)
    if not seconds:
        return count()
    store = current_app.extensions.setdefault("cms_counts", {})
    now = time.monotonic()
    found = store.get(key)
    if found is not None and found[0] > now:
        return found[1]
    value = count()
    with _lock:
        if len(store) >= MAX_KEPT:
            store.clear()
        store[key] = (now + seconds, value)
    return value


def forget():
    """Drop every kept count of this worker (tests; an operator's ``cms`` command)."""
    current_app.extensions.pop("cms_counts", None)


def key(scope, actor_id, filters, *more):
    """The key of a count: ``scope`` (whose contacts), the person when the filters name
    them, the filters (in a canonical form) and anything ``more`` the count depends on."""
    filters = {k: v for k, v in dict(filters or {}).items() if v is not None and v != ""}
    personal = actor_id if any(name in filters for name in PERSONAL) else None
    return (scope, personal, tuple(sorted((name, _canonical(value))
                                          for name, value in filters.items())), more)


def _canonical(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(sorted(_canonical(v) for v in value))
    if isinstance(value, (bool, int)):
        return value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if hasattr(value, "id"):          # a User (the assignee filter)
        return ("id", value.id)
    return str(value).strip()
