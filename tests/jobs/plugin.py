"""A plugin that gives the queue jobs to run in the tests: each leaves traces a test can check."""
import os
import time
from pathlib import Path

from core import audit
from core import db as database
from core.hookspecs import hookimpl
from core.jobs import Job, crontab


def record(label, marker_dir=None, seconds=0):
    """Mark the start, wait ``seconds``, write an audit entry, mark the end; answer who ran it."""
    if marker_dir:
        Path(marker_dir, f"{label}.started").write_text(str(os.getpid()))
    time.sleep(seconds)
    with database.transaction():
        audit.record("jobs.test_ran", target_type="job", target_id=label)
    if marker_dir:
        Path(marker_dir, f"{label}.done").write_text(str(os.getpid()))
    return {"label": label, "pid": os.getpid()}


def hourly():
    with database.transaction():
        audit.record("jobs.test_periodic", target_type="job", target_id="hourly")


def per_tenant(tenants):
    with database.transaction():
        audit.record("jobs.test_per_tenant", target_type="job", target_id="per_tenant",
                     detail={"tenants": sorted(tenants)})


@hookimpl
def register_jobs(queue):
    assert queue.name  # the huey instance is passed to plugins that want its own tools
    return [Job("test.record", record), Job("test.hourly", hourly, schedule=crontab(minute="0")),
            Job("test.per_tenant", per_tenant, schedule=crontab(hour="3", minute="45"),
                per_tenant=True)]
