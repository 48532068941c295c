"""Response templates (canned responses): a named text with variables such as
``{reference}`` or ``{due_date}``, for one use (a message, a request for information, a
resolution, a rejection), kept by an organisation for its own people: the CDSP's admins for
its staff (optionally for one portal's contacts only), a participant's LSO or supervisors
for its users. Another organisation's template is not found.

Variables are filled by plain substitution from the contact (no attribute access, no
format specifications): :data:`VARIABLES` lists them, and a template naming any other is
refused when it is saved. Braces are written doubled (``{{``) to show them as they are.
"""
import string

from core import audit, clock
from core.contacts import sla
from core.contacts.lifecycle import rejection_reasons, resolution_reasons
from core.contacts.registry import contact_types, type_of
from core.contacts.validation import BAD_VALUE, invalid
from core.db import transaction
from core.errors import Forbidden, NotFound, Taken
from core.models import Organisation, ResponseTemplate, Tenant, CDSP_TENANT
from core.permissions import allowed

USES = {"message": "A message", "request": "A request for information",
        "resolution": "A resolution", "rejection": "A rejection"}
ACTION_USE = {"message": "message", "request_info": "request", "resolve": "resolution",
              "reject": "rejection"}
VARIABLES = {
    "reference": "the contact's CMS reference",
    "type": "the contact type's code (e.g. RFA)",
    "type_name": "the contact type's name",
    "mprn": "the meter point reference number",
    "originator": "the raising organisation's code",
    "originator_name": "the raising organisation's name",
    "originator_ref": "the raising organisation's own reference",
    "holder": "the code of the organisation working the contact",
    "summary": "the contact's summary",
    "raised_date": "the day it was raised (e.g. 3 March 2026)",
    "due_date": "the last day of its service level",
    "today": "today's date",
    "my_name": "the name of the person using the template",
    "my_organisation": "the name of their organisation",
}
MAX_NAME, MAX_BODY, MAX_TEMPLATES = 80, 4000, 500


def _day(value):
    return f"{value:%-d %B %Y}" if value else ""


def values_for(actor, contact):
    """The variables' values for ``contact`` as ``actor`` uses a template on it."""
    ctype = type_of(contact)
    level = sla.status(contact)
    organisation = Organisation.get_by_id(actor.organisation_id) if actor.organisation_id else None
    return {"reference": contact.reference, "type": contact.contact_type,
            "type_name": getattr(ctype, "name", contact.contact_type),
            "mprn": contact.mprn or "", "originator": contact.originator_org.code,
            "originator_name": contact.originator_org.name,
            "originator_ref": contact.originator_ref or "", "holder": contact.holder_org.code,
            "summary": contact.summary, "raised_date": _day(clock.local_today(contact.raised_at)),
            "due_date": _day(getattr(level, "due_date", None)), "today": _day(clock.local_today()),
            "my_name": getattr(actor, "display_name", "") or "",
            "my_organisation": organisation.name if organisation else ""}


def _parts(body):
    """The template as (literal, variable or None) pairs; ValueError on a malformed one."""
    parts = []
    for literal, name, spec, conversion in string.Formatter().parse(body):
        if name is not None and (spec or conversion or name not in VARIABLES):
            raise ValueError(name or "{}")
        parts.append((literal, name))
    return parts


def render(body, values):
    return "".join(literal + (values[name] if name else "") for literal, name in _parts(body))


def _problems(owner, fields):
    errors = {}
    name = str(fields.get("name") or "").strip()
    if not name or len(name) > MAX_NAME:
        errors["name"] = f"Give the template a name of at most {MAX_NAME} characters."
    use = fields.get("use")
    if use not in USES:
        errors["use"] = f"Choose what it is for: {', '.join(USES)}."
    code_type = str(fields.get("contact_type") or "").strip().upper() or None
    if code_type and code_type not in contact_types():
        errors["contact_type"] = f"Choose a contact type: {', '.join(t.code for t in contact_types())}, or none."
    body = str(fields.get("body") or "")
    if not body.strip() or len(body) > MAX_BODY:
        errors["body"] = f"Write the text (at most {MAX_BODY} characters)."
    else:
        try:
            _parts(body)
        except ValueError as exc:
            errors["body"] = (f"{{{exc}}} is not a variable: use {', '.join('{' + v + '}' for v in VARIABLES)}"
                              ", and write a brace as {{ or }}.")
    code = str(fields.get("code") or "").strip().upper() or None
    if use in ("resolution", "rejection") and "contact_type" not in errors:
        ctype = contact_types().get(code_type) if code_type else None
        codes = (rejection_reasons if use == "rejection" else resolution_reasons)(ctype)
        if (code or use == "rejection") and code not in codes:
            errors["code"] = f"Choose a {use} code: {', '.join(sorted(codes))}."
    elif code:
        errors["code"] = "Only a resolution or a rejection template gives a code."
    tenant = str(fields.get("tenant") or "").strip().lower() or None
    if tenant and not owner.is_cdsp:
        errors["tenant"] = "Only the CDSP's templates are kept for one portal."
    elif tenant and (tenant == CDSP_TENANT or Tenant.by_code(tenant) is None):
        errors["tenant"] = "Choose a participant portal, or none for every portal."
    clean = {"name": name, "use": use, "contact_type": code_type, "body": body, "code": code,
             "tenant": Tenant.by_code(tenant).id if tenant and "tenant" not in errors else None}
    return errors, clean


def _managed(actor):
    if not allowed(actor, "templates.manage"):
        raise Forbidden("Your organisation's LSO or supervisors (the CDSP's admins) keep its "
                        "templates.")
    return Organisation.get_by_id(actor.organisation_id)


def save_template(actor, fields, template_id=None):
    """Create (or, with ``template_id``, change) one of the actor's organisation's
    templates; Invalid saying what to fix, Forbidden unless the actor keeps them."""
    owner = _managed(actor)
    existing = get_template(actor, template_id) if template_id is not None else None
    errors, clean = _problems(owner, fields)
    clash = (ResponseTemplate.select().where((ResponseTemplate.owner_org == owner.id) &
                                             (ResponseTemplate.name == clean["name"])))
    if existing is not None:
        clash = clash.where(ResponseTemplate.id != existing.id)
    if "name" not in errors and clash.exists():
        errors["name"] = "Your organisation has a template of that name: choose another."
        if len(errors) == 1:   # the only problem: the name is taken
            raise Taken("The template was not saved: its name is taken.", errors)
    if existing is None and "name" not in errors and ResponseTemplate.select().where(
            ResponseTemplate.owner_org == owner.id).count() >= MAX_TEMPLATES:
        errors["name"] = f"Your organisation keeps {MAX_TEMPLATES} templates already."
    if errors:
        raise invalid("The template was not saved: correct the fields marked.", errors, BAD_VALUE)
    with transaction():
        template = existing or ResponseTemplate(owner_org=owner.id)
        for name, value in clean.items():
            setattr(template, "tenant_id" if name == "tenant" else name, value)
        template.updated_by, template.updated_at = actor.id, clock.now()
        template.save()
        audit.record("template.saved", actor=actor, org_id=owner.id,
                     target_type="template", target_id=str(template.id),
                     detail={"name": template.name, "use": template.use,
                             "created": existing is None})
    return template


def delete_template(actor, template_id):
    owner = _managed(actor)
    template = get_template(actor, template_id)
    with transaction():
        template.delete_instance()
        audit.record("template.deleted", actor=actor, org_id=owner.id, target_type="template",
                     target_id=str(template_id), detail={"name": template.name})


def get_template(actor, template_id):
    """One of the actor's organisation's templates; NotFound for any other."""
    try:
        template_id = int(template_id)
    except (TypeError, ValueError):
        template_id = 0
    template = ResponseTemplate.get_or_none((ResponseTemplate.id == template_id) &
                                            (ResponseTemplate.owner_org == actor.organisation_id))
    if template is None:
        raise NotFound("There is no such template, or it is not your organisation's.")
    return template


def _tenants_of(contact):
    return {contact.originator_org.tenant_id, contact.holder_org.tenant_id}


def templates_for(actor, contact=None, use=None):
    """The actor's organisation's templates by name; for ``contact``, only those that fit
    its type and portal; for ``use``, only those of that use."""
    query = (ResponseTemplate.select()
             .where(ResponseTemplate.owner_org == actor.organisation_id)
             .order_by(ResponseTemplate.name))
    if use is not None:
        query = query.where(ResponseTemplate.use == use)
    found = list(query)
    if contact is not None:
        tenants = _tenants_of(contact)
        found = [t for t in found if t.contact_type in (None, contact.contact_type)
                 and (t.tenant_id is None or t.tenant_id in tenants)]
    return found


def applied(actor, contact, action, params):
    """``params`` of ``action`` on ``contact`` with the template they name (``template``)
    turned into its text (free text after it) and, for a resolution or rejection, its code."""
    if params.get("template") in (None, ""):
        return {k: v for k, v in params.items() if k != "template"}
    params = dict(params)
    wanted = params.pop("template")
    use = ACTION_USE.get(action)
    if use is None:
        raise invalid("A template cannot be used for that.",
                      {"template": f"Use a template to {', '.join(ACTION_USE)}."}, BAD_VALUE)
    try:
        template = get_template(actor, wanted)
    except NotFound as exc:
        raise invalid("The template was not found.", {"template": exc.message}, BAD_VALUE)
    fits = template in templates_for(actor, contact, use)
    if not fits:
        raise invalid("That template does not fit.",
                      {"template": f"Choose a template for {USES[use].lower()} on "
                                   f"{contact.contact_type} contacts."}, BAD_VALUE)
    text = render(template.body, values_for(actor, contact))
    extra = str(params.get("text") or "").strip()
    params["text"] = f"{text}\n\n{extra}" if extra else text
    if use in ("resolution", "rejection") and not params.get("code"):
        params["code"] = template.code
    return params


def preview(actor, contact, template_id):
    """What a template says on ``contact`` (the actor's own template, one they may see)."""
    template = get_template(actor, template_id)
    return render(template.body, values_for(actor, contact))
