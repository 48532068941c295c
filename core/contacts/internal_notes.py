"""Internal notes: what one side writes on a contact for itself alone. CDSP staff's notes
are read by CDSP staff; a participant's users' notes by that organisation's users. A note
is not a message: it makes no event, fires no hook and is in no list, export, response
file, webhook or notification; only :func:`notes` reads it, for the writer's side."""
from core import audit, clock
from core.contacts import visibility
from core.contacts.validation import BAD_VALUE, invalid
from core.db import transaction
from core.errors import Forbidden
from core.models import InternalNote
from core.permissions import allowed

MAX_NOTE = 4000


def _side(actor):
    return actor.organisation_id


def add_note(actor, contact, text):
    """Add a note to ``contact`` (one ``actor`` may see) for the actor's side; Invalid when
    the text is empty or too long, Forbidden for a read-only user."""
    visibility.require_visible(actor, contact)
    if not allowed(actor, "contact.note", contact):
        raise Forbidden(f"You may not add notes to {contact.reference}.")
    text = str(text or "").strip()
    if not text:
        raise invalid("The note was not added.", {"text": "Write the note."}, BAD_VALUE)
    if len(text) > MAX_NOTE:
        raise invalid("The note was not added.",
                      {"text": f"Use at most {MAX_NOTE} characters (you used {len(text)})."},
                      BAD_VALUE)
    with transaction():
        note = InternalNote.create(contact=contact.id, side=_side(actor),
                                   author_user=getattr(actor, "id", None), body=text,
                                   at=clock.now())
        audit.record("note.added", actor=actor, org_id=actor.organisation_id,
                     target_type="contact", target_id=contact.reference,
                     detail={"note": note.id, "length": len(text)})
    return note


def notes(actor, contact):
    """The notes on ``contact`` of the actor's side, oldest first."""
    visibility.require_visible(actor, contact)
    return list(InternalNote.select().where((InternalNote.contact == contact.id) &
                                            (InternalNote.side == _side(actor)))
                .order_by(InternalNote.at, InternalNote.id))


# Where an erasure (core.erasure) replaces a person's address and name in notes' text: the
# notes' model and text column are named from here, so this module stays the only one that
# reads the notes' table.
ERASABLE_TEXT = (InternalNote, ("body",), ())
