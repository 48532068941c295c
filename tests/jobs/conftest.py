"""Fixtures for the job queue: a queue per test on SQLite or on the real Redis, and workers."""
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis

from core.jobs import get_queue
from tests.jobs import plugin

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(params=["sqlite", "redis"])
def backend(request):
    """Each test that uses it runs once per queue storage; a Redis queue gets its own name."""
    if request.param == "sqlite":
        yield {}
        return
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError as exc:
        pytest.fail(f"these tests need Redis at {REDIS_URL}: {exc}")
    name = f"cms_test_{uuid.uuid4().hex}"
    yield {"CMS_QUEUE_URL": REDIS_URL, "CMS_QUEUE_NAME": name}
    keys = client.keys(f"huey.*{name}*")
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def app_config(backend):
    # These tests count the jobs exactly: the core's and the test plugin's, without the
    # jobs of the notifications and webhooks plugins (tested in tests/operations) and of the
    # batch channel (tested in tests/batch).
    return {"CMS_EXTRA_PLUGINS": [plugin],
            "CMS_BLOCKED_PLUGINS": ["notifications", "webhooks", "batch"],
            **backend}


@pytest.fixture
def queue(app):
    queue = get_queue(app)
    yield queue
    queue.huey.flush()


class Worker:
    """A ``cms worker`` process (with the test jobs) sharing the test app's settings."""

    def __init__(self, app, tmp_path, args=(), module="tests.jobs.worker_main"):
        self.log = tmp_path / f"worker-{uuid.uuid4().hex[:6]}.log"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for key in ("CMS_DATABASE_URL", "CMS_DATA_DIR", "CMS_SECRET_KEY", "CMS_QUEUE_URL",
                    "CMS_QUEUE_NAME", "CMS_WEBHOOK_ALLOW_PRIVATE"):
            if app.config.get(key):
                env[key] = str(app.config[key])
        with open(self.log, "w") as log:
            self.process = subprocess.Popen([sys.executable, "-m", module, "worker", *args],
                                            cwd=ROOT, env=env, stdout=log, stderr=log)

    def output(self):
        return self.log.read_text()

    def wait_for(self, text, timeout=30):
        deadline = time.monotonic() + timeout
        while text not in self.output():
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited with {self.process.returncode}:\n{self.output()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"worker never said {text!r}:\n{self.output()}")
            time.sleep(0.05)

    def stop(self, sig=signal.SIGTERM, timeout=30):
        self.process.send_signal(sig)
        return self.process.wait(timeout)

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


@pytest.fixture
def start_worker(app, tmp_path):
    workers = []

    def start(*args, **kwargs):
        worker = Worker(app, tmp_path, args, **kwargs)
        workers.append(worker)
        worker.wait_for("worker ready")    # its SIGTERM handler is set: a stop is graceful
        return worker
    yield start
    for worker in workers:
        worker.kill()
