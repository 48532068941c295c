"""Following a contact from its page: follow it or stop, and see who in your organisation
follows it."""
from flask import flash, redirect, request, url_for
from flask_login import current_user

from core.contacts import followers, get_contact, is_watching, unwatch, watch
from core.errors import Invalid, messages
from core.web import SIGNED_IN, access
from plugins.channels.web.blueprint import bp


def state(contact):
    """What the contact's page shows: whether the reader follows it, and who else in the
    reader's organisation does."""
    others = [u for u in followers(current_user, contact) if u.id != current_user.id]
    return {"watching": is_watching(current_user, contact), "others": others}


@bp.post("/contacts/<reference>/following", endpoint="follow")
@access(SIGNED_IN)
def follow(reference):
    item = get_contact(current_user, reference)   # another organisation's: 404
    if request.form.get("follow") == "0":
        unwatch(current_user, item)
        flash("You no longer follow this contact.")
    else:
        try:
            watch(current_user, item)
        except Invalid as exc:
            flash(" ".join(messages(exc.errors)) or exc.message)
            return redirect(url_for("web.contact", reference=item.reference))
        flash("You follow this contact: you are told of its changes, as your notification "
              "choices say.")
    return redirect(url_for("web.contact", reference=item.reference, _anchor="following"))
