"""Access Controls in the portal: asking for an account (on the sign-in page), asking for
more access (Your access), and the LSO's pending requests (approve, or decline with a reason)."""
from flask import flash, g, redirect, render_template, request, url_for
from flask_login import current_user

from core import access_requests, lso, services
from core.errors import Conflict, Invalid
from core.web import PUBLIC, SIGNED_IN, access, confirm_or, portal_blueprint

bp = portal_blueprint("access", __name__)
ADMIN = "users.admin"


@bp.record_once
def _service_names(state):
    state.app.jinja_env.globals["service_names"] = services.SERVICES


@bp.app_template_filter("service_name")
def service_name(code):
    return services.SERVICES.get(code, code)


def _too_many(exc):
    return render_template("error.html", status=429, title="Too many requests for access",
                           message=exc.message), 429, {"Retry-After": str(exc.retry_after)}


@bp.route("/request-access", methods=["GET", "POST"])
@access(PUBLIC)
def ask():
    """The same page and status whether or not the address or organisation exists."""
    errors = {}
    if request.method == "POST":
        form = request.form
        try:
            access_requests.request_account(g.tenant.code, form.get("name"), form.get("email"),
                                            form.get("organisation"), form.getlist("services"),
                                            form.get("reason"))
        except access_requests.TooMany as exc:
            return _too_many(exc)
        except Invalid as exc:
            errors = exc.errors
        else:
            return render_template("access/sent.html")
    form = request.form if request.method == "POST" else {}
    chosen = form.getlist("services") if errors else ["contacts"]
    return render_template("access/ask.html", form=form, errors=errors, chosen=chosen), \
        422 if errors else 200


@bp.route("/access", methods=["GET", "POST"])
@access(SIGNED_IN, service=None)
def mine():
    errors, status = {}, 200
    if request.method == "POST":
        try:
            access_requests.request_change(current_user, request.form.getlist("services"),
                                           request.form.get("role"), request.form.get("reason"))
        except access_requests.TooMany as exc:
            return _too_many(exc)
        except Invalid as exc:
            errors, status = exc.errors, 422
        except Conflict as exc:
            errors, status = {"services": exc.message}, 409
        else:
            flash("Your request was sent to your organisation's LSO. You are told by email "
                  "when they decide.", "success")
            return redirect(url_for("access.mine"))
    held = services.held(current_user)
    return render_template(
        "access/mine.html", held=held, missing=[c for c in services.ALL if c not in held],
        roles=access_requests.requestable_roles(current_user), errors=errors,
        form=request.form, waiting=access_requests.pending_change(current_user)), status


@bp.get("/users/requests")
@access(ADMIN)
def pending():
    return render_template("access/pending.html",
                           requests=access_requests.pending_for(current_user))


def _review(item, errors=None, form=None, status=200):
    if item.kind == access_requests.ACCOUNT:
        roles = lso.grantable_roles(current_user, item.organisation)
        role = (form or {}).get("role") or "user"
    else:
        target = lso.get_user(current_user, item.user_id)
        roles = lso.grantable_roles(current_user, target.organisation)
        role = (form or {}).get("role") or (item.role_id or target.role_id)
    chosen = form.getlist("services") if form else item.service_codes
    return render_template("access/review.html", item=item, roles=roles, role=role,
                           chosen=chosen, errors=errors or {},
                           reason=(form or {}).get("reason", "")), status


@bp.get("/users/requests/<int:request_id>")
@access(ADMIN)
def review(request_id):
    return _review(access_requests.get_request(current_user, request_id))


@bp.post("/users/requests/<int:request_id>/approve")
@access(ADMIN)
def approve(request_id):
    item = access_requests.get_request(current_user, request_id)
    try:
        user, otp = access_requests.approve(current_user, item, request.form.get("role"),
                                            request.form.getlist("services"))
    except Invalid as exc:
        return _review(item, exc.errors, request.form, 422)
    except Conflict as exc:
        flash(exc.message)
        return redirect(url_for("access.pending"))
    if otp:
        return render_template("users/password_issued.html", user=user, otp=otp, created=True)
    flash(f"{user.display_name} now has what they asked for; they are told by email.", "success")
    return redirect(url_for("access.pending"))


@bp.post("/users/requests/<int:request_id>/decline")
@access(ADMIN)
def decline(request_id):
    item = access_requests.get_request(current_user, request_id)
    reason = (request.form.get("reason") or "").strip()
    if not reason or len(reason) > access_requests.MAX_REASON:
        errors = {"reason": "Enter the reason, which the requester is told." if not reason else
                  f"Use at most {access_requests.MAX_REASON} characters for the reason."}
        return _review(item, errors, request.form, 422)

    def do():
        try:
            access_requests.decline(current_user, item, reason)
        except Conflict as exc:
            flash(exc.message)
        else:
            flash(f"The request from {item.email} is declined; they are told by email, with "
                  "your reason.", "success")
        return redirect(url_for("access.pending"))
    return confirm_or(
        do, question=f"Are you sure you want to decline the request from {item.email}?",
        names=[("Name", item.name or "(not given)"), ("Email address", item.email),
               ("Organisation", f"{item.organisation.name} ({item.organisation.code})"),
               ("Your reason", reason)],
        happens=[f"{item.email} is emailed that the request is declined, with your reason.",
                 "Nothing is created or changed; they may ask again."],
        fields=[("reason", reason)], button="Decline request",
        cancel=url_for("access.review", request_id=item.id))
