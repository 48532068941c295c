"""The job queue's core pieces as a plugin: the ``cms worker`` command and the core's own jobs."""
import logging

import click
from flask import current_app
from flask.cli import with_appcontext
from huey.consumer import Consumer

from core import retention, sandbox_script
from core.hookspecs import hookimpl
from core.jobs import Job, crontab, get_queue
from core.observability import logs
from core.storage import storage_for

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s"


@click.command("worker")
@click.option("--workers", "-w", default=2, show_default=True, type=click.IntRange(1, 64),
              help="jobs run at the same time (threads)")
@click.option("--periodic/--no-periodic", default=True, show_default=True,
              help="also enqueue the periodic jobs when they are due (run one such worker)")
@click.option("--shutdown-timeout", type=click.FloatRange(0), default=None,
              help="seconds to wait for running jobs on SIGTERM before interrupting them "
                   "(default: wait until they finish)")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["debug", "info", "warning", "error"]))
@with_appcontext
def worker(workers, periodic, shutdown_timeout, log_level):
    """Run the job queue's consumer until stopped.

    SIGTERM stops taking new jobs and exits once the running ones finish; a
    second SIGTERM, or SIGINT (Ctrl-C), stops at once. A job cut short is not
    redelivered by the queue: the jobs keep their state in the database.
    """
    logging.basicConfig(level=log_level.upper(), format=LOG_FORMAT)   # unless already set up
    logs.set_level(log_level)   # core.observability.logs: the format CMS_LOG_FORMAT asks for
    queue = get_queue(current_app)
    if queue.huey.immediate:
        raise click.ClickException("the queue runs jobs immediately (CMS_QUEUE_IMMEDIATE): "
                                   "there is nothing for a worker to do")
    logging.getLogger("cms.worker").info(
        "queue %s on %s; jobs: %s", queue.huey.name, type(queue.huey.storage).__name__,
        ", ".join(queue.names) or "none")
    consumer = _Consumer(
        queue.huey, workers=workers, worker_type="thread", periodic=periodic,
        shutdown_timeout=shutdown_timeout, graceful_signal="TERM", check_worker_health=True)
    consumer.run()
    logging.getLogger("cms.worker").info("worker stopped")


class _Consumer(Consumer):
    """huey's consumer, saying when it handles SIGTERM gracefully: it logs that it started
    before it sets its signal handlers, and a SIGTERM in between ends it at once."""

    def _set_signal_handlers(self):
        super()._set_signal_handlers()
        logging.getLogger("cms.worker").info("worker ready: SIGTERM finishes the running jobs")


def sweep_temporary_files():
    """Remove temporary files that writes killed part-way left in the data directory."""
    removed = storage_for().sweep_temporary(older_than_seconds=3600)
    if removed:
        logging.getLogger("cms.storage").warning("removed %d abandoned temporary files", removed)


@hookimpl
def register_commands(cli):
    cli.add_command(worker)


@hookimpl
def register_jobs():
    from core.contacts.jobs import tick
    return [Job("core.sweep_temporary_files", sweep_temporary_files,
                schedule=crontab(minute="17")),
            # auto-closing correspondence, marking breaches, closing resolved contacts,
            # the escalation rules: what `cms contacts tick` runs, every five minutes
            # (at :04, :09, ...: off the minutes the other periodic jobs start on)
            Job("contacts.tick", tick, schedule=crontab(minute="4-59/5")),
            # what is past its retention period, purged nightly (`cms retention run`)
            Job("core.retention", retention.scheduled, schedule=crontab(hour="3", minute="37")),
            # the sandboxes' scripted CDSP side, and their purge (core.sandbox_script)
            Job("sandbox.script", sandbox_script.run, schedule=crontab(minute="1-59/5")),
            Job("sandbox.purge", sandbox_script.purge, schedule=crontab(hour="3", minute="47"))]
