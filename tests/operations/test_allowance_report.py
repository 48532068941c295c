"""The query allowance's figures for both sides: per organisation, per day and per month, the
allowance, queries submitted, invalid verdicts (the shadow log), valid queries, allowance
used and the excess (outside the service-level liability), with refusals at intake apart. A
participant reads only its own (portal and API); the CDSP reads every organisation's."""
import dataclasses
import datetime

import pytest

from core import allowance_report as report, clock
from core.contacts import act, raise_contact
from core.errors import Invalid
from core.models import Organisation
from tests.operations.conftest import ENQ
from tests.web.conftest import text

APRIL_20 = datetime.datetime(2026, 4, 20, 12, 0)


@pytest.fixture
def allowance_on(app):
    tenants = app.extensions["cms"].tenants
    spec = tenants["shipper"]
    tenants["shipper"] = dataclasses.replace(spec, settings={**spec.settings,
                                                             "query_allowance": True})
    yield
    tenants["shipper"] = spec


@pytest.fixture
def count_queries(monkeypatch):
    """``with count_queries() as queries:`` the SQL statements run inside, in a list."""
    import contextlib

    from core import db as database

    @contextlib.contextmanager
    def counting():
        real, seen = database.db.obj.execute_sql, []

        def execute_sql(sql, *args, **kwargs):
            seen.append(sql)
            return real(sql, *args, **kwargs)
        monkeypatch.setattr(database.db.obj, "execute_sql", execute_sql)
        try:
            yield seen
        finally:
            monkeypatch.setattr(database.db.obj, "execute_sql", real)
    return counting


@pytest.fixture
def april(app, allowance_on, principals, raise_enq):
    """ALP: 21 contacts in January (allowance 2 from April); one on 14 April; on the 15th the
    CDSP clears that one as invalid, ALP raises two and has one refused at intake. BET raises
    one on the 15th, which the CDSP also clears as invalid."""
    alp, bet, agent = (principals.user("user", "ALP"), principals.user("user", "BET"),
                       principals.user("agent"))
    with clock.frozen(datetime.datetime(2026, 1, 5, 9)) as fixed:
        for _ in range(21):
            raise_enq(alp)
            fixed.advance(days=1)
        fixed.set(datetime.datetime(2026, 4, 14, 10))
        wrong = raise_enq(alp)
        act(agent, wrong, "accept")
        fixed.set(datetime.datetime(2026, 4, 15, 10))
        act(agent, wrong, "resolve", text="The data was right", verdict="no_challenge")
        raise_enq(alp), raise_enq(alp)
        with pytest.raises(Invalid):
            raise_contact(alp, "ENQ", {**ENQ, "mprn": "12"}, "web")
        theirs = raise_enq(bet)
        act(agent, theirs, "reject", code="REJ003", text="No read")
    return {"alp": alp, "bet": bet, "agent": agent, "wrong": wrong, "theirs": theirs}


def test_a_months_figures_day_by_day(april):
    org = april["alp"].organisation
    with clock.frozen(APRIL_20):
        figures = report.for_organisation(org, report.parse_month("2026-04"))
        shadow, total = report.shadow_log(org, datetime.date(2026, 4, 1))
    assert figures.applied and figures.allowance == 2
    assert len(figures.days) == 20                      # up to today
    day = {d.day.day: d for d in figures.days}
    assert (day[14].submitted, day[14].used, day[14].excess, day[14].remaining) == (1, 1, 0, 1)
    fifteenth = day[15]
    assert (fifteenth.submitted, fifteenth.invalid, fifteenth.used) == (2, 1, 3)
    assert (fifteenth.excess, fifteenth.remaining, fifteenth.refused_at_intake) == (1, 0, 1)
    assert (figures.submitted, figures.invalid, figures.valid, figures.used) == (3, 1, 2, 4)
    assert (figures.excess, figures.days_over, figures.refused_at_intake) == (1, 1, 1)
    assert [(e.reference, e.verdict) for e in shadow] == [(april["wrong"].reference,
                                                          "no_challenge")]
    assert total == 1


def test_every_organisation_for_the_cdsp_in_a_few_queries(april, count_queries):
    orgs = [april["alp"].organisation, april["bet"].organisation]
    with clock.frozen(APRIL_20), count_queries() as queries:
        rows = report.for_organisations(orgs, datetime.date(2026, 4, 1))
    assert [(r.organisation.code, r.submitted, r.invalid, r.excess) for r in rows] == \
        [("ALP", 3, 1, 1), ("BET", 1, 1, 0)]
    assert rows[1].allowance is None                    # no history: nothing is outside it
    assert len(queries) <= 6


@pytest.mark.parametrize("month, says", [("April", "YYYY-MM"), ("2026-13", "YYYY-MM"),
                                         ("1999-12", "2000 to 2099")])
def test_a_bad_month_is_explained(app, month, says):
    with clock.frozen(APRIL_20), pytest.raises(Invalid) as refused:
        report.parse_month(month)
    assert says in refused.value.errors["month"]


def test_a_month_not_yet_begun_has_its_allowance_and_no_days(april):
    with clock.frozen(APRIL_20):
        may = report.for_organisation(april["alp"].organisation, report.parse_month("2026-05"))
    # February to April: April's 3 submitted less 1 invalid, over its business days
    assert (may.allowance, may.days, may.submitted, may.excess) == (1, [], 0, 0)


def test_the_participant_sees_its_own_page_and_never_anothers(app, april, principals):
    client = principals.sign_in(app.test_client(), april["alp"])
    with clock.frozen(APRIL_20):
        page = text(client.get("/shipper/reports/allowance?month=2026-04"))
        other = client.get("/shipper/reports/allowance?month=2026-04&org=BET")
        other_csv = client.get("/shipper/reports/allowance.csv?month=2026-04&org=BET")
        own_csv = client.get("/shipper/reports/allowance.csv?month=2026-04").get_data(as_text=True)
        bad = client.get("/shipper/reports/allowance?month=2026-13")
        index = text(client.get("/shipper/reports"))
    assert "outside the CDSP's service-level liability" in page
    assert april["wrong"].reference in page and april["theirs"].reference not in page
    assert "BET" not in page
    assert other.status_code == 404 and other_csv.status_code == 404
    assert "2026-04-15,2,2,1,3,1,0,1" in own_csv and "BET" not in own_csv
    assert bad.status_code == 400 and "YYYY-MM" in text(bad)
    assert "/shipper/reports/allowance" in index


def test_the_cdsp_sees_every_organisation_and_each_ones_shadow_log(app, april, principals):
    client = principals.sign_in(app.test_client(), april["agent"])
    with clock.frozen(APRIL_20):
        overview = text(client.get("/cdsp/reports/allowance?month=2026-04"))
        bet = text(client.get("/cdsp/reports/allowance?month=2026-04&org=BET"))
        csv = client.get("/cdsp/reports/allowance.csv?month=2026-04").get_data(as_text=True)
        unknown = client.get("/cdsp/reports/allowance?month=2026-04&org=NOPE")
    assert "ALP" in overview and "BET" in overview
    assert april["theirs"].reference in bet and "Invalid: the sender&#39;s data was incorrect" in bet
    assert "ALP,yes,2,3,1,2,4,1,1,1" in csv and "BET,yes,,1,1,0,2,0,0,0" in csv
    assert unknown.status_code == 404


def test_the_api_answers_each_side(app, april, principals, api_key, client):
    alp, agent = api_key(april["alp"]), api_key(april["agent"])
    with clock.frozen(APRIL_20):
        mine = client.get("/api/v1/query-allowance?month=2026-04", headers=alp).get_json()
        detail = client.get("/api/v1/query-allowance/ALP?month=2026-04", headers=alp).get_json()
        other = client.get("/api/v1/query-allowance/BET?month=2026-04", headers=alp)
        every = client.get("/api/v1/query-allowance?month=2026-04", headers=agent).get_json()
        bet = client.get("/api/v1/query-allowance/BET?month=2026-04", headers=agent).get_json()
        bad = client.get("/api/v1/query-allowance?month=2026-13", headers=alp)
        may = client.get("/api/v1/query-allowance?month=2026-05", headers=alp).get_json()
    assert [i["organisation"] for i in mine["items"]] == ["ALP"]
    assert (mine["items"][0]["allowance"], mine["items"][0]["excess"]) == (2, 1)
    assert detail["days"][14] == {"day": "2026-04-15", "allowance": 2, "submitted": 2,
                                  "invalid": 1, "used": 3, "excess": 1, "remaining": 0,
                                  "refused_at_intake": 1}
    assert [b["month"] for b in detail["baseline"]] == ["2026-01", "2026-02", "2026-03"]
    assert [e["reference"] for e in detail["shadow_log"]] == [april["wrong"].reference]
    assert other.status_code == 404
    assert {i["organisation"] for i in every["items"]} >= {"ALP", "BET"}
    assert [(e["reference"], e["verdict"]) for e in bet["shadow_log"]] == \
        [(april["theirs"].reference, "incorrect_data")]
    assert bad.status_code == 422 and "month" in str(bad.get_json()["errors"])
    assert (may["items"][0]["month"], may["items"][0]["submitted"]) == ("2026-05", 0)
    assert Organisation.by_code("BET") is not None
