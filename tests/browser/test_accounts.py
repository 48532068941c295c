"""Accounts end to end in Chromium: a CDSP admin sets up an organisation and its LSO, the LSO
runs a user, the user signs in; wrong passwords and signing out behave as people expect."""
import re

import pytest
from playwright.sync_api import expect

from tests.browser import a11y
from tests.browser.steps import change_password, go_to, one_time_password, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LSO_PASSWORD = "granite otter lantern 42"
USER_PASSWORD = "maple harbour violin 77"


def test_admin_sets_up_an_organisation_whose_lso_runs_a_user(principals, new_page, screenshot):
    admin = principals.user("admin")

    # The CDSP admin creates the organisation and appoints its first LSO.
    page = new_page()
    page.goto("/cdsp/login")
    screenshot(page, "cdsp-login")
    sign_in(page, "cdsp", admin.email, PASSWORD)
    expect(page.get_by_role("heading", name="Central Data Service Provider")).to_be_visible()
    screenshot(page, "cdsp-home-admin")
    go_to(page, "Organisations")
    page.get_by_role("link", name="Create an organisation").click()
    page.get_by_label("Short code").fill("GAM")
    page.get_by_label("Name", exact=True).fill("Gamma Gas Supply")
    page.get_by_label("Participant type").select_option("shipper")
    screenshot(page, "cdsp-organisation-form")
    page.get_by_role("button", name="Create organisation").click()
    expect(page.get_by_role("status")).to_contain_text("Organisation GAM created")
    page.get_by_label("LSO's email address").fill("lso@gamma.example.com")
    page.get_by_label("LSO's full name").fill("Gita Lso")
    page.get_by_role("button", name="Appoint LSO").click()
    expect(page.get_by_role("heading", name="User created")).to_be_visible()
    lso_otp = one_time_password(page)
    screenshot(page, "cdsp-lso-appointed")

    # The LSO signs in at the shipper portal and must choose a password first.
    lso_page = new_page()
    sign_in(lso_page, "shipper", "lso@gamma.example.com", lso_otp, screenshot)
    expect(lso_page).to_have_url(re.compile(r"/shipper/password$"))
    lso_page.goto("/shipper/users")  # nothing else is open until the password is changed
    expect(lso_page).to_have_url(re.compile(r"/shipper/password$"))
    screenshot(lso_page, "shipper-forced-password-change")
    change_password(lso_page, lso_otp, LSO_PASSWORD)
    expect(lso_page.get_by_role("status")).to_contain_text("Your password has been changed")
    expect(lso_page.get_by_role("heading", name="Gamma Gas Supply")).to_be_visible()
    screenshot(lso_page, "shipper-home-lso")

    # The LSO creates a user, then resets that user's password.
    lso_page.get_by_role("link", name="Manage users").click()
    lso_page.get_by_role("link", name="Create a user").click()
    lso_page.get_by_label("Email address").fill("ursula@gamma.example.com")
    lso_page.get_by_label("Full name").fill("Ursula User")
    lso_page.get_by_label("Role").select_option("user")
    screenshot(lso_page, "shipper-user-form")
    lso_page.get_by_role("button", name="Create user").click()
    expect(lso_page.get_by_role("heading", name="User created")).to_be_visible()
    first_otp = one_time_password(lso_page)
    lso_page.get_by_role("link", name="View the user").click()
    lso_page.get_by_role("button", name="Reset password").click()
    expect(lso_page.get_by_role("heading", name="Are you sure you want to reset Ursula User's "
                                                "password?")).to_be_visible()
    lso_page.get_by_role("button", name="Reset password").click()   # the confirmation page's
    expect(lso_page.get_by_role("heading", name="Password reset")).to_be_visible()
    user_otp = one_time_password(lso_page)
    assert user_otp != first_otp
    screenshot(lso_page, "shipper-password-reset")
    lso_page.get_by_role("link", name="Back to users").click()
    expect(lso_page.get_by_role("cell", name="ursula@gamma.example.com")).to_be_visible()
    screenshot(lso_page, "shipper-users")

    # The user: the replaced password and a wrong one are refused, the new one works.
    user_page = new_page()
    sign_in(user_page, "shipper", "ursula@gamma.example.com", first_otp)
    expect(user_page.get_by_role("alert")).to_contain_text("The email address or password is not right")
    expect(user_page.get_by_label("Email address")).to_have_value("ursula@gamma.example.com")
    screenshot(user_page, "shipper-login-error")
    sign_in(user_page, "shipper", "ursula@gamma.example.com", user_otp)
    change_password(user_page, user_otp, USER_PASSWORD)
    expect(user_page.get_by_text("Signed in as Ursula User, User at Gamma Gas Supply")).to_be_visible()


def test_wrong_password_shows_the_error_and_keeps_the_email(principals, page):
    user = principals.user("user", "ALP")
    sign_in(page, "shipper", user.email, "not the password at all")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("You could not be signed in")
    expect(alert).to_contain_text("The email address or password is not right")
    expect(page.get_by_label("Password")).to_have_value("")
    sign_in(page, "shipper", user.email, PASSWORD)
    expect(page.get_by_role("heading", name="Alpha Gas Shipping")).to_be_visible()


def test_signing_out_really_ends_the_session(principals, page, screenshot):
    lso = principals.user("lso", "ALP")
    sign_in(page, "shipper", lso.email, PASSWORD)
    go_to(page, "Users")
    expect(page.get_by_role("heading", name="Users")).to_be_visible()
    cookies = page.context.cookies()

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/shipper/login$"))
    expect(page.get_by_role("status")).to_contain_text("You have signed out")
    screenshot(page, "shipper-signed-out")

    page.go_back()  # the users page is not served from the browser's cache
    expect(page).to_have_url(re.compile(r"/shipper/login\?next="))
    expect(page.get_by_role("heading", name="Sign in to the Shipper portal")).to_be_visible()
    page.goto("/shipper/users")
    expect(page).to_have_url(re.compile(r"/shipper/login\?next=/shipper/users$"))

    # A copy of the cookie taken before signing out opens nothing either.
    page.context.add_cookies(cookies)
    page.goto("/shipper/users")
    expect(page).to_have_url(re.compile(r"/shipper/login\?next=/shipper/users$"))


PAGES = {
    "admin": ("cdsp", ["/cdsp/", "/cdsp/users", "/cdsp/users/new", "/cdsp/admin/organisations",
                       "/cdsp/admin/organisations/new", "/cdsp/admin/organisations/ALP",
                       "/cdsp/admin/plugins", "/cdsp/password"]),
    "lso": ("shipper", ["/shipper/", "/shipper/users", "/shipper/users/new", "/shipper/password",
                        "/shipper/no-such-page"]),
}


@pytest.mark.parametrize("role", PAGES)
def test_pages_have_labels_contrast_and_visible_focus(role, principals, page, screenshot):
    tenant, paths = PAGES[role]
    user = principals.user(role, "ALP")
    page.goto(f"/{tenant}/login")
    assert not a11y.problems(page), "sign-in page"
    sign_in(page, tenant, user.email, PASSWORD)
    for path in paths:
        page.goto(path)
        assert not a11y.problems(page), path
        screenshot(page, f"{role}-" + path.strip("/").replace("/", "-"))
