"""The web channel: the contact pages of every tenant's portal.

Home panels (My Tasks, Recent Activity), raising a contact from a form generated from its
type's schema, a contact's page with the actions its reader may take, queues (with
assigning and transferring one at a time or in bulk), search with CSV export, and each
user's profile. Every page is a thin view over :mod:`core.contacts`; the pages answer 404
in a tenant that has the ``web`` plugin disabled.
"""
from flask import render_template
from markupsafe import Markup

from core.hookspecs import hookimpl
from core.permissions import allowed
from core.registry import Channel



@hookimpl
def register_channels():
    from plugins.channels.web import (canned, contact_templates, contact_views,  # noqa: F401
                                      escalation_views, following, profile, queue_views,
                                      raising, saved, search,
                                      theft_views)  # their routes join the blueprint
    from plugins.channels.web.blueprint import bp
    return [Channel(code="web", name="Portal contact pages", blueprint=bp, service="contacts")]


@hookimpl
def home_panels(user, tenant):
    from plugins.channels.web import timeline, worklist
    if not allowed(user, "service.use", "contacts"):   # its LSO withdrew Contacts
        return []
    activity = timeline.titles(worklist.recent_activity(user))
    return [Markup(render_template("web/_home_panels.html", tasks=worklist.my_tasks(user),
                                   glance=worklist.at_a_glance(user), activity=activity))]


@hookimpl
def permission_allowed(actor, action, obj):
    from plugins.channels.web import rules
    return rules.permission_allowed(actor, action, obj)
