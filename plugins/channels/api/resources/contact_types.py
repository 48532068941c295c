"""``GET /api/v1/contact-types``: the types this caller may raise, each as the engine
describes it (:func:`core.contacts.describe_type`), with the caller's tenant's service level;
``GET /api/v1/contact-types/{code}/schema`` and ``.../layout``: a type's published documents
(:mod:`plugins.channels.api.type_documents`), with an ETag, for any type the caller's tenant
enables."""
from flask import g, jsonify, request
from flask_login import current_user

from core.contacts import contact_types, describe_type, enabled_types, raisable_types
from core.errors import NotFound
from plugins.channels.api import type_documents
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.schemas import ContactTypeList
from plugins.channels.api.serialize import contact_type_out

blp = api_blueprint("contact-types", __name__, "/contact-types",
                    "The contact types you may raise, with their fields and batch layout.")

IF_NONE_MATCH = {"name": "If-None-Match", "in": "header", "required": False,
                 "description": "the ETag of a copy you hold: 304 if it is still current",
                 "schema": {"type": "string"}}
ETAG = {"ETag": {"description": "a digest of the document: it changes when the document does",
                 "schema": {"type": "string"}}}
NOT_MODIFIED = "The copy whose ETag you sent in If-None-Match is current (no body)."
NOT_FOUND = "No such contact type, or it is not offered in your organisation's portal."


@blp.route("")
@blp.response(200, ContactTypeList)
def list_types():
    """The contact types this caller may raise."""
    return {"items": [contact_type_out(describe_type(ctype, g.tenant))
                      for ctype in raisable_types(current_user)]}


@blp.route("/<code>/schema")
@blp.doc(parameters=[IF_NONE_MATCH])
@blp.response(200, {"type": "object", "additionalProperties": True}, headers=ETAG,
              description="A JSON Schema (draft 2020-12) of the body of POST /api/v1/contacts "
                          "that raises a contact of this type, with its `version`.")
@blp.alt_response(304, description=NOT_MODIFIED)
@blp.alt_response(404, description=NOT_FOUND)
def type_schema(code):
    """The JSON Schema of the body that raises a contact of this type."""
    return _published(type_documents.json_schema(_described(code)))


@blp.route("/<code>/layout")
@blp.doc(parameters=[IF_NONE_MATCH])
@blp.response(200, type_documents.LayoutOut, headers=ETAG,
              description="The type's QMP record, cell by cell, with its `version`.")
@blp.alt_response(304, description=NOT_MODIFIED)
@blp.alt_response(404, description=NOT_FOUND)
def type_layout(code):
    """The layout of this type's record in a QMP file."""
    return _published(type_documents.batch_layout(_described(code)))


def _described(code):
    """The description of type ``code`` if the caller's tenant enables it, else a 404 that
    says which of the two it is."""
    known = contact_types().get(code)
    if known is None:
        hint = (f" Codes are in capitals: {code.upper()}." if contact_types().get(code.upper())
                else "")
        raise NotFound(f"There is no contact type {code!r}.{hint} GET /api/v1/contact-types "
                       "lists the types you may raise.", {"code": "Not a contact type's code."})
    tenant = current_user.organisation.tenant.code
    if known not in enabled_types(tenant):
        raise NotFound(f"Contact type {code} is not offered in your organisation's portal "
                       f"({tenant}). GET /api/v1/contact-types lists the types you may raise.",
                       {"code": "Not a type your portal offers."})
    return describe_type(known)


def _published(document):
    response = jsonify(document)
    response.set_etag(type_documents.etag(document))
    response.headers["Cache-Control"] = "private, no-cache"   # keep it, but ask each time
    return response.make_conditional(request)
