"""What was read along with a contact (its parties, its history, who may see it), kept on
the contact object for the rest of its life (one request) and dropped when it changes."""
from dataclasses import dataclass, field


@dataclass
class ReadAlong:
    """What was read with a contact, kept on it for the rest of its life (one request).
    None means "not read": ask the database."""
    parties: list = None        # [(organisation id, role)], in the order they joined
    history: list = None        # [(at, kind, channel, actor org id, from, to, data)], oldest first
    seen_by: set = field(default_factory=set)   # organisation ids known to be parties


def along(contact):
    """``contact``'s :class:`ReadAlong` (made empty on first use)."""
    found = contact.read_along
    if found is None:
        found = contact.read_along = ReadAlong()
    return found


def forget_parties(contact):
    """A party was added: what was read of the parties is out of date."""
    if contact.read_along is not None:
        contact.read_along.parties = None


def forget_history(contact):
    """An event was added: what was read of the history is out of date."""
    if contact.read_along is not None:
        contact.read_along.history = None
