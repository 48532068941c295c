"""A destructive action in Chromium: the LSO's "Delete user" leads to a page asking "Are you
sure?", naming the person and what will happen; Cancel changes nothing; the confirmation
page's own button deletes, and the users page then says so in a banner."""
import pytest
from playwright.sync_api import expect

from core.models import User
from tests.browser import a11y
from tests.browser.steps import sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_lso_deletes_a_user_through_the_confirmation_page(principals, new_page, screenshot):
    lso = principals.user("lso", "ALP")
    ann = principals.user("user", "ALP", name="Ann Archer", email="ann@alp.example.com")
    page = new_page()
    sign_in(page, "shipper", lso.email, PASSWORD)
    page.goto(f"/shipper/users/{ann.id}")

    page.get_by_role("button", name="Delete user").click()
    expect(page.get_by_role("heading", name="Are you sure you want to delete Ann Archer?")).to_be_visible()
    expect(page.locator(".summary-list")).to_contain_text("ann@alp.example.com")
    expect(page.locator(".warning-text")).to_contain_text("You cannot undo this.")
    expect(page.get_by_role("button", name="Disable instead")).to_be_visible()
    screenshot(page, "shipper-confirm-delete-user")
    assert not a11y.problems(page), "the confirmation page"

    page.get_by_role("link", name="Cancel").click()   # back to the user, untouched
    expect(page.get_by_role("heading", name="Ann Archer")).to_be_visible()
    assert User.get_by_id(ann.id).deleted_at is None

    page.get_by_role("button", name="Delete user").click()
    page.get_by_role("button", name="Delete user").click()   # the confirmation page's
    expect(page.get_by_role("heading", name="Users")).to_be_visible()
    banner = page.get_by_role("alert")
    expect(banner.get_by_role("heading", name="Success")).to_be_visible()
    expect(banner).to_contain_text("The user is deleted.")
    expect(page.get_by_role("cell", name="ann@alp.example.com")).to_have_count(0)
    screenshot(page, "shipper-user-deleted")
    assert User.get_by_id(ann.id).deleted_at is not None
