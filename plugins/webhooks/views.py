"""The Webhooks page: an organisation's LSO adds and removes webhooks and sees every attempt."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core.errors import Invalid, NotFound
from core.permissions import allowed
from core.web import MANAGE, access, nav_link, portal_blueprint
from plugins.webhooks import registry

bp = portal_blueprint("webhooks", __name__, template_folder="templates")


nav_link(bp, "Webhooks", "webhooks.index", area=MANAGE, order=80,
         when=lambda user, tenant: allowed(user, "webhooks.manage", tenant))


@bp.route("/webhooks", methods=["GET", "POST"])
@access("webhooks.manage")
def index():
    org = registry.organisation_of(current_user)
    errors, created, secret = {}, None, None
    if request.method == "POST":
        try:
            created, secret = registry.create(current_user, org, request.form.get("url"),
                                              request.form.getlist("events"))
        except Invalid as exc:
            errors = exc.errors
    return render_template("webhooks/index.html", hooks=registry.webhooks_of(org),
                           events=registry.EVENTS, errors=errors, form=request.form,
                           created=created, secret=secret,
                           deliveries=registry.recent_deliveries(org),
                           attempts=registry.recent_attempts(org)), 422 if errors else 200


@bp.post("/webhooks/<int:webhook_id>/delete")
@access("webhooks.manage")
def delete(webhook_id):
    try:
        hook = registry.get(registry.organisation_of(current_user), webhook_id)
    except NotFound:
        abort(404)
    registry.delete(current_user, hook)
    flash(f"The webhook to {hook.url} is removed: nothing more is sent to it.")
    return redirect(url_for("webhooks.index"))
