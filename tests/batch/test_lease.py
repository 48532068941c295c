"""The lease on a batch file: short, renewed by a heartbeat while a live worker works, and
lost (with the work stopped, nothing written) once another attempt has taken the file."""
import threading
import time

import pytest

from core.jobs import get_queue
from core.models import Contact
from plugins.channels.batch import SWEEP_JOB, _reap, pipeline
from plugins.channels.batch.intake import register
from plugins.channels.batch.lease import DEFAULT_LEASE_SECONDS, RENEWALS
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, qmp

LEASE = 1


@pytest.fixture
def app_config(heard):
    return {"CMS_EXTRA_PLUGINS": [heard], "CMS_BATCH_LEASE_SECONDS": LEASE,
            "CMS_BATCH_CHECK_PROCESSES": 1}


def _in_a_worker(app, file_id, progress):
    """``pipeline.process`` in a thread of its own, as a queue worker runs it."""
    result = {}

    def run():
        with app.app_context():
            try:
                result["file"] = pipeline.process(file_id, progress=progress)
            except BaseException as exc:  # noqa: BLE001 - the test reports it
                result["error"] = exc
    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_a_live_worker_keeps_its_lease_for_longer_than_the_lease(app, shipper):
    records = [enq(f"L{n}") for n in range(5)]
    batch_file = register(shipper.organisation, qmp(records), "slow.qmp", "api", shipper)
    started = threading.Event()

    def slow(done, total):            # a worker busy for three leases before it writes
        if done == 0:
            started.set()
            time.sleep(3 * LEASE)
    thread, result = _in_a_worker(app, batch_file.id, slow)
    assert started.wait(30)
    taken = []
    while thread.is_alive():          # another worker and the reaper try all along
        taken.append(pipeline.claim(batch_file))
        taken += pipeline.reap(lambda file_id: None)
        time.sleep(0.1)
    thread.join()
    assert "error" not in result, result
    assert taken and set(taken) == {None}
    done = BatchFile.get_by_id(batch_file.id)
    assert (done.status, done.attempts, done.accepted_count) == ("processed", 1, 5)
    assert Contact.select().count() == 5


def test_a_worker_whose_file_was_taken_stops_without_writing(app, shipper):
    records = [enq(f"T{n:04d}") for n in range(2500)]
    batch_file = register(shipper.organisation, qmp(records), "taken.qmp", "api", shipper)
    heard = []

    def taken_meanwhile(done, total):
        heard.append(done)
        if done == 0:                 # another attempt takes the file (as after a long stall)
            BatchFile.update(attempts=BatchFile.attempts + 1).where(
                BatchFile.id == batch_file.id).execute()
            time.sleep(LEASE)         # the heartbeat finds it out
    thread, result = _in_a_worker(app, batch_file.id, taken_meanwhile)
    thread.join(60)
    assert "error" not in result, result
    assert heard == [0]               # stopped at its next step, not after checking the rest
    assert Contact.select().count() == 0
    left = BatchFile.get_by_id(batch_file.id)
    assert (left.status, left.attempts) == ("processing", 2)


def test_with_the_defaults_a_dead_workers_file_is_retaken_within_a_minute():
    # a lease, then at most one reaper sweep, before the next worker claims the file
    assert DEFAULT_LEASE_SECONDS + pipeline.REAP_EVERY_SECONDS < 60
    assert DEFAULT_LEASE_SECONDS / RENEWALS <= 15       # renewed often: three may fail


def test_the_reaper_sweeps_four_times_a_minute(app):
    queue = get_queue(app)
    queue.huey.flush()
    _reap()
    queued = queue.huey.pending()    # a consumer moves them to its schedule
    assert [task.name for task in queued] == [SWEEP_JOB] * 3
    scheduled = sorted(task.eta for task in queued)
    gaps = [(b - a).total_seconds() for a, b in zip(scheduled, scheduled[1:])]
    assert all(abs(gap - pipeline.REAP_EVERY_SECONDS) < 1 for gap in gaps)
    queue.huey.flush()
