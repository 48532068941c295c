"""A Gas Safety Regulations query in Chromium: a Gas Transporter raises a GSR on the portal
(first with a removal too recent), it goes straight to the Shipper's queue, the Shipper
accepts it, books a visit (CED VIST) and resolves it with its own code; the Transporter
reads the answer; another Shipper cannot open it."""
import re

import pytest
from playwright.sync_api import expect

from core.contacts.mprn import check_digits
from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MPRN = "39384244" + check_digits("39384244")


def checked(page, screenshot, name):
    screenshot(page, name)
    assert not a11y.problems(page), name


def test_a_gsr_from_the_transporter_to_the_shipper_and_back(principals, new_page, screenshot):
    transporter = principals.user("user", "NWG")
    shipper = principals.user("user", "ALP")
    principals.org("BET")

    # The Transporter raises a GSR; a removal less than six months ago is refused first.
    gt = new_page()
    sign_in(gt, "gt", transporter.email, PASSWORD)
    go_to(gt, "Raise a contact")
    gt.get_by_label("GSR – Gas Safety Regulations Query").check()
    gt.get_by_role("button", name="Continue").click()
    gt.get_by_label("MPRN").fill(MPRN)
    gt.get_by_label("Summary").fill("Meter removed, no new meter recorded")
    gt.get_by_label("Shipper").fill("ALP")
    gt.get_by_label("Meter removed on").fill("2099-01-01")
    gt.get_by_label("Removed not refitted").check()
    gt.get_by_label("Meter serial number").fill("G4K-0381")
    gt.get_by_role("button", name="Raise the contact").click()
    expect(gt.get_by_role("alert")).to_contain_text("The contact")
    expect(gt.locator("#removal_date-error")).to_contain_text("future")
    checked(gt, screenshot, "gt-raise-gsr-error")
    gt.get_by_label("Meter removed on").fill("2025-06-02")
    gt.get_by_role("button", name="Raise the contact").click()
    expect(gt.get_by_role("heading", name="Contact raised")).to_be_visible()
    reference = gt.locator(".panel__reference").inner_text().strip()
    assert re.fullmatch(r"GSR-\d{4}-\d{6}", reference)
    checked(gt, screenshot, "gt-gsr-raised")

    # It is in the Shipper's queue, not the CDSP's: the Shipper works it.
    sh = new_page()
    sign_in(sh, "shipper", shipper.email, PASSWORD)
    sh.goto("/shipper/queue")
    sh.get_by_role("link", name=reference).click()
    expect(sh.locator("body")).to_contain_text("Northway Gas Networks")
    sh.get_by_role("button", name="Accept the contact").click()
    expect(sh.get_by_role("status")).to_contain_text("The contact is accepted.")
    ced = sh.locator("details.action", has=sh.locator("summary", has_text="Set the case event"))
    ced.locator("summary").click()
    ced.get_by_label("Case event (CED)").select_option("VIST")
    ced.get_by_role("button", name="Set the case event").click()
    expect(sh.locator("body")).to_contain_text("VIST – With the Shipper: site visit booked")
    resolve = sh.locator("details.action", has=sh.locator("summary", has_text=re.compile("^Resolve$")))
    if resolve.get_attribute("open") is None:
        resolve.locator("summary").click()
    resolve.get_by_label("Resolution code").select_option("GSR010")
    resolve.get_by_label("Resolution", exact=True).fill("No meter on site; the service is capped.")
    sh.get_by_role("button", name="Resolve the contact").click()
    expect(sh.get_by_role("status")).to_contain_text("The contact is resolved.")
    checked(sh, screenshot, "shipper-gsr-resolved")

    # The Transporter reads the answer.
    gt.goto(f"/gt/contacts/{reference}")
    expect(gt.locator(".contact-tags")).to_contain_text("Resolved")
    expect(gt.locator("body")).to_contain_text("GSR010 – No meter on site: the service is left safe")
    expect(gt.locator("body")).to_contain_text("No meter on site; the service is capped.")
    checked(gt, screenshot, "gt-gsr-answered")

    # Another Shipper is told there is no such page.
    other = new_page()
    sign_in(other, "shipper", principals.user("user", "BET").email, PASSWORD)
    assert other.goto(f"/shipper/contacts/{reference}").status == 404
    expect(other.get_by_text("Meter removed, no new meter recorded")).to_have_count(0)
