"""Idempotency-Key: a retry returns the first answer; never a second contact."""
import os
import signal
import threading
import time

import pytest

from core import db as database
from core.hookspecs import hookimpl
from core.actors import SystemActor
from core.models import Contact
from core.tenancy import set_plugin_enabled
from tests.api.conftest import enq


def test_a_retry_returns_the_first_response(api):
    caller = api("user", "ALP")
    first = caller.post("/contacts", json=enq(), headers={"Idempotency-Key": "k-1"})
    again = caller.post("/contacts", json=enq(), headers={"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 201
    assert again.json == first.json and again.headers["Location"] == first.headers["Location"]
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert Contact.select().count() == 1


def test_same_key_with_another_body_is_422(api):
    caller = api("user", "ALP")
    caller.post("/contacts", json=enq(), headers={"Idempotency-Key": "k-2"})
    response = caller.post("/contacts", json=enq(summary="something else"),
                           headers={"Idempotency-Key": "k-2"})
    assert response.status_code == 422 and "different request" in response.json["message"]
    assert Contact.select().count() == 1


def test_keys_are_per_organisation(api):
    a, b = api("user", "ALP"), api("user", "BET")
    a.post("/contacts", json=enq(), headers={"Idempotency-Key": "shared"})
    response = b.post("/contacts", json=enq(), headers={"Idempotency-Key": "shared"})
    assert response.status_code == 201 and response.json["originator"] == "BET"
    assert Contact.select().count() == 2


def test_a_failed_request_is_not_remembered(api):
    caller = api("user", "ALP")
    bad = caller.post("/contacts", json=enq(mprn="123"), headers={"Idempotency-Key": "k-3"})
    assert bad.status_code == 422
    good = caller.post("/contacts", json=enq(mprn="123"), headers={"Idempotency-Key": "k-3"})
    assert good.status_code == 422  # the same bad body is checked again, not replayed as success
    fixed = caller.post("/contacts", json=enq(), headers={"Idempotency-Key": "k-4"})
    assert fixed.status_code == 201


def test_key_too_long_is_400(api):
    response = api("user", "ALP").post("/contacts", json=enq(), headers={"Idempotency-Key": "x" * 256})
    assert response.status_code == 400


@pytest.mark.slow
def test_two_concurrent_identical_requests_make_one_contact(app, api):
    caller = api("user", "ALP")
    results, barrier = [], threading.Barrier(2)

    def send():
        client = app.test_client()
        barrier.wait()
        with app.app_context():
            response = client.post("/api/v1/contacts", json=enq(),
                                   headers=caller.headers({"Idempotency-Key": "race"}))
            results.append((response.status_code, response.get_json()))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    # the second waits for the first's transaction, then replays its answer
    assert [status for status, _ in results] == [201, 201], results
    assert results[0][1] == results[1][1]
    assert Contact.select().count() == 1


class PauseInRaise:
    """A plugin that stops the process mid-request, inside the raise's transaction."""
    name = "pause_in_raise"

    def __init__(self, signal_path):
        self.signal_path = signal_path

    @hookimpl
    def contact_created(self, contact, event):
        self.signal_path.write_text("paused")
        time.sleep(60)


@pytest.mark.slow
def test_a_request_killed_mid_way_leaves_its_key_free(app, api, tmp_path):
    """SIGKILL after the key was claimed and the contact written, before the commit: the
    retry is not told to wait (409) nor given a phantom answer; it runs, once."""
    caller = api("user", "ALP")
    signal_path = tmp_path / "paused"
    # contact hooks reach a plugin only in the tenants that enable it (the raiser's here)
    set_plugin_enabled(SystemActor("test"), "shipper", PauseInRaise.name, True)
    pid = os.fork()
    if pid == 0:                                  # the request that will be killed
        try:
            database.forget_connections()
            app.extensions["cms"].pm.register(PauseInRaise(signal_path), name=PauseInRaise.name)
            app.test_client().post("/api/v1/contacts", json=enq(),
                                   headers=caller.headers({"Idempotency-Key": "killed"}))
        finally:
            os._exit(0)
    deadline = time.monotonic() + 30
    while not signal_path.exists():
        assert time.monotonic() < deadline, "the first request never reached its pause"
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    retry = caller.post("/contacts", json=enq(), headers={"Idempotency-Key": "killed"})
    assert retry.status_code == 201, retry.json
    assert "Idempotent-Replayed" not in retry.headers
    again = caller.post("/contacts", json=enq(), headers={"Idempotency-Key": "killed"})
    assert again.headers.get("Idempotent-Replayed") == "true" and again.json == retry.json
    assert Contact.select().count() == 1


def test_a_key_older_than_its_promise_is_taken_afresh(api):
    import datetime
    from plugins.channels.api.idempotency import KEEP
    from plugins.channels.api.models import IdempotencyRecord
    caller = api("user", "ALP")
    first = caller.post("/contacts", json=enq(), headers={"Idempotency-Key": "k-old"})
    assert first.status_code == 201
    long_ago = database.utcnow() - KEEP - datetime.timedelta(minutes=1)
    IdempotencyRecord.update(created_at=long_ago).execute()
    again = caller.post("/contacts", json=enq(originator_ref="OTHER-1"),
                        headers={"Idempotency-Key": "k-old"})
    assert again.status_code == 201 and "Idempotent-Replayed" not in again.headers
    assert again.json["reference"] != first.json["reference"]
    assert IdempotencyRecord.select().count() == 1 and Contact.select().count() == 2


def test_a_reference_taken_between_the_check_and_the_write_is_still_refused(api):
    """The API checks a raise before the key's transaction opens; a contact raised with the
    same originator reference in between is caught by the database's unique index."""
    from core.contacts import check_contact, raise_contact
    from core.errors import Invalid
    caller = api("user", "ALP")
    body = enq(originator_ref="RACE-1")
    data = {"mprn": body["mprn"], "summary": body["summary"],
            "originator_ref": body["originator_ref"], **body["fields"]}
    checked = check_contact(caller.user, "ENQ", data)
    assert not isinstance(checked, Exception)
    raise_contact(caller.user, "ENQ", data, "api")           # the other request, first
    with pytest.raises(Invalid) as refused:
        raise_contact(caller.user, "ENQ", data, "api", checked=checked)
    assert "originator_ref" in refused.value.errors
    assert Contact.select().count() == 1
