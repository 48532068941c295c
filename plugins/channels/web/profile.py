"""The user's own profile: who they are here, and the self-service pages that look after
their access (password, two-factor sign-in, API keys, notification settings)."""
from flask import current_app, g, render_template, url_for
from flask_login import current_user

from core.tenancy import plugin_enabled
from core.web import SIGNED_IN, access
from plugins.channels.web.blueprint import bp

# (endpoint, plugin that provides it or None for the core, link text, what it is for)
SELF_SERVICE = (
    ("auth.change_password", None, "Change your password",
     "Choose a new password; every other session you have open ends."),
    ("auth.manage_two_factor", None, "Two-factor sign-in",
     "Set up or replace your authenticator app and recovery codes."),
    ("apikeys.index", None, "API keys",
     "Keys your own systems use to call the service's API for you."),
    ("notifications.settings", "notifications", "Notification settings",
     "Choose which events email you, one by one or as a daily digest."),
)


def self_service_links():
    """[(text, url, description)] of the self-service pages this portal offers."""
    links = []
    for endpoint, plugin, text, description in SELF_SERVICE:
        if endpoint not in current_app.view_functions:
            continue
        if plugin and not plugin_enabled(g.tenant.code, plugin):
            continue
        links.append((text, url_for(endpoint), description))
    return links


@bp.get("/profile")
@access(SIGNED_IN, service=None)   # everyone's own page, whatever services they hold
def profile():
    return render_template("web/profile.html", user=current_user,
                           organisation=current_user.organisation, links=self_service_links())


profile.help_section = ("quick-reference", "roles")
