"""CDSP admin pages: organisations, appointing LSOs, plugins per tenant."""
from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core import lso, orgs, sandbox, tenancy
from core.errors import Invalid, NotFound
from core.plugins import plugin_description, plugin_title
from core.models import Organisation, Tenant, User
from core.web import access, cdsp_only, confirm_or, portal_blueprint

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
    if org is None or org.sandbox:   # a sandbox is seen on its live organisation's page
        raise NotFound("No such organisation.")
    return org


@bp.get("/admin/organisations/<code>")
@cdsp_only
@access(ADMIN)
def organisation(code):
    org = _org_or_404(code)
    users = list(User.live().where(User.organisation == org).order_by(User.email))
    return render_template("admin/organisation.html", org=org, users=users, errors={}, form={},
                           twin=sandbox.twin_of(org, active_only=False))


@bp.post("/admin/organisations/<code>/sandbox")
@cdsp_only
@access(ADMIN)
def switch_sandbox(code):
    org = _org_or_404(code)
    on = request.form.get("on") == "1"

    def do():
        twin = sandbox.switch(current_user, org, on)
        flash(f"{org.code}'s sandbox ({twin.code}) is {'on' if on else 'off'}.", "success")
        return redirect(url_for("admin.organisation", code=org.code))
    if on:
        return do()
    return confirm_or(
        do, question=f"Are you sure you want to switch {org.name}'s sandbox off?",
        names=[("Organisation", f"{org.name} ({org.code})"),
               ("Sandbox", sandbox.twin_code(org))],
        happens=["Its sandbox API keys are refused from their next request.",
                 "Its sandbox contacts and files stay until the nightly purge removes them; "
                 "switching it on again brings the keys back.",
                 "The change is recorded in the audit log."],
        fields=[("on", "0")], button="Switch sandbox off",
        cancel=url_for("admin.organisation", code=org.code))


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


@bp.post("/admin/organisations/<code>/group-view")
@cdsp_only
@access(ADMIN)
def group_view(code):
    org = _org_or_404(code)
    on = request.form.get("enabled") == "1"
    back = url_for("admin.organisation", code=org.code)

    def do():
        try:
            orgs.set_group_view(current_user, org, on)
        except Invalid as exc:
            users = list(User.live().where(User.organisation == org).order_by(User.email))
            return render_template("admin/organisation.html", org=org, users=users,
                                   errors=exc.errors, form={}), 422
        flash(f"Group view turned {'on' if on else 'off'} for {org.name} ({org.code}).", "success")
        return redirect(back)
    if not on:
        return do()
    children = ", ".join(f"{o.name} ({o.code})" for o in org.children.order_by(Organisation.code))
    return confirm_or(
        do, question=f"Are you sure you want to turn the group view on for {org.name}?",
        names=[("Parent", f"{org.name} ({org.code})"), ("Its children", children or "none")],
        happens=[f"{org.name}'s supervisors see its children's contacts in their queue, search, "
                 "saved views, reports and downloads, each marked with its organisation, and "
                 "on the API.",
                 "What they do to a child's contact counts as the child's; the audit log says "
                 "who acted, for which organisation.",
                 "The change is recorded in the audit log; you can turn it off again here."],
        fields=[("enabled", "1")], button="Turn the group view on", cancel=back, danger=False)


def _plugin_description(name):
    return plugin_description(current_app.extensions["cms"].pm, name)


def _plugin_title(name):
    return plugin_title(current_app.extensions["cms"].pm, name)


def _ask_to_turn_off(tenant, plugin, do):
    organisations = list(Organisation.select().join(Tenant)
                         .where(Tenant.code == tenant.code).order_by(Organisation.code))
    who = ", ".join(f"{o.name} ({o.code})" for o in organisations) or "none yet"
    return confirm_or(
        do, question=f"Are you sure you want to turn {_plugin_title(plugin)} off for {tenant.name}?",
        names=[("Plugin", f"{_plugin_title(plugin)} ({plugin}): {_plugin_description(plugin)}"),
               ("Portal", f"{tenant.name} ({tenant.code})"),
               (f"Organisations ({len(organisations)})", who)],
        happens=[f"From the next request, the {tenant.name} portal loses what {plugin} adds: "
                 "its pages and links, its API resources and its contact types or channels "
                 "are not found there.",
                 f"It stops hearing about the contacts of {tenant.name}'s organisations "
                 "(notifications, webhooks, reports and the like are not sent for them).",
                 "The change is recorded in the audit log; you can turn it on again here."],
        fields=[("tenant", tenant.code), ("plugin", plugin), ("enabled", "0")],
        button=f"Turn {plugin} off", cancel=url_for("admin.plugins"))


@bp.route("/admin/plugins", methods=["GET", "POST"])
@cdsp_only
@access(ADMIN)
def plugins():
    names = tenancy.toggleable_plugins()
    all_tenants = list(tenancy.tenants().values())
    if request.method == "POST":
        tenant_code, plugin = request.form.get("tenant"), request.form.get("plugin")
        tenant = tenancy.get_tenant(tenant_code)
        if tenant is None or plugin not in names:
            raise NotFound("No such tenant or plugin.")
        enabled = request.form.get("enabled") == "1"

        def do():
            tenancy.set_plugin_enabled(current_user, tenant_code, plugin, enabled)
            flash(f"{plugin} is now {'enabled' if enabled else 'disabled'} for {tenant.name} "
                  f"({tenant_code}).", "success")
            return redirect(url_for("admin.plugins"))
        return do() if enabled else _ask_to_turn_off(tenant, plugin, do)
    matrix = {t.code: tenancy.enabled_plugins(t.code) for t in all_tenants}
    return render_template("admin/plugins.html", names=names, all_tenants=all_tenants,
                           matrix=matrix, titles={n: _plugin_title(n) for n in names})
