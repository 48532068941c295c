"""*Contacts Explained*: one section per contact type the tenant has enabled, written from the
contact-type plugins themselves (who may raise it, its service level, its fields, its batch
record), so the guide is never out of step with the service.

Every attribute is read with ``getattr``: a contact type only has to be a
:class:`core.registry.ContactType`; what it does not declare is left out.
"""
from flask import current_app, render_template
from marshmallow import fields as mfields
from marshmallow import validate
from markupsafe import Markup

from core.tenancy import PARTICIPANT_TYPES, enabled_plugins, tenants
from plugins.guides import markup
from plugins.guides.catalogue import ContentGuide, Section

BATCH_PREFIX = ("ORIGINATOR_REF", "CONTACT_TYPE", "MPRN", "SUMMARY")
INTRO = """\
Each kind of contact has a three-letter code. This guide lists the ones you can use in this
portal: who may raise each one, the service level, the details to give and the layout of its
record in a batch file. How to raise and track a contact is in the
[Quick Reference Guide](quick-reference#raising-a-contact); the batch file format is in the
[FAQs](faqs#batch-files).
"""


class ContactsExplained(ContentGuide):
    def __init__(self):
        super().__init__("contacts-explained", "Contacts Explained",
                         summary="Every contact type you can use: who raises it, what to give, "
                                 "its service level and its batch record.",
                         order=20, body=markup.render(INTRO))

    def sections_for(self, tenant):
        registry = current_app.extensions["cms"].contact_types
        types = [ct for ct in registry.enabled_for(enabled_plugins(tenant.code))
                 if tenant.is_cdsp or _may_use(ct, tenant)]
        if not types:
            return [Section("none-yet", "No contact types yet", markup.render(
                "No contact types are enabled for this portal yet. "
                "[Contact us](../contact-us) if you expected some."))]
        return [_section(ct, tenant) for ct in sorted(types, key=lambda c: c.code)]


def _may_use(ct, tenant):
    return (tenant.participant_type in (getattr(ct, "raised_by", ()) or ())
            or bool(getattr(ct, "cdsp_may_raise", False)))


def _section(ct, tenant):
    code = getattr(ct, "code", "")
    html = Markup(render_template("guides/_contact_type.html", ct=ct, code=code,
                           raised_by=_raisers(ct), days=_target_days(ct, tenant),
                           fields=_fields(ct),
                           batch=batch_layout(ct),
                           ceds=dict(getattr(ct, "ceds", None) or {}),
                           text=markup.render(str(getattr(ct, "guide", "") or ""),
                                              id_prefix=code.lower() + "-")))
    return Section(code.lower(), f"{code} – {getattr(ct, 'name', '')}".rstrip(" –"), html)


def _fields(ct):
    """The type's fields in batch-record order: the common ones, then the type's own."""
    order = ("originator_ref", "mprn", "summary", *(getattr(ct, "batch_fields", ()) or ()))
    rows = describe_schema(getattr(ct, "schema", None), order)
    for row in rows:
        if row["name"] == "mprn" and hasattr(ct, "mprn_required"):
            row["required"] = bool(ct.mprn_required)  # checked by the engine, not the schema
    return rows


def _raisers(ct):
    names = {t.participant_type: t.name for t in tenants().values()}
    raisers = [names.get(p, p) for p in PARTICIPANT_TYPES if p in (getattr(ct, "raised_by", ()) or ())]
    if getattr(ct, "cdsp_may_raise", False):
        raisers.append("the CDSP, to a participant")
    return raisers


def _target_days(ct, tenant):
    try:
        from core.contacts import target_days
    except ImportError:  # the contacts engine is not installed: the type's own figure
        return getattr(ct, "service_level_days", None)
    return target_days(ct, tenant)


def batch_layout(ct):
    names = [str(n[0] if isinstance(n, (tuple, list)) else n).upper()
             for n in getattr(ct, "batch_fields", ()) or ()]
    cells = ["Q01", f"<{BATCH_PREFIX[0]}>", getattr(ct, "code", ""), *(f"<{n}>" for n in BATCH_PREFIX[2:])]
    return ",".join(cells + [f"<{n}>" for n in names])


def describe_schema(schema, order=()):
    """[{name, label, required, kind, hint}] for a marshmallow schema (class or instance)."""
    if schema is None:
        return []
    declared = getattr(schema, "_declared_fields", None) or getattr(schema, "fields", None) or {}
    order = [n[0] if isinstance(n, (tuple, list)) else n for n in order]
    names = [n for n in order if n in declared] + [n for n in declared if n not in order]
    rows = []
    for name in names:
        field = declared[name]
        if getattr(field, "dump_only", False):
            continue
        metadata = getattr(field, "metadata", {}) or {}
        rows.append({"name": getattr(field, "data_key", None) or name,
                     "label": metadata.get("label") or name.replace("_", " ").capitalize(),
                     "required": bool(getattr(field, "required", False)),
                     "kind": field_kind(field),
                     "hint": metadata.get("description") or metadata.get("hint") or ""})
    return rows


def field_kind(field):
    """What a field takes, in words: its type, then any allowed values or length limit."""
    if isinstance(field, mfields.Date):
        kind = "date, YYYY-MM-DD (YYYYMMDD in batch files)"
    elif isinstance(field, mfields.Boolean):
        kind = "yes or no"
    elif isinstance(field, mfields.Integer):
        kind = "whole number"
    elif isinstance(field, mfields.Number):
        kind = "number"
    elif isinstance(field, mfields.List):
        kind = "list"
    else:
        kind = "text"
    for validator in _validators(field):
        if isinstance(validator, validate.OneOf):
            kind += "; one of " + ", ".join(str(c) for c in validator.choices)
        elif isinstance(validator, validate.Length) and validator.max is not None:
            kind += f"; up to {validator.max} characters"
        elif isinstance(validator, validate.Range):
            if validator.min is not None:
                kind += f"; at least {validator.min}"
            if validator.max is not None:
                kind += f"; at most {validator.max}"
    return kind


def _validators(field):
    validators = getattr(field, "validators", None) or ()
    return validators if isinstance(validators, (list, tuple)) else (validators,)
