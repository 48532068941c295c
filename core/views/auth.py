"""Signing in and out, and changing one's own password."""
from urllib.parse import urlsplit

from flask import flash, g, redirect, render_template, request, url_for
from flask_login import current_user

from core import auth
from core.errors import Invalid
from core.web import PUBLIC, SIGNED_IN, access, portal_blueprint

bp = portal_blueprint("auth", __name__)


def _safe_next(target):
    """Only a path inside this tenant's portal, never another site."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith(f"/{g.tenant.code}/"):
        return url_for("home.home")
    return target


@bp.route("/login", methods=["GET", "POST"])
@access(PUBLIC)
def login():
    error = other = retry = None
    if request.method == "POST":
        try:
            auth.sign_in(request.form.get("email", ""), request.form.get("password", ""),
                         g.tenant.code)
        except auth.SignInRefused as refused:
            error, other, retry = refused.message, refused.other_tenant, refused.retry_after
        else:
            return redirect(_safe_next(request.args.get("next")))
    status = 200 if error is None else (429 if retry else 401)
    headers = {"Retry-After": str(retry)} if retry else {}
    return render_template("auth/login.html", error=error, other_tenant=other,
                           email=request.form.get("email", "")), status, headers


@bp.post("/logout")
@access(SIGNED_IN)
def logout():
    auth.sign_out(current_user)
    flash("You have signed out.")
    return redirect(url_for("auth.login"))


@bp.route("/password", methods=["GET", "POST"])
@access(SIGNED_IN)
def change_password():
    errors = {}
    if request.method == "POST":
        try:
            auth.change_password(current_user, request.form.get("current_password", ""),
                                 request.form.get("new_password", ""),
                                 request.form.get("confirm_password", ""))
        except Invalid as exc:
            errors = exc.errors
        else:
            flash("Your password has been changed. Your other sessions have been signed out.")
            return redirect(url_for("home.home"))
    return render_template("auth/password.html", errors=errors,
                           forced=current_user.must_change_password), 422 if errors else 200
