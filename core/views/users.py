"""LSO user administration (also used by CDSP admins, for every organisation)."""
from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import lso, two_factor
from core.errors import Invalid
from core.models import Organisation
from core.web import access, portal_blueprint

bp = portal_blueprint("users", __name__)
ADMIN = "users.admin"


@bp.get("/users")
@access(ADMIN)
def index():
    page = request.args.get("page", 1, type=int) or 1
    users, total = lso.search_users(current_user, request.args.get("q", ""),
                                    request.args.get("status", ""), request.args.get("org", ""),
                                    page)
    return render_template("users/index.html", users=users, total=total, page=page,
                           page_size=lso.PAGE_SIZE, orgs=lso.manageable_orgs(current_user))


@bp.route("/users/new", methods=["GET", "POST"])
@access(ADMIN)
def create():
    orgs = lso.manageable_orgs(current_user)
    form = request.form if request.method == "POST" else {
        "organisation": request.args.get("org", current_user.organisation.code)}
    errors = {}
    if request.method == "POST":
        org = Organisation.by_code(form.get("organisation"))
        try:
            user, otp = lso.create_user(current_user, form.get("email"), org, form.get("role"),
                                        form.get("name"))
        except Invalid as exc:
            errors = exc.errors
        else:
            return render_template("users/password_issued.html", user=user, otp=otp, created=True)
    org = Organisation.by_code(form.get("organisation")) or current_user.organisation
    return render_template("users/form.html", form=form, errors=errors, orgs=orgs,
                           roles=lso.grantable_roles(current_user, org), user=None), \
        422 if errors else 200


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@access(ADMIN)
def edit(user_id):
    user = lso.get_user(current_user, user_id)
    errors = {}
    if request.method == "POST":
        user = lso.get_user(current_user, user_id, "user.edit")
        try:
            lso.update_user(current_user, user, email=request.form.get("email"),
                            name=request.form.get("name"), role_code=request.form.get("role"))
        except Invalid as exc:
            errors = exc.errors
        else:
            flash("The user's details were saved.")
            return redirect(url_for("users.edit", user_id=user.id))
    form = request.form if errors else {"email": user.email, "name": user.name,
                                        "role": user.role_id}
    return render_template("users/form.html", form=form, errors=errors, user=user,
                           roles=lso.grantable_roles(current_user, user.organisation),
                           orgs=None), 422 if errors else 200


ACTIONS = {
    "disable": ("user.disable", lso.disable_user, "The user is disabled and signed out."),
    "enable": ("user.enable", lso.enable_user, "The user is enabled again."),
    "unlock": ("user.unlock", lso.unlock_user, "The user is unlocked."),
    "delete": ("user.delete", lso.delete_user, "The user is deleted."),
}


@bp.post("/users/<int:user_id>/<any(disable, enable, unlock, delete):action>")
@access(ADMIN)
def act(user_id, action):
    permission, func, message = ACTIONS[action]
    user = lso.get_user(current_user, user_id, permission)
    func(current_user, user)
    flash(message)
    if action == "delete":
        return redirect(url_for("users.index"))
    return redirect(url_for("users.edit", user_id=user.id))


@bp.post("/users/<int:user_id>/reset-two-factor")
@access(ADMIN)
def reset_two_factor(user_id):
    user = lso.get_user(current_user, user_id, "user.reset_two_factor")
    two_factor.reset(current_user, user)
    flash("The user's second factor is cleared: they set up a new one at their next sign-in.")
    return redirect(url_for("users.edit", user_id=user.id))


@bp.post("/users/<int:user_id>/reset-password")
@access(ADMIN)
def reset_password(user_id):
    user = lso.get_user(current_user, user_id, "user.reset_password")
    try:
        otp = lso.reset_password(current_user, user)
    except lso.TooMany as exc:
        return render_template("error.html", status=429, title="Too many password resets",
                               message=exc.message), 429, {"Retry-After": str(exc.retry_after)}
    return render_template("users/password_issued.html", user=user, otp=otp, created=False)
