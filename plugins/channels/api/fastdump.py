"""Dumping the API's answers without marshmallow's per-value machinery, to the same JSON.

``Schema.dump`` looks every value up through ``Field.serialize`` (attribute getters, missing
checks, defaults) before it reaches the field's own ``_serialize``: for a contact with its
history that bookkeeping cost more than the query that read it. A :class:`FastDumpSchema`
works out once per class which key each field reads and writes, then calls each field's own
``_serialize`` directly, so every value comes out exactly as marshmallow would make it
(tests/api/test_fastdump.py compares the two). Anything this shortcut does not cover (dump
hooks, ``only``/``exclude``, dump defaults, dotted attributes, objects that are not dicts)
goes through ``Schema.dump`` as usual.
"""
from marshmallow import Schema, missing

_PLANS = {}


def _plan(schema):
    """``[(attribute, data_key, field)]`` for ``schema``, or None when it needs ``Schema.dump``."""
    if schema.only or schema.exclude:      # this instance's own choice of fields
        return None
    cls = type(schema)
    if cls not in _PLANS:
        plan = None
        hooks = schema._hooks
        if not (hooks.get("pre_dump") or hooks.get("post_dump")):
            plan = []
            for name, field in schema.dump_fields.items():
                attribute = field.attribute or name
                if (field.dump_default is not missing or "." in attribute
                        or not field._CHECK_ATTRIBUTE):
                    plan = None
                    break
                plan.append((attribute, field.data_key or name, field))
        _PLANS[cls] = plan
    return _PLANS[cls]


class FastDumpSchema(Schema):
    """A schema whose ``dump`` of plain dicts skips marshmallow's per-value bookkeeping."""

    def dump(self, obj, *, many=None):
        many = self.many if many is None else bool(many)
        plan = _plan(self)
        if plan is None:
            return super().dump(obj, many=many)
        if many:
            if not all(isinstance(item, dict) for item in obj):
                return super().dump(obj, many=many)
            return [_dump(plan, item) for item in obj]
        if not isinstance(obj, dict):
            return super().dump(obj, many=many)
        return _dump(plan, obj)


def _dump(plan, obj):
    out = {}
    for attribute, key, field in plan:
        if attribute in obj:       # as marshmallow: a key the object lacks is left out
            out[key] = field._serialize(obj[attribute], attribute, obj)
    return out
