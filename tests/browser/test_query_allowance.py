"""The query allowance in Chromium: a CDSP agent resolves a Shipper's contact with the verdict
"the sender's data was incorrect"; the Shipper reads the verdict on its contact and its
allowance figures, with the contact in its shadow log, on Reports → Query allowance — and
never another organisation's."""
import datetime
import re

import pytest
from playwright.sync_api import expect

from core import clock
from core.contacts import act, raise_contact
from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ENQ = {"summary": "Reads were estimated", "topic": "data", "question": "Why?"}


def checked(page, screenshot, name):
    screenshot(page, name)
    assert not a11y.problems(page), name


def test_the_cdsp_gives_a_verdict_and_the_shipper_reads_its_allowance(principals, new_page,
                                                                      screenshot):
    agent = principals.user("agent", name="Ada Agent")
    shipper = principals.user("user", "ALP", name="Sam Shipper")
    other = principals.user("user", "BET", name="Bea Other")
    last_month = clock.local_today().replace(day=1) - datetime.timedelta(days=20)
    with clock.frozen(datetime.datetime.combine(last_month, datetime.time(11))):
        for _ in range(5):                    # last month's queries set this month's allowance
            raise_contact(shipper, "ENQ", dict(ENQ), "web")
    contact = raise_contact(shipper, "ENQ", dict(ENQ), "web")
    theirs = raise_contact(other, "ENQ", dict(ENQ), "web")
    act(agent, contact, "accept")

    # The agent resolves it as invalid: the sender's data was incorrect.
    desk = new_page()
    sign_in(desk, "cdsp", agent.email, PASSWORD)
    desk.goto(f"/cdsp/contacts/{contact.reference}")
    resolve = desk.locator("details.action", has=desk.locator("summary", has_text=re.compile("^Resolve$")))
    if resolve.get_attribute("open") is None:
        resolve.locator("summary").click()
    resolve.get_by_label("Resolution", exact=True).fill("Your reads were for another meter.")
    expect(resolve.get_by_role("radio", name="Valid", exact=True)).to_be_checked()
    resolve.get_by_role("radio", name="Invalid: the sender's data was incorrect").check()
    checked(desk, screenshot, "cdsp-resolve-with-verdict")
    resolve.get_by_role("button", name="Resolve the contact").click()
    expect(desk.get_by_role("status")).to_contain_text("The contact is resolved.")
    expect(desk.locator("dl.summary-list").first).to_contain_text("Query allowance verdict")

    # The Shipper reads the verdict on its contact, then its allowance figures.
    mine = new_page()
    sign_in(mine, "shipper", shipper.email, PASSWORD)
    mine.goto(f"/shipper/contacts/{contact.reference}")
    expect(mine.locator("dl.summary-list").first).to_contain_text(
        "Invalid: the sender's data was incorrect")
    go_to(mine, "Reports")
    mine.get_by_role("link", name="Query allowance").click()
    expect(mine.get_by_role("heading", name="Query allowance", exact=True)).to_be_visible()
    expect(mine.locator("body")).to_contain_text("outside the CDSP's service-level liability")
    figures = mine.locator("ul.figures")
    expect(figures).to_contain_text("daily allowance")
    expect(figures).to_contain_text("1 invalid, cleared this month (the shadow log)")
    shadow = mine.get_by_role("region", name="Shadow log")
    expect(shadow).to_contain_text(contact.reference)
    expect(mine.locator("body")).not_to_contain_text(theirs.reference)
    expect(mine.locator("body")).not_to_contain_text("BET")
    checked(mine, screenshot, "shipper-query-allowance")
