"""Email notifications: each user chooses the events and how they arrive; mail goes through
SMTP when configured, else to the outbox folder; only users who may see the contact are told."""
import datetime
import email
import socket
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from core import clock
from core.contacts.jobs import mark_breaches
from core.contacts import act
from core.tenancy import tenants_enabling
from plugins.notifications import rules, sending
from plugins.notifications.models import Notification

T0 = datetime.datetime(2026, 3, 3, 10, 0)   # a Tuesday


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True, "TESTING_KEEP_CONNECTION": True}


def outbox(app):
    folder = Path(app.config["CMS_DATA_DIR"]) / "outbox"
    mails = [email.message_from_bytes(p.read_bytes()) for p in sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)]
    return [(m["To"], m["Subject"], m.get_payload(decode=True).decode()) for m in mails]


def subscribe(user, *kinds, delivery="each"):
    assert rules.save_preference(user, set(kinds), delivery) == {}
    return user


def test_the_settings_page_saves_a_users_choice(app, login_as, client):
    user = login_as("user", "ALP")
    page = client.get("/shipper/notifications").get_data(as_text=True)
    assert all(text in page for text in rules.KINDS.values())
    response = client.post("/shipper/notifications", data={"events": ["resolved", "breached"],
                                                           "delivery": "digest"})
    assert response.status_code == 302
    saved = rules.preference_for(user)
    assert saved.kinds == {"resolved", "breached"} and saved.delivery == "digest"


@pytest.mark.parametrize("form, field", [
    ({"events": ["everything"], "delivery": "each"}, "events"),
    ({"events": ["resolved"], "delivery": "hourly"}, "delivery"),
])
def test_bad_choices_are_refused_with_a_reason(app, login_as, client, form, field):
    user = login_as("user", "ALP")
    response = client.post("/shipper/notifications", data=form)
    assert response.status_code == 422 and "Choose" in response.get_data(as_text=True)
    assert rules.preference_for(user) is None


def test_events_reach_the_users_who_chose_them_through_the_outbox(app, principals, raise_enq):
    raiser = subscribe(principals.user("user", "ALP"), "response", "resolved")
    colleague = principals.user("user", "ALP")                 # chose nothing
    outsider = subscribe(principals.user("user", "BET"), "raised", "response", "resolved")
    agent = subscribe(principals.user("agent"), "raised")
    with clock.frozen(T0):
        contact = raise_enq(raiser)
        act(agent, contact, "accept")
        act(agent, contact, "message", text="We are looking at it.")
        act(agent, contact, "resolve", text="The read was estimated.")
    sent = outbox(app)
    assert [(to, subject) for to, subject, _ in sent] == [
        (agent.email, f"[CMS] {contact.reference}: raised to your organisation"),
        (raiser.email, f"[CMS] {contact.reference}: a response"),
        (raiser.email, f"[CMS] {contact.reference}: a response"),
        (raiser.email, f"[CMS] {contact.reference}: resolved"),
    ]
    assert "We are looking at it." in sent[2][2] and "The read was estimated." in sent[3][2]
    assert colleague.email not in {to for to, _, _ in sent}
    assert outsider.email not in {to for to, _, _ in sent}
    assert Notification.select().where(Notification.sent_at.is_null()).count() == 0


def test_the_daily_digest_gathers_a_users_events_into_one_mail(app, principals, raise_enq):
    raiser = subscribe(principals.user("user", "ALP"), "response", "resolved", delivery="digest")
    agent = principals.user("agent")
    with clock.frozen(T0):
        contact = raise_enq(raiser)
        act(agent, contact, "accept")
        act(agent, contact, "resolve", text="Done.")
        assert outbox(app) == []
        assert sending.send_digests() == 1
        assert sending.send_digests() == 0                      # nothing twice
    [(to, subject, body)] = outbox(app)
    assert to == raiser.email and subject == "[CMS] Daily digest: 2 events"
    assert f"{contact.reference}: a response" in body and f"{contact.reference}: resolved" in body


def test_breaches_and_correspondence_falling_due_are_found_by_the_scan(app, principals, raise_enq):
    raiser = subscribe(principals.user("user", "ALP"), "breached", "due_soon")
    agent = principals.user("agent")
    with clock.frozen(T0) as fixed:
        contact = raise_enq(raiser)
        act(agent, contact, "accept")
        act(agent, contact, "request_info", kind="DCR", text="Which read do you mean?",
            due_days=1)
        rules.scan(tenants_enabling("notifications"))
        sending.send_pending()
        assert [s for _, s, _ in outbox(app)] == [f"[CMS] {contact.reference}: a correspondence is due soon"]
        act(raiser, contact, "respond", text="Attached.")
        fixed.advance(days=40)
        assert mark_breaches() == 1
        rules.scan(tenants_enabling("notifications"))
        rules.scan(tenants_enabling("notifications"))                                            # safe to run twice
        sending.send_pending()
    assert [s for _, s, _ in outbox(app)][-1] == f"[CMS] {contact.reference}: its service level is breached"
    assert Notification.select().where(Notification.kind == "breached").count() == 1


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server():
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, f"smtp://127.0.0.1:{port}"
    controller.stop()


def test_mail_goes_through_smtp_when_configured(app, principals, raise_enq, smtp_server):
    inbox, url = smtp_server
    app.config["CMS_SMTP_URL"] = url
    agent = subscribe(principals.user("agent"), "raised")
    contact = raise_enq(principals.user("user", "ALP"))
    [(recipients, content)] = inbox.messages
    assert recipients == [agent.email]
    assert f"Subject: [CMS] {contact.reference}: raised to your organisation" in content.decode()
    assert not (Path(app.config["CMS_DATA_DIR"]) / "outbox").exists()


def test_a_mail_server_that_is_down_leaves_the_notification_to_retry(app, principals, raise_enq):
    app.config["CMS_SMTP_URL"] = f"smtp://127.0.0.1:{free_port()}"
    subscribe(principals.user("agent"), "raised")
    raise_enq(principals.user("user", "ALP"))
    [row] = Notification.select()
    assert row.sent_at is None and row.attempts == 1 and not row.failed


def test_a_chase_and_an_extension_reach_the_originator_with_the_date_to_answer_by(
        app, principals, raise_enq):
    raiser = subscribe(principals.user("user", "ALP"), "response")
    agent = principals.user("agent")
    with clock.frozen(T0):                                   # Tuesday 3 March
        contact = raise_enq(raiser)
        act(agent, contact, "accept")
        act(agent, contact, "request_info", kind="DCR", text="Which read?", due_days=2)
        act(agent, contact, "chase")
        act(agent, contact, "extend", due_days=2, text="Your LSO asked for more time.")
    chase, extension = [body for _, _, body in outbox(app)][-2:]
    assert "A reminder of the request waiting for your answer" in chase
    assert "Answer by: Thursday 5 March 2026" in chase
    assert "is still waiting for your answer" in chase
    assert "More time to answer the request" in extension
    assert "Answer by: Monday 9 March 2026" in extension
    assert "Your LSO asked for more time." in extension


def test_a_user_who_never_chose_is_told_of_a_request_on_their_contact_with_the_day_to_answer(
        app, principals, raise_enq):
    raiser = principals.user("user", "ALP")                  # never opened the settings page
    agent = principals.user("agent")
    with clock.frozen(T0) as fixed:                          # Tuesday 3 March
        contact = raise_enq(raiser)
        act(agent, contact, "accept")
        act(agent, contact, "request_info", kind="DCR", text="Which read do you mean?",
            due_days=3)
        accepted, (to, subject, body) = outbox(app)
        assert "Now:       Accepted" in accepted[2]
        assert to == raiser.email and subject == f"[CMS] {contact.reference}: a response"
        assert "Answer by: Friday 6 March 2026" in body and "Which read do you mean?" in body
        fixed.advance(days=2)                                # Thursday: due by Friday
        rules.scan(tenants_enabling("notifications"))
        sending.send_pending()
        assert [s for _, s, _ in outbox(app)][-1] == \
            f"[CMS] {contact.reference}: a correspondence is due soon"
        reminder = outbox(app)[-1][2]
        assert "Answer by: Friday 6 March 2026" in reminder
        assert "If it is not answered by then, work carries on without the answer." in reminder
        act(raiser, contact, "respond", text="The May read.")  # their own act: not told
    assert len(outbox(app)) == 3
    assert [to for to, _, _ in outbox(app)] == [raiser.email] * 3


def test_the_assignee_and_followers_on_either_side_are_told_but_not_of_their_own_acts(
        app, principals, raise_enq):
    from core.contacts import watch
    raiser, colleague = principals.user("user", "ALP"), principals.user("read_only", "ALP")
    agent, lead = principals.user("agent"), principals.user("agent")
    quiet = subscribe(principals.user("user", "ALP"), "resolved")   # unticked 'mine'
    with clock.frozen(T0):
        contact = raise_enq(raiser)
        for follower in (colleague, lead, quiet):
            watch(follower, contact)
        contact = act(agent, contact, "accept")
        contact = act(agent, contact, "assign", assignee=agent.id)
        before = len(outbox(app))
        act(raiser, contact, "message", text="Any news?")
    told = [to for to, _, _ in outbox(app)[before:]]
    assert sorted(told) == sorted([agent.email, lead.email, colleague.email])
    assert raiser.email not in told and quiet.email not in told
    assert all("Any news?" in body for _, _, body in outbox(app)[before:])


def test_a_follower_whose_account_is_disabled_is_not_told(
        app, principals, raise_enq):
    from core.contacts import watch
    raiser, agent = principals.user("user", "ALP"), principals.user("agent")
    follower = principals.user("user", "ALP")
    with clock.frozen(T0):
        contact = raise_enq(raiser)
        watch(follower, contact)
        follower.disabled_at = T0
        follower.save()
        act(agent, contact, "accept")
    assert follower.email not in {to for to, _, _ in outbox(app)}
    assert raiser.email in {to for to, _, _ in outbox(app)}


def test_the_settings_page_shows_the_default_ticked_and_a_digest_gathers_it(
        app, login_as, client, principals, raise_enq):
    user = login_as("user", "ALP")
    page = client.get("/shipper/notifications").get_data(as_text=True)
    assert 'value="mine" checked' in page and 'value="raised" checked' not in page
    client.post("/shipper/notifications", data={"events": ["mine"], "delivery": "digest"})
    agent = principals.user("agent")
    with clock.frozen(T0):
        contact = raise_enq(user)
        act(agent, contact, "accept")
        act(agent, contact, "resolve", text="Done.")
        assert outbox(app) == []
        assert sending.send_digests() == 1
    [(to, subject, body)] = outbox(app)
    assert to == user.email and subject == "[CMS] Daily digest: 2 events"
