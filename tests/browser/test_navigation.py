"""The service navigation in Chromium: at most seven work items with the page shown marked,
the account's pages under "Your account", administration under "Manage", and on a phone a
"Menu" button that folds the work items away, except when JavaScript is off."""
import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ACCOUNT = ["Your profile", "Change password", "Two-factor sign-in", "API keys", "Notifications",
           "Your access"]
ROLES = {   # role, organisation, portal: its work items, its Manage menu
    "user": ("ALP", "shipper", ["Home", "Raise a contact", "Queue", "Search", "Views", "Files",
                                "Reports"], ["Templates"]),
    "lso": ("ALP", "shipper", ["Home", "Raise a contact", "Queue", "Search", "Views", "Files",
                               "Reports"], ["Users", "Access requests", "Audit log", "Templates",
                                            "Webhooks"]),
    "agent": ("CDSP", "cdsp", ["Home", "Raise a contact", "Queues", "Search", "Views", "Reports"],
              ["Templates"]),
    "admin": ("CDSP", "cdsp", ["Home", "Raise a contact", "Queues", "Search", "Views", "Reports"],
              ["Users", "Access requests", "Audit log", "Organisations", "Plugins",
               "Maintenance", "Templates",
               "Escalation rules", "Webhooks"]),
}


def links(locator):
    return [text.strip() for text in locator.get_by_role("link").all_inner_texts()]


@pytest.mark.parametrize("role", ROLES)
def test_work_items_manage_and_your_account(role, principals, page):
    org, tenant, work, manage = ROLES[role]
    user = principals.user(role, org)
    sign_in(page, tenant, user.email, PASSWORD)
    service = page.get_by_role("navigation", name="Menu")
    header = page.get_by_role("navigation", name="Account and settings")

    assert links(service) == work and len(work) <= 7
    expect(service.get_by_role("link", name="Home")).to_have_attribute("aria-current", "page")
    assert service.locator("[aria-current]").count() == 1

    header.get_by_text("Manage", exact=True).click()
    assert links(header.locator("details", has_text="Manage")) == manage
    header.get_by_text("Your account", exact=True).click()
    expect(header.get_by_role("link", name="Users", exact=True)).to_be_hidden()  # one menu open
    account = header.locator("details", has_text="Your account")
    assert links(account) == ACCOUNT
    page.keyboard.press("Escape")
    expect(account.get_by_role("link", name="API keys")).to_be_hidden()
    expect(header.locator("summary", has_text="Your account")).to_be_focused()

    go_to(page, "Search")
    expect(service.get_by_role("link", name="Search")).to_have_attribute("aria-current", "page")
    assert service.locator("[aria-current]").count() == 1
    go_to(page, "API keys")
    expect(page.get_by_role("heading", name="API keys")).to_be_visible()
    assert header.locator('[aria-current="page"]').count() == 1   # API keys, in its menu
    assert service.locator("[aria-current]").count() == 0


def test_on_a_phone_the_work_items_fold_behind_menu(principals, new_page, screenshot):
    user = principals.user("user", "ALP")
    page = new_page(width=PHONE)
    sign_in(page, "shipper", user.email, PASSWORD)
    service = page.get_by_role("navigation", name="Menu")
    toggle = service.get_by_role("button", name="Menu")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(service.get_by_role("link", name="Search")).to_be_hidden()
    screenshot(page, "phone-menu-closed", full_page=False)
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(service.get_by_role("link", name="Search")).to_be_visible()
    screenshot(page, "phone-menu-open", full_page=False)
    service.get_by_role("link", name="Search").click()
    expect(page.get_by_role("heading", name="Search contacts")).to_be_visible()

    # Without JavaScript there is no button, and every work item is there to follow.
    plain = new_page(width=PHONE, java_script_enabled=False)
    sign_in(plain, "shipper", user.email, PASSWORD)
    service = plain.get_by_role("navigation", name="Menu")
    expect(service.get_by_role("button", name="Menu")).to_be_hidden()
    for name in ROLES["user"][2]:
        expect(service.get_by_role("link", name=name, exact=True)).to_be_visible()
    plain.get_by_text("Your account", exact=True).click()     # a <details>: no script needed
    expect(plain.get_by_role("link", name="Change password")).to_be_visible()
    screenshot(plain, "phone-no-javascript", full_page=False)
