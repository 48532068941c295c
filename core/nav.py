"""The portal's navigation, in three parts:

- the service navigation's **work** items (Home, Raise a contact, Queue, Search...), at most
  seven: any beyond the seventh go to the front of the Manage menu;
- the header's **manage** menu (users, the audit log, templates, the CDSP's administration);
- the header's **account** menu, "Your account" (profile, password, two-factor, API keys...).

The core adds its own items here (:func:`init_app`); a plugin's blueprint adds its own with
``core.web.nav_link``, which calls :func:`add_link` with a function that answers
``(text, url)`` for this request, or None when the link does not apply (the plugin is off
for the tenant, the user may not use it). Within an area items are shown by ``order``,
then in the order they were added.
"""
from dataclasses import dataclass

from flask import current_app, g, request, url_for
from flask_login import current_user

_KEY = "cms_nav_links"
WORK, MANAGE, ACCOUNT = "work", "manage", "account"
AREAS = (WORK, MANAGE, ACCOUNT)
MAX_WORK_ITEMS = 7


@dataclass(frozen=True)
class Item:
    text: str
    url: str
    current: str | None = None   # "page" on its own page, "true" on a page below it, else None


def add_link(app, link, endpoint=None, area=WORK, order=100):
    if area not in AREAS:
        raise ValueError(f"navigation area {area!r}: use one of {', '.join(AREAS)}")
    app.extensions.setdefault(_KEY, []).append((endpoint, link, area, order))


def _current(url):
    path = url.split("?", 1)[0]
    if request.path == path:
        return "page"
    if not path.endswith("/") and request.path.startswith(path + "/"):
        return "true"
    return None


def navigation():
    """{area: [Item]} for the page being shown: what this user may open here."""
    found = {area: [] for area in AREAS}
    links = current_app.extensions.get(_KEY, ())
    for endpoint, link, area, order in sorted(links, key=lambda entry: entry[3]):
        if endpoint and not _service_held(endpoint):
            continue
        answer = link()
        if answer:
            text, url = answer
            found[area].append(Item(text, url, _current(url)))
    work = found[WORK]
    found[WORK], found[MANAGE] = work[:MAX_WORK_ITEMS], work[MAX_WORK_ITEMS:] + found[MANAGE]
    return found


def _service_held(endpoint):
    """Whether the signed-in user holds the service ``endpoint``'s page needs."""
    from core import services
    if not current_user.is_authenticated:
        return True
    return services.may_use(current_user, services.service_of_endpoint(endpoint))


def link_url(endpoint):
    """The url of the navigation's link to ``endpoint`` when the page being shown has it (its
    plugin is on for this tenant and the user may use it), else None: how one plugin's
    page points at another's without knowing whether it is installed or enabled."""
    for linked, link, _, _ in current_app.extensions.get(_KEY, ()):
        if linked == endpoint:
            found = link() if _service_held(endpoint) else None
            return found[1] if found else None
    return None


def _core_link(text, endpoint, when=lambda user, tenant: True):
    def link():
        tenant = g.get("tenant")
        if tenant is None or not current_user.is_authenticated:
            return None
        return (text, url_for(endpoint)) if when(current_user, tenant) else None
    return link


def _people_admin(user, tenant):
    return user.role_id in ("lso", "admin")


def _cdsp_admin(user, tenant):
    return user.role_id == "admin" and tenant.is_cdsp


CORE_LINKS = (   # text, endpoint, area, order, when
    ("Home", "home.home", WORK, 0, None),
    ("Users", "users.index", MANAGE, 10, _people_admin),
    ("Access requests", "access.pending", MANAGE, 15, _people_admin),
    ("Audit log", "audit.index", MANAGE, 20, _people_admin),
    ("Organisations", "admin.organisations", MANAGE, 30, _cdsp_admin),
    ("Plugins", "admin.plugins", MANAGE, 40, _cdsp_admin),
    ("Maintenance", "maintenance.admin", MANAGE, 50, _cdsp_admin),
    ("Change password", "auth.change_password", ACCOUNT, 10, None),
    ("Two-factor sign-in", "auth.manage_two_factor", ACCOUNT, 20, None),
    ("API keys", "apikeys.index", ACCOUNT, 30, None),
    ("Your access", "access.mine", ACCOUNT, 50, None),
)


def init_app(app):
    for text, endpoint, area, order, when in CORE_LINKS:
        add_link(app, _core_link(text, endpoint, *([when] if when else [])), endpoint, area, order)
    app.jinja_env.globals["navigation"] = navigation
