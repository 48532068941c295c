"""Access Controls in Chromium: someone asks for an account on the sign-in page, their LSO
approves it, and they sign in with the one-time password; a declined request asks first."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser.steps import change_password, go_to, one_time_password, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NEW_PASSWORD = "copper meadow kettle 58"


def test_a_request_on_the_sign_in_page_is_approved_and_the_person_signs_in(
        principals, new_page, screenshot):
    lso = principals.user("lso", "ALP")

    # Someone without an account asks for one from the sign-in page.
    page = new_page()
    page.goto("/shipper/login")
    page.get_by_role("link", name="Ask for an account").click()
    expect(page.get_by_role("heading", name="Ask for an account")).to_be_visible()
    page.get_by_role("button", name="Send request").click()          # nothing filled in
    expect(page.get_by_role("alert")).to_contain_text("Enter your full name")
    page.get_by_label("Full name").fill("Nia New")
    page.get_by_label("Work email address").fill("nia@alp.example.com")
    page.get_by_label("Organisation code").fill("alp")
    page.get_by_label("Files").check()
    page.get_by_label("Why you need access").fill("I joined the settlement team.")
    screenshot(page, "shipper-ask-for-an-account")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("heading", name="Request sent")).to_be_visible()

    # The LSO finds it under Manage, Access requests, and approves it.
    lso_page = new_page()
    sign_in(lso_page, "shipper", lso.email, PASSWORD)
    go_to(lso_page, "Access requests")
    screenshot(lso_page, "shipper-access-requests")
    lso_page.get_by_role("link", name="Nia New").click()
    expect(lso_page.get_by_role("heading", name="Account request")).to_be_visible()
    expect(lso_page.get_by_label("Contacts")).to_be_checked()
    expect(lso_page.get_by_label("Files")).to_be_checked()
    expect(lso_page.get_by_label("Reports")).not_to_be_checked()
    lso_page.get_by_label("Role").select_option("user")
    screenshot(lso_page, "shipper-access-request")
    lso_page.get_by_role("button", name="Approve and create the account").click()
    expect(lso_page.get_by_role("heading", name="User created")).to_be_visible()
    otp = one_time_password(lso_page)

    # The person signs in with the one-time password and chooses their own.
    user_page = new_page()
    sign_in(user_page, "shipper", "nia@alp.example.com", otp)
    expect(user_page).to_have_url(re.compile(r"/shipper/password$"))
    change_password(user_page, otp, NEW_PASSWORD)
    expect(user_page.get_by_role("status")).to_contain_text("Your password has been changed")
    # Reports was not given: not in the navigation, and its page says how to ask for it.
    user_page.goto("/shipper/reports")
    expect(user_page.get_by_role("heading", name="You do not have the Reports service")).to_be_visible()
    user_page.get_by_role("link", name="Ask for access").click()
    expect(user_page.get_by_role("heading", name="Your access")).to_be_visible()
    screenshot(user_page, "shipper-your-access")


def test_declining_a_request_asks_first(principals, new_page, screenshot):
    lso = principals.user("lso", "ALP")
    page = new_page()
    page.goto("/shipper/request-access")
    page.get_by_label("Full name").fill("Sam Stranger")
    page.get_by_label("Work email address").fill("sam@example.com")
    page.get_by_label("Organisation code").fill("ALP")
    page.get_by_label("Why you need access").fill("Curious.")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("heading", name="Request sent")).to_be_visible()

    lso_page = new_page()
    sign_in(lso_page, "shipper", lso.email, PASSWORD)
    lso_page.goto("/shipper/users/requests")
    lso_page.get_by_role("link", name="Sam Stranger").click()
    lso_page.get_by_label("Reason").fill("Not one of our staff.")
    lso_page.get_by_role("button", name="Decline request").click()
    expect(lso_page.get_by_role("heading", name="Are you sure you want to decline the request "
                                                "from sam@example.com?")).to_be_visible()
    screenshot(lso_page, "shipper-decline-request")
    lso_page.get_by_role("button", name="Decline request").click()
    expect(lso_page.get_by_role("alert", name="Success")).to_contain_text("declined")
    expect(lso_page.get_by_text("No requests are waiting.")).to_be_visible()
