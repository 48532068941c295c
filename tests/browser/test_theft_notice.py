"""A theft notified through TRAS in Chromium: the CDSP's agent raises a TOG to a Shipper from
a TRAS notice (first without the volume, refused), the Shipper sees the window on the
contact's page and objects to the volume with a reason and evidence (first without them,
refused), the CDSP amends the volume and the Shipper reads the outcome; another Shipper
cannot open it. Every page passes axe."""
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


def test_the_cdsp_notifies_a_theft_and_the_shipper_objects_to_the_volume(
        principals, new_page, screenshot, tmp_path):
    agent = principals.user("agent")
    shipper = principals.user("user", "ALP")
    principals.org("BET")

    # The CDSP raises a TOG to the Shipper from a TRAS notice; the volume is required.
    cdsp = new_page()
    sign_in(cdsp, "cdsp", agent.email, PASSWORD)
    go_to(cdsp, "Raise a contact")
    cdsp.get_by_label("TOG – Theft of Gas").check()
    cdsp.get_by_role("button", name="Continue").click()
    cdsp.get_by_label("Organisation to raise it to").select_option("ALP")
    cdsp.get_by_label("MPRN").fill(MPRN)
    cdsp.get_by_label("Summary").fill("Theft confirmed by TRAS: meter bypass")
    cdsp.get_by_label("Theft start").fill("2025-11-03")
    cdsp.get_by_label("Bypass").check()
    cdsp.get_by_label("TRAS notice reference").fill("TRAS-2026-00417")
    cdsp.get_by_role("button", name="Raise the contact").click()
    expect(cdsp.get_by_role("alert")).to_contain_text("The contact")
    expect(cdsp.locator("#estimated_energy-error")).to_contain_text("TRAS notice confirms")
    checked(cdsp, screenshot, "cdsp-raise-tras-error")
    cdsp.get_by_label("Estimated energy").fill("18500")
    cdsp.get_by_role("button", name="Raise the contact").click()
    expect(cdsp.get_by_role("heading", name="Contact raised")).to_be_visible()
    reference = cdsp.locator(".panel__reference").inner_text().strip()
    assert re.fullmatch(r"TOG-\d{4}-\d{6}", reference)
    expect(cdsp.locator("body")).to_contain_text("TRAS – Theft notified through TRAS")
    checked(cdsp, screenshot, "cdsp-tras-raised")

    # The Shipper finds it in its queue with the window, and objects with evidence.
    sh = new_page()
    sign_in(sh, "shipper", shipper.email, PASSWORD)
    sh.goto("/shipper/queue")
    sh.get_by_role("link", name=reference).click()
    theft = sh.locator("section.theft")
    expect(theft).to_contain_text("18,500 kWh")
    expect(theft).to_contain_text("Waiting for the Shipper to accept or object")
    checked(sh, screenshot, "shipper-tras-notice")
    objection = theft.locator("details.action", has=sh.locator("summary", has_text="Object to the volume"))
    objection.locator("summary").click()
    objection.get_by_role("button", name="Send the objection").click()
    expect(sh.get_by_role("alert")).to_contain_text("Attach the evidence for your objection")
    checked(sh, screenshot, "shipper-objection-error")
    objection = sh.locator("section.theft details.action",
                           has=sh.locator("summary", has_text="Object to the volume"))
    objection.get_by_label("Reason").select_option("volume_too_high")
    objection.get_by_label("Why you object").fill("A flat: 18,500 kWh is four years' use.")
    evidence = tmp_path / "site-visit.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% site visit\n")
    objection.get_by_label("Evidence").set_input_files(str(evidence))
    objection.get_by_role("button", name="Send the objection").click()
    expect(sh.get_by_role("status")).to_contain_text("Your objection is sent")
    expect(sh.locator("section.theft")).to_contain_text("Objected to: with the CDSP to decide")
    expect(sh.locator("body")).to_contain_text("OBJC – The Shipper objects to the volume")
    checked(sh, screenshot, "shipper-objected")

    # The CDSP amends the volume; the Shipper reads the outcome.
    cdsp.goto(f"/cdsp/contacts/{reference}")
    decide = cdsp.locator("section.theft details.action")
    decide.get_by_label("Amend the volume").check()
    decide.get_by_label("Amended volume, kWh (when amending)").fill("6200")
    decide.get_by_label("The reasons").fill("The site's history supports 6,200 kWh.")
    decide.get_by_role("button", name="Record the decision").click()
    expect(cdsp.get_by_role("status")).to_contain_text("The decision is recorded")
    checked(cdsp, screenshot, "cdsp-objection-decided")
    sh.goto(f"/shipper/contacts/{reference}")
    expect(sh.locator("section.theft")).to_contain_text("Objection decided: the volume is amended")
    expect(sh.locator("section.theft")).to_contain_text("6,200 kWh")
    expect(sh.locator("body")).to_contain_text("TOG023")
    checked(sh, screenshot, "shipper-tras-outcome")

    # Another Shipper is told there is no such page.
    other = new_page()
    sign_in(other, "shipper", principals.user("user", "BET").email, PASSWORD)
    assert other.goto(f"/shipper/contacts/{reference}").status == 404
    expect(other.get_by_text("Theft confirmed by TRAS")).to_have_count(0)
