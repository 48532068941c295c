"""``/api/v1/contacts/{reference}/watchers``: follow a contact, stop following it, and see
who in your organisation follows it. Followers are told of its changes by email, as their
notification choices say."""
from flask_login import current_user

from core.contacts import followers, get_contact, is_watching, unwatch, watch
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.schemas import WatchersOut

blp = api_blueprint("watchers", __name__, "/contacts",
                    "Following a contact: its followers are told of its changes.")


def _answer(caller, contact):
    return {"watching": is_watching(caller, contact),
            "watchers": [user.email for user in followers(caller, contact)]}


@blp.route("/<reference>/watchers", methods=["GET"])
@blp.response(200, WatchersOut)
def index(reference):
    """Whether you follow a contact, and who in your organisation does."""
    caller = current_user._get_current_object()
    return _answer(caller, get_contact(caller, reference))


@blp.route("/<reference>/watchers/me", methods=["PUT"])
@blp.response(200, WatchersOut)
def follow(reference):
    """Follow a contact (again is no change): you are told of its changes."""
    caller = current_user._get_current_object()
    contact = get_contact(caller, reference)
    watch(caller, contact)
    return _answer(caller, contact)


@blp.route("/<reference>/watchers/me", methods=["DELETE"])
@blp.response(200, WatchersOut)
def stop(reference):
    """Stop following a contact (not following already is no change)."""
    caller = current_user._get_current_object()
    contact = get_contact(caller, reference)
    unwatch(caller, contact)
    return _answer(caller, contact)
