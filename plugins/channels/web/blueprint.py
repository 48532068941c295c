"""The web channel's blueprint (404 where the tenant has the plugin off), its header links,
its static files (served by a view so the strict CSP holds) and its template helpers."""
from pathlib import Path

from flask import send_from_directory

from core.contacts import STATUS_LABELS, is_cdsp_staff, raisable_types
from core.web import ACCOUNT, MANAGE, PUBLIC, access, nav_link, portal_blueprint

STATIC = Path(__file__).parent / "static"

bp = portal_blueprint("web", __name__, template_folder="templates")

nav_link(bp, "Raise a contact", "web.raise_start", order=10,
         when=lambda user, tenant: bool(raisable_types(user)))
nav_link(bp, "Queue", "web.queue_page", order=20, when=lambda user, tenant: not is_cdsp_staff(user))
nav_link(bp, "Queues", "web.all_queues", order=20, when=lambda user, tenant: is_cdsp_staff(user))
nav_link(bp, "Search", "web.search", order=30)
nav_link(bp, "Views", "web.views", order=40)
nav_link(bp, "Templates", "web.response_templates", area=MANAGE, order=60,
         when=lambda user, tenant: user.role_id != "read_only")
nav_link(bp, "Escalation rules", "web.escalation", area=MANAGE, order=70,
         when=lambda user, tenant: tenant.is_cdsp and user.role_id == "admin")
nav_link(bp, "Your profile", "web.profile", area=ACCOUNT, order=0)


@bp.get("/web-assets/<path:asset>")
@access(PUBLIC)
def asset(asset):
    """The channel's own CSS-free JavaScript (progressive enhancement only)."""
    return send_from_directory(STATIC, asset, max_age=300)


@bp.app_template_filter("status_label")
def status_label(status):
    return STATUS_LABELS.get(status, status)
