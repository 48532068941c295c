"""A contact's linked contacts on its page: the links the reader may see (each one to a
contact they may open), and what the reader may do (link another, mark this one a
duplicate, unlink a related one)."""
from flask_login import current_user

from core.contacts import LINK_ROLES, available_actions, links_for
from core.permissions import allowed

KINDS = (("related", "Related to this one"),
         ("duplicate_of", "This one is a duplicate of it (closes this one)"))
DONE = {"related": "The contacts are linked.",
        "duplicate_of": "The contact is closed as a duplicate."}


def state(contact):
    """What the page shows: the links grouped by what the other contact is to this one (in
    the engine's order), and the kinds of link the reader may add (none: no form)."""
    groups = {}
    for link in links_for(current_user, contact):
        groups.setdefault(LINK_ROLES[link.role], []).append(link)
    kinds = [(k, text) for k, text in KINDS
             if (k == "related" and allowed(current_user, "contact.link", contact)) or
             (k == "duplicate_of" and "mark_duplicate" in available_actions(contact)
              and allowed(current_user, "contact.mark_duplicate", contact))]
    return {"groups": list(groups.items()), "kinds": kinds}


def form_kind(form):
    return (form.get("kind") or "related").strip()
