"""The group view in Chromium: a CDSP admin turns it on for a parent (after a confirmation
page); the parent's supervisor opens the group's queue, finds a child's contact marked with
the child's name, opens it (the page says whose it is) and accepts it, which counts as the
child's. Every page the tabs load passes axe-core."""
import pytest
from playwright.sync_api import expect

from core.contacts import raise_contact
from core.models import ContactEvent, Organisation
from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import ORGS, PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHILD = ORGS["ALK"][1]


def test_a_parent_supervisor_works_a_childs_contact_in_the_group_view(principals, new_page,
                                                                     screenshot):
    admin = principals.user("admin")
    boss = principals.user("supervisor", "ALP", name="Bea Boss")
    child = principals.org("ALK")
    contact = raise_contact(principals.user("agent"), "ENQ", {
        "summary": "Please confirm the meter's reads", "topic": "data",
        "question": "Were the reads in March estimated?"}, "web", to_org="ALK")

    desk = new_page()
    sign_in(desk, "cdsp", admin.email, PASSWORD)
    desk.goto("/cdsp/admin/organisations/ALP")
    expect(desk.locator("#group-view")).to_have_text("Group view")
    desk.get_by_role("button", name="Turn the group view on").click()
    expect(desk.get_by_role("heading", name="Are you sure you want to turn the group view on "
                                             "for Alpha Gas Shipping?")).to_be_visible()
    expect(desk.locator(".summary-list")).to_contain_text(CHILD)
    screenshot(desk, "cdsp-confirm-group-view")
    desk.get_by_role("button", name="Turn the group view on").click()
    expect(desk.get_by_role("alert")).to_contain_text("Group view turned on for Alpha Gas Shipping")
    assert Organisation.by_code("ALP").group_view

    page = new_page()
    sign_in(page, "shipper", boss.email, PASSWORD)
    go_to(page, "Queue")
    group = page.get_by_role("navigation", name="Your group's queues")
    group.get_by_role("link", name="The whole group").click()
    expect(page.get_by_role("heading", name="Your group's queue")).to_be_visible()
    row = page.get_by_role("row").filter(has_text=contact.reference)
    expect(row.get_by_role("cell", name=f"ALK – {CHILD}")).to_be_visible()
    screenshot(page, "shipper-group-queue")
    assert not a11y.problems(page), "the group's queue"

    row.get_by_role("link", name=contact.reference).click()
    expect(page.locator("#group-view-note")).to_contain_text(
        f"what you do here counts as {CHILD}'s")
    page.get_by_role("button", name="Accept the contact").click()
    expect(page.get_by_role("status")).to_contain_text("accepted")
    screenshot(page, "shipper-group-contact-accepted")
    event = ContactEvent.select().where(ContactEvent.contact == contact.id).order_by(
        ContactEvent.id.desc()).first()
    assert (event.to_status, event.actor_user_id, event.actor_org_id) == (
        "accepted", boss.id, child.id)
