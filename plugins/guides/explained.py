"""*Contacts Explained*: one section per contact type the tenant has enabled, written from the
contact-type plugins themselves (who may raise it, its service level, its fields, its batch
record), so the guide is never out of step with the service.

Each section renders the type's one description (:func:`core.contacts.describe_type`,
with this tenant's service level), the same one the raise form and the API listing use.
"""
from flask import current_app, render_template
from markupsafe import Markup

from core.contacts import describe_type
from core.tenancy import PARTICIPANT_TYPES, enabled_plugins, tenants
from plugins.guides import markup
from plugins.guides.catalogue import ContentGuide, Section

INTRO = """\
Each kind of contact has a three-letter code. This guide lists the ones you can use in this
portal: who may raise each one, the service level, the details to give and the layout of its
record in a batch file. How to raise and track a contact is in the
[Quick Reference Guide](quick-reference#raising-a-contact); the batch file format is in the
[FAQs](faqs#batch-files). Whatever its type, a contact a participant raises to the CDSP
counts against the organisation's daily query allowance, and when the CDSP clears it, it says
whether the query was valid or invalid (no challenge to the data, or the sender's data was
incorrect): see [The query allowance](quick-reference#query-allowance).
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
    """Whether the tenant's participants raise the type, or receive it (from the CDSP, or
    routed to them as the type's ``received_by`` says)."""
    ptype = tenant.participant_type
    return (ptype in ct.raised_by or bool(ct.cdsp_may_raise)
            or ptype in (getattr(ct, "received_by", None) or ()))


def _section(ct, tenant):
    described = describe_type(ct, tenant)
    code = described.code
    html = Markup(render_template("guides/_contact_type.html", ct=described, code=code,
                                  raised_by=_raisers(described),
                                  days=described.service_level_days,
                                  fields=[{"name": f.name, "label": f.label,
                                           "required": f.required, "kind": field_kind(f),
                                           "hint": f.description} for f in described.fields],
                                  batch=described.batch_layout, ceds=described.ceds,
                                  batch_example=described.example and described.batch_example,
                                  text=markup.render(described.guide,
                                                     id_prefix=code.lower() + "-")))
    return Section(code.lower(), f"{code} – {described.name}".rstrip(" –"), html)


def _raisers(described):
    names = {t.participant_type: t.name for t in tenants().values()}
    raisers = [names.get(p, p) for p in PARTICIPANT_TYPES if p in described.raised_by]
    if described.cdsp_may_raise:
        raisers.append("the CDSP, to a participant")
    return raisers


KINDS = {"boolean": "yes or no", "integer": "whole number", "number": "number", "array": "list"}


def field_kind(described):
    """What a field takes, in words: its type, then any allowed values, lengths or bounds."""
    if described.format == "date":
        kind = "date, YYYY-MM-DD (YYYYMMDD in batch files)"
    elif described.format == "decimal":
        kind = "number"
    else:
        kind = KINDS.get(described.type, "text")
    if described.enum:
        kind += "; one of " + ", ".join(str(c) for c in described.enum)
    if described.max_length is not None:
        kind += f"; up to {described.max_length} characters"
    if described.minimum is not None:
        kind += f"; at least {described.minimum}"
    if described.maximum is not None:
        kind += f"; at most {described.maximum}"
    return kind
