"""The agent's workbench in Chromium: search for the enquiries at risk, save the search as a
view, open it from Views and assign its contacts to oneself in one go."""
import datetime

import pytest
from playwright.sync_api import expect

from core.contacts import raise_contact, sla_status
from core.contacts.sla import due_at
from core.models import Contact
from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def at_risk(contact):
    """Move the contact's raising back, a day at a time, until its service level is at risk."""
    for _ in range(40):
        contact = Contact.get_by_id(contact.id)
        if sla_status(contact).at_risk:
            return contact
        raised = contact.raised_at - datetime.timedelta(days=1)
        Contact.update(raised_at=raised).where(Contact.id == contact.id).execute()
        contact = Contact.get_by_id(contact.id)
        Contact.update(due_at=due_at(contact)).where(Contact.id == contact.id).execute()
    raise AssertionError("never at risk")


def test_an_agent_saves_the_at_risk_rfas_as_a_view_and_takes_them(principals, new_page, screenshot):
    agent = principals.user("agent", name="Ada Agent")
    principals.org("ALP")
    shipper = principals.user("user", "ALP")
    enq_fields = {"summary": "Reads were estimated", "topic": "data", "question": "Why?"}
    risky = [at_risk(raise_contact(shipper, "ENQ", dict(enq_fields, summary=f"At risk {n}"), "web"))
             for n in range(2)]
    raise_contact(shipper, "ENQ", dict(enq_fields, summary="Not yet"), "web")   # plenty of time

    page = new_page()
    sign_in(page, "cdsp", agent.email, PASSWORD)
    glance = page.get_by_role("region", name="Your organisation's contacts at a glance")
    expect(glance.get_by_role("link", name="3 With us to work")).to_be_visible()
    assert not a11y.problems(page)
    screenshot(page, "cdsp-home-at-a-glance")
    go_to(page, "Search")
    page.get_by_text("Advanced search").click()
    page.get_by_label("Type").select_option("ENQ")
    page.get_by_label("Service level").select_option(label="At risk")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator("#result-count")).to_have_text("2 contacts match.")
    page.get_by_label("Save this search as a view").fill("ENQs at risk")
    page.get_by_label("Share it with the CDSP team").check()
    screenshot(page, "cdsp-search-save-view")
    assert not a11y.problems(page), "search with the save form"
    page.get_by_role("button", name="Save view").click()

    expect(page.get_by_role("heading", name="ENQs at risk")).to_be_visible()
    go_to(page, "Views")
    expect(page.get_by_role("cell", name="ENQs at risk")).to_be_visible()
    assert not a11y.problems(page), "views"
    page.get_by_role("link", name="ENQs at risk").click()
    for contact in risky:
        page.get_by_label(f"Select {contact.reference}").check()
    page.get_by_label("Do this").select_option(label="Assign to me")
    screenshot(page, "cdsp-view-bulk")
    assert not a11y.problems(page), "a view with its bulk form"
    page.get_by_role("button", name="Apply to selected").click()
    page.get_by_role("button", name="Assign to me").click()   # on the confirmation page
    expect(page.get_by_role("alert")).to_contain_text("Assign to me – done:")   # the success banner
    assert {Contact.get_by_id(c.id).assignee_id for c in risky} == {agent.id}
