"""The job queue: huey, on SQLite in the data directory by default, on Redis when
``CMS_QUEUE_URL=redis://…``.

The queue is built for an app on first use (``get_queue``), never at import
time, because it depends on the settings. Plugins declare their work with the
``register_jobs(queue)`` hook, returning :class:`Job` objects; each becomes a
huey task (or a periodic task, with a ``schedule``) named ``Job.name``, which
producers enqueue by name::

    from core.jobs import Job, crontab

    @hookimpl
    def register_jobs(queue):
        return [Job("batch.process", process_file),
                Job("batch.reports", write_reports, schedule=crontab(hour="5", minute="0"))]

    get_queue().enqueue("batch.process", batch_file_id)

A job runs inside an app context with its own database connection. huey does
not redeliver a job whose worker was killed, so a job must keep its state in
the database and be safe to run twice; the database, not the queue, is the
source of truth. ``cms worker`` (core/defaults/jobs.py) runs the consumer.
"""
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from huey import RedisHuey, SqliteHuey, crontab  # noqa: F401  (crontab is for plugins)

from core import db as database
from core.observability import context
from core.observability.jobs import observed
from core.registry import Registry
from core.tenancy import results_by_plugin, tenants_enabling

DEFAULT_QUEUE_NAME = "cms"
QUEUE_FILE = "queue.sqlite3"
_EXTENSION = "cms.jobs"
_lock = threading.Lock()
log = logging.getLogger("cms.jobs")


@dataclass
class Job:
    """Work a plugin gives the queue: ``func(*args, **kwargs)`` enqueued by ``name``, or run on
    ``schedule`` (a huey ``crontab(...)``; periodic jobs take no arguments, except that one
    with ``per_tenant`` is called with ``tenants``: the codes of the tenants that enable
    its plugin when it runs, so the job serves those alone)."""
    name: str
    func: object
    schedule: object = None
    retries: int = 0
    retry_delay: int = 0     # seconds
    per_tenant: bool = False
    plugin: str = None       # filled in by the registry


class JobQueue:
    """An app's huey instance and the tasks made from the plugins' jobs."""

    def __init__(self, huey, jobs, tasks):
        self.huey = huey
        self.jobs = jobs        # a Registry of Job, by name
        self._tasks = tasks     # name -> huey TaskWrapper
        self._not_queued = {}   # name -> monotonic time of its last "not queued" warning

    def task(self, name):
        """The huey task for job ``name`` (KeyError naming the known jobs when there is none)."""
        try:
            return self._tasks[name]
        except KeyError:
            raise KeyError(f"no job named {name!r}; known jobs: "
                           f"{', '.join(sorted(self._tasks)) or 'none'}") from None

    def enqueue(self, name, *args, **kwargs):
        """Queue job ``name``; answers huey's Result (``.get(blocking=True)`` waits for it)."""
        return self.task(name)(*args, **context.carry(kwargs))

    def offer(self, name, *args, **kwargs):
        """Queue job ``name`` if the queue takes it now; when it cannot (Redis unreachable, the
        queue's file full or locked), log a warning and answer None instead of failing the
        caller. Only for work whose state is kept in the database, which a periodic job finds
        and queues again (the webhook sweep, the batch reaper, the notifications scan): losing
        the queue's entry delays the work, failing the request that made it would lose it."""
        task = self.task(name)
        try:
            return task(*args, **context.carry(kwargs))
        except Exception as exc:  # noqa: BLE001  (any queue failure: the database keeps the work)
            now = time.monotonic()
            if now - self._not_queued.get(name, -60.0) >= 60:   # once a minute per job
                self._not_queued[name] = now
                first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                log.warning("job %s not queued (%s): a periodic job will find its work in "
                            "the database", name, first_line)
            return None

    def schedule(self, name, *args, delay=None, eta=None, **kwargs):
        """Queue job ``name`` to run after ``delay`` seconds or at ``eta`` (a UTC datetime)."""
        return self.task(name).schedule(args=args, kwargs=context.carry(kwargs), delay=delay,
                                        eta=eta)

    @property
    def names(self):
        return sorted(self._tasks)


def make_huey(config):
    """The huey instance the settings ask for (not yet holding any task)."""
    name = config.get("CMS_QUEUE_NAME") or DEFAULT_QUEUE_NAME
    immediate = bool(config.get("CMS_QUEUE_IMMEDIATE"))
    url = config.get("CMS_QUEUE_URL") or ""
    if url:
        return RedisHuey(name, url=url, immediate=immediate)
    return SqliteHuey(name, filename=str(Path(config["CMS_DATA_DIR"]) / QUEUE_FILE),
                      immediate=immediate)


def build_queue(app):
    """Make the huey instance for ``app`` and a task for every job the plugins register."""
    cms = app.extensions["cms"]
    huey = make_huey(app.config)
    jobs = Registry("job", "name")
    for plugin, registered in results_by_plugin(cms.pm, "register_jobs", queue=huey):
        for job in registered or ():
            jobs.add(job, plugin)
    tasks = {}
    for job in jobs:
        func = _in_app_context(app, job)
        if job.schedule is not None:
            tasks[job.name] = huey.periodic_task(job.schedule, retries=job.retries,
                                                 retry_delay=job.retry_delay, name=job.name)(func)
        else:
            tasks[job.name] = huey.task(retries=job.retries, retry_delay=job.retry_delay,
                                        name=job.name)(func)
    return JobQueue(huey, jobs, tasks)


def get_queue(app=None):
    """The :class:`JobQueue` of ``app`` (default: the current app), built on first use."""
    if app is None:
        from flask import current_app as app
    app = getattr(app, "_get_current_object", lambda: app)()  # the app itself, not a proxy
    queue = app.extensions.get(_EXTENSION)
    if queue is None:
        with _lock:
            queue = app.extensions.get(_EXTENSION)
            if queue is None:
                queue = app.extensions[_EXTENSION] = build_queue(app)
    return queue


def _in_app_context(app, job):
    """``job.func`` wrapped to run in an app context with a database connection of its own
    (or the caller's, when huey runs it immediately in the caller's thread)."""
    func = job.func

    def run(*args, **kwargs):
        # the request id of the work that queued it (core.observability), its line, its metrics
        with app.app_context(), observed(job.name, kwargs):
            opened = database.db.is_closed()
            if opened:
                database.db.connect()
            if job.per_tenant:
                kwargs["tenants"] = tenants_enabling(job.plugin)
            try:
                return func(*args, **kwargs)
            finally:
                if opened and not database.db.is_closed():
                    database.db.close()

    run.__name__ = job.name
    run.__qualname__ = job.name
    run.__doc__ = func.__doc__
    run.__module__ = "cms.jobs"   # huey names each task "<module>.<name>"
    return run
