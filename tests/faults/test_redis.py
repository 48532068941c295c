"""Redis failing under the service, for real: a redis-server of the test's own, holding the
job queue and the rate limits, stopped and started again (empty: nothing is saved) while
the service works.

What must hold: the web keeps serving (the limits fail open and the log says so), no work
that was only in the queue is lost (the database is the source of truth, and the periodic
jobs find it again), and the queue's workers carry on once Redis is back, without a restart.
"""
import json
import logging
import time

import psycopg
import pytest

from core import apikeys
from core.actors import SystemActor
from core.jobs import get_queue
from core.tenancy import set_plugin_enabled
from tests.faults.traffic import (Ledger, Recovering, Service, Traffic, check_books,
                                  service_env, wait_for, wait_for_files)
from tests.operations.receiver import Receiver

pytestmark = pytest.mark.slow

LIMIT = 3
# The periodic jobs that find in the database the work a lost queue entry was carrying.
RECOVERY_JOBS = {"webhooks.sweep": "webhook deliveries", "batch.reap": "batch files",
                 "notifications.scan": "notifications"}


@pytest.fixture
def app_config(redis_server):
    return {"CMS_QUEUE_URL": f"{redis_server.url}/0",
            "CMS_RATE_LIMIT_REDIS_URL": f"{redis_server.url}/1",
            "CMS_API_RATE_LIMIT": LIMIT, "CMS_WEBHOOK_ALLOW_PRIVATE": True}


@pytest.fixture
def caller(app, principals):
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "faults")
    return app.test_client(), {"Authorization": f"Bearer {token}"}


def test_with_redis_down_the_limits_let_requests_through_and_the_log_says_so(
        app, caller, principals, redis_server, caplog):
    client, headers = caller
    statuses = [client.get("/api/v1/contacts", headers=headers).status_code for _ in range(LIMIT + 1)]
    assert statuses == [200] * LIMIT + [429]       # the limit is counted in Redis

    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="cms.throttle"):
        statuses = [client.get("/api/v1/contacts", headers=headers).status_code for _ in range(5)]
        person = principals.user("user", "ALP")
        portal = app.test_client()
        wrong = portal.post("/shipper/login", data={"email": person.email, "password": "wrong"})
        right = portal.post("/shipper/login", data={"email": person.email,
                                                    "password": "correct horse battery staple"})
    assert statuses == [200] * 5
    assert wrong.status_code == 401 and right.status_code == 302
    warnings = [r.getMessage() for r in caplog.records if r.name == "cms.throttle"]
    assert len(warnings) == 1 and "rate limits are not being counted" in warnings[0]

    redis_server.start()                            # back, and empty: counting starts again
    statuses = [client.get("/api/v1/contacts", headers=headers).status_code for _ in range(LIMIT + 1)]
    assert statuses == [200] * LIMIT + [429]


def test_a_contact_raised_while_the_queue_is_down_is_kept_and_its_work_done_once_it_is_back(
        app, caller, principals, redis_server, caplog):
    client, headers = caller
    lso = principals.user("lso", "ALP")
    from plugins.webhooks import registry
    with Receiver() as receiver:
        registry.create(lso, lso.organisation, receiver.url, ["contact.raised"])
        redis_server.stop()
        with caplog.at_level(logging.WARNING, logger="cms.jobs"):
            raised = client.post("/api/v1/contacts", headers={**headers, "Idempotency-Key": "q-1"},
                                 json={"type": "ENQ", "mprn": "3938424403", "summary": "Queue down",
                                       "originator_ref": "QDOWN-1",
                                       "fields": {"topic": "data", "question": "Kept?"}})
        assert raised.status_code == 201, raised.get_data(as_text=True)
        assert any("webhooks.deliver not queued" in r.getMessage() for r in caplog.records)
        from plugins.webhooks.models import PENDING, WebhookDelivery
        delivery = WebhookDelivery.get(WebhookDelivery.reference == raised.json["reference"])
        assert delivery.status == PENDING                # the database holds the work

        redis_server.start()
        from plugins.webhooks import delivery as deliveries
        assert deliveries.sweep() == 1                   # the minute's sweep queues it again
        get_queue(app).huey.execute(get_queue(app).huey.dequeue())   # and a worker runs it
        assert WebhookDelivery.get_by_id(delivery.id).status == "delivered"
        assert len(receiver.requests) == 1


def test_the_work_a_queue_entry_carries_is_found_again_by_a_periodic_job(app):
    """Whatever is queued only in Redis has its state in the database, and a periodic job
    that looks there: a queue lost with its Redis loses no work, only time."""
    jobs = {job.name: job for job in get_queue(app).jobs}
    for name, work in RECOVERY_JOBS.items():
        assert jobs[name].schedule is not None, f"{name} ({work}) is not periodic"


def test_redis_stopped_and_restarted_under_load_stops_no_request_and_loses_no_work(
        app, principals, pg_database, redis_server, tmp_path, caplog):
    name, url = pg_database
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "faults")
    lso, agent = principals.user("lso", "ALP"), principals.user("agent")
    from plugins.notifications import rules
    from plugins.webhooks import registry
    set_plugin_enabled(SystemActor("faults"), "cdsp", "notifications", True)
    assert rules.save_preference(agent, {"raised"}, "each") == {}
    queue = get_queue(app)
    env = service_env(url, tmp_path / "data", CMS_QUEUE_URL=f"{redis_server.url}/0",
                      CMS_RATE_LIMIT_REDIS_URL=f"{redis_server.url}/1",
                      CMS_API_RATE_LIMIT=1_000_000, CMS_WEBHOOK_ALLOW_PRIVATE="true")
    service = Service(env, tmp_path / "logs")
    ledger = Ledger()
    with Receiver() as receiver:
        registry.create(lso, lso.organisation, receiver.url, ["contact.raised"])
        try:
            service.start_web()
            worker = service.start_worker()
            web_workers = service.web_workers()
            traffic = Traffic(service.port, token, ledger, clients=4).start()
            for pause in (2, 3):
                time.sleep(pause)
                redis_server.stop()
                ledger.fault("redis stopped")
                time.sleep(3)
                redis_server.start()
            time.sleep(2)
            traffic.stop()
            # what the periodic jobs do every quarter minute (the reaper), minute (the webhook
            # sweep) or five (notifications), asked every second rather than waited for:
            # they find the work the lost queue entries carried
            recovering = Recovering(queue, "webhooks.sweep", "batch.reap_sweep",
                                    "notifications.scan").start()
            try:
                unfinished = wait_for_files(url, ledger, timeout=60)
                undelivered = wait_for(url, "SELECT count(*) FROM webhook_delivery "
                                            "WHERE status <> 'delivered'")
                unsent = wait_for(url, "SELECT count(*) FROM notification WHERE sent_at IS NULL")
            finally:
                recovering.stop()
            problems = check_books(url, ledger, service.port, token)
            assert worker.poll() is None, "the worker died"
            assert service.web_workers() == web_workers, "the web workers were restarted"
        finally:
            service.stop()
        with psycopg.connect(url) as conn:
            contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
            deliveries = conn.execute("SELECT count(*) FROM webhook_delivery").fetchone()[0]
            mails = conn.execute("SELECT count(*) FROM notification").fetchone()[0]
        received = {request["headers"]["x-cms-delivery"] for request in receiver.requests}
    print(f"\n{ledger.summary()}; {contacts} contacts, {deliveries} deliveries, {mails} mails")
    assert problems == {}, json.dumps(problems, indent=1)[:4000]
    assert not unfinished, f"files never finished: {unfinished}\n{service.worker_logs()[-3000:]}"
    assert undelivered == 0 and len(received) == deliveries == contacts, \
        f"{undelivered} deliveries pending, {len(received)} received of {deliveries}\n" \
        f"{service.worker_logs()[-3000:]}"
    assert unsent == 0 and mails == contacts
    outcomes = ledger.by_outcome()
    assert set(outcomes) <= {200, 201, 202}, outcomes    # not one request refused or failed
    web_log, worker_log = service.log(), service.worker_logs()
    assert "rate limits are not being counted" in web_log
    assert "not queued" in web_log                       # the queue's failures were said
    assert "Error reading from queue" in worker_log       # the worker met the outage ...
    assert ledger.raised and ledger.files                 # ... and served on after it
