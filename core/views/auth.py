"""Signing in (password, then the second factor), signing out, and one's own credentials."""
import time
from urllib.parse import urlsplit

from flask import flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user

from core import auth, two_factor
from core.errors import Invalid
from core.models import User
from core.web import PUBLIC, SIGNED_IN, access, portal_blueprint

bp = portal_blueprint("auth", __name__)
PENDING = "pending_sign_in"
PENDING_SECONDS = 300


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
            user = auth.sign_in(request.form.get("email", ""), request.form.get("password", ""),
                                g.tenant.code)
        except auth.SignInRefused as refused:
            error, other, retry = refused.message, refused.other_tenant, refused.retry_after
        else:
            target = _safe_next(request.args.get("next"))
            if not auth.needs_second_factor(user):
                return redirect(target)
            session.clear()
            session[PENDING] = {"user": user.id, "tenant": g.tenant.code, "next": target,
                                "until": time.time() + PENDING_SECONDS}
            step = "auth.second_factor" if two_factor.enrolled(user) else "auth.enrol"
            return redirect(url_for(step))
    status = 200 if error is None else (429 if retry else 401)
    headers = {"Retry-After": str(retry)} if retry else {}
    return render_template("auth/login.html", error=error, other_tenant=other,
                           email=request.form.get("email", "")), status, headers


def _pending_user():
    """The user who gave the right password a few minutes ago in this browser, or None."""
    pending = session.get(PENDING)
    if not pending or pending.get("tenant") != g.tenant.code or pending["until"] < time.time():
        session.pop(PENDING, None)
        return None
    return User.get_or_none(User.id == pending["user"])


@bp.route("/login/second-factor", methods=["GET", "POST"])
@access(PUBLIC)
def second_factor():
    user = _pending_user()
    if user is None or not two_factor.enrolled(user):
        flash("Sign in again: the sign-in took too long.", "error")
        return redirect(url_for("auth.login"))
    error = None
    if request.method == "POST":
        try:
            auth.check_second_factor(user, request.form.get("code", ""))
        except auth.SignInRefused as refused:
            error = refused.message
        else:
            target = session.pop(PENDING)["next"]
            auth.complete_sign_in(user, g.tenant.code)
            return redirect(target)
    return render_template("auth/second_factor.html", error=error), 401 if error else 200


@bp.route("/login/enrol", methods=["GET", "POST"])
@access(PUBLIC)
def enrol():
    """Setting up the second factor during sign-in, when the portal requires one."""
    user = _pending_user()
    if user is None or two_factor.enrolled(user):
        return redirect(url_for("auth.login"))
    pending = session[PENDING]
    secret = pending.get("secret") or two_factor.new_secret()
    session[PENDING] = {**pending, "secret": secret}
    errors = {}
    if request.method == "POST":
        try:
            codes = two_factor.confirm_enrolment(user, secret, request.form.get("code", ""))
        except Invalid as exc:
            errors = exc.errors
        else:
            target = session.pop(PENDING)["next"]
            auth.complete_sign_in(user, g.tenant.code)
            return render_template("auth/recovery_codes.html", codes=codes, next=target)
    uri, qr = two_factor.provisioning(user, secret)
    return render_template("auth/enrol.html", uri=uri, qr=qr, secret=secret, errors=errors,
                           during_sign_in=True), 422 if errors else 200


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


@bp.route("/account/two-factor", methods=["GET", "POST"])
@access(SIGNED_IN)
def manage_two_factor():
    """Set up or replace one's second factor: the password is asked again first."""
    errors, qr = {}, None
    if request.method == "POST" and "code" not in request.form:
        try:
            auth.confirm_password(current_user, request.form.get("password"))
        except Invalid as exc:
            errors = exc.errors
        else:
            session["new_totp_secret"] = two_factor.new_secret()
    elif request.method == "POST":
        secret = session.get("new_totp_secret")
        if secret is None:
            return redirect(url_for("auth.manage_two_factor"))
        try:
            codes = two_factor.confirm_enrolment(current_user, secret, request.form.get("code", ""))
        except Invalid as exc:
            errors = exc.errors
        else:
            session.pop("new_totp_secret")
            return render_template("auth/recovery_codes.html", codes=codes, next=url_for("home.home"))
    secret = session.get("new_totp_secret") if request.method == "POST" else None
    if secret:
        uri, qr = two_factor.provisioning(current_user, secret)
        return render_template("auth/enrol.html", uri=uri, qr=qr, secret=secret, errors=errors,
                               during_sign_in=False), 422 if errors else 200
    session.pop("new_totp_secret", None)
    return render_template("auth/two_factor.html", errors=errors,
                           enrolled=two_factor.enrolled(current_user),
                           required=two_factor.required(current_user),
                           codes_left=two_factor.recovery_codes_left(current_user)), \
        422 if errors else 200
