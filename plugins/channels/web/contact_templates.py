"""Contact templates in the portal (the Contact Generator): everyone lists those they may raise
from; their organisation's LSO or supervisors (the CDSP's admins, who may publish one to a
whole portal) add them from scratch or from a raise form ("Save as a template"), change them
and delete them after a confirmation page. Raising from one is *Raise a contact*'s Top 50
(see :mod:`plugins.channels.web.raising`). Another organisation's template is a 404."""
import dataclasses

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core.contacts import (
    contact_templates_for,
    contact_types,
    delete_contact_template,
    enabled_types,
    managed_template,
    managed_templates,
    save_contact_template,
)
from core.errors import Invalid, NotFound, messages
from core.permissions import allowed
from core.tenancy import participant_tenants
from core.web import SIGNED_IN, access
from plugins.channels.web import forms
from plugins.channels.web.blueprint import bp

NOT_KEPT = ("originator_ref",)      # a template keeps no reference of the raiser's


def _me():
    return current_user._get_current_object()


def _may_manage():
    return allowed(_me(), "contact_templates.manage")


def _require_manager():
    if not _may_manage():
        abort(403)


def _keepable_types():
    """The types the actor's organisation may keep templates of (the CDSP: any type, as it
    also publishes them to the portals that raise them)."""
    org = _me().organisation
    if org.is_cdsp:
        return list(contact_types())
    return [t for t in enabled_types(org.tenant.code) if org.tenant.code in t.raised_by]


def template_fields(ctype):
    """The raise form's fields of ``ctype`` as a template's: every one optional, no reference."""
    return [dataclasses.replace(f, required=False) for f in forms.schema_fields(ctype)
            if f.name not in NOT_KEPT]


def _mine(contact_template_id):
    try:
        return managed_template(_me(), contact_template_id)
    except NotFound:
        abort(404)


def _type_or_404(code):
    ctype = next((t for t in _keepable_types() if t.code == str(code or "").upper()), None)
    if ctype is None:
        abort(404)
    return ctype


def _form_page(ctype, template=None, name="", tenant="", values=None, errors=None, status=200):
    return render_template(
        "web/contact_template_form.html", ctype=ctype, template=template,
        fields=template_fields(ctype), name=name, tenant=tenant, values=values or {},
        errors=errors or {}, tenants=participant_tenants() if _me().organisation.is_cdsp else []), \
        status


@bp.get("/contact-templates")
@access(SIGNED_IN)
def contact_templates():
    me = _me()
    return render_template("web/contact_templates.html", usable=contact_templates_for(me),
                           managed=managed_templates(me) if _may_manage() else [],
                           may_manage=_may_manage(), types=_keepable_types(),
                           names={t.code: t.name for t in contact_types()})


contact_templates.help_section = ("quick-reference", "contact-templates")


@bp.get("/contact-templates/new")
@access(SIGNED_IN)
def new_contact_template():
    _require_manager()
    if not request.args.get("type"):
        return redirect(url_for("web.contact_templates"))
    return _form_page(_type_or_404(request.args["type"]))


def _submitted(ctype):
    """(name, tenant, values) from the form: a template's form, or a raise form's "Save as a
    template" (whose reference and recipient are not kept)."""
    values = forms.submitted(template_fields(ctype), request.form)
    return (request.form.get("template_name", ""), request.form.get("template_tenant", ""),
            values)


def _save(ctype, template=None):
    name, tenant, values = _submitted(ctype)
    try:
        saved = save_contact_template(_me(), {"name": name, "contact_type": ctype.code,
                                              "tenant": tenant, "values": values},
                                      template.id if template else None)
    except Invalid as exc:
        errors = {("template_name" if k == "name" else "template_tenant" if k == "tenant" else k):
                  " ".join(messages(v)) for k, v in exc.errors.items()}
        return _form_page(ctype, template, name, tenant, values,
                          forms.field_errors(errors, template_fields(ctype),
                                             extra=("template_name", "template_tenant")), 422)
    flash(f"The contact template '{saved.name}' is saved.")
    return redirect(url_for("web.contact_templates"))


@bp.post("/contact-templates")
@access(SIGNED_IN)
def create_contact_template():
    _require_manager()
    return _save(_type_or_404(request.form.get("template_type")))


@bp.get("/contact-templates/<int:contact_template_id>")
@access(SIGNED_IN)
def contact_template(contact_template_id):
    template = _mine(contact_template_id)
    _require_manager()
    ctype = _type_or_404(template.contact_type)
    return _form_page(ctype, template, template.name,
                      template.tenant.code if template.tenant_id else "", template.values)


@bp.post("/contact-templates/<int:contact_template_id>")
@access(SIGNED_IN)
def update_contact_template(contact_template_id):
    template = _mine(contact_template_id)
    _require_manager()
    return _save(_type_or_404(template.contact_type), template)


@bp.get("/contact-templates/<int:contact_template_id>/delete")
@access(SIGNED_IN)
def confirm_delete_contact_template(contact_template_id):
    template = _mine(contact_template_id)
    _require_manager()
    return render_template("web/contact_template_delete.html", template=template)


@bp.post("/contact-templates/<int:contact_template_id>/delete")
@access(SIGNED_IN)
def delete_contact_template_page(contact_template_id):
    template = _mine(contact_template_id)
    _require_manager()
    delete_contact_template(_me(), template.id)
    flash(f"The contact template '{template.name}' is deleted.")
    return redirect(url_for("web.contact_templates"))
