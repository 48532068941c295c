"""Each contact type's fields in the OpenAPI document, from its one description
(:func:`core.contacts.describe_type`): a ``<CODE>Fields`` schema per type, in JSON-Schema
words, so a client generator knows what goes in a contact's ``fields``."""
from core.contacts import describe_type

# FieldDescription attribute -> JSON-Schema keyword
KEYWORDS = {"type": "type", "format": "format", "enum": "enum", "min_length": "minLength",
            "max_length": "maxLength", "pattern": "pattern", "minimum": "minimum",
            "maximum": "maximum", "description": "description"}


def fields_schema(described):
    """The JSON Schema of a type's own fields (what a contact's ``fields`` holds)."""
    properties, required = {}, []
    for field in described.own_fields:
        facts = field.as_dict()
        properties[field.name] = {KEYWORDS[k]: v for k, v in facts.items()
                                  if k in KEYWORDS and v != ""}
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
