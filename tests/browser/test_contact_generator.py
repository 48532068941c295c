"""The Contact Generator in Chromium: a Shipper's user opens Raise a contact, picks their
LSO's template from the Top 50, finds the form filled in from it, gives their reference and
raises it."""
import re

import pytest
from playwright.sync_api import expect

from core.contacts import save_contact_template
from core.contacts.mprn import check_digits
from core.models import Contact
from tests.browser import a11y
from tests.browser.steps import sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MPRN = "39384244" + check_digits("39384244")


def test_a_user_raises_a_contact_from_a_template_in_the_top_50(principals, new_page, screenshot):
    lso, user = principals.user("lso", "ALP"), principals.user("user", "ALP")
    save_contact_template(lso, {"name": "Read refused at the meter", "contact_type": "ENQ",
                                "values": {"mprn": MPRN, "summary": "Why was my read refused?",
                                           "topic": "data", "question": "The read of 1 March."}})
    page = new_page()
    sign_in(page, "shipper", user.email, PASSWORD)
    page.get_by_role("link", name="Raise a contact").first.click()   # in the navigation
    top = page.get_by_role("list", name=re.compile("Your top"))
    expect(top).to_contain_text("Read refused at the meter")
    screenshot(page, "shipper-raise-top-50")
    assert not a11y.problems(page)

    top.get_by_role("link", name="Read refused at the meter").click()
    expect(page.get_by_role("heading", name=re.compile("ENQ – General Enquiry"))).to_be_visible()
    expect(page.get_by_text("Filled in from the template")).to_be_visible()
    expect(page.get_by_label("MPRN")).to_have_value(MPRN)
    expect(page.get_by_label("Summary")).to_have_value("Why was my read refused?")
    expect(page.locator("#question")).to_have_value("The read of 1 March.")
    screenshot(page, "shipper-raise-from-template")
    assert not a11y.problems(page)
    page.get_by_label("Your reference (optional)").fill("ALP-GEN-0001")
    page.get_by_role("button", name="Raise the contact").click()

    expect(page.get_by_role("heading", name="Contact raised")).to_be_visible()
    reference = page.locator(".panel__reference").inner_text().strip()
    contact = Contact.get(Contact.reference == reference)
    assert (contact.contact_type, contact.mprn, contact.originator_ref) == ("ENQ", MPRN, "ALP-GEN-0001")
    assert contact.fields == {"topic": "data", "question": "The read of 1 March."}
