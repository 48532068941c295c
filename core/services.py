"""Services: the parts of the service a user may use, assigned per user by their LSO.

``contacts`` (the portal's contact pages), ``files`` (batch files on the portal), ``reports``
and ``api`` (API keys, and the API they open). A page belongs to a service through its
channel (``Channel.service``) unless its view says otherwise (``access(..., service=)``);
the permission hook decides (``permission_allowed(actor, "service.use", code)``: the
default allows what the user holds). Every user made before services existed holds all four,
as each role gave them all; a user created without a choice gets all four too.
"""
from flask import current_app, g, has_app_context

from core import audit
from core.db import transaction, utcnow
from core.models import UserService
from core.prepared import Prepared, slot

HELD = Prepared(lambda: UserService.select(UserService.service).where(UserService.user == slot(0))
                .tuples())

SERVICES = {"contacts": "Contacts", "files": "Files", "reports": "Reports", "api": "API"}
ALL = tuple(SERVICES)
INHERIT = object()   # access(...)'s default: the service of the view's channel


def held(user):
    """The codes of the services ``user`` holds (kept for the request)."""
    user_id = getattr(user, "id", None)
    if user_id is None:
        return set()
    cache = g.setdefault("_services_held", {}) if _in_app() else {}
    if user_id not in cache:
        cache[user_id] = {service for (service,) in HELD(user_id)}
    return cache[user_id]


def _in_app():
    return has_app_context()


def _forget(user_id):
    if _in_app():
        g.setdefault("_services_held", {}).pop(user_id, None)


def clean(codes):
    """The known codes among ``codes``, in SERVICES order; (codes, unknown ones)."""
    codes = {(c or "").strip().lower() for c in codes or ()}
    return [c for c in ALL if c in codes], sorted(c for c in codes - set(ALL) if c)


def names(codes):
    return [SERVICES[c] for c in ALL if c in set(codes)]


def grant(user, codes):
    """Give ``user`` the services ``codes`` (inside the caller's transaction; no audit)."""
    for code in codes:
        (UserService.insert(user=user.id, service=code, granted_at=utcnow())
         .on_conflict_ignore().execute())
    _forget(user.id)


def set_services(actor, user, codes):
    """Make ``codes`` exactly the services ``user`` holds; audited when anything changes.
    Answers (added, withdrawn)."""
    wanted, _ = clean(codes)
    now = held(user)
    added = [c for c in wanted if c not in now]
    withdrawn = [c for c in ALL if c in now and c not in wanted]
    if not added and not withdrawn:
        return [], []
    with transaction():
        grant(user, added)
        if withdrawn:
            UserService.delete().where((UserService.user == user.id) &
                                       UserService.service.in_(withdrawn)).execute()
        _forget(user.id)
        audit.record("user.services_changed", actor=actor, target_type="user", target_id=user.id,
                     org_id=user.organisation_id, detail={"added": added, "withdrawn": withdrawn})
    return added, withdrawn


def service_of_view(view, blueprint):
    """The service a view belongs to: its own ``service`` if it declares one, else its
    channel's (None: no service needed)."""
    own = getattr(view, "service", INHERIT)
    if own is not INHERIT:
        return own
    return current_app.extensions["cms"].blueprint_services.get(blueprint)


def service_of_endpoint(endpoint):
    view = current_app.view_functions.get(endpoint)
    if view is None:
        return None
    return service_of_view(view, endpoint.rsplit(".", 1)[0] if "." in endpoint else None)


def may_use(user, code):
    from core.permissions import allowed
    return code is None or allowed(user, "service.use", code)
