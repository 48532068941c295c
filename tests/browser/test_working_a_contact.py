"""Working a contact in Chromium: a CDSP admin writes a resolution template on the
Templates page; an agent adds an internal note the Shipper never sees, asks a DCR, chases it
and gives more time; a colleague of the raiser follows the contact and is told; the agent
resolves with the template, and the Shipper reads the resolution with its code."""
import re

import pytest
from playwright.sync_api import expect

from core.contacts import raise_contact
from core.models import Contact
from plugins.notifications.models import Notification
from tests.browser import a11y
from tests.browser.steps import go_to, sign_in
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NOTE = "Staff only: check the 2025 read history first"


def checked(page, screenshot, name):
    screenshot(page, name)
    assert not a11y.problems(page), name


def test_templates_notes_chase_extend_and_a_follower(principals, new_page, screenshot):
    admin, agent = principals.user("admin", name="Ana Admin"), principals.user("agent", name="Ada Agent")
    principals.org("ALP")
    shipper = principals.user("user", "ALP", name="Sam Shipper")
    colleague = principals.user("user", "ALP", name="Cat Colleague")
    contact = raise_contact(shipper, "ENQ", {"summary": "Reads were estimated", "topic": "data",
                                             "question": "Why?"}, "web")
    ref = contact.reference

    # The admin writes a resolution template, with a mistake first.
    desk = new_page()
    sign_in(desk, "cdsp", admin.email, PASSWORD)
    go_to(desk, "Templates")
    desk.get_by_label("Name").fill("Answered")
    desk.get_by_label("For").select_option(label="A resolution")
    desk.get_by_label("Resolution or rejection code").select_option("RES001")
    desk.get_by_label("Text").fill("We answered {reference} for {customer}.")
    desk.get_by_role("button", name="Save the template").click()
    expect(desk.get_by_role("alert")).to_contain_text("{customer} is not a variable")
    checked(desk, screenshot, "cdsp-template-error")
    desk.get_by_label("Text").fill("We answered {reference} for {originator_name}.")
    desk.get_by_role("button", name="Save the template").click()
    expect(desk.get_by_role("status")).to_contain_text("The template 'Answered' is saved.")
    checked(desk, screenshot, "cdsp-templates")

    # The agent notes, accepts, asks a DCR, chases it and gives more time.
    work = new_page()
    sign_in(work, "cdsp", agent.email, PASSWORD)
    work.goto(f"/cdsp/contacts/{ref}")
    work.get_by_label("Add an internal note").fill(NOTE)
    work.get_by_role("button", name="Add note").click()
    expect(work.locator("ul.notes")).to_contain_text(NOTE)
    work.get_by_role("button", name="Accept the contact").click()
    work.get_by_text("Ask the originator").click()
    work.get_by_label("What you need from them").fill("Which read do you mean?")
    work.get_by_label("Business days to answer").fill("2")
    work.get_by_role("button", name="Send the request").click()
    expect(work.get_by_role("status")).to_contain_text("Your request has been sent.")
    work.get_by_text("Send a reminder").click()
    work.get_by_role("button", name="Send the reminder").click()
    expect(work.get_by_role("status")).to_contain_text("A reminder has been sent")
    work.get_by_text("Give more time to answer").click()
    work.get_by_label("Business days to add").fill("3")
    work.get_by_label("Reason").fill("Their analyst is away this week.")
    work.get_by_role("button", name="Extend the due date").click()
    expect(work.get_by_role("status")).to_contain_text("The due date is extended.")
    expect(work.locator("body")).to_contain_text("Due date extended by 3 business days")
    checked(work, screenshot, "cdsp-contact-chased-and-extended")

    # The raiser's colleague follows the contact; the Shipper answers; the colleague is told.
    follow = new_page()
    sign_in(follow, "shipper", colleague.email, PASSWORD)
    follow.goto(f"/shipper/contacts/{ref}")
    expect(follow.locator("body")).not_to_contain_text(NOTE)
    follow.get_by_role("button", name="Follow this contact").click()
    expect(follow.get_by_role("status")).to_contain_text("You follow this contact")
    checked(follow, screenshot, "shipper-contact-followed")
    raiser = new_page()
    sign_in(raiser, "shipper", shipper.email, PASSWORD)
    raiser.goto(f"/shipper/contacts/{ref}")
    expect(raiser.locator("body")).to_contain_text("Also followed by Cat Colleague")
    expect(raiser.locator("body")).to_contain_text("Their analyst is away this week.")
    raiser.get_by_label("Your answer").fill("The May read.")
    raiser.get_by_role("button", name="Send your answer").click()
    expect(raiser.get_by_role("status")).to_contain_text("Your answer has been sent.")
    told = Notification.select().where((Notification.user == colleague.id) &
                                       (Notification.contact == contact.id))
    assert told.count() >= 1

    # The agent resolves with the template; the Shipper reads it, and never the note.
    work.goto(f"/cdsp/contacts/{ref}")
    resolve = work.locator("details.action", has=work.locator("summary", has_text=re.compile("^Resolve$")))
    if resolve.get_attribute("open") is None:       # the primary action's form is open already
        resolve.locator("summary").click()
    work.locator("#resolve-template").select_option(label="Answered")
    work.get_by_role("button", name="Resolve the contact").click()
    expect(work.get_by_role("status")).to_contain_text("The contact is resolved.")
    raiser.goto(f"/shipper/contacts/{ref}")
    expect(raiser.locator("body")).to_contain_text("RES001 – Query answered")
    expect(raiser.locator("body")).to_contain_text(
        f"We answered {ref} for {shipper.organisation.name}.")
    expect(raiser.locator("body")).not_to_contain_text(NOTE)
    checked(raiser, screenshot, "shipper-contact-resolved-with-template")
    assert Contact.get_by_id(contact.id).resolution_code == "RES001"
