"""Correspondence (DCR, CCR, RFI) and the scheduled work that closes what goes unanswered."""
import datetime

import pytest

from core.contacts import sla
from core.contacts.jobs import close_overdue_correspondence, close_resolved, tick
from core.contacts import act, get_contact, history, raise_contact
from core.errors import Invalid
from core.models import Correspondence


@pytest.fixture
def accepted(clock, shipper, agent, good):
    def make(code="ENQ"):
        return act(agent, raise_contact(shipper, code, good(code), "web"), "accept")
    return make


def test_a_request_is_due_in_business_days_and_answered_by_the_originator(accepted, clock,
                                                                           shipper, agent):
    contact = act(agent, accepted(), "request_info", text="Which file?", kind="CCR", due_days=2)
    [item] = Correspondence.select().where(Correspondence.contact == contact)
    assert (item.kind, item.status, item.to_org_id) == ("CCR", "open", shipper.organisation_id)
    assert item.due_at == datetime.datetime(2026, 4, 8, 23, 0)   # end of Wed 8 April, BST
    act(shipper, contact, "respond", text="The QMR")
    item = Correspondence.get_by_id(item.id)
    assert (item.status, item.response, item.responded_by_id) == ("answered", "The QMR", shipper.id)


@pytest.mark.parametrize("params, field", [
    ({"text": ""}, "text"),
    ({"text": "?", "kind": "XYZ"}, "kind"),
    ({"text": "?", "kind": "RFI"}, "kind"),          # only on types that allow an RFI
    ({"text": "?", "due_days": 0}, "due_days"),
    ({"text": "?", "due_days": "soon"}, "due_days"),
])
def test_bad_requests_are_refused_and_write_nothing(params, field, accepted, agent):
    contact = accepted()
    with pytest.raises(Invalid) as caught:
        act(agent, contact, "request_info", **params)
    assert field in caught.value.errors
    assert Correspondence.select().count() == 0
    assert get_contact(agent, contact.reference).status == "accepted"


def test_rfi_is_allowed_on_theft_of_gas(accepted, agent):
    contact = act(agent, accepted("TOG"), "request_info", text="Photos?", kind="RFI")
    assert contact.status == "awaiting_originator"


def test_unanswered_dcr_auto_closes_and_the_contact_resumes(accepted, clock, shipper, agent):
    contact = act(agent, accepted(), "request_info", text="Which file?", due_days=2)
    clock.set(datetime.datetime(2026, 4, 8, 12))
    assert close_overdue_correspondence() == 0                  # not yet due
    clock.set(datetime.datetime(2026, 4, 9, 7))
    assert close_overdue_correspondence() == 1
    assert close_overdue_correspondence() == 0                  # safe to run twice
    contact = get_contact(shipper, contact.reference)
    assert contact.status == "in_progress" and contact.paused_at is None
    assert contact.paused_days == 3                             # Tue 7, Wed 8, Thu 9
    item = Correspondence.get(Correspondence.contact == contact)
    assert (item.status, item.consequence) == ("auto_closed", "resume")
    last = history(shipper, contact)[-1]
    assert last.kind == "status" and last.channel == "system" and last.actor_user_id is None
    assert "not answered by its due date" in last.data["text"]


def test_unanswered_rfi_resolves_a_theft_of_gas(accepted, clock, shipper, agent):
    contact = act(agent, accepted("TOG"), "request_info", text="Photos?", kind="RFI", due_days=1)
    clock.set(datetime.datetime(2026, 4, 10, 9))
    assert tick()["correspondence_closed"] == 1
    contact = get_contact(shipper, contact.reference)
    assert contact.status == "resolved"
    assert "Request For Information was not answered" in contact.resolution_text


def test_cancelling_withdraws_open_requests(accepted, shipper, agent):
    contact = act(agent, accepted(), "request_info", text="?")
    act(shipper, contact, "cancel")
    assert Correspondence.get(Correspondence.contact == contact).status == "withdrawn"


def test_resolved_contacts_close_when_the_challenge_window_passes(accepted, clock, shipper, agent):
    contact = act(agent, accepted(), "resolve", text="Answered")
    clock.set(datetime.datetime(2026, 4, 20, 9))   # Mon 20 April: the 10th business day after
    assert close_resolved() == 0
    clock.advance(days=1)
    assert close_resolved() == 1
    assert get_contact(shipper, contact.reference).status == "closed"


def test_cms_contacts_tick_runs_the_scheduled_work(app, runner, accepted, clock, shipper, agent):
    contact = act(agent, accepted(), "request_info", text="?", due_days=1)
    result = runner.invoke(args=["contacts", "tick", "--at", "2026-04-20T09:00"])
    assert result.exit_code == 0, result.output
    assert "correspondence closed: 1" in result.output
    assert "breaches marked: 0" in result.output
    assert get_contact(shipper, contact.reference).status == "in_progress"
    bad = runner.invoke(args=["contacts", "tick", "--at", "tomorrow"])
    assert bad.exit_code != 0 and "is not a time like" in bad.output


def test_breach_is_pushed_back_by_the_pause(accepted, clock, shipper, agent):
    contact = act(agent, accepted(), "request_info", text="?", due_days=20)
    clock.set(datetime.datetime(2026, 4, 20, 9))
    assert tick()["breaches_marked"] == 0                       # paused: no breach
    contact = act(shipper, contact, "respond", text="here")
    assert sla.status(contact).due_date == datetime.date(2026, 4, 20) + datetime.timedelta(days=7)


def test_the_sender_extends_an_open_request_with_a_reason_and_it_closes_later(
        accepted, clock, shipper, agent):
    contact = act(agent, accepted(), "request_info", text="Which file?", due_days=2)
    act(agent, contact, "extend", due_days=3, text="The shipper asked for the weekend.")
    item = Correspondence.get(Correspondence.contact == contact)
    assert item.due_at == datetime.datetime(2026, 4, 13, 23, 0)   # end of Monday 13 April
    [event] = [e for e in history(agent, contact) if e.kind == "correspondence.extended"]
    assert event.data["text"] == "The shipper asked for the weekend." and event.data["days"] == 3
    assert event.data["before"]["due_at"] == "2026-04-08T23:00:00"
    assert event.actor_user_id == agent.id
    clock.set(datetime.datetime(2026, 4, 9, 7))
    assert close_overdue_correspondence() == 0                    # the old due date has passed
    clock.set(datetime.datetime(2026, 4, 14, 7))
    assert close_overdue_correspondence() == 1


@pytest.mark.parametrize("params, field", [
    ({"due_days": 3, "text": ""}, "text"),
    ({"due_days": 0, "text": "More time"}, "due_days"),
    ({"due_days": "a week", "text": "More time"}, "due_days"),
])
def test_a_bad_extension_is_refused_and_changes_nothing(params, field, accepted, agent):
    contact = act(agent, accepted(), "request_info", text="Which file?", due_days=2)
    with pytest.raises(Invalid) as caught:
        act(agent, contact, "extend", **params)
    assert field in caught.value.errors
    assert Correspondence.get(Correspondence.contact == contact).due_at == \
        datetime.datetime(2026, 4, 8, 23, 0)
    assert not [e for e in history(agent, contact) if e.kind.startswith("correspondence.ext")]


def test_only_the_sender_chases_or_extends_and_only_while_a_request_is_open(accepted, shipper,
                                                                              agent):
    from core.errors import Conflict, Forbidden
    contact = act(agent, accepted(), "request_info", text="Which file?", due_days=2)
    for action in ("chase", "extend"):
        with pytest.raises(Forbidden):
            act(shipper, contact, action, due_days=1, text="Me?")
    act(shipper, contact, "respond", text="This one")
    for action in ("chase", "extend"):
        with pytest.raises(Conflict):
            act(agent, contact, action, due_days=1, text="Late")


def test_a_chase_records_a_reminder_with_standard_words_when_none_are_given(accepted, agent):
    contact = act(agent, accepted(), "request_info", text="Which file?", due_days=2)
    act(agent, contact, "chase")
    act(agent, contact, "chase", text="Please answer by Wednesday.")
    texts = [e.data["text"] for e in history(agent, contact) if e.kind == "correspondence.chased"]
    assert texts == ["A reminder: the Data Clarification Request sent on 2 April 2026 is still "
                     "waiting for your answer.", "Please answer by Wednesday."]
