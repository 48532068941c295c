"""Each contact type's fields in the OpenAPI document, from its one description
(:func:`core.contacts.describe_type`): a ``<CODE>Fields`` schema per type, in JSON-Schema
words, so a client generator knows what goes in a contact's ``fields``."""
from core.contacts import describe_type

# FieldDescription attribute -> JSON-Schema keyword
KEYWORDS = {"type": "type", "format": "format", "enum": "enum", "min_length": "minLength",
            "max_length": "maxLength", "pattern": "pattern", "minimum": "minimum",
            "maximum": "maximum", "description": "description"}
# Python's str.strip() whitespace: a contact's text fields are stripped before their checks,
# and one left empty (or null) counts as not given.
WHITESPACE = "\\t-\\r\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
# The shapes of the formats that say no pattern of their own (their fields normalise the case
# and spacing: a postcode's spaces may be anywhere).
_S = f"[{WHITESPACE}]*"
SHAPES = {"postcode": f"^([A-Za-z]{_S}){{1,2}}[0-9]{_S}([A-Za-z0-9]{_S})?[0-9]{_S}[A-Za-z]{_S}[A-Za-z]$",
          "organisation-code": "^[A-Za-z0-9]{2,10}$"}
NOT_BLANK = f"^[^\\u0000]*[^\\u0000{WHITESPACE}][^\\u0000]*$"


def stripped(most):
    """A text whose stripped length is 1 to ``most`` characters (whitespace around it is
    dropped), without U+0000."""
    inner = f"[^\\u0000{WHITESPACE}]"
    return f"^[{WHITESPACE}]*{inner}([^\\u0000]{{0,{most - 2}}}{inner})?[{WHITESPACE}]*$"


def template_text(variables):
    """A template's text: not blank, each brace doubled or around one of ``variables``."""
    token = "|".join([f"[^{{}}\\u0000{WHITESPACE}]", "\\{\\{", "\\}\\}",
                      "\\{(" + "|".join(variables) + ")\\}"])
    return f"^[{WHITESPACE}]*({token})([{WHITESPACE}]|{token})*$"


def padded(pattern, required):
    """``pattern`` (anchored) of a value that may come with whitespace around it, or (when
    not required) be blank."""
    inner = pattern.removeprefix("^").removesuffix("$")
    optional = "" if required else "?"
    return f"^[{WHITESPACE}]*({inner}){optional}[{WHITESPACE}]*$"


def field_schema(field):
    """The JSON Schema of one described field, as the API takes it."""
    facts = field.as_dict()
    schema = {KEYWORDS[k]: v for k, v in facts.items() if k in KEYWORDS and v != ""}
    if field.format == "decimal":   # a JSON number (marshmallow's Decimal takes one)
        schema.update(type="number")
        schema.pop("format")
    elif field.format in SHAPES:
        schema["pattern"] = padded(SHAPES[field.format], field.required)
    elif field.format == "mprn":    # spaces are dropped; the format says the check digits
        schema["pattern"] = "^ *([0-9] *){6,11}$" if field.required else "^ *(([0-9] *){6,11})?$"
    elif schema.get("type") == "string" and "enum" not in schema and field.format != "date":
        if "pattern" in schema:
            schema["pattern"] = padded(schema["pattern"], field.required)
        elif field.required:
            schema["pattern"] = NOT_BLANK
    if not field.required:
        schema["nullable"] = True
        if "enum" in schema:   # null is a choice not made (an enum must name it to allow it)
            schema["enum"] = [*schema["enum"], None]
        if field.format == "date":   # a blank date is a date not given
            blank = {"type": "string", "pattern": padded("^$", required=False)}
            return {"anyOf": [schema, blank], "nullable": True, "description": schema.get("description", "")}
    return schema


def fields_schema(described):
    """The JSON Schema of a type's own fields (what a contact's ``fields`` holds)."""
    properties, required = {}, []
    for field in described.own_fields:
        properties[field.name] = field_schema(field)
        if field.required:
            required.append(field.name)
    schema = {"type": "object", "title": f"{described.code} – {described.name}",
              "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def add_type_schemas(spec, contact_types):
    """Add a ``<CODE>Fields`` component for each registered contact type."""
    for ctype in contact_types:
        spec.components.schema(f"{ctype.code}Fields", fields_schema(describe_type(ctype)))
