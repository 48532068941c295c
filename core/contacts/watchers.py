"""Watchers: a user who may see a contact follows it, and is told of its changes as their
notification choices say (the notifications plugin reads :func:`involved`). Following is
reading, so a read-only user may follow too. Each side sees only its own organisation's
followers: who at another organisation follows a contact is not told across the wall."""
import peewee

from core import audit, clock
from core.contacts import visibility
from core.contacts.validation import BAD_VALUE, invalid
from core.db import transaction
from core.models import Contact, User, Watch

MAX_WATCHED = 1000     # per person: a list someone can still read


def is_watching(actor, contact):
    return Watch.select().where((Watch.contact == contact.id) &
                                (Watch.user == getattr(actor, "id", None))).exists()


def watch(actor, contact):
    """``actor`` follows ``contact`` (one they may see); answers True if newly, False if
    already following. Not found when they may not see it; Invalid for an actor that is
    not a person, or one who follows too many already."""
    visibility.require_visible(actor, contact)
    if getattr(actor, "id", None) is None:
        raise invalid("Only a person follows a contact.", {"user": "Sign in as a person."},
                      BAD_VALUE)
    if is_watching(actor, contact):
        return False
    if Watch.select().where(Watch.user == actor.id).count() >= MAX_WATCHED:
        raise invalid("The contact was not followed.",
                      {"watch": f"You follow {MAX_WATCHED} contacts already: stop following "
                                "some first."}, BAD_VALUE)
    try:
        with transaction():
            Watch.create(contact=contact.id, user=actor.id, at=clock.now())
            audit.record("contact.watched", actor=actor, org_id=actor.organisation_id,
                         target_type="contact", target_id=contact.reference)
    except peewee.IntegrityError:       # a second request of the same person, at once
        return False
    return True


def unwatch(actor, contact):
    """``actor`` stops following ``contact``; answers whether they were following."""
    visibility.require_visible(actor, contact)
    with transaction():
        gone = Watch.delete().where((Watch.contact == contact.id) &
                                    (Watch.user == getattr(actor, "id", None))).execute()
        if gone:
            audit.record("contact.unwatched", actor=actor, org_id=actor.organisation_id,
                         target_type="contact", target_id=contact.reference)
    return bool(gone)


def followers(actor, contact):
    """The live users of the actor's own organisation who follow ``contact``, by email."""
    visibility.require_visible(actor, contact)
    return list(User.select().join(Watch, on=(Watch.user == User.id))
                .where((Watch.contact == contact.id) &
                       (User.organisation == actor.organisation_id) &
                       User.deleted_at.is_null() & User.disabled_at.is_null())
                .order_by(User.email))


def involved(contact):
    """The ids of the people a change of ``contact`` concerns: who raised it, who is
    assigned it, who follows it (any organisation: callers check who may see it)."""
    ids = {contact.originator_user_id, contact.assignee_id}
    ids.update(w.user_id for w in Watch.select(Watch.user).where(Watch.contact == contact.id))
    ids.discard(None)
    return ids


def watched_condition(user_id):
    """A condition on ``Contact``: the contacts ``user_id`` follows."""
    return Contact.id.in_(Watch.select(Watch.contact).where(Watch.user == user_id))
