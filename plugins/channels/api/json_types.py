"""A contact's ``fields`` hold JSON values of the types the document gives them (from the
type's description): the engine reads text for numbers too (a form's box, a batch file's
cell), but on the API a whole-number field is a JSON integer, so ``"2"`` and ``2.0`` are
refused there as the document says, not read as 2."""
from core.contacts import contact_types, describe_type

from plugins.channels.api.errors import api_abort

JSON_TYPES = {"integer": (int,), "number": (int, float), "boolean": (bool,)}
WORDS = {"integer": "a whole number, as a JSON integer (no quotes, no decimal point)",
         "number": "a number, as a JSON number (no quotes)",
         "boolean": "true or false (JSON, no quotes)"}


def _typed_fields(ctype):
    """[(name, JSON type, the Python types it takes)] of the type's own fields that a JSON
    type constrains: a type's fields never change, so worked out once per type."""
    found = _TYPED.get(id(ctype))
    if found is None or found[0] is not ctype:
        found = _TYPED[id(ctype)] = (ctype, [
            (field.name, field.type, JSON_TYPES[field.type])
            for field in describe_type(ctype).own_fields
            if field.type in JSON_TYPES and field.format != "decimal"])
    return found[1]


_TYPED = {}


def wrong_types(type_code, values):
    """``{field: what to give}`` for each of ``values`` (a contact's fields) whose JSON type
    is not its field's."""
    ctype = contact_types().get(str(type_code or "").strip().upper())
    if ctype is None or not isinstance(values, dict):
        return {}
    errors = {}
    for name, json_type, kinds in _typed_fields(ctype):
        value = values.get(name)
        if value is None:
            continue
        if not isinstance(value, kinds) or (isinstance(value, bool) and json_type != "boolean"):
            errors[name] = f"Give {WORDS[json_type]}."
    return errors


def require_json_types(type_code, values):
    """Answer 422 naming each field of ``values`` whose JSON type is wrong."""
    errors = wrong_types(type_code, values)
    if errors:
        api_abort(422, "A field's value is not of its JSON type: correct the fields marked.",
                  errors)
