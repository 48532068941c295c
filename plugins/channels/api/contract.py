"""What the OpenAPI document adds to flask-smorest's: the rules the marshmallow schemas do not
carry, so that the document says exactly what the API accepts and answers.

- each contact type's request body, from its own description (``POST /contacts`` is one of
  them, chosen by ``type``), so a new type plugin is documented with nothing more to write;
- the statuses and type codes a list filter takes (and a type's documents' path), and what a
  page's cursor is;
- that no text may hold U+0000 (the service refuses it with 400 at the door, ``core.web``);
- links from what creates an object to what reads it (a client, or schemathesis's stateful
  phase, follows them), and the answers an operation gives beyond flask-smorest's own.

:func:`exact` rewrites the document's dict in place, each time it is served.
"""
from core.contacts import STATUSES, describe_type

from plugins.channels.api.openapi import padded, field_schema

NO_NUL = "^[^\\u0000]*$"
NUL_RULE = " No text may hold the NUL character (U+0000): such a request is answered 400."
CONTACTS = "/api/v1/contacts"


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _operation_ref(path, method):
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def _codes_pattern(codes):
    """A comma-separated list of ``codes`` (spaces around each allowed, as the API strips them)."""
    one = "(" + "|".join(codes) + ")"
    return f"^ *{one} *(, *{one} *)*$"


# ------------------------------------------------------------------ raising contacts

def raise_schema(described):
    """The body of ``POST /contacts`` raising a contact of the type ``described``."""
    base = {f.name: f for f in described.fields}
    properties = {"type": {"type": "string", "enum": [described.code]}}
    required = ["type", "summary"]
    for name in ("mprn", "summary", "originator_ref"):
        field = base.get(name)
        if field is None:
            continue
        schema = field_schema(field)
        if not field.required:
            schema["nullable"] = True
        properties[name] = schema
        if field.required and name not in required:
            required.append(name)
    properties["fields"] = _ref(f"{described.code}Fields")
    if any(f.required for f in described.own_fields):
        required.append("fields")
    properties["to_org"] = {
        "type": "string", "format": "organisation-code", "nullable": True,
        "pattern": padded("^[A-Za-z0-9]{2,10}$", required=False),
        "description": "CDSP callers only, and for them required: the code of the active "
                       "participant organisation it is raised to (whose portal offers the type). "
                       "A participant's contact goes to the CDSP, or where its type routes it."}
    guide = " ".join(described.guide.split())
    return {"type": "object", "title": f"Raise {described.code} – {described.name}",
            "description": (f"{guide} Raised by: {', '.join(described.raised_by)}"
                            f"{' and the CDSP' if described.cdsp_may_raise else ''}; a caller "
                            "who may not raise it is answered 403. A rule of the type beyond "
                            "this schema (a date not in the future, an end not before its "
                            "start ...) is answered 422 naming the field.").strip(),
            "properties": properties, "required": required, "additionalProperties": False,
            "example": {"type": described.code, **described.example}}


def raise_bodies(document, contact_types):
    """``ContactIn`` becomes one of the types' bodies, chosen by ``type``."""
    schemas = document["components"]["schemas"]
    mapping = {}
    for ctype in contact_types:
        name = f"Raise{ctype.code}"
        schemas[name] = raise_schema(describe_type(ctype))
        mapping[ctype.code] = f"#/components/schemas/{name}"
    schemas["ContactIn"] = {
        "description": "A contact to raise: the body of its type (GET /contact-types lists "
                       "the types you may raise, each with an example).",
        "oneOf": [{"$ref": ref} for ref in mapping.values()],
        "discriminator": {"propertyName": "type", "mapping": mapping}}


# ------------------------------------------------------------------ list filters

def list_filters(document, contact_types):
    codes = [ctype.code for ctype in contact_types]
    for path, item in document["paths"].items():
        for operation in _operations(item):
            for parameter in operation.get("parameters", ()):
                if parameter.get("in") != "query":
                    continue
                _filter_schema(parameter["name"], parameter["schema"], codes)
    for component in ("ContactListArgs", "ViewFilters"):
        filters = document["components"]["schemas"].get(component, {}).get("properties", {})
        for name, schema in filters.items():
            _filter_schema(name, schema, codes)


def type_code_parameters(document, contact_types):
    """A type's published documents are named by its code: one of the registered codes."""
    codes = [ctype.code for ctype in contact_types]
    for item in document["paths"].values():
        for holder in (item, *_operations(item)):
            for parameter in holder.get("parameters", ()):
                if parameter.get("in") == "path" and parameter["name"] == "code":
                    parameter["schema"] = {"type": "string", "enum": codes}
                    parameter["description"] = ("a contact type's code (one your portal "
                                                "offers; any other is answered 404)")


def _filter_schema(name, schema, codes):
    if name == "status":
        schema["pattern"] = _codes_pattern(STATUSES)
        schema["description"] = "a status, or several separated by commas: " + ", ".join(STATUSES)
    elif name == "type":   # a type's code in either case
        schema["pattern"] = _codes_pattern(["".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c
                                                    for c in code) for code in codes])
    elif name == "cursor":
        schema["format"] = "cursor"
        schema["description"] = ("the `next` of the page before, as it was given (for the same "
                                 "`order`); any other value is answered 422")


# ------------------------------------------------------------------ NUL

def no_nul(node):
    """Every string the document leaves free says it holds no U+0000."""
    if isinstance(node, dict):
        if (node.get("type") == "string" and "enum" not in node and "pattern" not in node
                and node.get("format") not in ("binary", "date", "date-time")):
            node["pattern"] = NO_NUL
        for key, value in node.items():
            if key not in ("example", "examples", "default", "enum"):
                no_nul(value)
    elif isinstance(node, list):
        for item in node:
            no_nul(item)


# ------------------------------------------------------------------ links

LINKS = {
    # (path, method, status) -> {name: (target path, target method, parameters)}
    (CONTACTS, "post", "201"): {
        "ReadTheContact": (f"{CONTACTS}/{{reference}}", "get",
                           {"reference": "$response.body#/reference"}),
        "ActOnTheContact": (f"{CONTACTS}/{{reference}}/actions", "post",
                            {"reference": "$response.body#/reference"}),
        "AttachAFile": (f"{CONTACTS}/{{reference}}/attachments", "post",
                        {"reference": "$response.body#/reference"}),
    },
    (f"{CONTACTS}/{{reference}}/attachments", "post", "201"): {
        "DownloadTheFile": (f"{CONTACTS}/{{reference}}/attachments/{{attachment_id}}", "get",
                            {"reference": "$request.path.reference",
                             "attachment_id": "$response.body#/id"}),
    },
    ("/api/v1/batch-files", "post", "202"): {
        "FollowTheFile": ("/api/v1/batch-files/{file_id}", "get",
                          {"file_id": "$response.body#/id"}),
        "ReadItsResponse": ("/api/v1/batch-files/{file_id}/response", "get",
                            {"file_id": "$response.body#/id"}),
    },
    (f"{CONTACTS}/{{reference}}/links", "post", "201"): {
        "Unlink": (f"{CONTACTS}/{{reference}}/links/{{other}}", "delete",
                   {"reference": "$request.path.reference", "other": "$response.body#/reference"}),
    },
    ("/api/v1/templates", "post", "201"): {
        "ReadTheTemplate": ("/api/v1/templates/{template_id}", "get",
                            {"template_id": "$response.body#/id"}),
        "ChangeTheTemplate": ("/api/v1/templates/{template_id}", "put",
                              {"template_id": "$response.body#/id"}),
        "PreviewTheTemplate": ("/api/v1/templates/{template_id}/preview", "get",
                               {"template_id": "$response.body#/id"}),
        "DeleteTheTemplate": ("/api/v1/templates/{template_id}", "delete",
                              {"template_id": "$response.body#/id"}),
    },
    ("/api/v1/views", "post", "201"): {
        "ReadTheView": ("/api/v1/views/{view_id}", "get", {"view_id": "$response.body#/id"}),
        "ListItsContacts": ("/api/v1/views/{view_id}/contacts", "get",
                            {"view_id": "$response.body#/id"}),
        "DeleteTheView": ("/api/v1/views/{view_id}", "delete", {"view_id": "$response.body#/id"}),
    },
    ("/api/v1/escalation-rules", "post", "201"): {
        "DeleteTheRule": ("/api/v1/escalation-rules/{rule_id}", "delete",
                          {"rule_id": "$response.body#/id"}),
    },
}


def links(document):
    paths = document["paths"]
    for (path, method, status), targets in LINKS.items():
        response = paths.get(path, {}).get(method, {}).get("responses", {}).get(status)
        if response is None:
            continue
        response["links"] = {
            name: {"operationRef": _operation_ref(target, target_method), "parameters": parameters}
            for name, (target, target_method, parameters) in targets.items()
            if target_method in paths.get(target, {})}


# ------------------------------------------------------------------ the whole

def _operations(item):
    return [value for key, value in item.items() if key in ("get", "put", "post", "delete", "patch")]


def exact(document, contact_types):
    raise_bodies(document, contact_types)
    list_filters(document, contact_types)
    type_code_parameters(document, contact_types)
    links(document)
    no_nul(document)
    document["info"]["description"] += NUL_RULE
    return document
