"""core.contacts.reading: one contact with its parties and history, in one or two statements."""
import datetime

from core.contacts import events, reading
from core.contacts.along import along
from core.contacts import act, raise_contact
from tests.contacts.conftest import GOOD


def _parties(contact):
    from core.models import ContactParty
    return [(p.organisation_id, p.role) for p in ContactParty.select()
            .where(ContactParty.contact == contact.id).order_by(ContactParty.added_at, ContactParty.id)]


def test_a_contact_comes_with_its_parties_and_history_as_separate_reads_give_them(
        app, clock, shipper, agent):
    contact = raise_contact(shipper, "ENQ", dict(GOOD["ENQ"], originator_ref="READ-1"), "portal")
    clock.advance(minutes=5, microseconds=123456)
    act(agent, contact, "accept", "portal")
    act(agent, contact, "message", "portal", text="Looking into it.")
    for actor in (shipper, agent):                       # a party, and the CDSP's staff
        read = reading.contact_by_reference(actor, contact.reference, history=True)
        assert read.id == contact.id and read.reference == contact.reference
        assert read.fields == contact.fields and read.raised_at == contact.raised_at
        assert along(read).parties == _parties(contact)
        assert along(read).history == reading.HISTORY(contact.id)
        assert [row[1] for row in along(read).history] == ["raised", "status", "message"]
        assert along(read).history[1][0].microsecond == 123456
        plain = reading.contact_by_reference(actor, contact.reference)
        assert along(plain).parties == along(read).parties and along(plain).history is None


def test_someone_elses_contact_is_not_read_at_all(app, clock, shipper, principals):
    contact = raise_contact(shipper, "ENQ", dict(GOOD["ENQ"], originator_ref="READ-2"), "portal")
    stranger = principals.user("user", "BET")
    for history in (False, True):
        assert reading.contact_by_reference(stranger, contact.reference, history) is None
        assert reading.contact_by_reference(shipper, "ENQ-2026-999999", history) is None


def test_a_new_event_drops_the_history_read_with_the_contact(app, clock, shipper, agent):
    contact = raise_contact(shipper, "ENQ", dict(GOOD["ENQ"], originator_ref="READ-3"), "portal")
    read = reading.contact_by_reference(agent, contact.reference, history=True)
    assert along(read).history is not None
    events.record(read, "note", agent, "portal", clock(), bump=False)
    assert along(read).history is None
