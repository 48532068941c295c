"""An internal note the participant never sees, in Chromium and on every other channel: a
CDSP agent adds a note in the portal, then accepts the contact and writes to the Shipper;
the Shipper adds a note of its own. The CDSP's note is not on the Shipper's page, in its API
reads, in the webhook deliveries its real receiver gets, nor in its QEX and QCL; the
Shipper's note is not on the agent's page nor in the CDSP's API reads. Each channel is
first shown to carry the contact's shared news (the message, the new status), so a
missing note means the note was kept out, not that nothing was sent."""
import json
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from core import apikeys
from core.contacts import raise_contact
from plugins.webhooks import delivery, registry
from plugins.webhooks.models import PENDING, WebhookDelivery
from tests.browser.steps import sign_in
from tests.operations.receiver import Receiver
from tests.support.principals import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CDSP_NOTE = "zq7-cdsp-note: the meter was swapped by our field team in error"
SHIPPER_NOTE = "zq7-shipper-note: our customer has complained twice already"
MESSAGE = "We are checking the reads with the transporter."


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True,
            "CMS_WEBHOOK_ALLOW_PRIVATE": True}   # the receiver listens on 127.0.0.1


def api_read(server, token, path):
    """The body of a GET on the live server's API with ``token``, as text."""
    request = urllib.request.Request(f"{server.url}/api/v1{path}",
                                     headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200, path
        return answer.read().decode()


def deliver_pending(hook):
    """Run the delivery job for each of the webhook's pending deliveries, as the worker does."""
    for pending in WebhookDelivery.select().where((WebhookDelivery.webhook == hook.id) &
                                                  (WebhookDelivery.status == PENDING)):
        assert delivery.deliver(pending.id) == 200


def note_text(page):
    return page.locator("ul.notes")


def test_each_sides_internal_note_stays_on_its_side(principals, new_page, live_server, runner):
    agent = principals.user("agent", name="Ada Agent")
    principals.org("ALP")
    shipper = principals.user("user", "ALP", name="Sam Shipper")
    lso = principals.user("lso", "ALP")
    _, shipper_key = apikeys.create_key(shipper, shipper, "notes test")
    _, agent_key = apikeys.create_key(agent, agent, "notes test")

    with Receiver() as receiver:
        hook, _ = registry.create(lso, lso.organisation, receiver.url,
                                  ["contact.raised", "contact.transitioned", "message.added"])
        contact = raise_contact(shipper, "ENQ", {"summary": "Reads were estimated",
                                                 "topic": "data", "question": "Why?"}, "web")
        ref = contact.reference

        # The agent notes, then accepts the contact and writes to the Shipper.
        desk = new_page()
        sign_in(desk, "cdsp", agent.email, PASSWORD)
        desk.goto(f"/cdsp/contacts/{ref}")
        desk.get_by_label("Add an internal note").fill(CDSP_NOTE)
        desk.get_by_role("button", name="Add note").click()
        expect(note_text(desk)).to_contain_text(CDSP_NOTE)
        desk.get_by_role("button", name="Accept the contact").click()
        expect(desk.get_by_role("status")).to_contain_text("accepted")
        desk.get_by_text("Add a message").click()
        desk.get_by_label("Message", exact=True).fill(MESSAGE)
        desk.get_by_role("button", name="Add the message").click()
        expect(desk.get_by_role("status")).to_contain_text("Your message has been added.")

        # The Shipper's page has the message and never the CDSP's note; it notes its own.
        shipper_page = new_page()
        sign_in(shipper_page, "shipper", shipper.email, PASSWORD)
        shipper_page.goto(f"/shipper/contacts/{ref}")
        expect(shipper_page.locator("body")).to_contain_text(MESSAGE)
        expect(shipper_page.locator("body")).not_to_contain_text(CDSP_NOTE)
        shipper_page.get_by_label("Add an internal note").fill(SHIPPER_NOTE)
        shipper_page.get_by_role("button", name="Add note").click()
        expect(note_text(shipper_page)).to_contain_text(SHIPPER_NOTE)
        expect(shipper_page.locator("body")).not_to_contain_text(CDSP_NOTE)

        # The agent's page keeps the CDSP's note and never shows the Shipper's.
        desk.goto(f"/cdsp/contacts/{ref}")
        expect(note_text(desk)).to_contain_text(CDSP_NOTE)
        expect(desk.locator("body")).not_to_contain_text(SHIPPER_NOTE)

        # The API: each side reads the contact and its notes with its own key.
        read = api_read(live_server, shipper_key, f"/contacts/{ref}")
        assert MESSAGE in read and CDSP_NOTE not in read
        assert [e["kind"] for e in json.loads(read)["events"]][-2:] == ["status", "message"]
        notes = json.loads(api_read(live_server, shipper_key, f"/contacts/{ref}/notes"))
        assert [n["body"] for n in notes["items"]] == [SHIPPER_NOTE]
        assert CDSP_NOTE not in api_read(live_server, shipper_key, "/contacts")
        read = api_read(live_server, agent_key, f"/contacts/{ref}")
        assert MESSAGE in read and SHIPPER_NOTE not in read
        notes = json.loads(api_read(live_server, agent_key, f"/contacts/{ref}/notes"))
        assert [n["body"] for n in notes["items"]] == [CDSP_NOTE]

        # The Shipper's webhook: the raise, the acceptance and the message, never the note.
        deliver_pending(hook)
    sent = [json.loads(request["body"]) for request in receiver.requests]
    assert [body["event"] for body in sent] == ["contact.raised", "contact.transitioned",
                                                "message.added"]
    assert {body["contact"]["reference"] for body in sent} == {ref}
    assert sent[-1]["message"]["body"] == MESSAGE
    for request in receiver.requests:
        assert CDSP_NOTE.encode() not in request["body"]
        assert SHIPPER_NOTE.encode() not in request["body"]

    # The Shipper's reports: the QEX has the acceptance, the QCL nothing; neither the note.
    written = runner.invoke(args=["batch", "report", "--org", "ALP"])
    assert written.exit_code == 0, written.output
    qcl, qex = (Path(path).read_text() for path in written.output.split())
    assert f"{ref},," in qex and "accepted" in qex, qex
    assert CDSP_NOTE not in qex and CDSP_NOTE not in qcl
