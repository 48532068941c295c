"""The web channel's blueprint (404 where the tenant has the plugin off), its header links,
its static files (served by a view so the strict CSP holds) and its template helpers."""
from pathlib import Path

from flask import send_from_directory

from core.contacts import STATUS_LABELS, is_cdsp_staff, raisable_types
from core.web import PUBLIC, access, nav_link, portal_blueprint

STATIC = Path(__file__).parent / "static"

bp = portal_blueprint("web", __name__, template_folder="templates")

nav_link(bp, "Raise a contact", "web.raise_start",
         when=lambda user, tenant: bool(raisable_types(user)))
nav_link(bp, "Queue", "web.queue_page", when=lambda user, tenant: not is_cdsp_staff(user))
nav_link(bp, "Queues", "web.all_queues", when=lambda user, tenant: is_cdsp_staff(user))
nav_link(bp, "Search", "web.search")
nav_link(bp, "Views", "web.views")
nav_link(bp, "Escalation", "web.escalation",
         when=lambda user, tenant: tenant.is_cdsp and user.role_id == "admin")
nav_link(bp, "Templates", "web.response_templates",
         when=lambda user, tenant: user.role_id != "read_only")
nav_link(bp, "Your profile", "web.profile")


@bp.get("/web-assets/<path:asset>")
@access(PUBLIC)
def asset(asset):
    """The channel's own CSS-free JavaScript (progressive enhancement only)."""
    return send_from_directory(STATIC, asset, max_age=300)


@bp.app_template_filter("local_time")
def local_time(moment):
    """A stored (naive UTC) moment in the business time zone, e.g. ``3 Mar 2026, 14:05``."""
    if moment is None:
        return "–"
    return clock.to_local(moment).strftime("%-d %b %Y, %H:%M")


@bp.app_template_filter("long_date")
def long_date(day):
    if day is None:
        return "–"
    return day.strftime("%-d %b %Y")


@bp.app_template_filter("status_label")
def status_label(status):
    return STATUS_LABELS.get(status, status)
