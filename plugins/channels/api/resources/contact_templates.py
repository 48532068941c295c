"""``/api/v1/contact-templates``: the contact templates you may raise from (the Contact
Generator): your organisation's own and those the CDSP published to your portal, of the
types you may raise. ``POST /contact-templates/{id}/contacts`` raises one from a template,
with what differs given over its values. Another organisation's template, and one of a
type you may not raise, is not found. Templates are kept on the portal."""
from flask import url_for
from flask_login import current_user
from marshmallow import Schema, fields

from core.contacts import (
    contact_templates_for,
    contact_types,
    get_contact_template,
    raise_from_template,
)
from plugins.channels.api import serialize
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.idempotency import idempotent
from plugins.channels.api.json_types import require_json_types
from plugins.channels.api.openapi import NOT_BLANK, padded
from plugins.channels.api.schemas import ContactOut, UtcDateTime

CHANNEL = "api"
BASE = ("mprn", "summary", "originator_ref")

blp = api_blueprint("contact-templates", __name__, "/contact-templates",
                    "Contact templates: named, partly filled contacts of one type your "
                    "organisation keeps (or the CDSP published to your portal), to raise from.")


class TemplateValuesOut(Schema):
    mprn = fields.String(allow_none=True)
    summary = fields.String(allow_none=True)
    fields_ = fields.Dict(data_key="fields", required=True, metadata={
        "description": "the type's own fields the template fills in (see GET /contact-types)"})


class ContactTemplateOut(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    type = fields.String(required=True, metadata={"description": "its contact type's code"})
    type_name = fields.String(required=True)
    values = fields.Nested(TemplateValuesOut, required=True, metadata={
        "description": "what a contact raised from it starts with"})
    published_to = fields.String(allow_none=True, metadata={
        "description": "the CDSP's templates for a whole portal: that portal (e.g. shipper); "
                       "null for your organisation's own"})
    owner = fields.String(required=True, metadata={"description": "the keeping organisation's code"})
    uses = fields.Integer(required=True, metadata={"description": "contacts raised from it"})
    updated_at = UtcDateTime(required=True)
    contacts = fields.String(required=True, metadata={"description": "where to POST to raise from it"})


class ContactTemplateList(Schema):
    items = fields.List(fields.Nested(ContactTemplateOut), required=True, metadata={
        "description": "by name"})


class RaiseFromTemplateIn(Schema):
    mprn = fields.String(allow_none=True, metadata={
        "description": "replaces the template's MPRN (null: raise without one)",
        "format": "mprn", "pattern": padded("^([0-9] *){6,11}$", required=False)})
    summary = fields.String(allow_none=True, metadata={
        "description": "replaces the template's summary", "pattern": NOT_BLANK,
        "maxLength": 500})
    originator_ref = fields.String(allow_none=True, metadata={
        "description": "your own reference (a template keeps none; blank: none)",
        "pattern": padded("^[A-Za-z0-9._\\-/]{1,64}$", required=False)})
    fields_ = fields.Dict(data_key="fields", load_default=dict, metadata={
        "description": "the template type's own fields to give or replace (its <TYPE>Fields "
                       "schema); a field given null is left out"})
    to_org = fields.String(allow_none=True, metadata={
        "description": "CDSP callers only, and for them required: the participant "
                       "organisation's code"})


def _caller():
    return current_user._get_current_object()


def _out(template, names):
    values = dict(template.values or {})
    return {"id": template.id, "name": template.name, "type": template.contact_type,
            "type_name": names.get(template.contact_type, ""),
            "values": {"mprn": values.pop("mprn", None), "summary": values.pop("summary", None),
                       "fields_": values},
            "published_to": template.tenant.code if template.tenant_id else None,
            "owner": template.owner_org.code, "uses": template.uses,
            "updated_at": template.updated_at,
            "contacts": url_for("contact-templates.raise_from", contact_template_id=template.id)}


def _names():
    return {t.code: t.name for t in contact_types()}


@blp.route("", methods=["GET"])
@blp.response(200, ContactTemplateList)
def index():
    """The contact templates you may raise from, by name."""
    names = _names()
    return {"items": [_out(t, names) for t in contact_templates_for(_caller())]}


@blp.route("/<int:contact_template_id>", methods=["GET"])
@blp.response(200, ContactTemplateOut)
def read(contact_template_id):
    """One contact template you may raise from."""
    return _out(get_contact_template(_caller(), contact_template_id), _names())


@blp.route("/<int:contact_template_id>/contacts", methods=["POST"])
@idempotent
@blp.arguments(RaiseFromTemplateIn)
@blp.response(201, ContactOut)
@blp.alt_response(404, description="No such template, or not one you may raise from.")
@blp.alt_response(422, description="A field is not valid, whether you gave it or the template "
                                   "did: `errors` names it (and says when its value came from "
                                   "the template).")
def raise_from(body, contact_template_id):
    """Raise a contact from a template: its values, with what you give over them. The type's
    rules of today apply to the whole."""
    template = get_contact_template(_caller(), contact_template_id)
    require_json_types(template.contact_type, body["fields_"])
    overrides = {name: body[name] for name in BASE if name in body}
    overrides.update(body["fields_"])
    contact = raise_from_template(_caller(), contact_template_id, overrides, CHANNEL,
                                  to_org=body.get("to_org"))
    return serialize.contact(contact), 201, {
        "Location": url_for("contacts.read", reference=contact.reference)}
