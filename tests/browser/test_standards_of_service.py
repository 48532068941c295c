"""Standards of service in Chromium: a CDSP agent opens the KPI page from Reports (figures,
the standards by market sector, charts that load as images), narrows it to one
organisation and follows it to the standards by type; the organisation's LSO chooses who
receives its monthly report and sees only its own figures. axe-core checks every page."""
import pytest
from playwright.sync_api import expect

from core.contacts import act, raise_contact
from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RFA = {"mprn": "3938424403", "summary": "Reads were estimated", "meter_serial": "M123",
       "supply_point_class": 3, "annual_quantity": 50000, "adjustment_start": "2025-01-01",
       "adjustment_end": "2025-06-30", "reason": "inaccurate_read"}
ENQ = {"mprn": "3938424403", "summary": "Why?", "topic": "data", "question": "Why?"}
IMAGES_LOADED = "() => [...document.images].filter(i => i.classList.contains('chart'))" \
                ".map(i => i.complete && i.naturalWidth > 0)"


def checked(page, screenshot, name):
    screenshot(page, name)
    assert not a11y.problems(page), name


@pytest.fixture
def resolved(principals):
    agent = principals.user("agent")
    alp, bet = principals.user("user", "ALP"), principals.user("user", "BET")
    contacts = [raise_contact(alp, "RFA", RFA, "web"),
                raise_contact(alp, "RFA", {**RFA, "annual_quantity": 200000, "supply_point_class": 2}, "web"),
                raise_contact(bet, "ENQ", ENQ, "web")]
    for contact in contacts:
        act(agent, contact, "accept")
        act(agent, contact, "resolve", text="Answered.")
    return {"agent": agent, "alp": alp}


def test_the_kpi_page_and_the_report_recipients(principals, resolved, new_page, screenshot):
    cdsp = new_page()
    sign_in(cdsp, "cdsp", resolved["agent"].email, PASSWORD)
    go_to(cdsp, "Reports")
    cdsp.get_by_role("link", name="Key performance indicators").click()
    expect(cdsp.get_by_role("heading", name="Key performance indicators", level=1)).to_be_visible()
    sectors = cdsp.get_by_role("region", name="Standards of service by market sector")
    expect(sectors).to_contain_text("Industrial & Commercial")
    expect(sectors).to_contain_text("Domestic")
    expect(cdsp.get_by_role("region", name="Organisations by share resolved within 10 and 20 "
                                           "business days")).to_contain_text("BET")
    cdsp.wait_for_load_state("load")
    loaded = cdsp.evaluate(IMAGES_LOADED)
    assert loaded and all(loaded), "every chart loads as an image"
    checked(cdsp, screenshot, "cdsp-kpi")
    cdsp.get_by_label("Organisation", exact=True).select_option("ALP")
    cdsp.get_by_role("button", name="Show").click()
    expect(cdsp.locator(".lead")).to_contain_text("Alpha Gas Shipping (ALP)")
    cdsp.get_by_role("link", name="Standards of service by type, organisation and month").click()
    by_type = cdsp.get_by_role("region", name="Standards of service by contact type")
    expect(by_type).to_contain_text("RFA")
    expect(cdsp.get_by_role("region", name="Standards of service by organisation")).not_to_contain_text("BET")
    checked(cdsp, screenshot, "cdsp-standards-alp")

    lso = principals.user("lso", "ALP")
    supervisor = principals.user("supervisor", "ALP", name="Sam Supervisor")
    shipper = new_page()
    sign_in(shipper, "shipper", lso.email, PASSWORD)
    go_to(shipper, "Reports")
    shipper.get_by_role("link", name="Report recipients").click()
    shipper.get_by_label(f"Sam Supervisor ({supervisor.email})").check()
    shipper.get_by_role("button", name="Save recipients").click()
    expect(shipper.get_by_role("alert")).to_contain_text("1 person at Alpha Gas Shipping receives")
    expect(shipper.get_by_label(f"Sam Supervisor ({supervisor.email})")).to_be_checked()
    checked(shipper, screenshot, "shipper-report-recipients")
    go_to(shipper, "Reports")
    shipper.get_by_role("link", name="Standards of service").click()
    expect(shipper.get_by_role("region", name="Standards of service by organisation")).to_contain_text("ALP")
    expect(shipper.locator("main")).not_to_contain_text("BET")
    checked(shipper, screenshot, "shipper-standards")
