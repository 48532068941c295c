"""LSO user administration (also used by CDSP admins, for every organisation)."""
from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import access_requests, lso, services, two_factor
from core.errors import Invalid
from core.models import Organisation
from core.web import access, confirm_or, portal_blueprint

bp = portal_blueprint("users", __name__)
ADMIN = "users.admin"
SERVICES_SHOWN = "services_shown"   # the form had the boxes: none ticked withdraws them all


def _services(form):
    """The services ticked, or None (unchanged; all for a new user) from a form without them."""
    return form.getlist("services") if form.get(SERVICES_SHOWN) else None


@bp.get("/users")
@access(ADMIN)
def index():
    page = request.args.get("page", 1, type=int) or 1
    users, total = lso.search_users(current_user, request.args.get("q", ""),
                                    request.args.get("status", ""), request.args.get("org", ""),
                                    page)
    return render_template("users/index.html", users=users, total=total, page=page,
                           page_size=lso.PAGE_SIZE, orgs=lso.manageable_orgs(current_user),
                           waiting=len(access_requests.pending_for(current_user)))


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
                                        form.get("name"), services=_services(form))
        except Invalid as exc:
            errors = exc.errors
        else:
            return render_template("users/password_issued.html", user=user, otp=otp, created=True)
    org = Organisation.by_code(form.get("organisation")) or current_user.organisation
    chosen = form.getlist("services") if request.method == "POST" else services.ALL
    return render_template("users/form.html", form=form, errors=errors, orgs=orgs,
                           roles=lso.grantable_roles(current_user, org), user=None,
                           chosen_services=chosen), 422 if errors else 200


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@access(ADMIN)
def edit(user_id):
    user = lso.get_user(current_user, user_id)
    errors = {}
    if request.method == "POST":
        user = lso.get_user(current_user, user_id, "user.edit")
        try:
            lso.update_user(current_user, user, email=request.form.get("email"),
                            name=request.form.get("name"), role_code=request.form.get("role"),
                            services=_services(request.form))
        except Invalid as exc:
            errors = exc.errors
        else:
            flash("The user's details were saved.")
            return redirect(url_for("users.edit", user_id=user.id))
    form = request.form if errors else {"email": user.email, "name": user.name,
                                        "role": user.role_id}
    chosen = request.form.getlist("services") if errors else services.held(user)
    return render_template("users/form.html", form=form, errors=errors, user=user,
                           roles=lso.grantable_roles(current_user, user.organisation),
                           orgs=None, chosen_services=chosen), 422 if errors else 200


ACTIONS = {
    "disable": ("user.disable", lso.disable_user, "The user is disabled and signed out."),
    "enable": ("user.enable", lso.enable_user, "The user is enabled again."),
    "unlock": ("user.unlock", lso.unlock_user, "The user is unlocked."),
    "delete": ("user.delete", lso.delete_user, "The user is deleted."),
}


def _who(user):
    return [("Name", user.display_name), ("Email address", user.email),
            ("Organisation", f"{user.organisation.name} ({user.organisation.code})"),
            ("Role", user.role.name)]


def _ask(action, user, do):
    """The confirmation page of the actions that ask first; enabling and unlocking do not."""
    back = url_for("users.edit", user_id=user.id)
    name = user.display_name
    if action == "disable":
        return confirm_or(
            do, question=f"Are you sure you want to disable {name}'s account?", names=_who(user),
            happens=[f"{name} is signed out everywhere at once.",
                     "They cannot sign in, and their API keys stop working, until the account "
                     "is re-enabled.",
                     "Their contacts, messages and history are kept."],
            button="Disable account", cancel=back)
    if action == "delete":
        return confirm_or(
            do, question=f"Are you sure you want to delete {name}?", names=_who(user),
            happens=[f"{name} is signed out everywhere and can never sign in again; their API "
                     "keys stop working.",
                     f"The email address {user.email} is freed for a new account.",
                     "Their contacts, messages and history are kept, under their name."],
            warning="You cannot undo this. To stop them signing in for now, disable the "
                    "account instead: it can be re-enabled.",
            button="Delete user", cancel=back,
            instead=None if user.disabled_at else (
                url_for("users.act", user_id=user.id, action="disable"), "Disable instead"))
    return do()


@bp.post("/users/<int:user_id>/<any(disable, enable, unlock, delete):action>")
@access(ADMIN)
def act(user_id, action):
    permission, func, message = ACTIONS[action]
    user = lso.get_user(current_user, user_id, permission)

    def do():
        func(current_user, user)
        flash(message, "success")
        if action == "delete":
            return redirect(url_for("users.index"))
        return redirect(url_for("users.edit", user_id=user.id))
    return _ask(action, user, do)


@bp.post("/users/<int:user_id>/reset-two-factor")
@access(ADMIN)
def reset_two_factor(user_id):
    user = lso.get_user(current_user, user_id, "user.reset_two_factor")

    def do():
        two_factor.reset(current_user, user)
        flash("The user's second factor is cleared: they set up a new one at their next "
              "sign-in.", "success")
        return redirect(url_for("users.edit", user_id=user.id))
    name = user.display_name
    return confirm_or(
        do, question=f"Are you sure you want to reset {name}'s second factor?", names=_who(user),
        happens=[f"The authenticator app and recovery codes {name} uses now stop working.",
                 f"{name} is signed out everywhere.",
                 "At their next sign-in they set up a new second factor, after their password."],
        button="Reset second factor", cancel=url_for("users.edit", user_id=user.id))


@bp.post("/users/<int:user_id>/reset-password")
@access(ADMIN)
def reset_password(user_id):
    user = lso.get_user(current_user, user_id, "user.reset_password")

    def do():
        try:
            otp = lso.reset_password(current_user, user)
        except lso.TooMany as exc:
            return render_template("error.html", status=429, title="Too many password resets",
                                   message=exc.message), 429, {"Retry-After": str(exc.retry_after)}
        return render_template("users/password_issued.html", user=user, otp=otp, created=False)
    name = user.display_name
    return confirm_or(
        do, question=f"Are you sure you want to reset {name}'s password?", names=_who(user),
        happens=[f"{name}'s password stops working at once and they are signed out everywhere.",
                 "You get a one-time password to give them by a secure route: it is shown only "
                 f"once, works for {current_app.config['CMS_ONE_TIME_PASSWORD_HOURS']} hours and "
                 "must be changed at their first sign-in.",
                 "A locked account is unlocked."],
        button="Reset password", cancel=url_for("users.edit", user_id=user.id))
