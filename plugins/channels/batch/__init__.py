"""The batch channel: QMP files in, QMR/QMJ/QCL/QEX files out (see BATCH-FORMAT in the docs).

``format`` (with ``reader``, ``writers``, ``codes``) parses and writes the files;
``intake`` stores and registers what arrives, ``pipeline`` processes it exactly once,
``reports`` writes QCL and QEX, ``service`` is what the doors call (portal ``views``, the
``cms batch`` ``commands``, the API through the channel registry, mailboxes via a job).
"""
from core.hookspecs import hookimpl
from core.jobs import Job, crontab
from core.registry import Channel

PLUGIN = "batch"
PARTICIPANT_ROLES = {"user", "supervisor", "lso"}


class BatchChannel(Channel):
    """The channel, and the service other plugins reach through the channel registry
    (``current_app.extensions["cms"].channels.get("batch")``)."""
    code = "batch"
    name = "Batch files"

    def __init__(self):
        from plugins.channels.batch.views import bp
        super().__init__(blueprint=bp)

    # the API's door (plugins never import each other)
    def submit(self, actor, source, filename, channel):
        from plugins.channels.batch import service
        return service.submit(actor, source, filename, channel)

    def get_file(self, actor, file_id):
        from plugins.channels.batch import service
        return service.get_file(actor, file_id)

    def describe(self, batch_file):
        from plugins.channels.batch import service
        return service.describe(batch_file)

    def response(self, actor, file_id):
        from plugins.channels.batch import service
        return service.response(actor, file_id)


@hookimpl
def register_channels():
    return [BatchChannel()]


@hookimpl
def permission_allowed(actor, action, obj):
    """``batch.view``: the organisation's own users see its files. ``batch.submit``:
    participants' users who may raise contacts (not read-only, not the CDSP's staff, whose
    contacts name a participant a QMP cannot)."""
    if action not in ("batch.view", "batch.submit"):
        return None
    if actor is None or getattr(actor, "organisation_id", None) is None:
        return False
    org_id = getattr(obj, "id", None)
    if org_id is not None and org_id != actor.organisation_id and hasattr(obj, "code"):
        return False
    if action == "batch.view":
        return True
    return getattr(actor, "role_id", None) in PARTICIPANT_ROLES


def _process(batch_file_id):
    from plugins.channels.batch import pipeline
    pipeline.process(batch_file_id)


def _reap():
    from plugins.channels.batch import pipeline, service
    pipeline.reap(lambda file_id: service.get_queue().enqueue(service.JOB, file_id))


def _scan():
    from plugins.channels.batch import intake, service
    intake.scan_mailboxes(service.enqueue)


def _daily_reports():
    from plugins.channels.batch.commands import write_all_reports
    write_all_reports(only_if_changed=True)


@hookimpl
def register_jobs():
    return [Job("batch.process", _process),
            Job("batch.reap", _reap, schedule=crontab(minute="*")),
            Job("batch.scan_mailboxes", _scan, schedule=crontab(minute="*")),
            # 07:15 UTC: after the daily maintenance window, winter and summer alike
            Job("batch.reports", _daily_reports, schedule=crontab(hour="7", minute="15"))]


@hookimpl
def register_commands(cli):
    from plugins.channels.batch.commands import batch_group
    cli.add_command(batch_group)
