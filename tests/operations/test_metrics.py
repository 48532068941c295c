"""/metrics: closed without a token, then scraped after real traffic (the API, sign-ins that
fail until an account locks, a job, a webhook attempt, a batch file, a breached contact),
finding each series with bounded labels. Counters add up over the test process (every app
of it writes to one multiprocess folder), so each check compares before and after."""
import datetime
import io

import pytest
from prometheus_client.parser import text_string_to_metric_families

from core.contacts import raise_contact
from core.jobs import get_queue
from core.models import Contact
from plugins.webhooks import registry
from tests.batch.conftest import enq as qmp_enq
from tests.batch.conftest import qmp
from tests.operations.receiver import Receiver

TOKEN = "metrics-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def app_config():
    return {"CMS_METRICS_TOKEN": TOKEN, "CMS_QUEUE_IMMEDIATE": True, "CMS_LOCKOUT_THRESHOLD": 2,
            "CMS_WEBHOOK_ALLOW_PRIVATE": True, "CMS_WEBHOOK_MAX_ATTEMPTS": 3}


def call(client, method, url, **kwargs):
    """(status, body text, headers), the response closed: as gunicorn does, which is when
    the request observer counts it."""
    with client.open(url, method=method, **kwargs) as response:
        return response.status_code, response.get_data(as_text=True), response.headers


def scrape(client):
    status, text, headers = call(client, "GET", "/metrics", headers=AUTH)
    assert status == 200, text
    assert headers["Content-Type"].startswith("text/plain; version=")
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(samples, name, **labels):
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer wrong-token-0123456789abcdef"}, 401),
    ({"Authorization": f"Basic {TOKEN}"}, 401), (AUTH, 200)])
def test_metrics_ask_for_the_token(client, headers, status):
    answered, text, response_headers = call(client, "GET", "/metrics", headers=headers)
    assert answered == status
    if status == 401:
        assert "Bearer" in response_headers["WWW-Authenticate"] and "cms_" not in text


@pytest.mark.parametrize("app_config", [{}])
def test_metrics_are_closed_without_a_token(client, app_config):
    assert call(client, "GET", "/metrics", headers=AUTH)[0] == 404


def test_a_scrape_after_real_traffic_finds_every_series(app, client, principals, api_key):
    before = scrape(client)
    user = principals.user("user", "ALP")
    lso = principals.user("lso", "ALP")
    with Receiver(statuses=[500, 500, 500]) as receiver:
        registry.create(lso, lso.organisation, receiver.url, ["contact.raised"])
        # the API: a contact raised (its webhook delivery is tried at once, and refused)
        status, text, _ = call(client, "POST", "/api/v1/contacts", headers=api_key(user), json={
            "type": "ENQ", "mprn": "3938424403", "summary": "Metered", "fields": {
                "topic": "data", "question": "Why?"}})
        assert status == 201, text
    reference = Contact.get().reference
    assert call(client, "GET", f"/api/v1/contacts/{reference}", headers=api_key(user))[0] == 200
    # two wrong passwords lock the account (CMS_LOCKOUT_THRESHOLD 2), and a stranger fails
    victim = principals.user("user", "ALP")
    for _ in range(2):
        assert call(client, "POST", "/shipper/login",
                    data={"email": victim.email, "password": "not it at all"})[0] == 401
    assert call(client, "POST", "/shipper/login",
                data={"email": "nobody@example.com", "password": "guess"})[0] == 401
    # a portal page whose URL names the contact: counted under its route's template
    portal = principals.sign_in(app.test_client(), user)
    assert call(portal, "GET", f"/shipper/contacts/{reference}")[0] == 200
    # a batch file through the queue, and a contact long past its due date
    assert call(portal, "POST", "/shipper/files", content_type="multipart/form-data", data={
        "file": (io.BytesIO(qmp([qmp_enq("B1")], sequence=7)), "day.qmp")})[0] == 302
    late = raise_contact(user, "ENQ", {"mprn": "3938424403", "summary": "Late", "topic": "data",
                                       "question": "?"}, "web")
    Contact.update(due_at=datetime.datetime(2026, 1, 5), open_due_at=datetime.datetime(2026, 1, 5)
                   ).where(Contact.id == late.id).execute()
    get_queue(app).enqueue("core.sweep_temporary_files")

    after = scrape(client)

    def grew(name, by=1, **labels):
        assert value(after, name, **labels) - value(before, name, **labels) == by, (name, labels)

    grew("cms_http_requests_total", route="/api/v1/contacts", method="POST", status="201")
    grew("cms_http_request_duration_seconds_count", route="/api/v1/contacts", method="POST",
         status_class="2xx")
    grew("cms_http_requests_total", route="/<tenant>/contacts/<reference>", method="GET",
         status="200")
    grew("cms_api_requests_total", 2, tenant="shipper", organisation="ALP", status_class="2xx")
    grew("cms_signin_failures_total", 2, reason="password")
    grew("cms_signin_failures_total", reason="unknown")
    grew("cms_account_lockouts_total")
    assert value(after, "cms_webhook_deliveries_total", outcome="retry") > \
        value(before, "cms_webhook_deliveries_total", outcome="retry")   # the receiver said 500
    grew("cms_jobs_total", job="core.sweep_temporary_files", outcome="ok")
    grew("cms_jobs_total", job="batch.process", outcome="ok")
    grew("cms_batch_files_done_total", status="processed")
    grew("cms_batch_records_total", outcome="accepted")
    assert value(after, "cms_batch_files", status="processed") == 1
    assert value(after, "cms_contacts", status="submitted") == 3
    assert value(after, "cms_contacts_breached", contact_type="ENQ") == 1
    assert value(after, "cms_contacts_at_risk", contact_type="ENQ") == 0
    assert value(after, "cms_queue_pending_jobs") == 0
    assert all(value(after, "cms_gauges_up", part=part) == 1
               for part in ("contacts", "queue", "plugins"))
    # no label holds a path or a reference: routes are templates
    labels = {v for (_, pairs) in after for _, v in pairs}
    assert not any(reference in label or "/shipper/" in label for label in labels)


def test_the_database_gauges_say_when_they_cannot_be_read(client, monkeypatch):
    from core.observability import gauges

    def broken(gauges_, now):
        raise RuntimeError("no such table")
    monkeypatch.setattr(gauges, "contacts", broken)
    samples = scrape(client)
    assert value(samples, "cms_gauges_up", part="contacts") == 0
    assert value(samples, "cms_gauges_up", part="queue") == 1
    assert not any(name == "cms_contacts" for name, _ in samples)


def test_api_organisations_are_bounded(monkeypatch):
    from core.observability import metrics
    monkeypatch.setattr(metrics, "_organisations", set())
    monkeypatch.setattr(metrics, "ORGANISATION_LABELS", 2)
    assert [metrics._organisation_label(code) for code in ("A", "B", "C", "A", "D")] == \
        ["A", "B", "other", "A", "other"]


def test_a_scrape_leaves_out_a_file_a_process_has_only_just_created(app, client, app_config):
    """A worker starting in the moment of a scrape has an empty file: the scrape still answers."""
    import os
    from core.observability import metrics
    empty = os.path.join(metrics.folder(), "counter_999999999.db")
    open(empty, "wb").close()
    try:
        scraped = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    finally:
        os.unlink(empty)
    assert scraped.status_code == 200 and "cms_gauges_up" in scraped.get_data(as_text=True)
