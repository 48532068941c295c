"""The job queue: its storage from the settings, the jobs plugins register, running them."""
import datetime
import os
import time

import pytest
from huey import RedisHuey, SqliteHuey

from core import create_app
from core.config import ConfigError, load_config
from core.hookspecs import hookimpl
from core.actors import SystemActor
from core.jobs import Job, get_queue
from core.models import AuditEntry
from core.registry import RegistryError
from core.storage import TEMP_PREFIX, storage_for
from core.tenancy import set_plugin_enabled


def ran(label):
    return AuditEntry.select().where(AuditEntry.action == "jobs.test_ran",
                                     AuditEntry.target_id == label).count()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_default_queue_is_sqlite_in_the_data_directory(app, queue):
    assert isinstance(queue.huey, SqliteHuey)
    assert queue.huey.storage.filename == os.path.join(app.config["CMS_DATA_DIR"], "queue.sqlite3")


@pytest.mark.parametrize("backend", ["redis"], indirect=True)
def test_a_redis_url_gives_a_redis_queue(app, queue):
    assert isinstance(queue.huey, RedisHuey)
    assert queue.huey.storage.conn.ping()


@pytest.mark.parametrize("url", ["sqlite:///queue", "amqp://localhost", "127.0.0.1:6379"])
def test_a_queue_url_that_is_not_redis_stops_start_up(url, tmp_path):
    with pytest.raises(ConfigError, match="CMS_QUEUE_URL must be empty .* or start with redis://"):
        load_config({"CMS_QUEUE_URL": url, "CMS_DATA_DIR": str(tmp_path)}, environ={})


def test_size_limits_have_defaults_and_are_checked(tmp_path, monkeypatch):
    """The attachment limit is the core's; the batch limit is the batch plugin's setting."""
    monkeypatch.delenv("CMS_BATCH_MAX_BYTES", raising=False)
    config = create_app({"CMS_DATA_DIR": str(tmp_path)}).config
    assert (config["CMS_BATCH_MAX_BYTES"], config["CMS_ATTACHMENT_MAX_BYTES"]) == (50 << 20, 10 << 20)
    monkeypatch.setenv("CMS_BATCH_MAX_BYTES", "1000")
    assert create_app({"CMS_DATA_DIR": str(tmp_path)}).config["CMS_BATCH_MAX_BYTES"] == 1000
    with pytest.raises(ConfigError, match="CMS_BATCH_MAX_BYTES must be at least 1"):
        create_app({"CMS_DATA_DIR": str(tmp_path), "CMS_BATCH_MAX_BYTES": "0"})
    with pytest.raises(ConfigError, match="CMS_ATTACHMENT_MAX_BYTES"):
        load_config({"CMS_DATA_DIR": str(tmp_path), "CMS_ATTACHMENT_MAX_BYTES": "0"}, environ={})


def test_the_queue_is_built_on_first_use_with_every_plugins_jobs(app):
    assert "cms.jobs" not in app.extensions
    queue = get_queue(app)
    assert get_queue(app) is queue
    assert queue.names == ["contacts.tick", "core.retention", "core.sweep_temporary_files",
                           "reports.monthly", "sandbox.purge", "sandbox.script", "test.hourly",
                           "test.per_tenant", "test.record"]
    assert queue.jobs.get("test.record").plugin == "tests.jobs.plugin"
    assert queue.jobs.get("core.sweep_temporary_files").plugin == "core.jobs"
    with pytest.raises(KeyError, match="no job named 'nope'; known jobs: contacts.tick, core.retention, core.sweep"):
        queue.enqueue("nope")


def test_register_jobs_refuses_two_jobs_of_one_name(tmp_path):
    class Twin:
        name = "twin"

        @hookimpl
        def register_jobs(self):
            return [Job("core.sweep_temporary_files", print)]
    app = create_app({"CMS_DATA_DIR": str(tmp_path), "CMS_EXTRA_PLUGINS": [Twin()],
                      "CMS_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"})
    with pytest.raises(RegistryError, match="'core.sweep_temporary_files' is registered by both "
                                            "plugin 'core.jobs' and plugin 'twin'"):
        get_queue(app)


def test_a_job_runs_through_hueys_own_execution(app, queue):
    result = queue.enqueue("test.record", "first")
    assert queue.huey.pending_count() == 1
    assert ran("first") == 0
    queue.huey.execute(queue.huey.dequeue())
    assert result.get() == {"label": "first", "pid": os.getpid()}
    assert ran("first") == 1
    assert queue.huey.pending_count() == 0


def test_a_job_scheduled_later_waits(app, queue):
    queue.schedule("test.record", "later", delay=3600)
    task = queue.huey.dequeue()
    assert task.args == ("later",)
    assert not queue.huey.ready_to_run(task)
    assert queue.huey.ready_to_run(task, task.eta)


def test_periodic_jobs_are_due_on_their_schedule(app, queue):
    due = lambda hour, minute: sorted(t.name for t in queue.huey.read_periodic(  # noqa: E731
        datetime.datetime(2026, 3, 15, hour, minute)))
    assert due(10, 0) == ["test.hourly"]
    assert due(10, 17) == ["core.sweep_temporary_files"]
    assert due(10, 18) == []
    assert due(3, 37) == ["core.retention"]   # nightly
    assert due(10, 4) == due(10, 59) == ["contacts.tick"]
    assert due(10, 1) == due(10, 56) == ["sandbox.script"]   # the sandbox's scripted CDSP
    assert due(3, 47) == ["sandbox.purge"]


def test_a_per_tenant_job_is_given_the_tenants_that_enable_its_plugin(app, queue):
    def run():
        [task] = queue.huey.read_periodic(datetime.datetime(2026, 3, 15, 3, 45))
        queue.huey.execute(task)
        entry = (AuditEntry.select().where(AuditEntry.action == "jobs.test_per_tenant")
                 .order_by(AuditEntry.id.desc()).first())
        return entry.detail["tenants"]
    assert run() == []                           # no tenant file lists the test plugin
    set_plugin_enabled(SystemActor("test"), "shipper", "tests.jobs.plugin", True)
    set_plugin_enabled(SystemActor("test"), "gt", "tests.jobs.plugin", True)
    assert run() == ["gt", "shipper"]
    set_plugin_enabled(SystemActor("test"), "gt", "tests.jobs.plugin", False)
    assert run() == ["shipper"]


def test_the_core_sweeps_abandoned_temporary_files(app, queue):
    outbox = storage_for(app).outbox("ALP")
    old, fresh = outbox / f"{TEMP_PREFIX}old", outbox / f"{TEMP_PREFIX}fresh"
    for path in (old, fresh):
        path.write_bytes(b"half a file")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    [task] = queue.huey.read_periodic(datetime.datetime(2026, 3, 15, 10, 17))
    queue.huey.execute(task)
    assert not old.exists() and fresh.exists()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_immediate_mode_runs_jobs_in_the_caller(app_config, migrated, database_url, tmp_path):
    from tests.conftest import make_app
    app = make_app(database_url, tmp_path / "data", CMS_QUEUE_IMMEDIATE=True, **app_config)
    with app.app_context():
        result = get_queue(app).enqueue("test.record", "now")
        assert result.get()["label"] == "now"
        assert ran("now") == 1
