"""Contacts end to end in Chromium: a Shipper raises an RFA (first with a mistake), finds it
by MPRN; a CDSP agent asks a Data Clarification Request, the Shipper answers, the agent
resolves it and the Shipper sees it resolved; another organisation cannot open it."""
import re

import pytest
from playwright.sync_api import expect

from core.contacts.mprn import check_digits
from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MPRN = "39384244" + check_digits("39384244")
BAD_MPRN = MPRN[:-1] + str((int(MPRN[-1]) + 1) % 10)


def checked(page, screenshot, name):
    """Screenshot the page, then check labels, contrast and visible focus on it."""
    screenshot(page, name)
    assert not a11y.problems(page), name


def test_an_rfa_from_raising_to_resolution(principals, new_page, screenshot):
    shipper, agent = principals.user("user", "ALP"), principals.user("agent")
    principals.org("BET")

    # The Shipper raises an RFA: one mistake first, explained next to the field.
    page = new_page()
    sign_in(page, "shipper", shipper.email, PASSWORD)
    go_to(page, "Raise a contact")
    expect(page.get_by_role("heading", name="Raise a contact")).to_be_visible()
    checked(page, screenshot, "shipper-raise-choose")
    page.get_by_label("RFA – Request For Adjustment").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("MPRN").fill(BAD_MPRN)
    page.get_by_label("Summary").fill("Reads were estimated all winter")
    page.get_by_label("Your reference (optional)").fill("ALP-RFA-0001")
    page.get_by_label("Meter serial").fill("M123")
    page.get_by_role("group", name="Supply point class").get_by_label("3", exact=True).check()
    page.get_by_label("Annual quantity").fill("50000")
    page.get_by_label("Adjustment start").fill("2025-01-01")
    page.get_by_label("Adjustment end").fill("2025-03-31")
    page.get_by_role("group", name="Reason").get_by_label("Inaccurate read").check()
    page.get_by_role("button", name="Raise the contact").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("The contact was not raised")
    expect(summary).to_be_focused()
    expect(page.locator("#mprn-error")).to_contain_text("check digits")
    checked(page, screenshot, "shipper-raise-rfa-error")
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("MPRN")).to_be_focused()
    page.get_by_label("MPRN").fill(MPRN)
    page.get_by_role("button", name="Raise the contact").click()
    expect(page.get_by_role("heading", name="Contact raised")).to_be_visible()
    reference = page.locator(".panel__reference").inner_text().strip()
    assert re.fullmatch(r"RFA-\d{4}-\d{6}", reference)
    expect(page.locator(".panel")).to_contain_text("It is due by")
    checked(page, screenshot, "shipper-contact-raised")

    # It is found by its MPRN.
    go_to(page, "Search")
    page.get_by_label("CMS reference, your reference or MPRN").fill(MPRN)
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("link", name=reference)).to_be_visible()
    checked(page, screenshot, "shipper-search-by-mprn")

    # A CDSP agent takes it from the CDSP's queue and asks a DCR.
    desk = new_page()
    sign_in(desk, "cdsp", agent.email, PASSWORD)
    go_to(desk, "Queues")
    checked(desk, screenshot, "cdsp-all-queues")
    desk.get_by_role("link", name="CDSP – Central Data Service Provider").click()
    expect(desk.get_by_role("link", name=reference)).to_be_visible()
    checked(desk, screenshot, "cdsp-queue")
    desk.get_by_role("link", name=reference).click()
    desk.get_by_role("button", name="Accept the contact").click()
    expect(desk.get_by_role("status")).to_contain_text("The contact is accepted.")
    desk.get_by_text("Ask the originator").click()
    desk.get_by_label("Kind of request").select_option("DCR")
    desk.get_by_label("What you need from them").fill("Which reads were estimated?")
    desk.get_by_label("Business days to answer").fill("5")
    desk.get_by_role("button", name="Send the request").click()
    expect(desk.get_by_role("status")).to_contain_text("Your request has been sent.")
    expect(desk.locator(".contact-tags")).to_contain_text("Awaiting originator")
    checked(desk, screenshot, "cdsp-contact-dcr-sent")

    # The Shipper sees it in My Tasks and answers.
    page.get_by_role("link", name="Contact Management Service").click()
    tasks = page.get_by_role("region", name="My tasks")
    expect(tasks.get_by_role("link", name=reference)).to_be_visible()
    expect(tasks).to_contain_text("Answer needed")
    checked(page, screenshot, "shipper-home-my-tasks")
    tasks.get_by_role("link", name=reference).click()
    expect(page.get_by_role("table")).to_contain_text("Which reads were estimated?")
    page.get_by_label("Your answer").fill("November to February.")
    page.get_by_role("button", name="Send your answer").click()
    expect(page.get_by_role("status")).to_contain_text("Your answer has been sent.")

    # The agent resolves it; the Shipper sees it resolved.
    desk.reload()
    expect(desk.get_by_text("November to February.").first).to_be_visible()
    desk.get_by_label("Resolution", exact=True).fill("Adjusted with actual reads.")
    desk.get_by_role("button", name="Resolve the contact").click()
    expect(desk.locator(".contact-tags")).to_contain_text("Resolved")
    page.reload()
    expect(page.locator(".contact-tags")).to_contain_text("Resolved")
    expect(page.get_by_text("Adjusted with actual reads.").first).to_be_visible()
    checked(page, screenshot, "shipper-contact-resolved")

    # Someone of another organisation is told there is no such page.
    other = new_page()
    sign_in(other, "shipper", principals.user("user", "BET").email, PASSWORD)
    response = other.goto(f"/shipper/contacts/{reference}")
    assert response.status == 404
    expect(other.get_by_role("heading", name="Page not found")).to_be_visible()
    expect(other.get_by_text("Reads were estimated all winter")).to_have_count(0)


def test_queue_bulk_assign_search_export_and_profile(principals, new_page, screenshot):
    from core.contacts import raise_contact
    principals.org("ALP")
    agent = principals.user("agent")
    for n in range(3):
        raise_contact(agent, "ENQ", {"summary": f"Question {n}", "topic": "data",
                                     "question": "Why?"}, "web", to_org="ALP")
    supervisor = principals.user("supervisor", "ALP", name="Sam Supervisor")
    page = new_page()
    sign_in(page, "shipper", supervisor.email, PASSWORD)
    go_to(page, "Queue")
    page.get_by_label("Select every contact on this page").check()   # the script's box
    page.get_by_label("With the contacts selected").select_option(label="Assign to Sam Supervisor")
    checked(page, screenshot, "shipper-queue-bulk")
    page.get_by_role("button", name="Apply to selected").click()
    expect(page.get_by_role("heading", name="Are you sure you want to assign 3 contacts to Sam "
                                            "Supervisor?")).to_be_visible()
    page.get_by_role("button", name="Assign to Sam Supervisor").click()
    expect(page.get_by_role("alert")).to_contain_text("Assign to Sam Supervisor")   # the success banner
    expect(page.get_by_role("cell", name="Sam Supervisor")).to_have_count(3)

    page.goto("/shipper/search?type=ENQ")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download all results as CSV").click()
    expect(page.locator("#export-status")).to_contain_text("Done: 3 contacts exported.")
    assert download.value.suggested_filename.startswith("contacts-")
    assert "Question 2" in open(download.value.path()).read()
    checked(page, screenshot, "shipper-search-export")

    go_to(page, "Your profile")
    expect(page.get_by_role("heading", name="Your profile")).to_be_visible()
    checked(page, screenshot, "shipper-profile")
