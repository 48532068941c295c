"""The append-only history of a contact, and the hooks fired when it changes."""
from flask import current_app

from core.contacts.along import forget_history
from core.models import ContactEvent, User
from core.prepared import Prepared, slot

# Event kinds that change where a contact is: status, holder or CED.
TRANSITION_KINDS = {"status", "holder", "ced", "allocated", "transferred"}


def _actor_columns(actor):
    user = actor if isinstance(actor, User) else None
    return user, getattr(actor, "organisation_id", None)


def record(contact, kind, actor, channel, now, before=None, after=None, bump=True, **extra):
    """Append one event. ``before``/``after`` hold the values that changed; ``extra`` adds
    anything else worth keeping (texts, references, codes). With ``bump`` (the default) it also
    saves the contact with its version bumped and ``updated_at`` set to ``now``."""
    user, org_id = _actor_columns(actor)
    data = {k: v for k, v in extra.items() if v is not None}
    if before is not None:
        data["before"] = before
    if after is not None:
        data["after"] = after
    event = ContactEvent.create(
        contact=contact, at=now, actor_user=user, actor_org=org_id, channel=channel, kind=kind,
        from_status=(before or {}).get("status"), to_status=(after or {}).get("status"),
        data=data)
    forget_history(contact)
    if bump:
        contact.updated_at = now
        contact.version = (contact.version or 0) + 1
        contact.save()
    return event


def hooks():
    return current_app.extensions["cms"].pm.hook


def created(contact, event):
    hooks().contact_created(contact=contact, event=event)


def transitioned(contact, event):
    hooks().contact_transitioned(contact=contact, event=event)


def message_added(contact, message):
    hooks().message_added(contact=contact, message=message)


HISTORY = Prepared(lambda: ContactEvent.select().where(ContactEvent.contact == slot(0))
                   .order_by(ContactEvent.at, ContactEvent.id))


def history(contact):
    """Every event of ``contact``, oldest first."""
    return HISTORY(contact.id)
