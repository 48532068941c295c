"""Response templates in the portal: everyone lists their organisation's templates; its
LSO or supervisors (the CDSP's admins) add, change and delete them. Using one is a choice
on a contact's action forms (see :mod:`plugins.channels.web.actions`)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from core.contacts import (REJECTION_REASONS, RESOLUTION_REASONS, TEMPLATE_USES,
                           TEMPLATE_VARIABLES, contact_types, delete_template, get_template,
                           save_template, templates_for)
from core.errors import Invalid, NotFound, messages
from core.tenancy import participant_tenants
from core.permissions import allowed
from core.web import SIGNED_IN, access
from plugins.channels.web.blueprint import bp

FIELDS = ("name", "use", "contact_type", "code", "tenant", "body")


def _page(template=None, values=None, errors=None, status=200):
    me = current_user._get_current_object()
    codes = {**REJECTION_REASONS, **RESOLUTION_REASONS}
    for ctype in contact_types():
        codes.update(ctype.rejection_codes or {})
        codes.update(ctype.resolution_codes or {})
    return render_template(
        "web/response_templates.html", templates=templates_for(me), editing=template,
        may_manage=allowed(me, "templates.manage"), uses=TEMPLATE_USES,
        variables=TEMPLATE_VARIABLES, types=[(t.code, t.name) for t in contact_types()],
        codes=sorted(codes.items()),
        tenants=participant_tenants() if me.organisation.is_cdsp else [],
        values=values or {}, errors=errors or {}), status


def _values(template):
    return {"name": template.name, "use": template.use, "contact_type": template.contact_type,
            "code": template.code, "body": template.body,
            "tenant": template.tenant.code if template.tenant_id else ""}


def _mine(template_id):
    try:
        return get_template(current_user, template_id)
    except NotFound:
        abort(404)


@bp.get("/templates")
@access(SIGNED_IN)
def response_templates():
    return _page()


@bp.get("/templates/<int:template_id>")
@access(SIGNED_IN)
def response_template(template_id):
    template = _mine(template_id)
    return _page(template, _values(template))


@bp.post("/templates", defaults={"template_id": None})
@bp.post("/templates/<int:template_id>")
@access(SIGNED_IN)
def save_response_template(template_id):
    template = _mine(template_id) if template_id is not None else None
    values = {name: request.form.get(name, "") for name in FIELDS}
    if not allowed(current_user, "templates.manage"):
        abort(403)
    try:
        saved = save_template(current_user, values, template_id)
    except Invalid as exc:
        errors = {k: " ".join(messages(v)) for k, v in exc.errors.items()}
        return _page(template, values, errors, status=422)
    flash(f"The template '{saved.name}' is saved.")
    return redirect(url_for("web.response_templates"))


@bp.post("/templates/<int:template_id>/delete")
@access(SIGNED_IN)
def delete_response_template(template_id):
    template = _mine(template_id)
    if not allowed(current_user, "templates.manage"):
        abort(403)
    delete_template(current_user, template.id)
    flash(f"The template '{template.name}' is deleted.")
    return redirect(url_for("web.response_templates"))


response_templates.help_section = ("quick-reference", "templates")
