"""``/api/v1/contacts``: raise, list, read and act on contacts, with messages and attachments."""
from flask import current_app, url_for
from flask_login import current_user

from core.contacts import (act, act_many, add_note, attachment_max_bytes, check_contact,
                           contact_types, count_contacts, get_contact, get_template, list_contacts, notes, open_attachment,
                           page_total, raise_contact)
from core.downloads import download as download_file
from core.errors import NotFound
from core.uploads import takes_files
from plugins.channels.api import serialize
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.errors import api_abort
from plugins.channels.api.idempotency import idempotent
from plugins.channels.api.json_types import require_json_types
from plugins.channels.api.action_bodies import ActionIn, BulkActionIn
from plugins.channels.api.schemas import (AttachmentOut, BulkActionOut,
                                          ContactDetailOut, ContactIn, ContactListArgs, ContactOut, ContactPage, MessageIn,
                                          MessageOut, NoteIn, NoteList, NoteOut, REVERSED_RANGE,
                                          UploadIn)

def _caller():
    """The signed-in user itself: each use of flask-login's proxy looks it up again, and the
    permission checks ask it many questions."""
    return current_user._get_current_object()


blp = api_blueprint("contacts", __name__, "/contacts",
                    "Contacts you raised, hold or were allocated, and what you can do to them.")

CHANNEL = "api"
LIST_FILTERS = {"type": "contact_type", "status": "status", "mprn": "mprn",
                "originator_ref": "originator_ref", "holder": "holder", "originator": "originator",
                "assignee": "assignee", "ced": "ced", "raised_from": "raised_from",
                "raised_to": "raised_to", "due_from": "due_from", "due_to": "due_to",
                "updated_since": "updated_since", "breached": "breached", "at_risk": "at_risk",
                "outside_allowance": "outside_allowance", "watching": "watching"}
SEVERAL = ("type", "status")   # comma-separated lists


def engine_filters(args):
    """The list's query parameters (loaded by ContactListArgs) in the engine's terms; the
    assignee stays as given ("me", "nobody" or an email)."""
    filters = {LIST_FILTERS[k]: v for k, v in args.items() if k in LIST_FILTERS}
    for name in SEVERAL:
        if name in args:
            listed = [v.strip() for v in args[name].split(",")]
            if not all(listed):
                api_abort(422, "A list filter names nothing between its commas.",
                          {name: "Give one or more codes separated by commas, with none empty "
                                 "(or leave the filter out)."})
            unknown = [v for v in listed if name == "type" and v.upper() not in contact_types()]
            if unknown:
                api_abort(422, "A filter names an unknown contact type.",
                          {name: f"{unknown[0][:20]} is not a contact type: choose from "
                                 f"{', '.join(t.code for t in contact_types())}."})
            filters[LIST_FILTERS[name]] = listed
    return filters


def api_filters(filters):
    """The engine's (stored) filters back in the list's query-parameter terms."""
    names = {engine: api for api, engine in LIST_FILTERS.items()}
    return {names.get(k, k): (",".join(v) if isinstance(v, list) else v) for k, v in filters.items()}


def _location(contact):
    return url_for("contacts.read", reference=contact.reference)


def _contact_data(body):
    return {"mprn": body["mprn"], "summary": body["summary"],
            "originator_ref": body["originator_ref"], **body["fields_"]}


def _check(body):
    """The body read and checked before the Idempotency-Key's transaction opens (it holds
    SQLite's write lock): only the write is left to do inside."""
    require_json_types(body["type"], body["fields_"])
    return check_contact(_caller(), body["type"], _contact_data(body), to_org=body["to_org"])


@blp.route("", methods=["POST"])
@blp.arguments(ContactIn)
@idempotent(before=_check)
@blp.response(201, ContactOut)
@blp.alt_response(422, description="A field is not valid: `errors` says what to fix.")
def create(body, checked=None):
    """Raise a contact."""
    contact = raise_contact(_caller(), body["type"], _contact_data(body), CHANNEL,
                            to_org=body["to_org"], checked=checked)
    return serialize.contact(contact), 201, {"Location": _location(contact)}


@blp.route("", methods=["GET"])
@blp.arguments(ContactListArgs(), location="query")   # one instance: made once, not per request
@blp.response(200, ContactPage)
@blp.alt_response(422, description=REVERSED_RANGE)
def index(args):
    """List the contacts you may see that match the filters, a page at a time: in order of
    receipt (oldest first) or soonest due first, either reversed with `newest_first`."""
    caller = _caller()
    filters = engine_filters(args)
    page = list_contacts(caller, filters, after=args.get("cursor"), limit=args["limit"],
                         order=args["order"], newest_first=args["newest_first"])
    answer = serialize.dumped_page(page.items, page.next_cursor)   # as ContactPage dumps it
    if args["total"]:
        counted = page_total(page, args.get("cursor"), lambda: count_contacts(caller, filters))
        answer.update(total=int(counted), total_exact=bool(counted.exact))
    return current_app.json.response(answer)


@blp.route("/<reference:reference>", methods=["GET"])
@blp.response(200, ContactDetailOut)
def read(reference):
    """A contact with its events, messages, correspondence and attachments."""
    contact = get_contact(_caller(), reference, history=True)
    return serialize.detail(_caller(), contact)


NAMED_NOT_FOUND = "The template or contact the body names is not one you may see (`errors` says which)."


def _named_objects_exist(caller, body):
    """The template (``template``) and the contact (``of``) the body names are ones the
    caller may see: any other is answered 404, as a path naming it would be."""
    if body.get("template") is not None:
        try:
            get_template(caller, body["template"])
        except NotFound as missing:
            api_abort(404, "The template was not found.", {"template": missing.message})
    if body.get("of") is not None:
        try:
            get_contact(caller, body["of"])
        except NotFound:
            api_abort(404, "The contact was not found.",
                      {"of": f"There is no contact {str(body['of'])[:40]} that you may see."})


def _action_params(body):
    """The engine's parameters for the body's action. The assignee's email is not looked up
    here but handed to the engine (``assignee_email``), which looks for it among the holder's
    people only after checking the contact: an unknown address and a person of another
    organisation get the same answer, on one contact or many."""
    params = {k: v for k, v in body.items() if k != "action"}
    if "fields_" in params:
        params["fields"] = params.pop("fields_")
    if body["action"] == "assign":
        email = params.pop("assignee", None)
        params["assignee"] = None
        if email is not None:
            params["assignee_email"] = email
    return params


@blp.route("/<reference>/actions", methods=["POST"])
@idempotent
@blp.arguments(ActionIn)
@blp.response(200, ContactOut)
@blp.alt_response(404, description=NAMED_NOT_FOUND)
def action(body, reference):
    """Take an action on a contact (accept, reject, resolve, respond, request_info, ...)."""
    contact = get_contact(_caller(), reference)
    _named_objects_exist(_caller(), body)
    result = act(_caller(), contact, body["action"], CHANNEL, **_action_params(body))
    if body["action"] == "challenge":
        return serialize.contact(result), 201, {"Location": _location(result)}
    return serialize.contact(result)


@blp.route("/bulk-actions", methods=["POST"])
@idempotent
@blp.arguments(BulkActionIn)
@blp.response(200, BulkActionOut)
@blp.alt_response(404, description="The template the body names is not one of your organisation's.")
def bulk_action(body):
    """Take one action on many contacts: each is done or refused on its own (one
    transaction each), and the answer says which, and why."""
    _named_objects_exist(_caller(), body)
    params = _action_params({k: v for k, v in body.items() if k != "references"})
    outcomes = act_many(_caller(), body["references"], body["action"], CHANNEL, **params)
    return {"done": [o.reference for o in outcomes if o.done],
            "refused": [{"reference": o.reference, "message": o.message, "errors": o.errors}
                        for o in outcomes if not o.done]}


@blp.route("/<reference>/messages", methods=["POST"])
@idempotent
@blp.arguments(MessageIn)
@blp.response(201, MessageOut)
@blp.alt_response(404, description="The contact, or the template the body names, is not one "
                                    "you may see.")
def message(body, reference):
    """Add a message to a contact's conversation."""
    contact = get_contact(_caller(), reference)
    _named_objects_exist(_caller(), body)
    act(_caller(), contact, "message", CHANNEL, text=body.get("text"),
        template=body.get("template"))
    latest = contact.messages.order_by(contact.messages.model.id.desc()).first()
    return {"id": latest.id, "at": latest.at, "author_org": latest.author_org.code,
            "body": latest.body, "channel": latest.channel}


def _note(note):
    return {"id": note.id, "at": note.at, "body": note.body,
            "author": note.author_user.email if note.author_user_id else None}


@blp.route("/<reference>/notes", methods=["GET"])
@blp.response(200, NoteList)
def list_notes(reference):
    """Your side's internal notes on a contact (the CDSP's staff, or your organisation)."""
    caller = _caller()
    return {"items": [_note(n) for n in notes(caller, get_contact(caller, reference))]}


@blp.route("/<reference>/notes", methods=["POST"])
@idempotent
@blp.arguments(NoteIn)
@blp.response(201, NoteOut)
def create_note(body, reference):
    """Add an internal note: only your side reads it, on every channel."""
    caller = _caller()
    return _note(add_note(caller, get_contact(caller, reference), body["text"]))


@blp.route("/<reference>/attachments", methods=["POST"])
@idempotent
@blp.arguments(UploadIn, location="files")
@blp.response(201, AttachmentOut)
def upload(files, reference):
    """Attach a file (multipart field `file`) to a contact."""
    contact = get_contact(_caller(), reference)
    upload = files["file"]
    content = upload.stream.read(attachment_max_bytes() + 1)
    if len(content) > attachment_max_bytes():
        api_abort(413, f"The file is larger than {attachment_max_bytes() // (1024 * 1024)} MiB.")
    act(_caller(), contact, "attach", CHANNEL, filename=upload.filename or "upload",
        content=content)
    item = contact.attachments.order_by(contact.attachments.model.id.desc()).first()
    return {"id": item.id, "filename": item.filename, "content_type": item.content_type,
            "size": item.size, "sha256": item.sha256, "at": item.at}


upload.accepts_multipart = True
takes_files(attachment_max_bytes)(upload)


@blp.route("/<reference>/attachments/<int:attachment_id>", methods=["GET"])
@blp.response(200, description="The file's bytes.")
def download(reference, attachment_id):
    """Download an attachment of a contact."""
    contact = get_contact(_caller(), reference)
    item, content = open_attachment(_caller(), attachment_id)
    if item.contact_id != contact.id:
        api_abort(404)
    return download_file(content, item.filename, item.content_type)
