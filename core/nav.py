"""Links plugins add to the portal's header. A plugin's blueprint calls :func:`add_link` when
it is registered, with a function that answers ``(text, url)`` for this request, or None
when the link does not apply (the plugin is off for the tenant, the user may not use it)."""
from flask import current_app

_KEY = "cms_nav_links"


def add_link(app, link, endpoint=None):
    app.extensions.setdefault(_KEY, []).append((endpoint, link))


def plugin_links():
    """[(text, url)] for the header of the page being shown."""
    links = []
    for _, link in current_app.extensions.get(_KEY, ()):
        found = link()
        if found:
            links.append(found)
    return links


def link_url(endpoint):
    """The url of the header link to ``endpoint`` when the page being shown has it (its
    plugin is on for this tenant and the user may use it), else None: how one plugin's
    page points at another's without knowing whether it is installed or enabled."""
    for linked, link in current_app.extensions.get(_KEY, ()):
        if linked == endpoint:
            found = link()
            return found[1] if found else None
    return None


def init_app(app):
    app.jinja_env.globals["plugin_links"] = plugin_links
