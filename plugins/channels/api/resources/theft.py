"""``/api/v1/contacts/{reference}/theft``: a theft the CDSP notified through TRAS to a
Shipper (core.theft): read it, accept the volume or object to it (the Shipper), decide an
objection (the CDSP). Raising one is ``POST /api/v1/contacts`` with type TOG, ``to_org``
the Shipper and ``fields.tras_reference``."""
from flask_login import current_user
from marshmallow import Schema, fields, validate

from core import theft
from core.contacts import get_contact
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.fastdump import FastDumpSchema
from plugins.channels.api.idempotency import idempotent
from plugins.channels.api.schemas import ROW_ID, UtcDateTime

blp = api_blueprint("theft", __name__, "/contacts",
                    "Theft notified through TRAS: the Shipper accepts or objects to the "
                    "volume within the window; the CDSP decides an objection.")

CHANNEL = "api"
TEXT = validate.Length(max=4000)


class TheftNoticeOut(FastDumpSchema):
    reference = fields.String(required=True, metadata={"description": "the TOG contact"})
    tras_reference = fields.String(required=True, metadata={"description": "the TRAS notice"})
    notified_energy = fields.Integer(required=True, metadata={
        "description": "the volume the TRAS notice confirms, kWh"})
    window_days = fields.Integer(required=True, metadata={
        "description": "business days the Shipper has to object (its portal's setting)"})
    window_closes_on = fields.Date(required=True, metadata={
        "description": "the last day (UK) to object; after it the volume is deemed accepted"})
    outcome = fields.String(required=True, metadata={
        "description": "pending, accepted, objected, deemed_accepted, upheld (the notified "
                       "volume stands), amended, or withdrawn (closed without an outcome)",
        "enum": list(theft.OUTCOMES)})
    outcome_label = fields.String(required=True, metadata={"description": "the outcome in words"})
    objection_reason = fields.String(allow_none=True, metadata={
        "description": "why the Shipper objected", "enum": list(theft.REASONS) + [None]})
    objection_text = fields.String(allow_none=True)
    objected_at = UtcDateTime(allow_none=True)
    evidence_id = fields.Integer(allow_none=True, metadata={
        "description": "the attachment sent as evidence with the objection"})
    settled_energy = fields.Integer(allow_none=True, metadata={
        "description": "the volume that enters settlement, kWh, once there is an outcome"})
    decided_at = UtcDateTime(allow_none=True, metadata={
        "description": "when the outcome became final"})
    decision_text = fields.String(allow_none=True)
    may_answer = fields.Boolean(required=True, metadata={
        "description": "you may accept or object now"})
    may_decide = fields.Boolean(required=True, metadata={
        "description": "you may decide the objection now (the CDSP)"})


class AcceptanceIn(Schema):
    text = fields.String(load_default=None, validate=TEXT, metadata={
        "description": "a note (optional)"})


class ObjectionIn(Schema):
    reason = fields.String(required=True, validate=validate.OneOf(list(theft.REASONS)),
                           metadata={"description": "why you object: " + ", ".join(
                               f"{k} ({v})" for k, v in theft.REASONS.items())})
    text = fields.String(required=True, validate=validate.Length(1, 4000), metadata={
        "description": "why you object, and what the volume should be"})
    evidence = fields.Integer(required=True, validate=ROW_ID, metadata={
        "description": "the id of the file your organisation attached to the contact as "
                       "evidence (POST /contacts/{reference}/attachments first)"})


class DecisionIn(Schema):
    decision = fields.String(required=True, validate=validate.OneOf(list(theft.DECISIONS)),
                             metadata={"description": "upheld: the notified volume stands; "
                                                      "amended: to settled_energy"})
    text = fields.String(required=True, validate=validate.Length(1, 4000), metadata={
        "description": "the reasons for the decision"})
    settled_energy = fields.Integer(load_default=None, allow_none=True, strict=True,
                                    validate=validate.Range(0, 10**13), metadata={
                                        "description": "the amended volume, kWh (amended only)"})


def _out(contact):
    caller = current_user._get_current_object()
    contact, notice = theft.get_notice(caller, contact.reference)
    return {"reference": contact.reference, **theft.describe(notice, caller, contact)}


def _contact(reference):
    caller = current_user._get_current_object()
    return caller, get_contact(caller, reference)     # another organisation's: 404


@blp.route("/<reference>/theft", methods=["GET"])
@blp.response(200, TheftNoticeOut)
@blp.alt_response(404, description="Not a contact you may see, or not a theft notified "
                                   "through TRAS.")
def read(reference):
    """The theft notice of a TOG contact: the volume, the window and the outcome."""
    return _out(_contact(reference)[1])


@blp.route("/<reference>/theft/acceptance", methods=["POST"])
@idempotent
@blp.arguments(AcceptanceIn)
@blp.response(200, TheftNoticeOut)
@blp.alt_response(403, description="Only the Shipper's users answer a theft notice.")
@blp.alt_response(409, description="Answered already, or the window has closed.")
def accept(body, reference):
    """Accept the notified volume (the Shipper): the contact is resolved with TOG020."""
    caller, contact = _contact(reference)
    theft.accept(caller, contact.reference, CHANNEL, text=body.get("text"))
    return _out(contact)


@blp.route("/<reference>/theft/objection", methods=["POST"])
@idempotent
@blp.arguments(ObjectionIn)
@blp.response(200, TheftNoticeOut)
@blp.alt_response(403, description="Only the Shipper's users answer a theft notice.")
@blp.alt_response(409, description="Answered already, or the window has closed.")
def object_to(body, reference):
    """Object to the volume (the Shipper), within the window, with a reason, a text and the
    evidence you attached: the CED becomes OBJC and the CDSP decides."""
    caller, contact = _contact(reference)
    theft.object_to(caller, contact.reference, CHANNEL, reason=body["reason"],
                    text=body["text"], evidence_id=body["evidence"])
    return _out(contact)


@blp.route("/<reference>/theft/decision", methods=["POST"])
@idempotent
@blp.arguments(DecisionIn)
@blp.response(200, TheftNoticeOut)
@blp.alt_response(403, description="Only the CDSP decides an objection.")
@blp.alt_response(409, description="There is no objection to decide.")
def decide(body, reference):
    """Decide an objection (the CDSP): upheld (TOG022) or amended to a volume (TOG023)."""
    caller, contact = _contact(reference)
    theft.decide(caller, contact.reference, CHANNEL, decision=body["decision"],
                 text=body["text"], settled_energy=body.get("settled_energy"))
    return _out(contact)
