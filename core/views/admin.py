"""CDSP admin pages: organisations, appointing LSOs, plugins per tenant."""
from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import lso, orgs, tenancy
from core.errors import Invalid, NotFound
from core.models import Organisation, User
from core.web import access, cdsp_only, portal_blueprint

bp = portal_blueprint("admin", __name__)
ADMIN = "cdsp.admin"


def _participant_tenants():
    return [t for t in tenancy.tenants().values() if not t.is_cdsp]


@bp.get("/admin/organisations")
@cdsp_only
@access(ADMIN)
def organisations():
    return render_template("admin/organisations.html",
                           organisations=orgs.search(request.args.get("q", ""),
                                                     request.args.get("tenant", "")),
                           participant_tenants=_participant_tenants())


@bp.route("/admin/organisations/new", methods=["GET", "POST"])
@cdsp_only
@access(ADMIN)
def create_organisation():
    errors = {}
    if request.method == "POST":
        form = request.form
        try:
            org = orgs.create_organisation(current_user, form.get("code"), form.get("tenant"),
                                           form.get("name"), form.get("parent") or None,
                                           form.get("customer_advocate", ""))
        except Invalid as exc:
            errors = exc.errors
        else:
            flash(f"Organisation {org.code} created. Now appoint its first LSO.")
            return redirect(url_for("admin.organisation", code=org.code))
    return render_template("admin/organisation_form.html", form=request.form, errors=errors,
                           participant_tenants=_participant_tenants()), 422 if errors else 200


def _org_or_404(code):
    org = Organisation.by_code(code)
    if org is None:
        raise NotFound("No such organisation.")
    return org


@bp.get("/admin/organisations/<code>")
@cdsp_only
@access(ADMIN)
def organisation(code):
    org = _org_or_404(code)
    users = list(User.live().where(User.organisation == org).order_by(User.email))
    return render_template("admin/organisation.html", org=org, users=users, errors={}, form={})


@bp.post("/admin/organisations/<code>/lso")
@cdsp_only
@access(ADMIN)
def appoint_lso(code):
    org = _org_or_404(code)
    try:
        user, otp = lso.create_user(current_user, request.form.get("email"), org, "lso",
                                    request.form.get("name"))
    except Invalid as exc:
        users = list(User.live().where(User.organisation == org).order_by(User.email))
        return render_template("admin/organisation.html", org=org, users=users,
                               errors=exc.errors, form=request.form), 422
    return render_template("users/password_issued.html", user=user, otp=otp, created=True)


@bp.route("/admin/plugins", methods=["GET", "POST"])
@cdsp_only
@access(ADMIN)
def plugins():
    names = tenancy.toggleable_plugins()
    all_tenants = list(tenancy.tenants().values())
    if request.method == "POST":
        tenant_code, plugin = request.form.get("tenant"), request.form.get("plugin")
        if tenancy.get_tenant(tenant_code) is None or plugin not in names:
            raise NotFound("No such tenant or plugin.")
        enabled = request.form.get("enabled") == "1"
        tenancy.set_plugin_enabled(current_user, tenant_code, plugin, enabled)
        flash(f"{plugin} is now {'enabled' if enabled else 'disabled'} for {tenant_code}.")
        return redirect(url_for("admin.plugins"))
    matrix = {t.code: tenancy.enabled_plugins(t.code) for t in all_tenants}
    return render_template("admin/plugins.html", names=names, all_tenants=all_tenants,
                           matrix=matrix)
