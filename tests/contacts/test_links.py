"""Linking contacts: related contacts, a duplicate closed as such, a challenge's chain; a
link is shown only to those who see both its contacts, and never makes an event that names
the other contact."""
import pytest

from core.contacts import act, get_contact, link_contacts, links_for, raise_contact, unlink
from core.errors import Conflict, Forbidden, Invalid, NotFound
from core.models import AuditEntry, ContactEvent, ContactLink


@pytest.fixture
def work(app, clock, principals, good, orgs):
    alp = principals.user("user", "ALP")
    bet = principals.user("user", "BET")

    def enquiry(who, ref):
        return raise_contact(who, "ENQ", good("ENQ", originator_ref=ref), "web")
    return {"alp": alp, "bet": bet, "agent": principals.user("agent"),
            "reader": principals.user("read_only", "ALP"), "a": enquiry(alp, "Q-A"),
            "b": enquiry(alp, "Q-B"), "c": enquiry(bet, "Q-C"), "enquiry": enquiry}


def roles(actor, contact):
    return [(link.role, link.other.reference) for link in links_for(actor, contact)]


def test_related_contacts_are_linked_both_ways_and_audited(work):
    a, b = work["a"], work["b"]
    link_contacts(work["alp"], a, f"  {b.reference.lower()} ")
    assert roles(work["alp"], a) == [("related", b.reference)]
    assert roles(work["agent"], b) == [("related", a.reference)]
    [link] = links_for(work["alp"], b)
    assert link.label == "Related to" and link.by.id == work["alp"].id and link.removable
    entry = AuditEntry.get(AuditEntry.action == "contact.linked")
    assert (entry.target_id, entry.detail) == (a.reference, {"kind": "related", "other": b.reference})
    assert not ContactEvent.select().where(ContactEvent.kind != "raised").exists()
    with pytest.raises(Conflict):
        link_contacts(work["alp"], b, a.reference)


@pytest.mark.parametrize("reference", ["", "ENQ-2099-000009", "self", "other org"])
def test_a_bad_reference_says_what_to_fix_and_links_nothing(work, reference):
    reference = {"self": work["a"].reference, "other org": work["c"].reference}.get(reference, reference)
    with pytest.raises(Invalid) as caught:
        link_contacts(work["alp"], work["a"], reference)
    assert caught.value.errors["reference"]
    assert ContactLink.select().count() == 0


def test_another_organisations_contact_reads_as_one_that_does_not_exist(work):
    messages = []
    for reference in (work["c"].reference, "ENQ-2026-000999"):
        with pytest.raises(Invalid) as caught:
            link_contacts(work["alp"], work["a"], reference)
        messages.append(caught.value.errors["reference"].replace(reference, "X"))
    assert messages[0] == messages[1]


def test_a_link_never_shows_a_contact_the_reader_cannot_see(work):
    a, c = work["a"], work["c"]
    link_contacts(work["agent"], a, c.reference)
    assert roles(work["agent"], a) == [("related", c.reference)]
    assert roles(work["alp"], a) == [] and roles(work["bet"], c) == []
    for call in (lambda: links_for(work["bet"], a), lambda: unlink(work["bet"], a, c.reference),
                 lambda: link_contacts(work["bet"], a, c.reference)):
        with pytest.raises(NotFound):
            call()
    with pytest.raises(NotFound):             # ALP cannot see C: not told the link exists
        unlink(work["alp"], a, c.reference)


def test_a_read_only_user_reads_links_but_does_not_link(work):
    link_contacts(work["alp"], work["a"], work["b"].reference)
    assert [l.removable for l in links_for(work["reader"], work["a"])] == [False]
    with pytest.raises(Forbidden):
        link_contacts(work["reader"], work["a"], work["b"].reference)
    with pytest.raises(Forbidden):
        unlink(work["reader"], work["a"], work["b"].reference)


def test_unlinking_removes_a_related_link_and_is_audited(work):
    a, b = work["a"], work["b"]
    link_contacts(work["alp"], a, b.reference)
    unlink(work["agent"], b, a.reference)
    assert roles(work["alp"], a) == []
    entry = AuditEntry.get(AuditEntry.action == "contact.unlinked")
    assert entry.target_id == b.reference and entry.detail["other"] == a.reference
    with pytest.raises(NotFound):
        unlink(work["alp"], a, b.reference)


def test_marking_a_duplicate_closes_it_and_links_it_to_its_original(work):
    a, b = work["a"], work["b"]
    link_contacts(work["alp"], a, b.reference)            # a related link gives way
    closed = act(work["agent"], b, "mark_duplicate", of=a.reference, text="Raised twice")
    assert closed.status == "closed" and closed.closed_at is not None
    assert roles(work["alp"], b) == [("duplicate_of", a.reference)]
    assert roles(work["alp"], a) == [("duplicated_by", b.reference)]
    assert [l.label for l in links_for(work["alp"], a)] == ["Duplicate"]
    event = ContactEvent.select().where(ContactEvent.contact == b.id).order_by(ContactEvent.id.desc()).get()
    assert event.data["action"] == "mark_duplicate" and a.reference not in repr(event.data)
    with pytest.raises(Conflict):                          # the reason it was closed stays
        unlink(work["alp"], b, a.reference)
    assert AuditEntry.select().where(AuditEntry.action == "contact.linked").count() == 2


def test_the_originator_marks_its_own_duplicate_through_link_contacts(work):
    a, b = work["a"], work["b"]
    link = link_contacts(work["alp"], b, a.reference, "duplicate_of", channel="api")
    assert (link.kind, link.to_contact_id) == ("duplicate_of", a.id)
    assert get_contact(work["alp"], b.reference).status == "closed"


def test_only_the_holder_or_the_originator_marks_a_duplicate(work, principals):
    with pytest.raises(Forbidden):
        act(work["reader"], work["b"], "mark_duplicate", of=work["a"].reference)
    act(work["agent"], work["b"], "accept")
    act(work["agent"], work["b"], "allocate", to_org="NWG", text="Please check")
    network = principals.user("user", "NWG")
    act(network, work["b"], "respond", text="Checked")      # a party still, no longer holder
    with pytest.raises(Forbidden):
        act(network, work["b"], "mark_duplicate", of=work["a"].reference)
    with pytest.raises(NotFound):
        act(work["bet"], work["b"], "mark_duplicate", of=work["c"].reference)
    with pytest.raises(Invalid):        # the original must be one the actor sees
        act(work["alp"], work["b"], "mark_duplicate", of=work["c"].reference)
    assert get_contact(work["alp"], work["b"].reference).status == "in_progress"


def test_no_duplicate_of_a_duplicate_so_no_cycle(work):
    a, b = work["a"], work["b"]
    third = work["enquiry"](work["alp"], "Q-D")
    act(work["agent"], b, "mark_duplicate", of=a.reference)
    with pytest.raises(Invalid) as caught:
        act(work["agent"], third, "mark_duplicate", of=b.reference)
    assert "itself closed as a duplicate" in caught.value.errors["reference"]
    with pytest.raises(Conflict):                          # b is closed already
        act(work["agent"], b, "mark_duplicate", of=third.reference)
    with pytest.raises(Invalid):
        act(work["agent"], a, "mark_duplicate", of=b.reference)
    assert get_contact(work["agent"], a.reference).status == "submitted"


def test_a_bad_kind_is_refused(work):
    with pytest.raises(Invalid) as caught:
        link_contacts(work["alp"], work["a"], work["b"].reference, "cousin")
    assert "kind" in caught.value.errors


def test_a_challenge_and_its_follow_up_are_linked(work):
    from tests.contacts.test_lifecycle import bring_to
    a = bring_to(work["a"], "resolved", {"agent": work["agent"]})
    follow_up = act(work["alp"], a, "challenge", text="The answer is wrong")
    again = act(work["alp"], bring_to(follow_up, "resolved", {"agent": work["agent"]}),
                "challenge", text="Still wrong")
    assert roles(work["alp"], follow_up) == [("challenge_of", a.reference),
                                            ("follow_up", again.reference)]
    assert roles(work["agent"], a) == [("follow_up", follow_up.reference)]
    assert roles(work["alp"], again) == [("challenge_of", follow_up.reference)]
    with pytest.raises(Conflict):
        link_contacts(work["alp"], a, follow_up.reference)
    with pytest.raises(Conflict):
        unlink(work["alp"], follow_up, a.reference)
