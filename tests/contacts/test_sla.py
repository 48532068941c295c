"""The service-level clock: business days skip weekends and England & Wales bank holidays,
and stop while a contact waits on its originator."""
import datetime

import pytest

from core.contacts import sla
from core.contacts.jobs import mark_breaches
from core.contacts import act, get_contact, raise_contact

D = datetime.date


@pytest.mark.parametrize("start, n, expected", [
    (D(2026, 4, 2), 0, D(2026, 4, 2)),
    (D(2026, 4, 2), 1, D(2026, 4, 7)),    # Good Friday, the weekend, Easter Monday skipped
    (D(2026, 4, 2), 2, D(2026, 4, 8)),
    (D(2026, 12, 24), 1, D(2026, 12, 29)),  # Christmas, Boxing Day (observed on the 28th)
    (D(2026, 5, 22), 1, D(2026, 5, 26)),    # Spring bank holiday Monday
    (D(2026, 4, 4), 1, D(2026, 4, 7)),      # from a Saturday
    (D(2026, 4, 7), -1, D(2026, 4, 2)),     # back: Easter Monday, the weekend, Good Friday skipped
    (D(2026, 4, 8), -2, D(2026, 4, 2)),
    (D(2026, 4, 5), -1, D(2026, 4, 2)),     # back from a Sunday
])
def test_add_business_days(start, n, expected):
    assert sla.add_business_days(start, n) == expected


def test_business_days_between_counts_after_start_up_to_end():
    assert sla.business_days_between(D(2026, 4, 2), D(2026, 4, 8)) == 2
    assert sla.business_days_between(D(2026, 4, 8), D(2026, 4, 2)) == 0


def test_due_date_across_the_easter_bank_holiday_weekend(app, clock, shipper, good):
    # ENQ's target is 5 business days; raised Thursday 2 April 2026.
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    state = sla.status(contact)
    assert state.target_days == 5
    assert state.due_date == D(2026, 4, 13)       # Tue 7, Wed 8, Thu 9, Fri 10, Mon 13
    assert (state.used_days, state.at_risk, state.breached) == (0, False, False)

    clock.set(datetime.datetime(2026, 4, 7, 12))  # Tuesday after Easter: one day used
    assert sla.status(contact).used_days == 1

    clock.set(datetime.datetime(2026, 4, 10, 12))  # Friday: 4 used, 1 left
    state = sla.status(contact)
    assert (state.used_days, state.remaining_days, state.at_risk, state.breached) == (4, 1, True, False)

    clock.set(datetime.datetime(2026, 4, 14, 8))  # Tuesday: past the due date
    state = sla.status(contact)
    assert state.breached and not state.at_risk and state.remaining_days == -1


def test_the_clock_stops_while_waiting_on_the_originator(app, clock, shipper, agent, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    act(agent, contact, "accept")
    clock.set(datetime.datetime(2026, 4, 8, 10))      # Wednesday: 2 business days used
    act(agent, contact, "request_info", text="Which file?")
    clock.set(datetime.datetime(2026, 4, 14, 10))     # Tuesday: Thu, Fri, Mon, Tue paused
    paused = sla.status(get_contact(shipper, contact.reference))
    assert paused.paused and paused.used_days == 2 and paused.paused_days == 4
    assert paused.due_date == D(2026, 4, 17) and not paused.breached
    contact = act(shipper, contact, "respond", text="The QMR of 1 April")
    state = sla.status(contact)
    assert contact.paused_days == 4 and not state.paused
    assert state.due_date == D(2026, 4, 17)           # 13 April pushed back 4 business days
    assert state.used_days == 2
    assert contact.due_at == datetime.datetime(2026, 4, 17, 23, 0)   # local midnight, BST
    clock.set(datetime.datetime(2026, 4, 16, 10))
    assert sla.status(contact).used_days == 4


def test_resolution_stops_the_clock(app, clock, shipper, agent, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    act(agent, contact, "accept")
    clock.set(datetime.datetime(2026, 4, 8, 10))
    contact = act(agent, contact, "resolve", text="Answered")
    clock.set(datetime.datetime(2026, 6, 1, 10))
    state = sla.status(contact)
    assert state.stopped and state.used_days == 2 and not state.breached


def test_breaches_are_marked_once_by_the_scheduled_job(app, clock, shipper, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    assert mark_breaches() == 0
    clock.set(datetime.datetime(2026, 4, 14, 8))
    assert mark_breaches() == 1
    assert mark_breaches() == 0
    contact = get_contact(shipper, contact.reference)
    assert contact.breached_at == datetime.datetime(2026, 4, 14, 8)


def test_tenant_overrides_the_service_level(app, clock, shipper, good):
    from core.tenancy import tenants
    import dataclasses
    spec = tenants()["shipper"]
    tenants()["shipper"] = dataclasses.replace(spec, service_levels={"ENQ": 2})
    try:
        contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    finally:
        tenants()["shipper"] = spec
    assert contact.sla_days == 2
    assert sla.status(contact).due_date == D(2026, 4, 8)


from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=300, deadline=None)
@given(start=st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 12, 31)),
       span=st.integers(min_value=-10, max_value=1500))
def test_counting_business_days_by_arithmetic_agrees_with_walking_the_calendar(start, span):
    from core.contacts import sla
    end = start + datetime.timedelta(days=span)
    walked, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        walked += sla.is_business_day(day)
    assert sla.business_days_between(start, end) == walked
