"""Contact templates, the Contact Generator: a named, partly filled contact of one type (its
MPRN, summary and any of the type's own fields) that an organisation keeps for its users, so
that a contact raised again and again is raised from it with only what differs.

* An organisation's LSO or supervisors keep its templates (the CDSP's admins keep the
  CDSP's, for its staff); a CDSP admin may also **publish** one to a participant portal
  (``tenant``): every organisation of that portal then sees it, and only the CDSP changes it.
* Another organisation's template is not found; a template whose type the reader may not
  raise (switched off for their portal, or not open to their role) is hidden.
* Raising from one (:func:`raise_from_template`) merges what the caller gives over the
  template's values and raises through :func:`core.contacts.service.raise_contact`, so the
  type's rules of *today* apply: a stale template is refused like any contact, naming the
  field (and saying it came from the template).
* A template keeps no reference of the originator's (it must be unique among open
  contacts) and no attachments (a file goes with the contact raised from it).
* :func:`top_50` is the "Top 50" that *Raise a contact* opens with: the templates the
  reader may use and the types their organisation raised most among its latest
  :data:`RECENT` contacts (one bounded query on the (originator, raised) index, kept for
  ``CMS_COUNT_CACHE_SECONDS`` like a list's count), most used first.
"""
from dataclasses import dataclass

from marshmallow import ValidationError
from peewee import SQL, fn

from core import audit, clock
from core.contacts import counts
from core.contacts.fields import ContactSchema, jsonable
from core.contacts.reasons import BAD_VALUE
from core.contacts.registry import contact_types, enabled_types, raisable_types
from core.contacts.service import raise_contact
from core.contacts.validation import invalid
from core.db import transaction
from core.errors import Forbidden, Invalid, NotFound
from core.models import CDSP_TENANT, Contact, ContactTemplate, Organisation, Tenant
from core.permissions import allowed

MAX_NAME, MAX_TEMPLATES = 80, 200
TOP, RECENT = 50, 1000
NOT_KEPT = ("originator_ref",)      # base fields a template never holds
NOT_FOUND = "There is no such contact template, or it is not one you may use."


@dataclass
class TopEntry:
    """One line of the "Top 50": a template, or a type raised often."""
    ctype: object
    uses: int
    template: ContactTemplate = None

    @property
    def label(self):
        return self.template.name if self.template else f"{self.ctype.code} – {self.ctype.name}"


# ------------------------------------------------------------------ keeping templates

def _managed(actor):
    if not allowed(actor, "contact_templates.manage"):
        raise Forbidden("Your organisation's LSO or supervisors (the CDSP's admins) keep its "
                        "contact templates.")
    return Organisation.get_by_id(actor.organisation_id)


def _offered_to(owner, tenant, ctype):
    """Whether ``ctype`` may be raised by those a template of ``owner`` (published to
    ``tenant``, or not) is for."""
    if tenant is not None:
        return ctype in enabled_types(tenant.code) and tenant.code in ctype.raised_by
    if owner.is_cdsp:
        return ctype in enabled_types(CDSP_TENANT) and ctype.cdsp_may_raise
    code = owner.tenant.code
    return ctype in enabled_types(code) and code in ctype.raised_by


def _values(ctype, values):
    """The template's values loaded through the type's schema (every field optional; the
    type's rules wait for raising); and errors per field."""
    if not isinstance(values, dict):
        return {}, {"values": "Give the template's fields as an object."}
    errors = {name: "A template does not keep your reference: give it when you raise."
              for name in NOT_KEPT if str(values.get(name) or "").strip()}
    values = {k: v for k, v in values.items() if k not in NOT_KEPT}
    try:
        loaded = (ctype.schema or ContactSchema)().load(values, partial=True)
    except ValidationError as exc:
        errors.update({k: " ".join(v) if isinstance(v, list) else str(v)
                       for k, v in exc.normalized_messages().items()})
        loaded = {}
    return jsonable(loaded), errors


def _problems(actor, owner, fields, existing):
    errors = {}
    name = str(fields.get("name") or "").strip()
    if not name or len(name) > MAX_NAME:
        errors["name"] = f"Give the template a name of at most {MAX_NAME} characters."
    code = str(fields.get("contact_type") or (existing.contact_type if existing else "")).strip().upper()
    ctype = contact_types().get(code)
    tenant_code = str(fields.get("tenant") or "").strip().lower() or None
    tenant = Tenant.by_code(tenant_code) if tenant_code else None
    if tenant_code and not owner.is_cdsp:
        errors["tenant"] = "Only the CDSP publishes a template to a whole portal."
    elif tenant_code and (tenant is None or tenant_code == CDSP_TENANT):
        errors["tenant"] = "Choose a participant portal to publish it to, or none."
    if ctype is None or ("tenant" not in errors and not _offered_to(owner, tenant, ctype)):
        kinds = sorted(t.code for t in contact_types() if "tenant" in errors
                       or _offered_to(owner, tenant, t))
        errors["contact_type"] = (f"{code or 'Nothing'} is not a contact type "
                                  f"{'that portal' if tenant else 'your organisation'} raises: "
                                  f"choose one of {', '.join(kinds) or 'none'}.")
        values = {}
    else:
        values, value_errors = _values(ctype, fields.get("values") or {})
        errors.update(value_errors)
    clash = ContactTemplate.select().where((ContactTemplate.owner_org == owner.id) &
                                           (ContactTemplate.name == name))
    if existing is not None:
        clash = clash.where(ContactTemplate.id != existing.id)
    if "name" not in errors and clash.exists():
        errors["name"] = "Your organisation has a contact template of that name: choose another."
    if existing is None and "name" not in errors and ContactTemplate.select().where(
            ContactTemplate.owner_org == owner.id).count() >= MAX_TEMPLATES:
        errors["name"] = f"Your organisation keeps {MAX_TEMPLATES} contact templates already."
    return errors, {"name": name, "contact_type": code, "values": values,
                    "tenant": tenant.id if tenant and "tenant" not in errors else None}


def save_contact_template(actor, fields, template_id=None):
    """Create (or, with ``template_id``, change) one of the actor's organisation's contact
    templates from ``fields``: ``name``, ``contact_type``, ``values`` (``mprn``, ``summary``
    and the type's own fields, any of them) and, for the CDSP, ``tenant`` (publish it to
    that portal). Invalid saying what to fix; Forbidden unless the actor keeps them."""
    owner = _managed(actor)
    existing = managed_template(actor, template_id) if template_id is not None else None
    errors, clean = _problems(actor, owner, fields, existing)
    if errors:
        raise invalid("The contact template was not saved: correct the fields marked.", errors,
                      BAD_VALUE)
    with transaction():
        template = existing or ContactTemplate(owner_org=owner.id)
        was_published = existing.tenant_id if existing else None
        template.name, template.contact_type = clean["name"], clean["contact_type"]
        template.values, template.tenant_id = clean["values"], clean["tenant"]
        template.updated_by, template.updated_at = actor.id, clock.now()
        template.save()
        tenant = Tenant.get_by_id(template.tenant_id).code if template.tenant_id else None
        audit.record("contact_template.saved", actor=actor, org_id=owner.id,
                     target_type="contact_template", target_id=str(template.id),
                     detail={"name": template.name, "contact_type": template.contact_type,
                             "published_to": tenant, "created": existing is None})
        if template.tenant_id and template.tenant_id != was_published:
            audit.record("contact_template.published", actor=actor, org_id=owner.id,
                         target_type="contact_template", target_id=str(template.id),
                         detail={"name": template.name, "tenant": tenant})
    return template


def delete_contact_template(actor, template_id):
    owner = _managed(actor)
    template = managed_template(actor, template_id)
    with transaction():
        template.delete_instance()
        audit.record("contact_template.deleted", actor=actor, org_id=owner.id,
                     target_type="contact_template", target_id=str(template.id),
                     detail={"name": template.name, "contact_type": template.contact_type})
    return template


def _row_id(template_id):
    try:
        value = int(template_id)
    except (TypeError, ValueError):
        return 0
    return value if 0 < value < 2**31 else 0


def managed_template(actor, template_id):
    """One of the actor's organisation's own templates (published or not, offered or not);
    NotFound for any other."""
    template = ContactTemplate.get_or_none((ContactTemplate.id == _row_id(template_id)) &
                                           (ContactTemplate.owner_org == actor.organisation_id))
    if template is None:
        raise NotFound("There is no such contact template, or it is not your organisation's.")
    return template


def managed_templates(actor):
    """The actor's organisation's own templates by name, each with ``offered``: whether
    those it is for may raise its type today."""
    owner = Organisation.get_by_id(actor.organisation_id)
    found = list(ContactTemplate.select().where(ContactTemplate.owner_org == owner.id)
                 .order_by(ContactTemplate.name))
    tenants = {t.id: t for t in Tenant.select()}
    for template in found:
        ctype = contact_types().get(template.contact_type)
        template.offered = ctype is not None and _offered_to(
            owner, tenants.get(template.tenant_id), ctype)
    return found


# ------------------------------------------------------------------ using templates

def _usable(actor):
    organisation = Organisation.get_by_id(actor.organisation_id)
    mine = (ContactTemplate.owner_org == organisation.id) & ContactTemplate.tenant.is_null()
    if organisation.is_cdsp:
        return mine
    return mine | (ContactTemplate.tenant == organisation.tenant_id)   # the CDSP's, published


def contact_templates_for(actor, contact_type=None):
    """The templates ``actor`` may raise from, by name: their organisation's own and those
    the CDSP published to their portal, of the types they may raise (those of
    ``contact_type`` only, when given)."""
    raisable = {t.code for t in raisable_types(actor)}
    query = ContactTemplate.select().where(_usable(actor)).order_by(ContactTemplate.name,
                                                                     ContactTemplate.id)
    if contact_type:
        query = query.where(ContactTemplate.contact_type == str(contact_type).upper())
    return [t for t in query if t.contact_type in raisable]


def get_contact_template(actor, template_id):
    """A template ``actor`` may raise from; NotFound for any other (another organisation's,
    another portal's, or of a type they may not raise)."""
    template = ContactTemplate.get_or_none((ContactTemplate.id == _row_id(template_id)) &
                                           _usable(actor))
    if template is None or template.contact_type not in {t.code for t in raisable_types(actor)}:
        raise NotFound(NOT_FOUND)
    return template


def merged(template, overrides):
    """The template's values with ``overrides`` over them: a value given replaces the
    template's, an empty one (None or blank) clears it."""
    data = dict(template.values or {})
    for name, value in (overrides or {}).items():
        if value is None or (isinstance(value, str) and not value.strip()):
            data.pop(name, None)
        else:
            data[name] = value
    return data


def raise_from_template(actor, template_id, overrides=None, channel="web", to_org=None):
    """Raise a contact of the template's type from its values with ``overrides`` over them
    (see :func:`merged`), as :func:`core.contacts.service.raise_contact` does. A field the
    type refuses today is named, and said to come from the template when its value did."""
    template = get_contact_template(actor, template_id)
    data = merged(template, overrides)
    try:
        contact = raise_contact(actor, template.contact_type, data, channel, to_org=to_org)
    except Invalid as exc:
        kept = template.values or {}
        stale = {k for k in exc.errors or {} if k in kept and data.get(k) == kept[k]}
        for name in stale:
            texts = exc.errors[name] if isinstance(exc.errors[name], list) else [exc.errors[name]]
            exc.errors[name] = [(f"{' '.join(map(str, texts))} (This value comes from the "
                                 f"template '{template.name}': give another, or ask for the "
                                 "template to be corrected.)")]
        raise
    with transaction():
        (ContactTemplate.update(uses=ContactTemplate.uses + 1)
         .where(ContactTemplate.id == template.id).execute())
    return contact


# ------------------------------------------------------------------ the Top 50

def recent_type_counts(actor):
    """{type code: how many of the actor's organisation's latest :data:`RECENT` contacts
    are of it}: one bounded query, kept for ``CMS_COUNT_CACHE_SECONDS``."""
    org_id = actor.organisation_id

    def count():
        latest = (Contact.select(Contact.contact_type)
                  .where(Contact.originator_org == org_id)
                  # the id breaks a tie of moments (a block raised at once): the same
                  # latest on both databases, still read off the (originator, raised_at) index
                  .order_by(Contact.raised_at.desc(), Contact.id.desc())
                  .limit(RECENT)).alias("latest")
        rows = (Contact.select(latest.c.contact_type, fn.COUNT(SQL("*")))
                .from_(latest).group_by(latest.c.contact_type).tuples())
        return dict(rows)
    return dict(counts.kept(("top-types", org_id), count))


def top_50(actor):
    """``(entries, counts)``: the "Top 50" (:class:`TopEntry`: every template the actor may
    use, and the types their organisation raised among its latest contacts, most used
    first, templates before types when even) and the types' recent counts."""
    raisable = {t.code: t for t in raisable_types(actor)}
    recent = recent_type_counts(actor)
    entries = [TopEntry(raisable[t.contact_type], t.uses, t) for t in contact_templates_for(actor)]
    entries += [TopEntry(ctype, recent[code]) for code, ctype in raisable.items()
                if recent.get(code)]
    entries.sort(key=lambda e: (-e.uses, e.template is None, e.label.lower()))
    return entries[:TOP], recent
