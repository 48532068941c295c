"""Standards-of-service figures: the share of queries resolved within 4, 10 and 20 business
days, by market sector and inside or outside the query allowance, per type, organisation and
month; counted by the database on the engine's business-day calendar."""
import datetime

import pytest

from core import clock
from core.contacts import act, add_business_days, raise_contact
from core.models import Contact
from plugins.reports import figures, standards

RAISED = datetime.datetime(2026, 3, 2, 9, 0)        # a Monday
LATER = datetime.datetime(2026, 5, 20, 12, 0)
RFA = {"mprn": "3938424403", "summary": "Reads were estimated", "meter_serial": "M123",
       "supply_point_class": 3, "annual_quantity": 50000, "adjustment_start": "2025-01-01",
       "adjustment_end": "2025-06-30", "reason": "inaccurate_read"}
ENQ = {"mprn": "3938424403", "summary": "Why?", "topic": "data", "question": "Why?"}


def resolve_after(agent, contact, business_days, raised=RAISED):
    day = add_business_days(raised.date(), business_days)
    with clock.frozen(datetime.datetime.combine(day, datetime.time(15, 0))):
        act(agent, contact, "accept")
        act(agent, contact, "resolve", text="Answered.")


@pytest.fixture
def resolved(principals):
    """ALP's queries raised on Monday 2 March 2026: three Domestic RFAs (AQ 50,000) resolved
    after 4, 10 and 23 business days, an I&C RFA (AQ 100,000) after 5, and an ENQ (no sector)
    after 20, raised outside the allowance; BET's ENQ resolved after 1."""
    alp, bet, agent = (principals.user("user", "ALP"), principals.user("user", "BET"),
                       principals.user("agent"))
    with clock.frozen(RAISED):
        domestic = [raise_contact(alp, "RFA", RFA, "web") for _ in range(3)]
        ic = raise_contact(alp, "RFA", {**RFA, "annual_quantity": 100000, "supply_point_class": 2},
                           "web")
        enq = raise_contact(alp, "ENQ", ENQ, "web")
        theirs = raise_contact(bet, "ENQ", ENQ, "web")
    Contact.update(outside_allowance=True).where(Contact.id == enq.id).execute()
    for contact, days in zip(domestic + [ic, enq, theirs], (4, 10, 23, 5, 20, 1)):
        resolve_after(agent, contact, days)
    return {"alp": alp, "bet": bet, "agent": agent}


def period(first="2026-03", last="2026-04"):
    return figures.period(first, last)[2:]


def by(rows):
    return {(r.key, r.sector, r.allowance): (r.resolved, r.within_4, r.within_10, r.within_20)
            for r in rows}


def test_resolved_within_4_10_and_20_business_days_by_sector_and_allowance(app, resolved):
    start, end = period()
    with clock.frozen(LATER):
        rows = standards.table(figures.scope(resolved["agent"]), "type", start, end)
    assert by(rows) == {
        ("ENQ", "unknown", "inside"): (1, 1, 1, 1),            # BET's, after 1
        ("ENQ", "unknown", "outside"): (1, 0, 0, 1),           # after 20
        ("RFA", "domestic", "inside"): (3, 1, 2, 2),           # after 4, 10 and 23
        ("RFA", "ic", "inside"): (1, 0, 1, 1),                 # after 5
    }
    [domestic] = [r for r in rows if r.sector == "domestic"]
    assert (domestic.within_4_pct, domestic.within_10_pct, domestic.within_20_pct) == (33.3, 66.7, 66.7)


def test_by_organisation_and_month_and_the_sector_totals(app, resolved):
    start, end = period()
    with clock.frozen(LATER):
        query = figures.scope(resolved["agent"])
        orgs = {(r.key, r.sector) for r in standards.table(query, "organisation", start, end)}
        months = {r.key for r in standards.table(query, "month", start, end)}
        totals = standards.by_sector(standards.table(query, "total", start, end))
    assert orgs == {("ALP", "domestic"), ("ALP", "ic"), ("ALP", "unknown"), ("BET", "unknown")}
    assert months == {"2026-03", "2026-04"}     # the 23rd business day falls in April
    unknown_all = [r for r in totals if r.sector == "unknown" and r.allowance == "all"]
    assert [(r.resolved, r.within_4, r.within_20) for r in unknown_all] == [(2, 1, 2)]


def test_bank_holidays_are_not_business_days(app, principals):
    """Raised on Thursday 2 April 2026, resolved on Thursday 9 April: Good Friday and Easter
    Monday are skipped, so it took 3 business days (5 weekdays), within 4."""
    alp, agent = principals.user("user", "ALP"), principals.user("agent")
    thursday = datetime.datetime(2026, 4, 2, 9, 0)
    with clock.frozen(thursday):
        contact = raise_contact(alp, "ENQ", ENQ, "web")
    with clock.frozen(datetime.datetime(2026, 4, 9, 15, 0)):
        act(agent, contact, "accept")
        act(agent, contact, "resolve", text="Answered.")
    start, end = period("2026-04", "2026-04")
    with clock.frozen(LATER):
        [row] = standards.table(figures.scope(alp), "total", start, end)
    assert (row.resolved, row.within_4) == (1, 1)


def test_the_sector_rule_is_the_originators_tenants(app, resolved):
    """The Shipper tenant counts by supply point class alone, classes 2 to 4 Domestic: the
    RFA with an AQ of 100,000 and class 2 becomes Domestic."""
    app.extensions["cms"].tenants["shipper"].settings.update(
        market_sector=["class"], market_sector_domestic_classes=[2, 3, 4])
    start, end = period()
    with clock.frozen(LATER):
        rows = standards.table(figures.scope(resolved["agent"]), "type", start, end)
    assert by(rows)[("RFA", "domestic", "inside")] == (4, 1, 3, 3)


def test_an_organisation_counts_only_its_own_queries(app, resolved):
    start, end = period()
    with clock.frozen(LATER):
        theirs = standards.table(figures.scope(resolved["bet"]), "organisation", start, end)
        ours = standards.table(figures.scope(resolved["alp"]), "organisation", start, end)
    assert {r.key for r in theirs} == {"BET"}
    assert {r.key for r in ours} == {"ALP"} and sum(r.resolved for r in ours) == 5


def test_the_standards_page_and_its_csv_show_an_organisation_its_own_figures(app, resolved, principals):
    client = principals.sign_in(app.test_client(), resolved["bet"])
    with clock.frozen(LATER):
        page = client.get("/shipper/reports/standards?from=2026-03&to=2026-04")
        exported = client.get("/shipper/reports/standards.csv?from=2026-03&to=2026-04&table=organisation")
        chart = client.get("/shipper/reports/standards/charts/sectors.svg?from=2026-03&to=2026-04")
        chosen = client.get("/shipper/reports/standards?org=ALP")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Sector not known" in text and "100.0% (1)" in text
    assert "ALP" not in text and "Domestic" not in text       # ALP's RFAs are not BET's to see
    assert exported.get_data(as_text=True).splitlines()[1:] == [
        "BET,unknown,inside,1,1,100.0,1,100.0,1,100.0"]
    assert chart.status_code == 200 and chart.mimetype == "image/svg+xml"
    assert chosen.status_code == 400 and "Only the CDSP chooses an organisation" in chosen.get_data(as_text=True)


def test_the_kpi_page_is_the_cdsps(app, resolved, principals):
    agent = principals.sign_in(app.test_client(), resolved["agent"])
    with clock.frozen(LATER):
        page = agent.get("/cdsp/reports/kpi?from=2026-03&to=2026-04").get_data(as_text=True)
        trend = agent.get("/cdsp/reports/standards/charts/trend.svg?from=2026-03&to=2026-04")
    assert "Key performance indicators" in page and "Industrial &amp; Commercial" in page
    assert "/cdsp/reports/standards/charts/sectors.svg?from=2026-03&amp;to=2026-04" in page
    assert trend.status_code == 200 and b"Domestic" in trend.data
    participant = principals.sign_in(app.test_client(), resolved["alp"])
    assert participant.get("/shipper/reports/kpi").status_code == 404


def test_a_published_monthly_report_carries_the_standards(app, resolved, principals):
    from plugins.reports import monthly
    with clock.frozen(LATER):
        report = monthly.publish(resolved["agent"], "ALP", "2026-03")
        text = monthly.as_csv(report.data)
        page = principals.sign_in(app.test_client(), resolved["alp"]).get(
            f"/shipper/reports/monthly/{report.id}").get_data(as_text=True)
    assert "RFA,domestic,inside,2,1,50.0,2,100.0,2,100.0" in text      # after 4 and 10 in March
    assert "TOTAL,ic,all,1,0,0.0,1,100.0,1,100.0" in text
    assert "Standards of service" in page and "Within 20 business days" in page
