"""The Webhooks page: an organisation's LSO adds and removes webhooks and sees every attempt;
with the organisation's sandbox on (core.sandbox), the sandbox's webhooks on a page of their
own, which hear only of the sandbox's contacts."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import sandbox
from core.errors import Invalid, NotFound
from core.permissions import allowed
from core.web import MANAGE, access, nav_link, portal_blueprint
from plugins.webhooks import registry

bp = portal_blueprint("webhooks", __name__, template_folder="templates")


nav_link(bp, "Webhooks", "webhooks.index", area=MANAGE, order=80,
         when=lambda user, tenant: allowed(user, "webhooks.manage", tenant))


def _twin():
    return sandbox.twin_of(registry.organisation_of(current_user))


def _page(org, in_sandbox):
    errors, created, secret = {}, None, None
    if request.method == "POST":
        try:
            created, secret = registry.create(current_user, org, request.form.get("url"),
                                              request.form.getlist("events"))
        except Invalid as exc:
            errors = exc.errors
    return render_template("webhooks/index.html", hooks=registry.webhooks_of(org),
                           events=registry.EVENTS, errors=errors, form=request.form,
                           created=created, secret=secret, in_sandbox=in_sandbox,
                           twin=org if in_sandbox else _twin(),
                           deliveries=registry.recent_deliveries(org),
                           attempts=registry.recent_attempts(org)), 422 if errors else 200


@bp.route("/webhooks", methods=["GET", "POST"])
@access("webhooks.manage")
def index():
    return _page(registry.organisation_of(current_user), False)


@bp.route("/webhooks/sandbox", methods=["GET", "POST"])
@access("webhooks.manage")
def sandbox_index():
    twin = _twin()
    if twin is None:
        abort(404)
    return _page(twin, True)


@bp.post("/webhooks/<int:webhook_id>/delete")
@access("webhooks.manage")
def delete(webhook_id):
    own = registry.organisation_of(current_user)
    twin = _twin()
    try:
        hook = registry.get(own, webhook_id)
        back = url_for("webhooks.index")
    except NotFound:
        if twin is None:
            abort(404)
        try:
            hook = registry.get(twin, webhook_id)
        except NotFound:
            abort(404)
        back = url_for("webhooks.sandbox_index")
    registry.delete(current_user, hook)
    flash(f"The webhook to {hook.url} is removed: nothing more is sent to it.")
    return redirect(back)
