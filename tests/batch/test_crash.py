"""A worker killed with SIGKILL at any point of a file: on restart the file is finished or
redone, and each record yields exactly one contact or one rejection."""
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from core import forked
from core.jobs import get_queue
from core.models import Contact, ContactEvent, ContactParty
from core.storage import storage_for
from plugins.channels.batch import intake, pipeline
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, lines, qmp

ROOT = Path(__file__).resolve().parents[2]
RECORDS = 1200
LEASE = 2


@pytest.fixture
def app_config():
    return {"CMS_BATCH_LEASE_SECONDS": LEASE, "CMS_QUEUE_NAME": f"crash_{uuid.uuid4().hex[:8]}"}


class Worker:
    def __init__(self, app, tmp_path, pause_at=None):
        self.log = tmp_path / f"worker-{uuid.uuid4().hex[:6]}.log"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CMS_BATCH_LEASE_SECONDS": str(LEASE)}
        for key in ("CMS_DATABASE_URL", "CMS_DATA_DIR", "CMS_SECRET_KEY", "CMS_QUEUE_NAME"):
            env[key] = str(app.config[key])
        if pause_at:
            env["BATCH_TEST_PAUSE_AT"] = str(pause_at)
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.batch.worker_main", "worker", "--workers", "1",
                 "--no-periodic"], cwd=ROOT, env=env, stdout=log, stderr=log)

    def wait_for(self, text, timeout=60):
        deadline = time.monotonic() + timeout
        while text not in self.log.read_text():
            assert self.process.poll() is None, self.log.read_text()
            assert time.monotonic() < deadline, f"never saw {text!r}:\n{self.log.read_text()}"
            time.sleep(0.01)

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()          # SIGKILL: no cleanup of any kind
            self.process.wait(10)


@pytest.fixture
def workers(app, tmp_path):
    started = []

    def start(**kwargs):
        worker = Worker(app, tmp_path, **kwargs)
        started.append(worker)
        worker.wait_for("worker ready")
        return worker
    yield start
    for worker in started:
        worker.kill()
    get_queue(app).huey.flush()


def wait_until_done(file_id, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        batch_file = BatchFile.get_by_id(file_id)
        if batch_file.status in ("processed", "rejected") and batch_file.delivered_at:
            return batch_file
        assert time.monotonic() < deadline, f"batch file stuck: {batch_file.status}"
        time.sleep(0.1)


# kill point -> (what the worker says just before, contact_created to pause at)
KILL_POINTS = {
    "while-checking": ("claimed (attempt 1)", None),
    "mid-transaction": ("PAUSED", RECORDS // 2),
    "after-commit": ("processed, ", None),
}


@pytest.mark.slow
@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_killed_worker_leaves_no_half_processed_file(app, principals, workers, point,
                                                      monkeypatch):
    # the reaper below (this process's) retakes an undelivered response after a lease, not
    # the minute it waits in service: the guarantee is the same, the test a minute shorter
    monkeypatch.setattr(pipeline, "STALE_SECONDS", LEASE)
    user = principals.user("user", "ALP")
    records = [enq(f"K{n:05d}") for n in range(RECORDS)] + [("BAD", "ENQ", "", "")]
    batch_file = intake.register(user.organisation, qmp(records), "big.qmp", "api", user)
    marker, pause_at = KILL_POINTS[point]
    first = workers(pause_at=pause_at)
    get_queue(app).enqueue("batch.process", batch_file.id)
    first.wait_for(marker)
    first.kill()

    workers()                                       # a fresh worker, as after a restart
    queue = get_queue(app)
    deadline = time.monotonic() + 60
    while not pipeline.reap(lambda file_id: queue.enqueue("batch.process", file_id),
                            now=_later()):          # as the periodic reaper would, soon enough
        if BatchFile.get_by_id(batch_file.id).delivered_at:
            break
        assert time.monotonic() < deadline
        time.sleep(0.5)
    done = wait_until_done(batch_file.id)

    assert (done.status, done.accepted_count, done.rejected_count) == ("processed", RECORDS, 1)
    assert Contact.select().count() == RECORDS             # never two, never none
    assert ContactEvent.select().count() == RECORDS and ContactParty.select().count() == 2 * RECORDS
    refs = [c.originator_ref for c in Contact.select(Contact.originator_ref)]
    assert len(set(refs)) == RECORDS
    qmr = lines(storage_for().read_bytes(done.response_key))[1:-1]
    accepted = {line.split(",")[3] for line in qmr if ",AC," in line}
    assert accepted == {c.reference for c in Contact.select(Contact.reference)}
    assert pipeline.outbox_path(done).read_bytes() == storage_for().read_bytes(done.response_key)
    assert done.attempts == (1 if point == "after-commit" else 2)


@pytest.mark.slow
def test_a_killed_workers_file_is_taken_again_once_its_short_lease_runs_out(app, principals,
                                                                           workers):
    user = principals.user("user", "ALP")
    records = [enq(f"R{n:05d}") for n in range(RECORDS)]
    batch_file = intake.register(user.organisation, qmp(records), "lease.qmp", "api", user)
    first = workers()
    get_queue(app).enqueue("batch.process", batch_file.id)
    first.wait_for("claimed (attempt 1)")
    first.kill()
    killed = time.monotonic()
    workers()
    queue = get_queue(app)
    while not pipeline.reap(lambda file_id: queue.enqueue("batch.process", file_id), now=_later()):
        assert time.monotonic() - killed < LEASE + 1.5, "the file waited longer than its lease"
        time.sleep(0.05)
    done = wait_until_done(batch_file.id)
    assert (done.status, done.attempts, done.accepted_count) == ("processed", 2, RECORDS)
    assert Contact.select().count() == RECORDS


def _later():
    """The reaper's ``now``: the real time, since the workers' leases run on it."""
    from core import db
    return db.utcnow()


@pytest.mark.slow
@pytest.mark.parametrize("kill", [False, True], ids=["finished", "killed-while-forked"])
def test_a_worker_checks_a_large_file_on_two_cores(app, principals, workers, kill):
    """In a real ``cms worker`` (a huey thread) a file over the threshold is checked by a
    forked child as well; killed with SIGKILL while the child works, the file is redone by
    the next worker and the orphaned child goes away by itself."""
    user = principals.user("user", "ALP")
    n = forked.MIN_ITEMS + 400
    records = [enq(f"F{i:05d}") for i in range(n)]
    batch_file = intake.register(user.organisation, qmp(records), "large.qmp", "api", user)
    first = workers()
    get_queue(app).enqueue("batch.process", batch_file.id)
    first.wait_for("forked child")
    child = int(re.search(r"forked child (\d+)", first.log.read_text()).group(1))
    if kill:
        first.kill()
        workers()
        queue = get_queue(app)
        deadline = time.monotonic() + 60
        while not BatchFile.get_by_id(batch_file.id).delivered_at:
            pipeline.reap(lambda file_id: queue.enqueue("batch.process", file_id), now=_later())
            assert time.monotonic() < deadline
            time.sleep(0.5)
    done = wait_until_done(batch_file.id)
    assert (done.status, done.accepted_count, done.rejected_count) == ("processed", n, 0)
    assert Contact.select().count() == n and len({c.originator_ref for c in Contact.select()}) == n
    assert done.attempts == (2 if kill else 1)
    deadline = time.monotonic() + 30
    while Path(f"/proc/{child}").exists() and "Z" not in _state(child):
        assert time.monotonic() < deadline, "the forked child outlived its parent"
        time.sleep(0.2)


def _state(pid):
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
