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
from core.contacts import (REJECTION_REASONS, RESOLUTION_REASONS, STATUSES, describe_type,
                           rejection_reasons, resolution_reasons)

from plugins.channels.api.action_bodies import NEEDS, ActionIn, BulkActionIn
from plugins.channels.api.openapi import NOT_BLANK, padded, field_schema

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


# ------------------------------------------------------------------ acting on contacts

def _codes(codes, what):
    """A code of the contact's type: one of ``codes`` (every type's), but which the contact
    takes depends on its type, so the document lists them and the service answers 422 (or,
    in bulk, refuses the contact) for one its type does not take."""
    return {"type": "string", "nullable": True,
            "description": f"{what}: the core's, or one of the contact type's own on its "
                           f"contacts (another is answered 422): {', '.join(sorted(codes))}"}


def _needs(groups):
    """A body valid with any one of ``groups`` of fields given (a text among them not blank)."""
    branches = []
    for group in groups:
        branch = {"type": "object", "required": list(group)}
        if "text" in group:
            branch["properties"] = {"text": {"type": "string", "pattern": NOT_BLANK}}
        if "code" in group:
            branch.setdefault("properties", {})["code"] = {"type": "string"}
        branches.append(branch)
    return branches


def amend_fields(contact_types):
    """What an amendment's ``fields`` may name: a type's own fields, or the MPRN (the type's
    rules then say which are the contact's, and what values they take)."""
    names = sorted({f.name for ctype in contact_types for f in describe_type(ctype).own_fields})
    return {"type": "object", "minProperties": 1, "additionalProperties": False,
            "properties": {name: {"description": "a field of the contact's type (another "
                                                 "type's is answered 422)"}
                           for name in ["mprn", *names]},
            "description": "the fields to change, each with its new value (null clears an "
                           "optional one): the contact type's own fields (GET /contact-types) "
                           "or its mprn, checked against the type's rules again; the summary "
                           "and your reference stay as raised"}


def action_bodies(document, contact_types):
    """``ActionIn`` and ``BulkActionIn`` become one of their actions' bodies, chosen by
    ``action``, each with only its own fields (:mod:`.action_bodies`)."""
    schemas = document["components"]["schemas"]
    types = list(contact_types)
    rejections = set(REJECTION_REASONS).union(*(rejection_reasons(t) for t in types))
    resolutions = set(RESOLUTION_REASONS).union(*(resolution_reasons(t) for t in types))
    ceds = set().union(*((getattr(t, "ceds", None) or {}) for t in types))
    for component, chooser in (("ActionIn", ActionIn), ("BulkActionIn", BulkActionIn)):
        mapping = {}
        for action, schema in chooser.bodies.items():
            body = schemas[schema.__name__]
            properties = body.setdefault("properties", {})
            properties["action"] = {"type": "string", "enum": [action]}
            body["additionalProperties"] = False
            if action in NEEDS:
                body["anyOf"] = _needs(NEEDS[action])
            if "fields" in properties:
                properties["fields"] = amend_fields(types)
            if action == "reject":
                properties["code"] = _codes(rejections, "the rejection code")
            elif action == "resolve":
                properties["code"] = _codes(resolutions, "a resolution code (optional)")
            elif action == "set_ced":
                properties["code"] = _codes(ceds, "a case event code, or null to clear")
            if "ced" in properties:
                properties["ced"] = _codes(ceds, "a case event code to set")
            mapping[action] = f"#/components/schemas/{schema.__name__}"
        schemas[component] = {
            "description": "An action and what it takes: the body of its `action`, with no "
                           "field another action takes (422).",
            "oneOf": [{"$ref": ref} for ref in mapping.values()],
            "discriminator": {"propertyName": "action", "mapping": mapping}}
    if "MessageIn" in schemas:
        schemas["MessageIn"]["anyOf"] = _needs(NEEDS["message"])
    from_template = schemas.get("RaiseFromTemplateIn", {}).get("properties", {})
    if "fields" in from_template:   # a template's type's own fields: no other key
        names = sorted({f.name for ctype in types for f in describe_type(ctype).own_fields})
        from_template["fields"] = {
            "type": "object", "additionalProperties": False,
            "description": from_template["fields"].get("description", "") + " (another type's "
                           "field is answered 422)",
            "properties": {name: {"description": "a field of the template's type"} for name in names}}


# ------------------------------------------------------------------ by a field's value

def _caseless(code):
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in code)


def _one_of_codes(codes, required=False):
    """One of ``codes`` in either case, with whitespace around it (or blank, unless
    ``required``), as the service strips and upper-cases it."""
    return {"type": "string", "nullable": not required,
            "pattern": padded("^(" + "|".join(_caseless(c) for c in codes) + ")$", required)}


BLANK = {"type": "string", "nullable": True, "pattern": padded("^$", required=False),
         "description": "not given (null or blank)"}


def _variant(schema, title, changes, required=()):
    """A copy of the object ``schema`` with some properties replaced."""
    variant = {**schema, "title": title, "properties": {**schema["properties"], **changes}}
    variant["required"] = sorted(set(schema.get("required", ())) | set(required))
    variant["additionalProperties"] = False
    return variant


def _choose(schemas, component, prop, variants, description):
    """``component`` becomes one of ``variants`` (``{name: (values of prop, schema)}``),
    chosen by ``prop``."""
    mapping = {}
    for name, (values, schema) in variants.items():
        schema["properties"][prop] = {"type": "string", "enum": list(values)}
        schemas[name] = schema
        mapping.update({value: f"#/components/schemas/{name}" for value in values})
    schemas[component] = {"description": description,
                          "oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in variants],
                          "discriminator": {"propertyName": prop, "mapping": mapping}}


def escalation_rule_body(document, contact_types):
    """A rule that moves contacts names its target queue; no other rule names one."""
    schemas = document["components"]["schemas"]
    rule = schemas.get("EscalationRuleIn")
    if rule is None:
        return
    rule["properties"]["contact_type"] = {**_one_of_codes([t.code for t in contact_types]),
                                          "description": "only this type's contacts (none: every type)"}
    target = {"type": "string", "format": "organisation-code",
              "pattern": padded("^[A-Za-z0-9]{2,10}$", required=True),
              "description": "the code of the organisation whose queue it moves contacts to"}
    _choose(schemas, "EscalationRuleIn", "action", {
        "EscalationRuleTell": (("notify", "priority"), _variant(rule, "A rule that tells or raises", {"target": BLANK})),
        "EscalationRuleMove": (("move",), _variant(rule, "A rule that moves", {"target": target}, ["target"])),
    }, "An escalation rule: what it does (`action`) says what else it names.")


def template_body(document, contact_types):
    """A template's code: none on a message or a request; a resolution may give one and a
    rejection must, of the codes of its contact type (the core's, and the type's own)."""
    schemas = document["components"]["schemas"]
    template = schemas.get("TemplateIn")
    if template is None:
        return
    types = list(contact_types)
    own = [t for t in types if set(rejection_reasons(t)) != set(REJECTION_REASONS)
           or set(resolution_reasons(t)) != set(RESOLUTION_REASONS)]
    plain = [t.code for t in types if t not in own]
    template["properties"]["contact_type"] = {**_one_of_codes([t.code for t in types]),
                                              "description": "only for this type's contacts (none: every type)"}
    use = {"type": "string", "enum": ["message", "request"]}
    variants = {"TemplateText": _variant(template, "A message or a request",
                                         {"code": BLANK, "use": use})}
    for use, reasons, required in (("resolution", resolution_reasons, False),
                                   ("rejection", rejection_reasons, True)):
        # one for each contact type with codes of its own, one for every other (or none)
        code = ["code"] if required else []
        name = f"Template{use.capitalize()}"
        variants[name] = _variant(template, f"A {use} for any type, or one without codes of its own", {
            "use": {"type": "string", "enum": [use]}, "contact_type": _one_of_codes(plain),
            "code": _code_enum(reasons(None), required)}, code)
        for ctype in own:
            variants[f"{name}{ctype.code}"] = _variant(template, f"A {use} for {ctype.code} contacts", {
                "use": {"type": "string", "enum": [use]},
                "contact_type": _one_of_codes([ctype.code], required=True),
                "code": _code_enum(reasons(ctype), required)}, ["contact_type", *code])
    schemas.update(variants)
    schemas["TemplateIn"] = {
        "description": "A response template: its use says whether it gives a code, and its "
                       "contact type which codes it may give.",
        "oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in variants]}


def _code_enum(codes, required):
    values = sorted(codes)
    return {"type": "string", "enum": values if required else [*values, "", None], "nullable": not required,
            "description": ("the code it gives: " if required else "the code it gives (optional): ")
                           + ", ".join(values)}


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


def portal_codes(document, tenants):
    """A template's or a rule's ``tenant``: one of the participant portals (blank: every one)."""
    schemas = document["components"]["schemas"]
    codes = sorted(code for code in tenants if code != "cdsp")
    for component in ("TemplateIn", "EscalationRuleIn"):
        tenant = schemas.get(component, {}).get("properties", {}).get("tenant")
        if tenant is not None and codes:
            tenant.update(_one_of_codes(codes))


def exact(document, contact_types, tenants=()):
    raise_bodies(document, contact_types)
    portal_codes(document, tenants)
    action_bodies(document, contact_types)
    escalation_rule_body(document, contact_types)
    template_body(document, contact_types)
    list_filters(document, contact_types)
    type_code_parameters(document, contact_types)
    links(document)
    no_nul(document)
    document["info"]["description"] += NUL_RULE
    return document
