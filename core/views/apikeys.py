"""API keys in the portal: everyone manages their own; an LSO also revokes their users' keys,
and makes and revokes the keys of the organisation's sandbox (core.sandbox) on their own page."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import apikeys, auth, formats, sandbox, services
from core.errors import Invalid
from core.permissions import allowed, require
from core.web import SIGNED_IN, access, confirm_or, portal_blueprint, service_refused

bp = portal_blueprint("apikeys", __name__)


def _twin():
    """The signed-in LSO's organisation's sandbox, when it is on and they may see it."""
    if not allowed(current_user, "users.admin"):
        return None
    return sandbox.twin_of(current_user.organisation)


def _page(in_sandbox, twin):
    errors, token, created = {}, None, None
    has_api = services.may_use(current_user, "api")
    if request.method == "POST" and not has_api:
        return service_refused("api")
    if request.method == "POST":
        try:
            auth.confirm_password(current_user, request.form.get("password"))
            created, token = apikeys.create_key(current_user, current_user,
                                                request.form.get("name"), in_sandbox=in_sandbox)
        except Invalid as exc:
            errors = exc.errors
    keys = list(apikeys.keys_in_organisation(current_user, in_sandbox))
    return render_template("apikeys.html", keys=keys, errors=errors, token=token,
                           created=created, form=request.form, has_api=has_api, twin=twin,
                           in_sandbox=in_sandbox), 422 if errors else 200


@bp.route("/api-keys", methods=["GET", "POST"])
@access(SIGNED_IN)
def index():
    """Open without the API service too: an LSO revokes their users' keys here."""
    return _page(False, _twin())


@bp.route("/api-keys/sandbox", methods=["GET", "POST"])
@access("users.admin")
def sandbox_keys():
    twin = _twin()
    if twin is None:
        abort(404)
    return _page(True, twin)


@bp.post("/api-keys/<int:key_id>/revoke")
@access(SIGNED_IN)
def revoke(key_id):
    return _revoke(key_id, False)


@bp.post("/api-keys/sandbox/<int:key_id>/revoke")
@access("users.admin")
def revoke_sandbox(key_id):
    return _revoke(key_id, True)


def _revoke(key_id, in_sandbox):
    key = apikeys.get_key(current_user, key_id, in_sandbox)
    require(current_user, "apikey.revoke", key, "You may not revoke this key.")  # before asking
    back = url_for("apikeys.sandbox_keys" if in_sandbox else "apikeys.index")

    def do():
        apikeys.revoke(current_user, key)
        flash(f"The key {key.name} (cms_{key.prefix}_…) is revoked: it no longer works.",
              "success")
        return redirect(back)
    return confirm_or(
        do, question=f"Are you sure you want to revoke the key {key.name}?",
        names=[("Key", key.name), ("Key starts", f"cms_{key.prefix}_…"),
               ("Owner", f"{key.user.display_name} ({key.user.email})"),
               ("Last used", formats.local_time(key.last_used_at) if key.last_used_at
                else "never")],
        happens=["Every system that calls the API with this key is refused from its next "
                 "request."],
        warning="You cannot undo this. To use the API again, create a new key and give it "
                "to the systems that need it.",
        button="Revoke key", cancel=back)
