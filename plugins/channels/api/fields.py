"""Describing a contact type's marshmallow fields for API clients."""
from marshmallow import fields as mf

TYPES = (
    (mf.Boolean, "boolean"), (mf.Integer, "integer"), (mf.Float, "number"),
    (mf.Decimal, "number"), (mf.DateTime, "datetime"), (mf.Date, "date"),
    (mf.List, "array"), (mf.Dict, "object"), (mf.String, "string"),
)
BASE_FIELDS = ("mprn", "summary", "originator_ref")


def json_type(field):
    for cls, name in TYPES:
        if isinstance(field, cls):
            return name
    return "string"


def describe(ctype):
    """[{name, type, required, description}] for the type's own fields (not mprn/summary/ref)."""
    schema_cls = getattr(ctype, "schema", None)
    if schema_cls is None:
        return []
    described = []
    for name, field in schema_cls().fields.items():
        if name in BASE_FIELDS or field.dump_only:
            continue
        meta = field.metadata or {}
        described.append({"name": field.data_key or name, "type": json_type(field),
                          "required": bool(field.required),
                          "description": meta.get("description", "")})
    return described
