"""Webhooks: an organisation's LSO registers them; deliveries are signed, retried with
backoff on the job queue, recorded, and sent only about contacts the organisation may see.
Deliveries go to a real HTTP receiver on 127.0.0.1."""
import datetime
import hashlib
import hmac
import json
import time
from urllib.parse import urlsplit

import pytest

from core import clock
from core.errors import Invalid
from plugins.webhooks import delivery, guard, registry
from plugins.webhooks.models import Webhook, WebhookAttempt, WebhookDelivery
from tests.jobs.conftest import Worker
from tests.operations.receiver import Receiver

T0 = datetime.datetime(2026, 3, 3, 10, 0)


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True, "TESTING_KEEP_CONNECTION": True,
            "CMS_WEBHOOK_RETRY_SECONDS": 30,
            "CMS_WEBHOOK_MAX_ATTEMPTS": 4,
            "CMS_WEBHOOK_ALLOW_PRIVATE": True}     # the receivers listen on 127.0.0.1


def signed_correctly(request, secret):
    headers = request["headers"]
    expected = hmac.new(secret.encode(), f"{headers['x-cms-timestamp']}.".encode() + request["body"],
                        hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers["x-cms-signature"], f"sha256={expected}")


def register(principals, org, url, events=("contact.raised",)):
    lso = principals.user("lso", org)
    return registry.create(lso, lso.organisation, url, list(events))


def test_an_lso_registers_a_webhook_and_sees_the_secret_once(app, login_as, client):
    login_as("lso", "ALP")
    response = client.post("/shipper/webhooks", data={"url": "https://hooks.example.com/cms",
                                                      "events": ["contact.raised", "message.added"]})
    page = response.get_data(as_text=True)
    hook = Webhook.get()
    assert response.status_code == 200 and hook.signing_secret() in page and "shown only once" in page
    assert hook.event_names == ["contact.raised", "message.added"]
    assert hook.signing_secret() not in client.get("/shipper/webhooks").get_data(as_text=True)


@pytest.mark.parametrize("url, problem", [
    ("ftp://hooks.example.com/x", "https://"),
    ("javascript:alert(1)", "https://"),
    ("file:///etc/passwd", "https://"),
    ("", "Give the address"),
    ("https://user:pw@hooks.example.com/", "no user name"),
    ("https://hooks.example.com:99999/", "not a valid address"),
])
def test_addresses_that_are_not_http_are_refused(app, login_as, client, url, problem):
    login_as("lso", "ALP")
    response = client.post("/shipper/webhooks", data={"url": url, "events": ["contact.raised"]})
    assert response.status_code == 422 and problem in response.get_data(as_text=True)
    assert Webhook.select().count() == 0


def test_users_who_are_not_lsos_may_not_manage_webhooks(app, login_as, client):
    login_as("user", "ALP")
    assert client.get("/shipper/webhooks").status_code == 403


def test_a_delivery_is_signed_and_recorded(app, principals, raise_enq):
    with Receiver() as receiver:
        hook, secret = register(principals, "ALP", receiver.url)
        with clock.frozen(T0):
            contact = raise_enq(principals.user("user", "ALP"))
    [request] = receiver.requests
    assert signed_correctly(request, secret)
    assert not signed_correctly({**request, "body": request["body"] + b" "}, secret)
    assert request["headers"]["x-cms-event"] == "contact.raised"
    body = json.loads(request["body"])
    assert body["contact"]["reference"] == contact.reference and body["event"] == "contact.raised"
    [sent] = WebhookDelivery.select()
    assert (sent.status, sent.attempts, sent.last_status) == ("delivered", 1, 200)
    assert [a.status_code for a in WebhookAttempt.select()] == [200]


def test_only_organisations_that_may_see_the_contact_get_it(app, principals, raise_enq):
    with Receiver() as alp, Receiver() as bet, Receiver() as cdsp:
        register(principals, "ALP", alp.url)
        register(principals, "BET", bet.url)
        admin = principals.user("admin")
        registry.create(admin, admin.organisation, cdsp.url, ["contact.raised"])
        raise_enq(principals.user("user", "ALP"))
    assert len(alp.requests) == 1 and len(cdsp.requests) == 1
    assert bet.requests == []


def test_failures_are_retried_with_exponential_backoff_then_given_up(app, principals, raise_enq):
    assert [delivery.backoff_seconds(n) for n in (1, 2, 3)] == [30, 60, 120]
    with Receiver(statuses=[500, 503, 500, 500]) as receiver, clock.frozen(T0) as fixed:
        register(principals, "ALP", receiver.url)
        raise_enq(principals.user("user", "ALP"))
        [sent] = WebhookDelivery.select()
        assert (sent.status, sent.attempts) == ("pending", 1)
        assert sent.next_attempt_at == T0 + datetime.timedelta(seconds=30)
        assert delivery.sweep() == 0                       # not due yet
        for wait, expected_next in ((30, 60), (60, 120)):
            fixed.advance(seconds=wait)
            assert delivery.sweep() == 1
            sent = WebhookDelivery.get_by_id(sent.id)
            assert sent.next_attempt_at == fixed.at + datetime.timedelta(seconds=expected_next)
        fixed.advance(seconds=120)
        delivery.sweep()
    sent = WebhookDelivery.get_by_id(sent.id)
    assert (sent.status, sent.attempts) == ("failed", 4)
    assert [a.status_code for a in WebhookAttempt.select().order_by(WebhookAttempt.id)] == \
        [500, 503, 500, 500]
    assert len(receiver.requests) == 4


def test_a_retry_that_succeeds_and_the_lso_sees_every_attempt(app, principals, raise_enq):
    with Receiver(statuses=[500]) as receiver, clock.frozen(T0) as fixed:
        register(principals, "ALP", receiver.url)
        contact = raise_enq(principals.user("user", "ALP"))
        fixed.advance(seconds=31)
        delivery.sweep()
    assert WebhookDelivery.get().status == "delivered"
    lso_client, _ = principals.client("lso", "ALP")
    page = lso_client.get("/shipper/webhooks").get_data(as_text=True)
    assert "HTTP 500" in page and "HTTP 200" in page and contact.reference in page
    other, _ = principals.client("lso", "BET")
    assert contact.reference not in other.get("/shipper/webhooks").get_data(as_text=True)


def test_an_unreachable_receiver_is_recorded_as_no_answer(app, principals, raise_enq):
    with Receiver() as receiver:
        url = receiver.url
    register(principals, "ALP", url)                       # nothing listens there any more
    raise_enq(principals.user("user", "ALP"))
    [attempt] = WebhookAttempt.select()
    assert attempt.status_code is None and attempt.error


def test_a_removed_webhook_gets_nothing_more(app, principals, raise_enq):
    with Receiver() as receiver:
        hook, _ = register(principals, "ALP", receiver.url)
        registry.delete(principals.user("lso", "ALP"), hook)
        raise_enq(principals.user("user", "ALP"))
    assert receiver.requests == []


@pytest.mark.slow
@pytest.mark.parametrize("app_config", [{"CMS_WEBHOOK_ALLOW_PRIVATE": True}], indirect=False)
def test_a_real_worker_delivers_from_the_queue(app, principals, raise_enq, tmp_path):
    with Receiver() as receiver:
        hook, secret = register(principals, "ALP", receiver.url, ["contact.raised", "message.added"])
        worker = Worker(app, tmp_path, ("--workers", "2"), module="core.cli")
        try:
            worker.wait_for("worker ready")
            user = principals.user("user", "ALP")
            contact = raise_enq(user)
            from core.contacts import act
            act(user, contact, "message", text="Any news?")
            deadline = time.monotonic() + 30
            while len(receiver.requests) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert worker.stop() == 0
        finally:
            worker.kill()
    assert sorted(r["headers"]["x-cms-event"] for r in receiver.requests) == \
        ["contact.raised", "message.added"], worker.output()
    assert all(signed_correctly(r, secret) for r in receiver.requests)
    assert {d.status for d in WebhookDelivery.select()} == {"delivered"}


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data",
    "http://192.168.0.10/", "http://[::1]/hook", "http://[::ffff:127.0.0.1]/hook",
    "https://localhost/hook", "http://api.localhost/hook", "http://100.64.0.1/", "http://0.0.0.0/"])
def test_private_and_local_addresses_are_refused_when_registered(app, principals, url):
    app.config["CMS_WEBHOOK_ALLOW_PRIVATE"] = False
    with pytest.raises(Invalid) as refused:
        register(principals, "ALP", url)
    assert "address" in refused.value.errors["url"] or "machine" in refused.value.errors["url"]
    assert Webhook.select().count() == 0


LOOPBACK_WRITTEN_OTHERWISE = [
    ("http://0x7f000001/hook", "127.0.0.1 written another way"),
    ("http://0X7F000001/hook", "127.0.0.1 written another way"),
    ("http://2130706433/hook", "127.0.0.1 written another way"),
    ("http://127.1/hook", "127.0.0.1 written another way"),
    ("http://127.0.1/hook", "127.0.0.1 written another way"),
    ("http://0177.0.0.1/hook", "127.0.0.1 written another way"),
    ("http://017700000001/hook", "127.0.0.1 written another way"),
    ("http://0x7f.0.0.1/hook", "127.0.0.1 written another way"),
    ("http://127.000.000.001/hook", "127.0.0.1 written another way"),
    ("http://0/hook", "0.0.0.0 written another way"),
    ("http://0xa9fea9fe/latest/meta-data", "169.254.169.254 written another way"),
    ("http://012.1/hook", "10.0.0.1 written another way"),
    ("http://127\u30020\u30020\u30021/hook", "127.0.0.1 written another way"),
    ("http://[::ffff:127.0.0.1]/hook", "carries the IPv4 address 127.0.0.1"),
    ("http://[::ffff:7f00:1]/hook", "carries the IPv4 address 127.0.0.1"),
    ("http://[::127.0.0.1]/hook", "carries the IPv4 address 127.0.0.1"),
    ("http://[64:ff9b::7f00:1]/hook", "carries the IPv4 address 127.0.0.1"),
    ("http://[2002:7f00:1::]/hook", "carries the IPv4 address 127.0.0.1"),
    ("http://[::ffff:169.254.169.254]/hook", "carries the IPv4 address 169.254.169.254"),
]


@pytest.mark.parametrize("url, problem", LOOPBACK_WRITTEN_OTHERWISE)
def test_private_addresses_written_other_ways_are_refused_on_the_webhooks_page(
        app, login_as, client, url, problem):
    app.config["CMS_WEBHOOK_ALLOW_PRIVATE"] = False
    login_as("lso", "ALP")
    response = client.post("/shipper/webhooks", data={"url": url, "events": ["contact.raised"]})
    page = response.get_data(as_text=True)
    assert response.status_code == 422, page
    assert problem in page and "give a public host name or address" in page
    assert Webhook.select().count() == 0


@pytest.mark.parametrize("url", [url for url, _ in LOOPBACK_WRITTEN_OTHERWISE])
def test_registration_and_delivery_read_a_host_alike(app, url):
    """What the resolver makes of each form is what registration refused: one rule."""
    app.config["CMS_WEBHOOK_ALLOW_PRIVATE"] = False
    host = urlsplit(url).hostname
    assert guard.literal_refusal(host)
    assert guard.delivery_refusal(host, 80).startswith("refused:")


@pytest.mark.parametrize("url", ["http://8.8.8.8/hook", "http://0x08080808/hook", "http://134744072/hook",
                                 "http://[::ffff:8.8.8.8]/hook", "http://[2606:4700::1111]/hook",
                                 "https://hooks.example.com/cms", "https://0x7f000001.example.com/"])
def test_public_addresses_in_any_form_and_names_are_accepted(app, principals, url):
    app.config["CMS_WEBHOOK_ALLOW_PRIVATE"] = False
    hook, _ = register(principals, "ALP", url)
    assert hook.url == url


def test_a_name_is_checked_when_each_delivery_is_made(app, principals, raise_enq, monkeypatch):
    """A host name that resolves to a private address (here: one that did once it was
    registered, as DNS rebinding would) is not sent to; the attempt says why."""
    with Receiver() as receiver:
        hook, _ = register(principals, "ALP", receiver.url.replace("127.0.0.1", "receiver.test"))
        app.config["CMS_WEBHOOK_ALLOW_PRIVATE"] = False
        real = guard.socket.getaddrinfo
        monkeypatch.setattr(guard.socket, "getaddrinfo", lambda host, port, **kw: real(
            "127.0.0.1" if host == "receiver.test" else host, port, **kw))
        raise_enq(principals.user("user", "ALP"))
    assert receiver.requests == []
    [attempt] = WebhookAttempt.select()
    assert attempt.status_code is None and "receiver.test resolves to 127.0.0.1" in attempt.error


def test_redirects_are_not_followed(app, principals, raise_enq):
    with Receiver() as inner, Receiver() as outer:
        outer.statuses = [(302, inner.url)] * 4
        register(principals, "ALP", outer.url)
        raise_enq(principals.user("user", "ALP"))
    assert len(outer.requests) == 1 and inner.requests == []
    [attempt] = WebhookAttempt.select()
    assert attempt.status_code == 302
    assert WebhookDelivery.get().status == "pending"    # to be tried again, as any refusal
