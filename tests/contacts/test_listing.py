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
    be: the contact's due_at while it is open, else null (migration 0017's triggers)."""
    for contact in Contact.select():
        expected = None if contact.status in TERMINAL_STATUSES else contact.due_at
        assert contact.open_due_at == expected, (contact.reference, contact.status)
        for party in ContactParty.select().where(ContactParty.contact == contact.id):
            assert party.open_due_at == expected, (contact.reference, party.organisation_id)


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
