"""``/api/v1/contacts/{reference}/links``: the contacts linked to a contact (related ones,
duplicates, a challenge's chain), linking another and unlinking it. A link is shown only
when you may see the contacts at both of its ends."""
from flask import url_for
from flask_login import current_user

from core.contacts import get_contact, link_contacts, links_for, unlink
from core.errors import NotFound
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.errors import api_abort
from plugins.channels.api.idempotency import idempotent
from plugins.channels.api.schemas import LinkIn, LinkList, LinkOut

blp = api_blueprint("links", __name__, "/contacts",
                    "Linked contacts: related ones, duplicates, and a challenge's follow-ups.")

CHANNEL = "api"


def _out(link):
    return {"role": link.role, "reference": link.other.reference, "status": link.other.status,
            "at": link.at, "by": link.by.email if link.by else None,
            "removable": link.removable,
            "contact": url_for("contacts.read", reference=link.other.reference)}


@blp.route("/<reference>/links", methods=["GET"])
@blp.response(200, LinkList)
def index(reference):
    """The contact's links: the contact it challenges, its follow-ups, what it duplicates,
    its duplicates and its related contacts."""
    caller = current_user._get_current_object()
    return {"items": [_out(link) for link in links_for(caller, get_contact(caller, reference))]}


@blp.route("/<reference>/links", methods=["POST"])
@idempotent
@blp.arguments(LinkIn)
@blp.response(201, LinkOut)
@blp.alt_response(404, description="This contact, or the one `reference` names, is not one "
                                    "you may see.")
@blp.alt_response(409, description="They are linked already, or this contact is closed.")
@blp.alt_response(422, description="The other contact is this one.")
def create(body, reference):
    """Link another contact you may see to this one: as related, or this one as its
    duplicate (which closes this one)."""
    caller = current_user._get_current_object()
    contact = get_contact(caller, reference)
    try:
        get_contact(caller, body["reference"])
    except NotFound:
        api_abort(404, "The other contact was not found.",
                  {"reference": f"There is no contact {body['reference'][:40]} that you may see."})
    link_contacts(caller, contact, body["reference"], body["kind"], CHANNEL)
    made = next(link for link in links_for(caller, contact)
                if link.other.reference == body["reference"].strip().upper())
    return _out(made), 201, {"Location": url_for("links.index", reference=contact.reference)}


@blp.route("/<reference>/links/<other>", methods=["DELETE"])
@blp.response(204)
@blp.alt_response(409, description="A duplicate's or a challenge's link stays.")
def delete(reference, other):
    """Unlink a related contact."""
    caller = current_user._get_current_object()
    unlink(caller, get_contact(caller, reference), other)
    return ""
