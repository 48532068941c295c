"""The contact lifecycle through the one service every channel calls."""
import pytest

from core.contacts import service
from core.contacts import act, get_contact, raise_contact
from core.errors import Conflict, Forbidden, Invalid, NotFound
from core.actors import SystemActor
from core.models import ContactEvent
from core.tenancy import set_plugin_enabled


@pytest.fixture
def enquiry(clock, shipper, good):
    return raise_contact(shipper, "ENQ", good("ENQ"), "web")


def test_raise_gives_a_reference_and_sends_it_to_the_cdsp(enquiry, shipper):
    assert enquiry.reference == "ENQ-2026-000001"
    assert enquiry.status == "submitted"
    assert enquiry.holder_org.code == "CDSP"
    assert enquiry.originator_org_id == shipper.organisation_id
    assert enquiry.fields == {"topic": "files", "question": "What does WN mean in a QMR file?"}
    [event] = ContactEvent.select().where(ContactEvent.contact == enquiry)
    assert (event.kind, event.to_status, event.channel, event.actor_user_id) == (
        "raised", "submitted", "web", shipper.id)


def test_full_lifecycle_to_closed(enquiry, shipper, agent):
    enquiry = act(agent, enquiry, "accept")
    enquiry = act(agent, enquiry, "start")
    enquiry = act(agent, enquiry, "request_info", text="Which file?", kind="DCR")
    assert enquiry.status == "awaiting_originator" and enquiry.paused_at is not None
    enquiry = act(shipper, enquiry.reference, "respond", text="The one from Monday", channel="api")
    assert enquiry.status == "in_progress" and enquiry.paused_at is None
    enquiry = act(agent, enquiry, "resolve", text="WN means accepted with a warning.")
    assert enquiry.status == "resolved" and enquiry.resolution_text.startswith("WN")
    enquiry = act(shipper, enquiry, "close")
    assert enquiry.status == "closed" and enquiry.closed_at is not None
    statuses = [(e.from_status, e.to_status) for e in service.history(shipper, enquiry)
                if e.kind == "status"]
    assert statuses == [("submitted", "accepted"), ("accepted", "in_progress"),
                        ("in_progress", "awaiting_originator"),
                        ("awaiting_originator", "in_progress"), ("in_progress", "resolved"),
                        ("resolved", "closed")]


def test_reject_needs_a_code_and_text(enquiry, agent, shipper):
    with pytest.raises(Invalid) as caught:
        act(agent, enquiry, "reject", code="NOPE", text="")
    assert set(caught.value.errors) == {"code", "text"}
    assert get_contact(shipper, enquiry.reference).status == "submitted"  # nothing written
    rejected = act(agent, enquiry, "reject", code="REJ004", text="Raise a TOG instead.")
    assert (rejected.status, rejected.rejection_code) == ("rejected", "REJ004")
    assert rejected.closed_at is not None


def test_originator_cancels_before_resolution(enquiry, shipper, agent):
    act(agent, enquiry, "accept")
    cancelled = act(shipper, enquiry, "cancel", text="Found the answer")
    assert cancelled.status == "cancelled"


# action, params, statuses it is refused in (and who tries it)
REFUSED = [
    ("accept", {}, ["accepted", "in_progress", "resolved", "closed"], "agent"),
    ("reject", {"code": "REJ099", "text": "x"}, ["accepted", "in_progress", "resolved"], "agent"),
    ("start", {}, ["submitted", "in_progress", "resolved"], "agent"),
    ("request_info", {"text": "?"}, ["submitted", "awaiting_originator", "resolved"], "agent"),
    ("resolve", {"text": "done"}, ["submitted", "awaiting_originator", "resolved", "closed"], "agent"),
    ("respond", {"text": "ok"}, ["submitted", "in_progress", "resolved"], "shipper"),
    ("close", {}, ["submitted", "in_progress", "closed"], "shipper"),
    ("cancel", {}, ["resolved", "closed", "cancelled"], "shipper"),
    ("challenge", {"text": "no"}, ["submitted", "in_progress", "closed"], "shipper"),
    ("message", {"text": "hello"}, ["closed", "rejected", "cancelled"], "shipper"),
    ("allocate", {"to_org": "IPL"}, ["submitted", "awaiting_originator", "resolved"], "agent"),
    ("set_ced", {"code": None}, ["closed", "cancelled"], "agent"),
    ("assign", {"assignee": None}, ["closed", "rejected"], "agent"),
    ("amend", {"fields": {"topic": "data"}}, ["accepted", "in_progress", "resolved"], "shipper"),
]

PATHS = {
    "submitted": [],
    "accepted": [("agent", "accept", {})],
    "in_progress": [("agent", "accept", {}), ("agent", "start", {})],
    "awaiting_originator": [("agent", "accept", {}), ("agent", "request_info", {"text": "?"})],
    "resolved": [("agent", "accept", {}), ("agent", "resolve", {"text": "done"})],
    "closed": [("agent", "accept", {}), ("agent", "resolve", {"text": "done"}),
               ("shipper", "close", {})],
    "rejected": [("agent", "reject", {"code": "REJ099", "text": "no"})],
    "cancelled": [("shipper", "cancel", {})],
    "awaiting_party": [("agent", "accept", {}), ("agent", "allocate", {"to_org": "IPL"})],
}


def bring_to(contact, status, people):
    for who, action, params in PATHS[status]:
        contact = act(people[who], contact, action, **params)
    assert contact.status == status
    return contact


@pytest.mark.parametrize("action, params, statuses, who",
                         REFUSED, ids=[r[0] for r in REFUSED])
def test_every_refused_transition_is_a_conflict_that_writes_nothing(
        action, params, statuses, who, clock, shipper, agent, good):
    people = {"agent": agent, "shipper": shipper}
    for status in statuses:
        contact = bring_to(raise_contact(shipper, "ENQ", good("ENQ"), "web"), status, people)
        events_before = ContactEvent.select().where(ContactEvent.contact == contact).count()
        with pytest.raises(Conflict) as caught:
            act(people[who], contact, action, **params)
        assert contact.reference in caught.value.message
        assert ContactEvent.select().where(ContactEvent.contact == contact).count() == events_before
        assert get_contact(shipper, contact.reference).status == status


@pytest.mark.parametrize("action, params, who", [
    ("accept", {}, "shipper"),            # the originator cannot accept their own contact
    ("resolve", {"text": "x"}, "shipper"),
    ("cancel", {}, "agent"),              # only the originator cancels
    ("close", {}, "agent"),
    ("assign", {"assignee": None}, "shipper"),  # not the holder
])
def test_the_wrong_side_is_forbidden(action, params, who, clock, shipper, agent, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    if action in ("resolve", "close"):
        contact = bring_to(contact, "in_progress", {"agent": agent})
    if action == "close":
        contact = act(agent, contact, "resolve", text="done")
    with pytest.raises(Forbidden):
        act({"shipper": shipper, "agent": agent}[who], contact, action, **params)


def test_read_only_users_may_read_but_not_act(clock, principals, shipper, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    reader = principals.user("read_only", "ALP")
    assert get_contact(reader, contact.reference).id == contact.id
    with pytest.raises(Forbidden):
        act(reader, contact, "message", text="hello")
    with pytest.raises(Forbidden):
        raise_contact(reader, "ENQ", good("ENQ"), "web")


def test_unknown_action_is_invalid(clock, shipper, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    with pytest.raises(Invalid) as caught:
        act(shipper, contact, "explode")
    assert "action" in caught.value.errors


def test_challenge_opens_a_linked_follow_up(clock, shipper, agent, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ", originator_ref="Q-1"), "web")
    contact = bring_to(contact, "resolved", {"agent": agent})
    follow_up = act(shipper, contact, "challenge", text="The answer is wrong")
    assert follow_up.parent_id == contact.id
    assert follow_up.reference == "ENQ-2026-000002"
    assert follow_up.status == "submitted" and follow_up.originator_ref == "Q-1"
    assert follow_up.fields == contact.fields
    assert get_contact(shipper, contact.reference).status == "closed"
    kinds = [e.kind for e in service.history(shipper, contact)]
    assert kinds[-1] == "challenged"


def test_challenge_window_is_business_days(clock, shipper, agent, good):
    contact = bring_to(raise_contact(shipper, "ENQ", good("ENQ"), "web"), "resolved",
                       {"agent": agent})
    clock.advance(days=30)
    with pytest.raises(Conflict) as caught:
        act(shipper, contact, "challenge", text="too late")
    assert "window of 10 business days" in caught.value.message


def test_allocation_to_a_third_party_and_back(clock, principals, shipper, agent, good, orgs):
    contact = raise_contact(shipper, "CDQ", good("CDQ"), "web")
    contact = act(agent, contact, "accept")
    network_user = principals.user("user", "NWG")
    with pytest.raises(NotFound):
        get_contact(network_user, contact.reference)
    contact = act(agent, contact, "allocate", to_org="NWG", ced="ALNW", text="Please check")
    assert (contact.status, contact.holder_org.code, contact.ced) == ("awaiting_party", "NWG", "ALNW")
    assert get_contact(network_user, contact.reference).id == contact.id
    contact = act(network_user, contact, "respond", text="Meter was replaced in March")
    assert (contact.status, contact.holder_org.code) == ("in_progress", "CDSP")
    assert get_contact(network_user, contact.reference)  # a party stays a party


def test_set_ced_accepts_only_the_types_codes(clock, shipper, agent, good):
    contact = raise_contact(shipper, "RFA", good("RFA"), "web")
    with pytest.raises(Invalid) as caught:
        act(agent, contact, "set_ced", code="ALNW")
    assert "SPUR" in caught.value.errors["ced"]
    contact = act(agent, contact, "set_ced", code="spur")
    assert contact.ced == "SPUR"


def test_originator_amends_fields_with_an_event(clock, shipper, agent, good):
    contact = raise_contact(shipper, "RFA", good("RFA"), "web")
    with pytest.raises(Invalid):
        act(shipper, contact, "amend", fields={"adjustment_end": "2024-01-01"})
    contact = act(shipper, contact, "amend", fields={"adjustment_end": "2025-07-31"})
    assert contact.fields["adjustment_end"] == "2025-07-31"
    event = service.history(shipper, contact)[-1]
    assert event.kind == "fields"
    assert event.data["before"] == {"adjustment_end": "2025-06-30"}
    assert event.data["after"] == {"adjustment_end": "2025-07-31"}


def test_hooks_fire_for_created_transitioned_and_messages(app, clock, shipper, agent, good):
    seen = []

    class Listener:
        from core import hookimpl

        @hookimpl
        def contact_created(self, contact, event, tenants):
            seen.append(("created", contact.reference, event.kind))
            assert tenants == {"shipper"}   # the parties' tenants that enable it

        @hookimpl
        def contact_transitioned(self, contact, event):
            seen.append(("transitioned", contact.reference, event.to_status))

        @hookimpl
        def message_added(self, contact, message):
            seen.append(("message", contact.reference, message.body))

    pm = app.extensions["cms"].pm
    pm.register(Listener(), name="listener")
    try:
        raise_contact(shipper, "ENQ", good("ENQ"), "web")   # no party's tenant enables it
        assert seen == []
        set_plugin_enabled(SystemActor("test"), "shipper", "listener", True)
        contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
        act(agent, contact, "accept")
        act(shipper, contact, "message", text="Any news?")
    finally:
        pm.unregister(name="listener")
    ref = contact.reference
    assert seen == [("created", ref, "raised"), ("transitioned", ref, "accepted"),
                    ("message", ref, "Any news?")]
