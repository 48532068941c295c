"""The batch channel: QMP files in, QMR/QMJ/QCL/QEX files out (see BATCH-FORMAT in the docs).

``format`` (with ``reader``, ``writers``, ``codes``) parses and writes the files;
``intake`` stores and registers what arrives, ``pipeline`` processes it exactly once
(``lease`` keeps a live worker's hold on a file),
``reports`` writes QCL and QEX, ``orphans`` sweeps stored files no row names,
``service`` is what the doors call (portal ``views``, the
``cms batch`` ``commands``, the API's resource ``api``, mailboxes via a job). ``models``
holds the plugin's table and ``migrations`` its schema.
"""
from pathlib import Path

from core.contacts import is_cdsp_staff
from core.settings import Setting, at_least, one_of, whole_number
from core.hookspecs import hookimpl
from core.jobs import Job, crontab
from core.registry import Channel

PARTICIPANT_ROLES = {"user", "supervisor", "lso"}
SWEEP_JOB = "batch.reap_sweep"   # the reaper once more, between its minutes


class BatchChannel(Channel):
    """The portal's pages for files; the API's ``/api/v1/batch-files`` is added by
    ``register_api_resources`` below."""
    code = "batch"
    name = "Batch files"
    service = "files"

    def __init__(self):
        from plugins.channels.batch.views import bp
        super().__init__(blueprint=bp)


@hookimpl
def register_channels():
    return [BatchChannel()]


@hookimpl
def permission_allowed(actor, action, obj):
    """``batch.view``: the organisation's own users see its files. ``batch.submit``:
    participants' users who may raise contacts (not read-only), and the CDSP's staff, whose
    records raise only what names its recipient in a field (a TOG's TRAS notice names the
    Shipper); any other record of theirs is refused, naming the organisation missing."""
    if action not in ("batch.view", "batch.submit"):
        return None
    if actor is None or getattr(actor, "organisation_id", None) is None:
        return False
    org_id = getattr(obj, "id", None)
    if org_id is not None and org_id != actor.organisation_id and hasattr(obj, "code"):
        return False
    if action == "batch.view":
        return True
    return getattr(actor, "role_id", None) in PARTICIPANT_ROLES or is_cdsp_staff(actor)


def _process(batch_file_id):
    from plugins.channels.batch import pipeline
    pipeline.process(batch_file_id)


def _reap():
    """At each minute: a sweep now and three more through the minute (a periodic job runs at
    most once a minute), so a dead worker's file waits a lease and at most a quarter minute."""
    from plugins.channels.batch import pipeline, service
    _sweep()
    queue = service.get_queue()
    for delay in range(pipeline.REAP_EVERY_SECONDS, 60, pipeline.REAP_EVERY_SECONDS):
        queue.schedule(SWEEP_JOB, delay=delay)


def _sweep():
    from plugins.channels.batch import pipeline, service
    pipeline.reap(lambda file_id: service.get_queue().enqueue(service.JOB, file_id))


def _sweep_orphans():
    from plugins.channels.batch import orphans
    orphans.sweep()


def _scan():
    from plugins.channels.batch import intake, service
    intake.scan_mailboxes(service.enqueue)


def _daily_reports(tenants):
    from plugins.channels.batch.commands import write_all_reports
    write_all_reports(tenants, only_if_changed=True)


@hookimpl
def register_jobs():
    return [Job("batch.process", _process),
            Job("batch.reap", _reap, schedule=crontab(minute="*")),
            Job(SWEEP_JOB, _sweep),
            Job("batch.scan_mailboxes", _scan, schedule=crontab(minute="*")),
            # stored files whose row was never written, an hour old (see orphans)
            Job("batch.sweep_orphans", _sweep_orphans, schedule=crontab(minute="47")),
            # 07:15 UTC: after the daily maintenance window, winter and summer alike
            Job("batch.reports", _daily_reports, schedule=crontab(hour="7", minute="15"),
                per_tenant=True)]


@hookimpl
def retention_purge(tenant, cutoffs):
    from plugins.channels.batch import retention
    return {"batch_files": retention.purge(tenant, cutoffs["batch_files"])}


@hookimpl
def sandbox_purge(organisation_ids, cutoff):
    from plugins.channels.batch import retention
    return {"batch_files": retention.purge_sandbox(organisation_ids, cutoff)}


@hookimpl
def register_commands(cli):
    from plugins.channels.batch.commands import batch_group
    cli.add_command(batch_group)


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"


@hookimpl
def register_settings():
    return [Setting("BATCH_MAX_BYTES", 50 * 1024 * 1024, whole_number, at_least(1),
                    help="the largest file accepted (FIL008 above it)"),
            Setting("BATCH_LEASE_SECONDS", 40, whole_number, at_least(1),
                    help="a worker's hold on a file, renewed every quarter of it while the "
                         "worker works; a dead worker's file is retaken once it runs out"),
            Setting("BATCH_CHECK_PROCESSES", 2, whole_number, one_of(1, 2),
                    help="2: a large file's records are checked on two cores (core.forked)")]


@hookimpl
def register_api_resources(api):
    from plugins.channels.batch import api as files, check_api as checks
    return files.resources(api) + checks.resources(api)


@hookimpl
def demo_market(people):
    from plugins.channels.batch.demo import load_demo_files
    load_demo_files(people)


@hookimpl
def collect_gauges(gauges, now):
    from plugins.channels.batch.metrics import collect
    collect(gauges, now)
