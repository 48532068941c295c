"""The body of each action (``POST /contacts/{reference}/actions``, ``/contacts/bulk-actions``):
one schema per action, holding only what that action takes, so a field another action takes
is refused (422) and the document says so (a ``oneOf`` chosen by ``action``, built from
:data:`BODIES` by :mod:`.contract`). A new action is one class here and one line in
:data:`BODIES`: the loader and the document follow; an action the API offers without a body
stops start-up.

``NEEDS`` says, for a body whose text (and code) a template may give instead, which fields
must be given together when no template is: the document says it as an ``anyOf``.
"""
from marshmallow import Schema, ValidationError, fields, validate

from core.contacts import BULK_ACTIONS, MAX_DUE_DAYS, VERDICTS

from plugins.channels.api.openapi import NOT_BLANK, padded
from plugins.channels.api.schemas import ROW_ID

MAX_TEXT = 4000
TEXT_RULE = f"at most {MAX_TEXT} characters, whitespace around it dropped"


def _action(name):
    return fields.String(required=True, validate=validate.OneOf((name,)))


def _text(description, required=False):
    return fields.String(required=required, validate=validate.Length(0, MAX_TEXT), metadata={
        "description": f"{description} ({TEXT_RULE})",
        **({"pattern": NOT_BLANK} if required else {})})


def _template(use):
    return fields.Integer(validate=ROW_ID, metadata={
        "description": f"one of your organisation's {use} templates that fits the contact "
                       "(GET /templates?contact=...): its text, its variables filled from the "
                       "contact, then `text` after it"})


def _org(description):
    return fields.String(required=True, validate=validate.Regexp(
        r"^\s*[A-Za-z0-9]{2,10}\s*$", error="Give an organisation's code: 2 to 10 letters or digits."), metadata={
        "format": "organisation-code", "description": description,
        "pattern": padded("^[A-Za-z0-9]{2,10}$", required=True)})


class ActionAccept(Schema):
    action = _action("accept")


class ActionStart(Schema):
    action = _action("start")


class ActionClose(Schema):
    action = _action("close")


class ActionReject(Schema):
    action = _action("reject")
    code = fields.String(allow_none=True, metadata={
        "description": "the rejection code (GET /contact-types: the core's, and the type's "
                       "own on its contacts); a template's code when it gives one and this "
                       "is left out"})
    text = _text("why it is rejected and what the originator should do")
    template = _template("rejection")


class ActionResolve(Schema):
    action = _action("resolve")
    code = fields.String(allow_none=True, metadata={
        "description": "a resolution code (optional: the core's, and the type's own on its "
                       "contacts); the template's when it gives one and this is left out"})
    text = _text("the resolution: what was done")
    template = _template("resolution")
    verdict = fields.String(validate=validate.OneOf(VERDICTS), metadata={
        "description": "by the CDSP on a participant's contact: the query allowance verdict "
                       "(UNC Mod 565), valid unless given; no_challenge or incorrect_data make "
                       "it invalid: it goes to the organisation's shadow log. Anyone else "
                       "giving one is refused (422)"})


class ActionRequestInfo(Schema):
    action = _action("request_info")
    text = _text("what you need from the originator")
    kind = fields.String(validate=validate.OneOf(("DCR", "CCR", "RFI")), metadata={
        "description": "the kind of correspondence (DCR unless given; RFI on a type that "
                       "allows it)"})
    due_days = fields.Integer(validate=validate.Range(1, MAX_DUE_DAYS), metadata={
        "description": "business days to answer (the type's usual number unless given)"})
    template = _template("request")


class ActionRespond(Schema):
    action = _action("respond")
    text = _text("your answer", required=True)


class ActionAllocate(Schema):
    action = _action("allocate")
    to_org = _org("the third organisation who must act: not the holder, the CDSP or the "
                  "originator")
    text = _text("what they need to do")
    ced = fields.String(allow_none=True, metadata={"description": "a case event code of the type to set"})


class ActionCancel(Schema):
    action = _action("cancel")
    text = _text("why (optional)")


class ActionChallenge(Schema):
    action = _action("challenge")
    text = _text("why you challenge the resolution", required=True)


class ActionAssign(Schema):
    action = _action("assign")
    assignee = fields.String(allow_none=True, load_default=None, metadata={
        "description": "the email of one of the holder's people, or null to unassign"})


class ActionTransfer(Schema):
    action = _action("transfer")
    to_org = _org("another organisation of the holder's group")


class ActionSetCed(Schema):
    action = _action("set_ced")
    code = fields.String(allow_none=True, metadata={
        "description": "one of the type's case event codes (GET /contact-types), or null to clear"})
    text = _text("why (optional)")


class ActionAmend(Schema):
    action = _action("amend")
    fields_ = fields.Dict(data_key="fields", required=True, metadata={
        "description": "the fields to change: the contact type's own fields, or its mprn, each "
                       "with its new value (null to clear an optional one), checked against "
                       "the type's rules again"})


class ActionChase(Schema):
    action = _action("chase")
    text = _text("the reminder (a standard one unless given)")


class ActionExtend(Schema):
    action = _action("extend")
    due_days = fields.Integer(required=True, validate=validate.Range(1, MAX_DUE_DAYS), metadata={
        "description": "business days to add to the open correspondence's due date"})
    text = _text("why", required=True)


class ActionMarkDuplicate(Schema):
    action = _action("mark_duplicate")
    of = fields.String(required=True, metadata={
        "description": "the reference of the contact this one duplicates (it is closed as such)"})
    text = _text("why (optional)")


class ActionMessage(Schema):
    action = _action("message")
    text = _text("the message")
    template = _template("message")


BODIES = {schema._declared_fields["action"].validate.choices[0]: schema for schema in (
    ActionAccept, ActionReject, ActionStart, ActionRequestInfo, ActionRespond, ActionAllocate,
    ActionResolve, ActionClose, ActionCancel, ActionChallenge, ActionAssign, ActionTransfer,
    ActionSetCed, ActionAmend, ActionChase, ActionExtend, ActionMarkDuplicate, ActionMessage)}

# The actions POST /contacts/{reference}/actions takes (a message has its own route).
ACTIONS = ("accept", "reject", "start", "request_info", "respond", "allocate", "resolve",
           "close", "cancel", "challenge", "assign", "transfer", "set_ced", "amend", "chase",
           "extend", "mark_duplicate")

# Fields given together when no template is: {body: groups}, the body valid with any group.
NEEDS = {"reject": (("code", "text"), ("template",)), "resolve": (("text",), ("template",)),
         "request_info": (("text",), ("template",)), "message": (("text",), ("template",))}

_missing = [a for a in (*ACTIONS, *BULK_ACTIONS) if a not in BODIES]
if _missing:
    raise RuntimeError(f"The API offers actions without a body schema: {', '.join(_missing)} "
                       "(add one to plugins/channels/api/action_bodies.py).")


class References(Schema):
    references = fields.List(fields.String(metadata={"pattern": NOT_BLANK}), required=True, validate=validate.Length(1, 500),
                             metadata={"description": "the contacts to act on (at most 500)"})


def _bulk(schema):
    return type(f"Bulk{schema.__name__}", (schema, References), {})


def components():
    """``{component name: schema}`` of every action body, for the document."""
    return {schema.__name__: schema for schema in (*BODIES.values(), *BULK_BODIES.values())}


BULK_BODIES = {action: _bulk(BODIES[action]) for action in BULK_ACTIONS}


class ByAction(Schema):
    """A body loaded by the schema of its ``action`` (``bodies``); the document gives it as a
    ``oneOf`` of them (:func:`.contract.action_bodies`)."""
    bodies = {}

    def load(self, data, *, many=None, partial=None, unknown=None):
        action = data.get("action") if isinstance(data, dict) else None
        body = self.bodies.get(action) if isinstance(action, str) else None
        if not isinstance(data, dict):
            raise ValidationError({"_schema": ["Send a JSON object."]})
        if body is None:
            raise ValidationError({"action": [f"Choose one of: {', '.join(self.bodies)}."]})
        return body().load(data, partial=partial, unknown=unknown)


class ActionIn(ByAction):
    bodies = {action: BODIES[action] for action in ACTIONS}


class BulkActionIn(ByAction):
    bodies = BULK_BODIES
