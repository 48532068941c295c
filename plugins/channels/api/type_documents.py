"""Each contact type's published documents, both read from its one description
(:func:`core.contacts.describe_type`), so a type plugin publishes them with nothing to write:

- :func:`json_schema`: the JSON Schema (draft 2020-12) of the body of ``POST /api/v1/contacts``
  that raises one. It is the OpenAPI document's ``Raise<CODE>`` (:func:`.contract.raise_schema`)
  said in JSON Schema's words instead of OpenAPI 3.0's: ``nullable`` becomes a ``null`` type,
  ``example`` becomes ``examples``, and the type's fields are inline, so it stands alone;
- :func:`batch_layout`: its QMP ``Q01`` record cell by cell (position, column, the API field it
  fills, type, required, allowed values, lengths), from the description's ``batch_layout``.

Each carries ``version`` (:data:`VERSION`, the date of the documents' shape; the README's
schema change log lists what each version added) and is served with an ETag, a digest of its
content, which changes whenever the type's description does.
"""
import hashlib
import json

from marshmallow import Schema, fields

from plugins.channels.api.contract import raise_schema
from plugins.channels.api.openapi import fields_schema
from plugins.channels.api.schemas import Bound

VERSION = "2026-12-07"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
DATE_IN_FILES = "YYYYMMDD"


def etag(document):
    """The document's entity tag: a digest of its content (key order does not count)."""
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# ------------------------------------------------------------------ the JSON Schema

def json_schema(described):
    """The JSON Schema (2020-12) of a body raising a contact of the type ``described``."""
    body = raise_schema(described)
    body["properties"]["fields"] = fields_schema(described)
    return {"$schema": DRAFT, "version": VERSION, **_in_json_schema_words(body)}


def _in_json_schema_words(node):
    """An OpenAPI 3.0 schema as a JSON Schema 2020-12 one."""
    if isinstance(node, list):
        return [_in_json_schema_words(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "nullable":
            continue
        if key == "example":
            out["examples"] = [value]
        elif key == "properties":
            out[key] = {name: _in_json_schema_words(schema) for name, schema in value.items()}
        elif key in ("enum", "default", "required"):
            out[key] = value
        else:
            out[key] = _in_json_schema_words(value)
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "anyOf" in out:
            out["anyOf"] = [*out["anyOf"], {"type": "null"}]
    return out


# ------------------------------------------------------------------ the batch layout

class LayoutCellOut(Schema):
    position = fields.Integer(required=True, metadata={
        "description": "the cell's place in the record, counting RECORD_TYPE as 1"})
    name = fields.String(required=True, metadata={"description": "the cell's name in the layout",
                                                  "example": "TOPIC"})
    field = fields.String(metadata={
        "description": "what it fills in the API's body: a top-level key (mprn, summary, "
                       "originator_ref) or a key of `fields`; absent for the fixed cells"})
    type = fields.String(required=True, metadata={
        "description": "text, integer, decimal, number, date or boolean: how the cell's text "
                       "is read"})
    format = fields.String(metadata={
        "description": "mprn, postcode or organisation-code for such text; YYYYMMDD for dates"})
    required = fields.Boolean(required=True, metadata={
        "description": "whether the cell must hold a value (an empty cell is a value not given)"})
    allowed_values = fields.List(fields.Raw(), metadata={"description": "the only values allowed"})
    min_length = fields.Integer(metadata={"description": "fewest characters"})
    max_length = fields.Integer(metadata={"description": "most characters"})
    pattern = fields.String(metadata={"description": "a regular expression the value matches"})
    minimum = Bound(metadata={"description": "the least value allowed"})
    maximum = Bound(metadata={"description": "the greatest value allowed"})
    description = fields.String()


class LayoutOut(Schema):
    version = fields.String(required=True, metadata={
        "description": "the version of this document's shape (the README's schema change log)"})
    code = fields.String(required=True, metadata={"example": "ENQ"})
    name = fields.String(required=True)
    file_type = fields.String(required=True, metadata={"example": "QMP"})
    record_type = fields.String(required=True, metadata={"example": "Q01"})
    layout = fields.String(required=True, metadata={
        "example": "Q01,<ORIGINATOR_REF>,ENQ,<MPRN>,<SUMMARY>,<TOPIC>,<QUESTION>"})
    example = fields.String(allow_none=True, metadata={
        "description": "a record of this type as it would appear in a file"})
    cells = fields.List(fields.Nested(LayoutCellOut), required=True, metadata={
        "description": "every cell of the record, in order. Cells are comma-separated "
                       "(RFC 4180 quoting); trailing empty cells may be left out"})


# What the description's JSON type and format say a cell holds in a file.
CELL_TYPES = {("string", "date"): ("date", DATE_IN_FILES), ("string", "decimal"): ("decimal", None),
              ("string", "mprn"): ("text", "mprn"), ("string", "postcode"): ("text", "postcode"),
              ("string", "organisation-code"): ("text", "organisation-code")}
FACTS = {"enum": "allowed_values", "min_length": "min_length", "max_length": "max_length",
         "pattern": "pattern", "minimum": "minimum", "maximum": "maximum",
         "description": "description"}


def batch_layout(described):
    """The QMP record layout of the type ``described`` (:class:`LayoutOut`'s shape)."""
    layout = described.batch_layout
    cells = [_cell(position, cell, described)
             for position, cell in enumerate(layout.split(","), start=1)]
    return {"version": VERSION, "code": described.code, "name": described.name,
            "file_type": "QMP", "record_type": cells[0]["allowed_values"][0], "layout": layout,
            "example": described.batch_example if described.example else None, "cells": cells}


def _cell(position, cell, described):
    if not (cell.startswith("<") and cell.endswith(">")):   # a fixed value: Q01, the code
        name = "RECORD_TYPE" if position == 1 else "CONTACT_TYPE"
        return {"position": position, "name": name, "type": "text", "required": True,
                "allowed_values": [cell]}
    name = cell[1:-1]
    field = described.field(name.lower())
    out = {"position": position, "name": name, "field": field.name}
    kind, fmt = CELL_TYPES.get((field.type, field.format), ("text" if field.type == "string"
                                                            else field.type, None))
    out.update(type=kind, required=field.required)
    if fmt:
        out["format"] = fmt
    facts = field.as_dict()
    out.update({FACTS[k]: v for k, v in facts.items() if k in FACTS and v != ""})
    return out
