"""The sandbox in Chromium: a CDSP admin switches an organisation's sandbox on from its page;
the organisation's LSO finds the sandbox keys page from *API keys* and makes a ``cms_sbx_``
key, shown once, which then works on the API in the sandbox."""
import pytest
from playwright.sync_api import expect

from tests.browser import a11y
from tests.browser.steps import go_to, one_time_password, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_admin_turns_the_sandbox_on_and_the_lso_makes_a_sandbox_key(principals, new_page,
                                                                    screenshot, live_server):
    admin = principals.user("admin")
    lso = principals.user("lso", "ALP")

    # The CDSP admin switches ALP's sandbox on from the organisation's page.
    page = new_page()
    sign_in(page, "cdsp", admin.email, PASSWORD)
    go_to(page, "Organisations")
    page.get_by_role("link", name="ALP").first.click()
    expect(page.get_by_role("heading", name="Sandbox")).to_be_visible()
    page.get_by_role("button", name="Switch sandbox on").click()
    expect(page.get_by_role("alert")).to_contain_text("ALP's sandbox (ALP-SBX) is on")
    expect(page.get_by_role("button", name="Switch sandbox off")).to_be_visible()
    screenshot(page, "cdsp-organisation-sandbox-on")
    assert not a11y.problems(page), "the organisation page with its sandbox on"

    # The LSO finds the sandbox keys from the API keys page and makes one.
    lso_page = new_page()
    sign_in(lso_page, "shipper", lso.email, PASSWORD)
    go_to(lso_page, "API keys")
    lso_page.get_by_role("link", name="make sandbox keys").click()
    expect(lso_page.get_by_role("heading", name="Sandbox keys ALP-SBX")).to_be_visible()
    lso_page.get_by_label("Name of the new key").fill("integration rig")
    lso_page.get_by_label("Your password").fill(PASSWORD)
    lso_page.get_by_role("button", name="Create sandbox key").click()
    token = one_time_password(lso_page)
    assert token.startswith("cms_sbx_")
    expect(lso_page.get_by_role("cell", name="integration rig")).to_be_visible()
    screenshot(lso_page, "shipper-sandbox-key-made")
    assert not a11y.problems(lso_page), "the sandbox keys page"

    # The key works on the API, in the sandbox; the live keys page does not list it.
    answer = lso_page.request.get(f"{live_server.url}/api/v1/contacts",
                                  headers={"Authorization": f"Bearer {token}"})
    assert answer.status == 200 and answer.json()["items"] == []
    go_to(lso_page, "API keys")
    expect(lso_page.get_by_role("cell", name="integration rig")).to_have_count(0)
