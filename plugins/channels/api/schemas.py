"""Marshmallow schemas of the API's payloads: one per payload, instantiated once."""
import datetime
import decimal

from marshmallow import Schema, fields, validate

from core.contacts import TEMPLATE_VARIABLES

from plugins.channels.api.fastdump import FastDumpSchema
from plugins.channels.api.openapi import NOT_BLANK, stripped, template_text


ROW_ID = validate.Range(1, 2**31 - 1)   # an object's id: what a database integer holds


class UtcDateTime(fields.AwareDateTime):
    """Timestamps are stored as naive UTC; clients get RFC 3339 with the zone, e.g. ...Z."""

    def __init__(self, **kwargs):
        super().__init__(format="iso", default_timezone=datetime.timezone.utc, **kwargs)

    def _serialize(self, value, attr, obj, **kwargs):
        if isinstance(value, datetime.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return super()._serialize(value, attr, obj, **kwargs)


class Bound(fields.Number):
    """A field's least or greatest value: a JSON number (whole numbers stay whole)."""
    num_type = float

    def _format_num(self, value):
        number = decimal.Decimal(str(value))
        return int(number) if number == number.to_integral_value() else float(number)


class FieldOut(FastDumpSchema):
    """One of a type's own fields, in JSON-schema words (``type``, ``format``, ``enum``,
    ``maxLength`` ...); what does not apply is left out."""
    name = fields.String(required=True, metadata={"description": "its key in a contact's fields"})
    type = fields.String(required=True, metadata={
        "description": "JSON type: string, integer, number, boolean, array, object"})
    format = fields.String(metadata={
        "description": "what a string holds: date (YYYY-MM-DD), decimal, mprn, postcode, "
                       "organisation-code, date-time", "example": "date"})
    required = fields.Boolean(required=True)
    description = fields.String()
    label = fields.String(metadata={"description": "what the portal's form calls it"})
    enum = fields.List(fields.Raw(), metadata={"description": "the only values allowed"})
    min_length = fields.Integer(data_key="minLength", metadata={"description": "fewest characters"})
    max_length = fields.Integer(data_key="maxLength", metadata={"description": "most characters"})
    pattern = fields.String(metadata={"description": "a regular expression the value matches"})
    minimum = Bound(metadata={"description": "the least value allowed"})
    maximum = Bound(metadata={"description": "the greatest value allowed"})
    batch_position = fields.Integer(metadata={
        "description": "its place after SUMMARY in a batch record (1 is the first)"})


class ContactTypeOut(FastDumpSchema):
    code = fields.String(required=True, metadata={"example": "RFA"})
    name = fields.String(required=True)
    sub_service = fields.String()
    raised_by = fields.List(fields.String(), metadata={"description": "participant types that may raise it"})
    cdsp_may_raise = fields.Boolean()
    service_level_days = fields.Integer(metadata={
        "description": "target in business days, as your tenant sets it"})
    mprn_required = fields.Boolean()
    fields_ = fields.List(fields.Nested(FieldOut), data_key="fields", metadata={
        "description": "the type's own fields: what goes in a contact's fields"})
    batch_fields = fields.List(fields.String(), metadata={
        "description": "the type's fields after SUMMARY in a QMP Q01 record, in order"})
    example = fields.Dict(allow_none=True, metadata={
        "description": "a valid body for POST /contacts raising one of this type"})
    batch_layout = fields.String(metadata={
        "description": "the type's whole Q01 record", "example": "Q01,<ORIGINATOR_REF>,ENQ,<MPRN>,<SUMMARY>,<TOPIC>"})


class ContactTypeList(FastDumpSchema):
    items = fields.List(fields.Nested(ContactTypeOut), required=True)


class ContactIn(Schema):
    type = fields.String(required=True, metadata={"description": "contact type code", "example": "ENQ"})
    mprn = fields.String(load_default=None, metadata={"description": "Meter Point Reference Number",
                                                      "example": "3938424403"})
    summary = fields.String(required=True, metadata={"description": "one line saying what is wrong"})
    originator_ref = fields.String(load_default=None, metadata={"description": "your own reference"})
    fields_ = fields.Dict(data_key="fields", load_default=dict,
                          metadata={"description": "the type's own fields: the <TYPE>Fields schema of its type "
                                                 "(e.g. ENQFields), also listed by /contact-types"})
    to_org = fields.String(load_default=None, metadata={
        "description": "CDSP callers only: the participant organisation's code"})


class PartyOut(FastDumpSchema):
    organisation = fields.String()
    role = fields.String()


class ServiceLevelOut(FastDumpSchema):
    target_days = fields.Integer()
    due_date = fields.Date()
    used_days = fields.Integer()
    remaining_days = fields.Integer()
    paused = fields.Boolean()
    at_risk = fields.Boolean()
    breached = fields.Boolean()


class ContactOut(FastDumpSchema):
    reference = fields.String(metadata={"example": "ENQ-2026-000001"})
    type = fields.String()
    status = fields.String()
    ced = fields.String(allow_none=True)
    mprn = fields.String(allow_none=True)
    originator_ref = fields.String(allow_none=True)
    summary = fields.String()
    fields_ = fields.Dict(data_key="fields")
    originator = fields.String(metadata={"description": "organisation code"})
    holder = fields.String(metadata={"description": "organisation code"})
    assignee = fields.String(allow_none=True, metadata={"description": "email of the person working it"})
    channel = fields.String()
    raised_at = UtcDateTime()
    updated_at = UtcDateTime()
    due_at = UtcDateTime(allow_none=True)
    resolved_at = UtcDateTime(allow_none=True)
    closed_at = UtcDateTime(allow_none=True)
    rejection_code = fields.String(allow_none=True)
    rejection_text = fields.String(allow_none=True)
    resolution_text = fields.String(allow_none=True)
    resolution_code = fields.String(allow_none=True, metadata={
        "description": "the resolution code it was resolved with, if any"})
    parent = fields.String(allow_none=True, metadata={"description": "the challenged contact"})
    outside_allowance = fields.Boolean(metadata={
        "description": "raised beyond the organisation's daily query allowance: accepted, but "
                       "outside the service-level commitment"})
    allowance_verdict = fields.String(allow_none=True, metadata={
        "description": "the CDSP's query allowance verdict when it cleared a participant's "
                       "contact (UNC Mod 565): valid, or invalid as no_challenge (no "
                       "challenge to the data) or incorrect_data (the sender's data was "
                       "incorrect; also a contact the CDSP rejected); null before, and on "
                       "contacts that get none"})
    verdict_at = UtcDateTime(allow_none=True, metadata={"description": "when the verdict was given"})
    service_level = fields.Nested(ServiceLevelOut)
    parties = fields.List(fields.Nested(PartyOut))


class EventOut(FastDumpSchema):
    at = UtcDateTime()
    kind = fields.String()
    channel = fields.String()
    actor_org = fields.String(allow_none=True)
    from_status = fields.String(allow_none=True)
    to_status = fields.String(allow_none=True)
    data = fields.Dict()


class MessageOut(FastDumpSchema):
    id = fields.Integer()
    at = UtcDateTime()
    author_org = fields.String()
    body = fields.String()
    channel = fields.String()


class CorrespondenceOut(FastDumpSchema):
    id = fields.Integer()
    kind = fields.String(metadata={"description": "DCR, CCR or RFI"})
    from_org = fields.String()
    to_org = fields.String()
    body = fields.String()
    sent_at = UtcDateTime()
    due_at = UtcDateTime()
    status = fields.String()
    response = fields.String(allow_none=True)
    responded_at = UtcDateTime(allow_none=True)


class AttachmentOut(FastDumpSchema):
    id = fields.Integer()
    filename = fields.String()
    content_type = fields.String()
    size = fields.Integer()
    sha256 = fields.String()
    at = UtcDateTime()


class ContactDetailOut(ContactOut):
    events = fields.List(fields.Nested(EventOut))
    messages = fields.List(fields.Nested(MessageOut))
    correspondence = fields.List(fields.Nested(CorrespondenceOut))
    attachments = fields.List(fields.Nested(AttachmentOut))
    actions = fields.List(fields.String(), metadata={"description": "actions open to you now"})


class ContactPage(FastDumpSchema):
    items = fields.List(fields.Nested(ContactOut), required=True)
    next = fields.String(allow_none=True, metadata={
        "description": "pass as `cursor` for the next page; null on the last page"})
    total = fields.Integer(metadata={
        "description": "how many contacts match the filters, on every page (only with "
                       "`total=true`); counting stops at 1,000 (see `total_exact`)"})
    total_exact = fields.Boolean(metadata={
        "description": "with `total`: false when more contacts match than `total` says "
                       "(the count stopped at its cap of 1,000)"})


# What no schema can say of two dates: an end before its start (a range the wrong way round).
REVERSED_RANGE = ("A filter is not valid, or a range's end (raised_to, due_to) is before its "
                  "start (raised_from, due_from): `message` is \"The dates are the wrong way "
                  "round.\" and `errors` names the end.")


class ContactListArgs(Schema):
    type = fields.String(metadata={"description": "a contact type code, or several separated by commas"})
    status = fields.String(metadata={"description": "a status, or several separated by commas"})
    mprn = fields.String()
    originator_ref = fields.String()
    holder = fields.String(metadata={"description": "organisation code, or 'mine'"})
    originator = fields.String(metadata={"description": "the raising organisation's code, or 'mine'"})
    assignee = fields.String(metadata={
        "description": "a person's email, 'me', or 'nobody' (work nobody has taken yet)"})
    ced = fields.String(metadata={"description": "the case event code set on the contact"})
    raised_from = fields.Date(metadata={"description": "YYYY-MM-DD, UK time, included"})
    raised_to = fields.Date(metadata={"description": "YYYY-MM-DD, UK time, included"})
    due_from = fields.Date(metadata={"description": "due date (last day of the service level) from, included"})
    due_to = fields.Date(metadata={"description": "due date to, included"})
    updated_since = fields.DateTime(metadata={"description": "ISO 8601; UTC when no offset"})
    breached = fields.Boolean()
    at_risk = fields.Boolean(metadata={"description": "running, not breached, due within the at-risk margin"})
    outside_allowance = fields.Boolean(metadata={"description": "raised beyond the organisation's query allowance"})
    watching = fields.Boolean(metadata={"description": "true: only the contacts you follow; false: those you do not"})
    order = fields.String(load_default="received", validate=validate.OneOf(("received", "due")),
                          metadata={"description": "'received' (order of receipt) or 'due' (soonest due first)"})
    newest_first = fields.Boolean(load_default=False, metadata={"description": "reverse the order"})
    total = fields.Boolean(load_default=False, metadata={"description": "also count every match"})
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 200))
    cursor = fields.String()


class MessageIn(Schema):
    text = fields.String(validate=validate.Length(0, 4000), metadata={
        "description": "the message (required unless a template gives it; after the "
                       "template's text when both are given)"})
    template = fields.Integer(validate=ROW_ID, metadata={"description": "one of your organisation's message templates"})


class UploadIn(Schema):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})


VIEW_ONLY = ("limit", "cursor", "total", "order", "newest_first")


class JsonBoolean(fields.Boolean):
    """A JSON body's true or false, and nothing else (a query string's "true" and "1" are
    for its parameters)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class ViewFilters(ContactListArgs):
    """The list's filters as a view's JSON body gives them."""
    breached = JsonBoolean()
    at_risk = JsonBoolean(metadata=ContactListArgs._declared_fields["at_risk"].metadata)
    outside_allowance = JsonBoolean(metadata=ContactListArgs._declared_fields["outside_allowance"].metadata)
    watching = JsonBoolean(metadata=ContactListArgs._declared_fields["watching"].metadata)


class ViewIn(Schema):
    name = fields.String(required=True, validate=validate.Length(1, 60), metadata={
        "pattern": NOT_BLANK, "description": "not one of your views' names already (409)"})
    shared = JsonBoolean(load_default=False, metadata={
        "description": "shared with your organisation (CDSP staff: with the CDSP team)"})
    order = fields.String(load_default="received", validate=validate.OneOf(("received", "due")))
    filters = fields.Nested(ViewFilters(exclude=VIEW_ONLY), load_default=dict, metadata={
        "description": "the filters of GET /contacts, by the same names"})


class ViewOut(FastDumpSchema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    shared = fields.Boolean(required=True)
    mine = fields.Boolean(required=True, metadata={"description": "you saved it (and may delete it)"})
    order = fields.String(required=True)
    filters = fields.Dict(required=True)
    count = fields.Integer(required=True, metadata={
        "description": "how many contacts match now; counting stops at 1,000 (see `count_exact`)"})
    count_exact = fields.Boolean(required=True, metadata={
        "description": "false when more contacts match than `count` says"})
    contacts = fields.String(required=True, metadata={"description": "where to list them"})


class ViewList(FastDumpSchema):
    items = fields.List(fields.Nested(ViewOut), required=True)


class ViewPageArgs(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 200))
    cursor = fields.String()


class RefusedOut(FastDumpSchema):
    reference = fields.String(required=True)
    message = fields.String(required=True)
    errors = fields.Dict(required=True)


class BulkActionOut(FastDumpSchema):
    done = fields.List(fields.String(), required=True, metadata={"description": "references acted on"})
    refused = fields.List(fields.Nested(RefusedOut), required=True,
                          metadata={"description": "references not acted on, each with why"})


TEMPLATE_USES = ("message", "request", "resolution", "rejection")


class TemplateIn(Schema):
    name = fields.String(required=True, metadata={
        "description": "at most 80 characters (whitespace around it is dropped), unique in "
                       "your organisation (another template's name is answered 409)",
        "pattern": stripped(80)})
    use = fields.String(required=True, validate=validate.OneOf(TEMPLATE_USES), metadata={
        "description": "message, request (for information), resolution or rejection"})
    body = fields.String(required=True, metadata={
        "description": "the text, with variables such as {reference}, {mprn}, {due_date}, "
                       "{originator} (GET /templates lists them); write { as {{",
        "maxLength": 4000, "pattern": template_text(TEMPLATE_VARIABLES)})
    contact_type = fields.String(allow_none=True, metadata={"description": "only for this type's contacts"})
    code = fields.String(allow_none=True, metadata={
        "description": "resolution (optional) or rejection (required) code it gives"})
    tenant = fields.String(allow_none=True, metadata={
        "description": "CDSP only: only for contacts of this portal (e.g. shipper)"})


class TemplateOut(FastDumpSchema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    use = fields.String(required=True)
    body = fields.String(required=True)
    contact_type = fields.String(allow_none=True)
    code = fields.String(allow_none=True)
    tenant = fields.String(allow_none=True)
    updated_at = UtcDateTime(required=True)


class TemplateList(FastDumpSchema):
    items = fields.List(fields.Nested(TemplateOut), required=True)
    variables = fields.Dict(keys=fields.String(), values=fields.String(), required=True,
                            metadata={"description": "each variable a template may use, and what it is"})


class TemplateListArgs(Schema):
    use = fields.String(validate=validate.OneOf(TEMPLATE_USES))
    contact = fields.String(metadata={"description": "only the templates that fit this contact (a reference)"})


class PreviewArgs(Schema):
    contact = fields.String(required=True, metadata={"description": "the contact's reference"})


class PreviewOut(FastDumpSchema):
    text = fields.String(required=True, metadata={"description": "the template's text on that contact"})


class EscalationRuleIn(Schema):
    name = fields.String(required=True, metadata={
        "description": "at most 80 characters (whitespace around it is dropped), unique "
                       "(another rule's name is answered 409)", "pattern": stripped(80)})
    trigger = fields.String(required=True, validate=validate.OneOf(("at_risk", "breached", "closing")),
                            metadata={"description": "at_risk, breached, or closing (a request "
                                                     "for information closes itself unanswered "
                                                     "by the end of the next business day)"})
    action = fields.String(required=True, validate=validate.OneOf(("notify", "priority", "move")),
                           metadata={"description": "notify (the holder's supervisors), "
                                                    "priority (raise it), or move (to `target`)"})
    contact_type = fields.String(allow_none=True, metadata={"description": "only this type's contacts"})
    tenant = fields.String(allow_none=True, metadata={"description": "only this portal's contacts"})
    target = fields.String(allow_none=True, metadata={
        "description": "move: the organisation code of the queue (of the holder's group)"})


class EscalationRuleOut(FastDumpSchema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    trigger = fields.String(required=True)
    action = fields.String(required=True)
    contact_type = fields.String(allow_none=True)
    tenant = fields.String(allow_none=True)
    target = fields.String(allow_none=True)
    created_at = UtcDateTime(required=True)


class EscalationRuleList(FastDumpSchema):
    items = fields.List(fields.Nested(EscalationRuleOut), required=True)


class WatchersOut(FastDumpSchema):
    watching = fields.Boolean(required=True, metadata={"description": "you follow the contact"})
    watchers = fields.List(fields.String(), required=True, metadata={
        "description": "the emails of your organisation's people who follow it (another "
                       "organisation's followers are not shown)"})


class NoteIn(Schema):
    text = fields.String(required=True, metadata={
        "description": "at most 4,000 characters, not blank", "pattern": NOT_BLANK,
        "maxLength": 4000})


class NoteOut(FastDumpSchema):
    id = fields.Integer(required=True)
    at = UtcDateTime(required=True)
    author = fields.String(allow_none=True, metadata={"description": "the writer's email"})
    body = fields.String(required=True)


class NoteList(FastDumpSchema):
    items = fields.List(fields.Nested(NoteOut), required=True, metadata={
        "description": "your side's notes, oldest first (the other side never sees them)"})


class LinkIn(Schema):
    reference = fields.String(required=True, validate=validate.Length(1, 40),
                              metadata={"description": "the other contact's reference"})
    kind = fields.String(load_default="related", validate=validate.OneOf(("related", "duplicate_of")),
                         metadata={"description": "related (the default), or duplicate_of: this "
                                                  "contact duplicates the other and is closed as "
                                                  "such (as the mark_duplicate action does)"})


class LinkOut(FastDumpSchema):
    role = fields.String(required=True, metadata={
        "description": "what the other contact is to this one: challenge_of (this one is its "
                       "challenge's follow-up), follow_up, duplicate_of, duplicated_by or related"})
    reference = fields.String(required=True, metadata={"description": "the other contact"})
    status = fields.String(required=True, metadata={"description": "the other contact's status"})
    at = UtcDateTime(allow_none=True, metadata={"description": "when they were linked"})
    by = fields.String(allow_none=True, metadata={"description": "who linked them (email)"})
    removable = fields.Boolean(required=True, metadata={
        "description": "you may unlink it (DELETE): related links only"})
    contact = fields.String(required=True, metadata={"description": "where to read the other contact"})


class LinkList(FastDumpSchema):
    items = fields.List(fields.Nested(LinkOut), required=True, metadata={
        "description": "the links you may see: only those whose other contact you may see too"})
