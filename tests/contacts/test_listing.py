"""Lists that filter and sort: every filter narrows to what it names (and never past the
wall), "at risk" and "breached" agree with each contact's own service level, the due-date
order pages by keyset, and counts agree with the lists."""
import datetime

import pytest

from core.contacts import (NOBODY, OPEN_STATUSES, act, count_contacts, list_contacts,
                           raise_contact, sla_status)
from core.contacts.lifecycle import TERMINAL as TERMINAL_STATUSES
from core.errors import Invalid
from core.models import Contact, ContactParty


def ids(page):
    return [c.id for c in page.items]


def every(actor, filters=None, **kwargs):
    """All the matching contacts, page after page (three at a time)."""
    found, after = [], None
    while True:
        page = list_contacts(actor, filters, after=after, limit=3, **kwargs)
        found += page.items
        if not page.next_cursor:
            return found
        after = page.next_cursor


@pytest.fixture
def market(app, clock, principals, agent, good, orgs):
    """Contacts of ALP and BET of two types, raised five minutes apart."""
    alp, bet = principals.user("user", "ALP"), principals.user("user", "BET")
    made = {}
    for name, user, code in [("enq1", alp, "ENQ"), ("rfa1", alp, "RFA"), ("enq2", bet, "ENQ"),
                             ("rfa2", bet, "RFA"), ("enq3", alp, "ENQ")]:
        made[name] = raise_contact(user, code, good(code), "web")
        clock.advance(minutes=5)
    act(agent, made["enq1"], "accept")
    act(agent, made["enq1"], "assign", assignee=agent)
    act(agent, made["rfa2"], "accept")
    act(agent, made["rfa2"], "set_ced", code="RDVL")
    act(agent, made["rfa1"], "accept")   # then waits on its originator: the clock stops
    act(agent, made["rfa1"], "request_info", kind="DCR", text="Which reads?", due_days=30)
    Contact.update(outside_allowance=True).where(Contact.id == made["enq3"].id).execute()
    return {"alp": alp, "bet": bet, "agent": agent, **made}


@pytest.mark.parametrize("filters, expected", [
    ({"contact_type": "rfa"}, {"rfa1", "rfa2"}),
    ({"contact_type": ["RFA", "ENQ"]}, {"enq1", "rfa1", "enq2", "rfa2", "enq3"}),
    ({"originator": "BET"}, {"enq2", "rfa2"}),
    ({"holder": "mine"}, {"enq1", "rfa1", "enq2", "rfa2", "enq3"}),   # the CDSP's own
    ({"assignee": "AGENT"}, {"enq1"}),
    ({"assignee": NOBODY}, {"rfa1", "enq2", "rfa2", "enq3"}),
    ({"ced": "rdvl"}, {"rfa2"}),
    ({"status": ["accepted"], "originator": "ALP"}, {"enq1"}),
    ({"outside_allowance": True}, {"enq3"}),
    ({"outside_allowance": False, "contact_type": "ENQ"}, {"enq1", "enq2"}),
])
def test_each_filter_narrows_to_what_it_names(market, filters, expected):
    filters = {k: (market["agent"] if v == "AGENT" else v) for k, v in filters.items()}
    listed = {c.id for c in every(market["agent"], filters)}
    names = {name for name, c in market.items() if hasattr(c, "reference") and c.id in listed}
    assert names == expected
    assert count_contacts(market["agent"], filters) == len(expected)


def test_filters_never_reach_past_the_wall(market):
    alp = market["alp"]
    # a person out of sight, or no one, matches nothing (and the answer does not tell which)
    assert every(alp, {"assignee": market["agent"].email}) == []
    assert every(alp, {"assignee": "no-one@example.com"}) == []
    assert [c.id for c in every(market["agent"], {"assignee": market["agent"].email})] == [market["enq1"].id]
    assert [c.id for c in every(market["agent"], {"assignee": "me"})] == [market["enq1"].id]
    assert every(alp, {"originator": "BET"}) == []
    assert count_contacts(alp, {"originator": "BET"}) == 0
    assert {c.id for c in every(alp, {"contact_type": "ENQ"})} == {market["enq1"].id, market["enq3"].id}
    assert count_contacts(alp) == 3


def test_due_dates_filter_by_local_day_both_ends_included(market):
    rfa = market["rfa1"]
    day = sla_status(rfa).due_date
    same_day = every(market["agent"], {"due_from": day, "due_to": day})
    assert rfa.id in {c.id for c in same_day}
    assert all(sla_status(c).due_date == day for c in same_day)
    later = every(market["agent"], {"due_from": day + datetime.timedelta(days=1)})
    earlier = every(market["agent"], {"due_to": day - datetime.timedelta(days=1)})
    assert rfa.id not in {c.id for c in later + earlier}


def test_at_risk_and_breached_agree_with_each_contacts_service_level(market, clock):
    agent, seen = market["agent"], set()
    for _ in range(40):   # a day at a time, through the at-risk margin and past due
        contacts = every(agent)
        at_risk = {c.id for c in every(agent, {"at_risk": True})}
        breached = {c.id for c in every(agent, {"breached": True})}
        for contact in contacts:
            status = sla_status(contact)
            assert (contact.id in at_risk) == status.at_risk, (contact.reference, status)
            assert (contact.id in breached) == status.breached, (contact.reference, status)
            seen.add((status.at_risk, status.breached))
        assert count_contacts(agent, {"at_risk": False}) == len(contacts) - len(at_risk)
        clock.advance(days=1)
    assert {(True, False), (False, True), (False, False)} <= seen   # every case was met
    assert sla_status(Contact.get_by_id(market["rfa1"].id)).paused


RUNNING = ["submitted", "accepted", "in_progress", "awaiting_originator", "awaiting_party"]


@pytest.mark.parametrize("statuses", [None, sorted(OPEN_STATUSES), RUNNING, ["in_progress"],
                                      ["resolved", "closed"], ["resolved"], ["closed"]])
def test_at_risk_and_breached_agree_for_each_status_asked_both_sides_and_orders(market, clock,
                                                                                  statuses):
    """With the statuses named (each condition keeps only the branches they can meet) and
    through a participant's party rows, in either order, the lists still agree with each
    contact's own service level: enq3 is resolved in time, enq2 late, then closed."""
    agent = market["agent"]
    act(agent, market["enq3"], "accept")
    act(agent, market["enq3"], "resolve", text="Answered.")
    act(agent, market["enq2"], "accept")
    seen = set()
    for day in range(40):
        if day == 30:
            act(agent, market["enq2"], "resolve", text="Answered late.")
        if day == 35:
            act(market["bet"], market["enq2"], "close")
        for actor in (agent, market["alp"], market["bet"]):
            for order in ("received", "due"):
                asked = {"status": statuses} if statuses else {}
                listed = every(actor, asked, order=order)
                for name in ("at_risk", "breached"):
                    for value in (True, False):
                        found = {c.id for c in every(actor, {**asked, name: value}, order=order)}
                        expected = {c.id for c in listed
                                    if getattr(sla_status(c), name) == value}
                        assert found == expected, (actor.email, order, name, value, day)
                        assert count_contacts(actor, {**asked, name: value}) == len(expected)
                        seen.update((name, value, c.status) for c in listed if c.id in found)
        clock.advance(days=1)
    if statuses == ["resolved", "closed"]:   # the finished-late branch was met
        assert ("breached", True, "resolved") in seen and ("breached", True, "closed") in seen
    if statuses == RUNNING:
        assert {("breached", True, "accepted"), ("at_risk", True, "accepted")} <= seen


def test_a_raised_from_date_in_due_order_keeps_every_open_contact_raised_since(market, clock,
                                                                               good):
    """The due order's range starts at the "raised from" day (nothing raised since can be due
    before it): every open contact raised on or after the day is still listed, in due order."""
    for days in (1, 2, 3):
        clock.advance(days=1)
        raise_contact(market["alp"], "RFA" if days == 2 else "ENQ", good("RFA" if days == 2 else "ENQ"), "web")
    open_ones = {"status": sorted(OPEN_STATUSES)}
    for actor in (market["agent"], market["alp"]):
        everything = every(actor, open_ones, order="due")
        days = sorted({clock_day(c) for c in everything})
        assert len(days) == 4
        for day in days:
            since = every(actor, {**open_ones, "raised_from": day}, order="due")
            expected = [c.id for c in everything if clock_day(c) >= day]
            assert [c.id for c in since] == expected and expected
            assert count_contacts(actor, {**open_ones, "raised_from": day}) == len(expected)


def clock_day(contact):
    from core import clock
    return clock.local_today(contact.raised_at)


def test_the_due_date_order_pages_by_keyset_soonest_first(market):
    agent = market["agent"]
    by_due = every(agent, order="due")
    assert [(c.due_at, c.id) for c in by_due] == sorted((c.due_at, c.id) for c in by_due)
    assert len(by_due) == 5
    latest_first = every(agent, order="due", newest_first=True)
    assert [c.id for c in latest_first] == [c.id for c in reversed(by_due)]
    # the participant's view reads through its party rows; due order still holds
    mine = every(market["alp"], order="due")
    assert [(c.due_at, c.id) for c in mine] == sorted((c.due_at, c.id) for c in mine)


def test_a_page_marker_of_one_order_is_refused_in_the_other(market):
    received = list_contacts(market["agent"], limit=2).next_cursor
    due = list_contacts(market["agent"], limit=2, order="due").next_cursor
    for after, order in ((received, "due"), (due, "received")):
        with pytest.raises(Invalid) as caught:
            list_contacts(market["agent"], after=after, order=order)
        assert "cursor" in caught.value.errors


@pytest.mark.parametrize("kwargs, field", [
    ({"order": "colour"}, "order"),
    ({"filters": {"assignee": 42}}, "assignee"),
    ({"filters": {"due_from": "tomorrow"}}, "due_from"),
    ({"filters": {"raised_from": datetime.date(2026, 4, 2),
                  "raised_to": datetime.date(2026, 4, 1)}}, "raised_to"),
])
def test_bad_filters_say_what_to_fix(app, shipper, kwargs, field):
    with pytest.raises(Invalid) as caught:
        list_contacts(shipper, **kwargs)
    assert field in caught.value.errors


def test_counts_stop_at_the_cap_and_say_so(market, monkeypatch):
    from core.contacts import listing
    agent = market["agent"]
    seen = len(every(agent, {}))
    assert seen > 2
    exact = count_contacts(agent)
    assert exact == seen and exact.exact and str(exact) == f"{seen:,}"
    monkeypatch.setattr(listing, "COUNT_CAP", seen - 1)
    capped = count_contacts(agent)
    assert capped == seen - 1 and not capped.exact and str(capped) == f"{seen - 1:,}+"
    monkeypatch.setattr(listing, "COUNT_CAP", seen)     # exactly at the cap is still exact
    assert count_contacts(agent).exact


OPEN = sorted(OPEN_STATUSES)


def stored_open_due_ats():
    """Every contact's and party row's stored open_due_at, checked against what it should
    be: the contact's due_at while it is open, else null (migration 0017's triggers); and
    every party row's status, the contact's (migration 0019)."""
    for contact in Contact.select():
        expected = None if contact.status in TERMINAL_STATUSES else contact.due_at
        assert contact.open_due_at == expected, (contact.reference, contact.status)
        for party in ContactParty.select().where(ContactParty.contact == contact.id):
            assert party.open_due_at == expected, (contact.reference, party.organisation_id)
            assert party.status == contact.status, (contact.reference, party.organisation_id)
            assert party.contact_type == contact.contact_type, contact.reference


def in_due_order(contacts):
    return [c.id for c in contacts] == [c.id for c in sorted(contacts, key=lambda c: (c.due_at, c.id))]


def test_open_contacts_in_due_order_follow_every_change(market, clock):
    agent, alp = market["agent"], market["alp"]

    def open_for(actor):
        listed = every(actor, {"status": OPEN}, order="due")
        assert in_due_order(listed) and count_contacts(actor, {"status": OPEN}) == len(listed)
        return {c.id for c in listed}

    stored_open_due_ats()
    assert open_for(agent) == {market[n].id for n in ("enq1", "rfa1", "enq2", "rfa2", "enq3")}
    clock.advance(days=3)                                # rfa1 waited on its originator
    act(alp, market["rfa1"], "respond", text="These reads")
    act(alp, market["enq3"], "cancel")
    act(agent, market["rfa2"], "allocate", to_org="ALP")  # ALP becomes a party of BET's RFA
    stored_open_due_ats()
    assert open_for(agent) == {market[n].id for n in ("enq1", "rfa1", "enq2", "rfa2")}
    assert open_for(alp) == {market[n].id for n in ("enq1", "rfa1", "rfa2")}
    assert market["enq3"].id in {c.id for c in every(alp, order="due")}   # any status: still listed
    # the first raised becomes the last due: both orders tell it
    Contact.update(due_at=datetime.datetime(2026, 7, 1)).where(
        Contact.id == market["enq1"].id).execute()
    for actor in (agent, alp):
        assert every(actor, {"status": OPEN}, order="due")[-1].id == market["enq1"].id
    # a write that names a wrong value is put right
    Contact.update(open_due_at=datetime.datetime(2000, 1, 1)).where(
        Contact.id == market["enq1"].id).execute()
    stored_open_due_ats()
    # a status written by SQL alone reaches the party rows, and the lists that read them
    Contact.update(status="resolved", resolved_at=datetime.datetime(2026, 4, 3)).where(
        Contact.id == market["enq2"].id).execute()
    stored_open_due_ats()
    assert market["enq2"].id in {c.id for c in every(market["bet"], {"status": "resolved"})}
    assert count_contacts(market["bet"], {"status": "resolved"}) == 1
