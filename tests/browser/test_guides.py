"""The Help section in Chromium: open a guide, jump to a section, search, answer
"Was this helpful?", and the CDSP admin reads the answer."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_user_reads_searches_and_answers_was_this_helpful(principals, new_page, screenshot):
    user = principals.user("user", "ALP")
    page = new_page()
    sign_in(page, "shipper", user.email, PASSWORD)

    go_to(page, "Help")
    expect(page.get_by_role("heading", name="Help", exact=True)).to_be_visible()
    assert not a11y.problems(page)
    screenshot(page, "shipper-help")

    page.get_by_role("link", name="Quick Reference Guide").click()
    expect(page.get_by_role("heading", name="Quick Reference Guide", level=1)).to_be_visible()
    contents = page.get_by_role("navigation", name="Contents")
    contents.get_by_role("link", name="Passwords and lockout").click()
    expect(page).to_have_url(re.compile(r"/shipper/help/quick-reference#passwords$"))
    expect(page.get_by_role("heading", name="Passwords and lockout")).to_be_in_viewport()
    screenshot(page, "shipper-help-quick-reference-passwords", full_page=False)
    assert not a11y.problems(page)
    screenshot(page, "shipper-help-quick-reference")

    page.get_by_role("search").get_by_label("Search the guides").fill("batch rejection codes")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="Search results")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("for batch rejection codes")
    assert not a11y.problems(page)
    screenshot(page, "shipper-help-search")
    page.locator(".search-results a").first.click()
    expect(page).to_have_url(re.compile(r"/shipper/help/faqs#batch-files$"))
    expect(page.get_by_role("heading", name="What do the rejection codes mean?")).to_be_visible()
    screenshot(page, "shipper-help-faqs-batch-files", full_page=False)

    # Sending without choosing is explained next to the question; then a real answer.
    page.get_by_role("button", name="Send your answer").click()
    expect(page.get_by_role("alert")).to_contain_text("Choose yes or no.")
    expect(page.get_by_role("alert")).to_be_in_viewport()  # the page opens at the answer form
    page.get_by_role("alert").get_by_role("link", name="Choose yes or no.").click()
    expect(page.get_by_role("radio", name="Yes")).to_be_focused()
    screenshot(page, "shipper-help-feedback-error")
    page.get_by_role("radio", name="No").check()
    page.get_by_label("What could be better? (optional)").fill("An example QMP file would help.")
    page.get_by_role("button", name="Send your answer").click()
    expect(page.get_by_role("status")).to_contain_text("Thank you: your answer has been sent")
    expect(page).to_have_url(re.compile(r"/shipper/help/faqs#feedback$"))
    screenshot(page, "shipper-help-feedback-sent")

    page.goto("/shipper/contact-us")
    expect(page.get_by_role("heading", name="Contact us")).to_be_visible()
    assert not a11y.problems(page)
    screenshot(page, "shipper-contact-us")

    admin = principals.user("admin")
    admin_page = new_page()
    sign_in(admin_page, "cdsp", admin.email, PASSWORD)
    admin_page.goto("/cdsp/help/cdsp-staff#guide-feedback")
    admin_page.get_by_role("link", name="guide feedback page").click()
    expect(admin_page.get_by_role("cell", name="An example QMP file would help.")).to_be_visible()
    assert not a11y.problems(admin_page)
    screenshot(admin_page, "cdsp-help-feedback")


def test_contacts_explained_in_the_browser(principals, page, screenshot):
    user = principals.user("user", "ALP")
    sign_in(page, "shipper", user.email, PASSWORD)
    page.goto("/shipper/help/contacts-explained")
    expect(page.get_by_role("heading", name="Contacts Explained", level=1)).to_be_visible()
    first = page.get_by_role("navigation", name="Contents").get_by_role("link").first
    anchor = first.get_attribute("href")
    first.click()
    expect(page.locator(f"section{anchor} h2")).to_be_in_viewport()
    screenshot(page, "shipper-help-contacts-explained-first-type", full_page=False)
    assert not a11y.problems(page)
    screenshot(page, "shipper-help-contacts-explained")
