"""What people do again and again in the browser tests: sign in (with the second factor
when their role needs one), change a password, read a one-time password off the page."""
import re

import pyotp
from playwright.sync_api import expect

from core.models import User
from tests.support.principals import TOTP_SECRET


def sign_in(page, tenant, email, password, screenshot=None):
    """Password, then the second factor: the test users' authenticator, or set one up."""
    page.goto(f"/{tenant}/login")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    if re.search(r"/login/second-factor$", page.url):
        # a code is accepted once: let this sign-in reuse the current one
        User.update(totp_last_step=0).where(User.email == email.lower()).execute()
        page.get_by_label("Code from your authenticator app").fill(pyotp.TOTP(TOTP_SECRET).now())
        page.get_by_role("button", name="Continue").click()
    elif re.search(r"/login/enrol$", page.url):
        secret = page.locator("#totp-secret").inner_text().strip()
        if screenshot:
            screenshot(page, f"{tenant}-two-factor-enrol")
        page.get_by_label("6-digit code").fill(pyotp.TOTP(secret).now())
        page.get_by_role("button", name="Turn on two-factor sign-in").click()
        expect(page.get_by_role("heading", name="Save your recovery codes")).to_be_visible()
        page.get_by_role("link", name="Continue").click()


def change_password(page, current, new):
    expect(page.get_by_role("heading", name="Change your password")).to_be_visible()
    page.get_by_label("Current password").fill(current)
    page.get_by_label("New password", exact=True).fill(new)
    page.get_by_label("New password again").fill(new)
    page.get_by_role("button", name="Change password").click()


def one_time_password(page):
    code = page.locator(".otp code")
    expect(code).to_be_visible()
    return code.inner_text().strip()


def go_to(page, name):
    """Follow the navigation's link called ``name``: a work item in the service navigation
    (opening it with "Menu" on a phone), a link in the header, or one in the header's
    Manage or Your account menu, opened first."""
    service = page.get_by_role("navigation", name="Menu")
    link = service.get_by_role("link", name=name, exact=True)
    if link.count():
        toggle = service.get_by_role("button", name="Menu")
        if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
            toggle.click()
        link.click()
        return
    header = page.get_by_role("navigation", name="Account and settings")
    link = header.get_by_role("link", name=name, exact=True, include_hidden=True)
    if not link.count():
        raise AssertionError(f"no link called {name!r} in the navigation")
    if not link.is_visible():
        for menu in header.locator("details").all():
            if menu.get_by_role("link", name=name, exact=True, include_hidden=True).count():
                menu.locator("summary").click()
    link.click()
