"""Reports: figures by type, organisation and month for the CDSP (all) and an organisation
(its own contacts), SVG charts, CSV, and monthly reports published to organisations."""
import datetime
import re

import pytest

from core import clock
from core.contacts import act
from core.models import AuditEntry
from plugins.reports import charts, figures
from tests.support.confirm import confirmed

RAISED = datetime.datetime(2026, 3, 2, 9, 0)       # Monday; ENQ is due in 5 business days
LATER = datetime.datetime(2026, 3, 20, 12, 0)
MARCH = "?from=2026-03&to=2026-03"


@pytest.fixture
def march(principals, raise_enq):
    """ALP raises four ENQs on 2 March: resolved after 1, 2 and 10 days (the last late) and one
    cancelled; BET raises one left open (late by the 20th)."""
    alp, bet, agent = (principals.user("user", "ALP"), principals.user("user", "BET"),
                       principals.user("agent"))
    with clock.frozen(RAISED) as fixed:
        contacts = [raise_enq(alp) for _ in range(4)] + [raise_enq(bet)]
        act(alp, contacts[3], "cancel", text="Raised in error")
        for contact, days in zip(contacts[:3], (1, 2, 10)):
            fixed.set(RAISED + datetime.timedelta(days=days))
            act(agent, contact, "accept")
            act(agent, contact, "resolve", text="Answered.")
    return {"alp": alp, "bet": bet, "agent": agent, "contacts": contacts}


def test_the_cdsp_sees_every_contact_by_type_organisation_and_month(app, march):
    first, last, start, end = figures.period("2026-03", "2026-03")
    query = figures.scope(march["agent"])
    with clock.frozen(LATER):
        [enq] = figures.table(query, "type", start, end)
        by_org = {r.key: r.raised for r in figures.table(query, "organisation", start, end)}
        [month] = figures.table(query, "month", start, end)
        total = figures.totals(query, start, end)
    assert (enq.key, enq.raised, enq.closed, enq.resolved, enq.within) == ("ENQ", 5, 1, 3, 2)
    assert (enq.within_pct, enq.median_days, enq.p90_days, enq.breached) == (66.7, 2.0, 10.0, 2)
    assert by_org == {"ALP": 4, "BET": 1}
    assert (month.key, month.raised) == ("2026-03", 5)
    assert (total.raised, total.median_days, total.p90_days) == (5, 2.0, 10.0)
    assert figures.open_by(query) == [("resolved", "CDSP", 3), ("submitted", "CDSP", 1)]


def test_an_organisation_sees_only_its_own_contacts(app, march):
    first, last, start, end = figures.period("2026-03", "2026-03")
    with clock.frozen(LATER):
        [enq] = figures.table(figures.scope(march["alp"]), "type", start, end)
        [bet] = figures.table(figures.scope(march["bet"]), "type", start, end)
    assert (enq.raised, enq.resolved, enq.breached) == (4, 3, 1)
    assert (bet.raised, bet.resolved, bet.breached) == (1, 0, 1)


def test_the_reports_page_shows_tables_and_charts_without_inline_script_or_style(app, march, principals):
    client = principals.sign_in(app.test_client(), march["alp"])
    with clock.frozen(LATER):
        page = client.get(f"/shipper/reports{MARCH}").get_data(as_text=True)
        svg = client.get(f"/shipper/reports/charts/volumes.svg{MARCH}")
    assert "66.7%" in page and "BET" not in page
    # scripts come only from files (the strict CSP): no inline script, style or style attribute
    assert "style=" not in page and "<style" not in page
    assert all(" src=" in tag for tag in re.findall(r"<script[^>]*>", page))
    assert 'src="/shipper/reports/charts/volumes.svg?from=2026-03&amp;to=2026-03"' in page
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    assert svg.headers["Content-Security-Policy"] == charts.CSP   # no script runs in it
    assert b"<svg" in svg.data and b"Raised" in svg.data


def test_csv_exports(app, march, principals):
    client = principals.sign_in(app.test_client(), march["agent"])
    with clock.frozen(LATER):
        by_type = client.get(f"/cdsp/reports/export.csv{MARCH}&table=type")
        by_org = client.get(f"/cdsp/reports/export.csv{MARCH}&table=organisation&org=ALP")
        still_open = client.get(f"/cdsp/reports/export.csv{MARCH}&table=open")
    assert by_type.mimetype == "text/csv" and "attachment" in by_type.headers["Content-Disposition"]
    assert by_type.get_data(as_text=True).splitlines() == [
        "type,raised,closed,resolved,within,within_pct,median_days,p90_days,breached,outside_allowance",
        "ENQ,5,1,3,2,66.7,2.0,10.0,2,0"]
    assert by_org.get_data(as_text=True).splitlines()[1:] == ["ALP,4,1,3,2,66.7,2.0,10.0,1,0"]
    assert still_open.get_data(as_text=True).splitlines()[1:] == ["resolved,CDSP,3", "submitted,CDSP,1"]


@pytest.mark.parametrize("query, message", [
    ("?from=March", "YYYY-MM"),
    ("?from=2026-05&to=2026-03", "not be after"),
    ("?from=2020-01&to=2026-03", "at most 60 months"),
    ("?org=BET", "Only the CDSP chooses an organisation"),
])
def test_bad_filters_are_explained(app, login_as, client, query, message):
    login_as("user", "ALP")
    response = client.get(f"/shipper/reports{query}")
    assert response.status_code == 400 and message in response.get_data(as_text=True)


def test_a_cdsp_admin_publishes_a_monthly_report_to_an_organisation(app, march, principals):
    admin = principals.sign_in(app.test_client(), principals.user("admin"))
    with clock.frozen(LATER):
        response = admin.post("/cdsp/reports/monthly",
                              data=confirmed(organisation="ALP", month="2026-03"))
        assert response.status_code == 302
        refused = admin.post("/cdsp/reports/monthly", data={"organisation": "ALP", "month": "03/2026"})
        assert "YYYY-MM" in admin.get(refused.headers["Location"]).get_data(as_text=True)
        future = f"{LATER.year + 1}-06"     # a month not begun: its figures would be nought
        refused = admin.post("/cdsp/reports/monthly", data={"organisation": "ALP", "month": future})
        assert f"{future} has not begun" in admin.get(refused.headers["Location"]).get_data(as_text=True)
    report_url = response.headers["Location"]
    report_id = report_url.rsplit("/", 1)[1]
    alp = principals.sign_in(app.test_client(), march["alp"])
    assert "2026-03" in alp.get("/shipper/reports/monthly").get_data(as_text=True)
    page = alp.get(f"/shipper/reports/monthly/{report_id}").get_data(as_text=True)
    assert "Alpha Gas Shipping (ALP), 2026-03" in page
    csv_lines = alp.get(f"/shipper/reports/monthly/{report_id}.csv").get_data(as_text=True).splitlines()
    assert csv_lines[0] == "organisation,ALP,month,2026-03"
    assert csv_lines[2] == "ENQ,4,1,3,2,66.7,2.0,10.0,1,0"
    bet = principals.sign_in(app.test_client(), march["bet"])
    assert bet.get(f"/shipper/reports/monthly/{report_id}").status_code == 404
    assert "2026-03" not in bet.get("/shipper/reports/monthly").get_data(as_text=True)
    assert AuditEntry.select().where(AuditEntry.action == "report.published").count() == 1
    participant = principals.sign_in(app.test_client(), principals.user("lso", "ALP"))
    assert participant.post("/shipper/reports/monthly", data=confirmed(
        organisation="ALP", month="2026-03")).status_code == 404


def test_reports_pick_organisation_and_month_with_controls(app, principals):
    """The CDSP picks an organisation by name from a list and months from month inputs,
    never by typing a code; a participant gets no organisation picker."""
    participant = principals.sign_in(app.test_client(), principals.user("user", "ALP"))
    admin = principals.sign_in(app.test_client(), principals.user("admin"))
    with clock.frozen(LATER):
        page = admin.get("/cdsp/reports?org=alp").get_data(as_text=True)
        monthly_page = admin.get("/cdsp/reports/monthly").get_data(as_text=True)
    assert '<select class="select" id="org" name="org">' in page
    assert '<option value="ALP" selected>Alpha Gas Shipping (ALP)</option>' in page
    assert 'id="from" name="from" type="month"' in page and 'id="to" name="to" type="month"' in page
    assert "Contacts Alpha Gas Shipping (ALP) is a party to" in page
    assert '<option value="ALP">Alpha Gas Shipping (ALP)</option>' in monthly_page
    assert f'type="month" max="{LATER:%Y-%m}"' in monthly_page
    assert 'name="org"' not in participant.get("/shipper/reports").get_data(as_text=True)
