"""The query allowance (UNC Mod 565): the highest daily average of valid queries over the
previous three calendar months plus 20%, valid being those submitted less the invalid verdicts
given that month; each invalid verdict is deducted one for one on the day it is given;
contacts beyond it are accepted but flagged, and both sides see the flag. Submissions refused
at intake are logged apart and use none of it."""
import dataclasses
import datetime

import pytest

from core import allowance, clock
from core.allowance import MonthBase
from core.contacts import act, raise_contact, raise_many
from core.errors import Invalid
from core.models import Contact, Organisation
from core.models.operations import RejectedSubmission
from tests.operations.conftest import ENQ

MID_APRIL = datetime.datetime(2026, 4, 15, 10, 0)     # a Wednesday


@pytest.fixture
def allowance_on(app):
    tenants = app.extensions["cms"].tenants
    spec = tenants["shipper"]
    tenants["shipper"] = dataclasses.replace(spec, settings={**spec.settings,
                                                             "query_allowance": True})
    yield
    tenants["shipper"] = spec


@pytest.fixture
def history(principals, raise_enq):
    """ALP raised 21 valid contacts in January 2026 (21 business days: 1.0 a day) and one in
    February that the CDSP rejected (cleared as invalid: February's average stays 0)."""
    user = principals.user("user", "ALP")
    with clock.frozen(datetime.datetime(2026, 1, 5, 9)) as fixed:
        for n in range(21):
            raise_enq(user)
            fixed.advance(days=1)
        fixed.set(datetime.datetime(2026, 2, 10, 9))
        rejected = raise_enq(user)
        act(principals.user("agent"), rejected, "reject", code="REJ004", text="Wrong type")
    return user


def test_the_allowance_is_the_best_monthly_daily_average_plus_20_percent(app, allowance_on, history):
    org = history.organisation
    day = MID_APRIL.date()
    assert allowance.previous_months(day) == [(2026, 1), (2026, 2), (2026, 3)]
    assert allowance.baseline(org, day) == [MonthBase("2026-01", 21, 0, 21),
                                            MonthBase("2026-02", 1, 1, 20),
                                            MonthBase("2026-03", 0, 0, 22)]
    assert [(b.valid, b.average) for b in allowance.baseline(org, day)] == \
        [(21, 1.0), (0, 0.0), (0, 0.0)]
    assert allowance.allowance(org, day) == 2                 # ceil(1.0 * 1.2)
    # in May the window is Feb-Apr: no valid history, so no allowance applies yet
    assert allowance.allowance(org, datetime.date(2026, 5, 4)) is None


def test_invalid_verdicts_come_off_the_month_they_are_given_in(app, principals, raise_enq):
    """Valid = submitted less the invalid verdicts given that month, whenever the queries were
    raised: 21 raised in January, 11 cleared invalid in January, 5 more in February."""
    user, agent = principals.user("user", "ALP"), principals.user("agent")
    with clock.frozen(datetime.datetime(2026, 1, 5, 9)) as fixed:
        contacts = [raise_enq(user) for _ in range(21)]
        for c in contacts[:11]:
            act(agent, c, "accept")
            act(agent, c, "resolve", text="No change", verdict="no_challenge")
        fixed.set(datetime.datetime(2026, 2, 10, 9))
        for c in contacts[11:16]:
            act(agent, c, "accept")
            act(agent, c, "resolve", text="Your read was wrong", verdict="incorrect_data")
    [jan, feb, mar] = allowance.baseline(user.organisation, MID_APRIL.date())
    assert (jan.submitted, jan.invalid, jan.valid) == (21, 11, 10)
    assert (feb.submitted, feb.invalid, feb.valid) == (0, 5, 0)     # never below nothing
    assert allowance.allowance(user.organisation, MID_APRIL.date()) == 1   # ceil(10/21 * 1.2)


def test_invalid_verdicts_use_the_allowance_and_the_excess_is_flagged_for_both_sides(
        app, allowance_on, history, principals, raise_enq, api_key, client):
    agent = principals.user("agent")
    with clock.frozen(datetime.datetime(2026, 4, 14, 10)):
        earlier = raise_enq(history)                   # raised the day before: uses that day's
        act(agent, earlier, "accept")
    with clock.frozen(MID_APRIL):
        act(agent, earlier, "resolve", text="Nothing wrong", verdict="no_challenge")
        with pytest.raises(Invalid):                   # refused at intake: uses none of it
            raise_contact(history, "ENQ", {**ENQ, "mprn": "1234"}, "api")
        first = raise_enq(history)
        beyond = raise_enq(history)
    assert allowance.used(history.organisation, MID_APRIL.date()) == (2, 1)
    assert first.outside_allowance is False
    assert beyond.outside_allowance is True           # 1 invalid verdict + 1 raised used the 2
    [logged] = RejectedSubmission.select()
    assert (logged.day, logged.contact_type, logged.channel, logged.code) == \
        (MID_APRIL.date(), "ENQ", "api", "bad_mprn")
    for user in (history, agent):                      # the raiser and the CDSP
        body = client.get(f"/api/v1/contacts/{beyond.reference}", headers=api_key(user)).get_json()
        assert body["outside_allowance"] is True
        body = client.get(f"/api/v1/contacts/{first.reference}", headers=api_key(user)).get_json()
        assert body["outside_allowance"] is False


@pytest.mark.parametrize("type_code, changes, code", [
    ("ENQ", {"mprn": "12"}, "bad_mprn"),
    ("XYZ", {}, "unknown_type"),
    ("ENQ", {"summary": None}, "missing"),
])
def test_every_kind_of_refusal_at_intake_is_logged(app, allowance_on, principals, type_code,
                                                    changes, code):
    user = principals.user("user", "ALP")
    data = {k: v for k, v in {**ENQ, **changes}.items() if v is not None}
    with pytest.raises(Invalid):
        raise_contact(user, type_code, data, "web")
    assert [r.code for r in RejectedSubmission.select()] == [code]
    assert Contact.select().count() == 0


def test_a_batch_counts_its_own_records_one_after_the_other(app, allowance_on, history):
    with clock.frozen(MID_APRIL):
        outcomes = raise_many(history, [{"contact_type": "ENQ", **ENQ, "mprn": "99"}] +
                              [{"contact_type": "ENQ", **ENQ} for _ in range(3)], "batch")
    assert [o.accepted for o in outcomes] == [False, True, True, True]
    # the record refused at intake uses none: the first two good ones use the two
    assert [o.contact.outside_allowance for o in outcomes[1:]] == [False, False, True]
    assert RejectedSubmission.select().count() == 1


def test_it_is_off_unless_the_tenant_turns_it_on(app, history, raise_enq):
    with clock.frozen(MID_APRIL):
        contacts = [raise_enq(history) for _ in range(4)]
        with pytest.raises(Invalid):
            raise_contact(history, "ENQ", {**ENQ, "mprn": "12"}, "web")
    assert not any(c.outside_allowance for c in contacts)
    assert RejectedSubmission.select().count() == 0
    assert allowance.summary(history.organisation) == {"enabled": False}


def test_cdsp_contacts_never_count(app, allowance_on, principals):
    assert not allowance.enabled_for(Organisation.by_code("CDSP"))
