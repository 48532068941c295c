"""The service's Prometheus metrics, in prometheus-client's multiprocess mode.

Every gunicorn worker and every ``cms worker`` writes its counters and histograms to files
of its own (named by process id) in one folder, ``PROMETHEUS_MULTIPROC_DIR``: the variable
when it is set, else ``<CMS_DATA_DIR>/metrics``. Whichever worker answers ``/metrics`` adds
them all up (``MultiProcessCollector``) and reads the gauges that describe the database
(``core.observability.gauges``) at that moment. ``gunicorn.conf.py`` removes the files of
processes that are gone when gunicorn starts, and a worker's live gauges when it exits.

Labels are bounded: a route is its URL rule's template (``/<tenant>/contacts/<reference>``),
never the path; a status class or code; a job's name; an organisation's code on API
requests only for the first :data:`ORGANISATION_LABELS` organisations a process sees (the
rest count as ``other``), and organisations are made by the CDSP's admins, never by a caller.

``/metrics`` is closed (404) unless ``CMS_METRICS_TOKEN`` is set; then it asks for
``Authorization: Bearer <token>`` (401 without it).
"""
import glob
import hmac
import os
import threading
from pathlib import Path

from core import db as database

ORGANISATION_LABELS = 100   # distinct organisation labels per process; later ones are "other"
FOLDER = "metrics"
_lock = threading.Lock()
_metrics = None
_organisations = set()


def setup(data_dir):
    """Choose the multiprocess folder (before any metric exists) and make it owner-only."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or str(Path(data_dir) / FOLDER)
    Path(folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    from prometheus_client import values
    if not getattr(values.ValueClass, "_multiprocess", False):
        # prometheus_client was imported before the folder was known (it reads the variable
        # on import): switch it to the multiprocess values the variable would have chosen.
        values.ValueClass = values.MultiProcessValue()
    return folder


def folder():
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR")


def _build():
    from types import SimpleNamespace

    from prometheus_client import Counter, Gauge, Histogram
    return SimpleNamespace(
        requests=Counter("cms_http_requests", "HTTP requests answered, by route template, "
                         "method and status code", ["route", "method", "status"]),
        latency=Histogram("cms_http_request_duration_seconds", "Time to answer an HTTP "
                          "request, by route template, method and status class",
                          ["route", "method", "status_class"]),
        api=Counter("cms_api_requests", "API requests by tenant, organisation (the first "
                    f"{ORGANISATION_LABELS} seen per process, then 'other') and status class",
                    ["tenant", "organisation", "status_class"]),
        jobs=Counter("cms_jobs", "Jobs run by the queue's workers, by job and outcome "
                     "(ok, retry, error)", ["job", "outcome"]),
        job_time=Histogram("cms_job_duration_seconds", "Time a job ran, by job", ["job"],
                           buckets=(0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600)),
        signin_failures=Counter("cms_signin_failures", "Sign-ins refused, by reason",
                                ["reason"]),
        lockouts=Counter("cms_account_lockouts", "Accounts locked after failed sign-ins"),
        webhooks=Counter("cms_webhook_deliveries", "Webhook delivery attempts by outcome "
                         "(delivered; retry: refused, a retry is scheduled; failed: given up)",
                         ["outcome"]),
        batch_files=Counter("cms_batch_files_done", "Batch files finished, by status "
                            "(processed, rejected)", ["status"]),
        batch_records=Counter("cms_batch_records", "Records of processed batch files, by "
                              "outcome (accepted, rejected)", ["outcome"]),
        pool=Gauge("cms_db_pool_connections", "PostgreSQL connections held by the pools of "
                   "the live processes, by state (in_use, idle, max)", ["state"],
                   multiprocess_mode="livesum"),
    )


def _m():
    global _metrics
    if _metrics is None:
        with _lock:
            if _metrics is None:
                _metrics = _build()
    return _metrics


def _status_class(status):
    return f"{int(status) // 100}xx"


def _organisation_label(code):
    if code in _organisations:
        return code
    if len(_organisations) < ORGANISATION_LABELS:
        _organisations.add(code)
        return code
    return "other"


# ------------------------------------------------------------- what the core counts

def observe_request(route, method, status, seconds, api_caller=None):
    """One answered request; ``api_caller``: (tenant, organisation code) of an API request."""
    m = _m()
    route = route or "(no route)"
    m.requests.labels(route, method, str(status)).inc()
    m.latency.labels(route, method, _status_class(status)).observe(seconds)
    if api_caller is not None:
        tenant, organisation = api_caller
        m.api.labels(tenant or "(none)", _organisation_label(organisation or "(none)"),
                     _status_class(status)).inc()


def observe_job(name, outcome, seconds):
    m = _m()
    m.jobs.labels(name, outcome).inc()
    m.job_time.labels(name).observe(seconds)


def signin_failed(reason):
    _m().signin_failures.labels(reason).inc()


def account_locked():
    _m().lockouts.inc()


def webhook_attempt(outcome):
    """A webhook delivery attempt: ``delivered``, ``retry`` or ``failed`` (given up)."""
    _m().webhooks.labels(outcome).inc()


def batch_file_done(status, accepted=0, rejected=0):
    """A batch file finished: ``processed`` with its records' outcomes, or ``rejected``."""
    m = _m()
    m.batch_files.labels(status).inc()
    if accepted:
        m.batch_records.labels("accepted").inc(accepted)
    if rejected:
        m.batch_records.labels("rejected").inc(rejected)


def pool_use():
    """Record this process's PostgreSQL pool: connections in use, idle, and its size."""
    pool = database.db.obj
    if pool is None or not hasattr(pool, "_in_use"):
        return
    gauge = _m().pool
    gauge.labels("in_use").set(len(pool._in_use))
    gauge.labels("idle").set(len(pool._connections))
    gauge.labels("max").set(pool._max_connections)


# ------------------------------------------------------------------- the scrape

def authorised(config, header):
    """None when the request may read the metrics, else the status to answer (404: metrics
    are off; 401: the bearer token is missing or wrong)."""
    token = config.get("CMS_METRICS_TOKEN") or ""
    if not token:
        return 404
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        return 401
    return None


def exposition(app):
    """The text every process's metrics add up to, and the database's gauges now."""
    from prometheus_client import (
        CONTENT_TYPE_LATEST,
        CollectorRegistry,
        generate_latest,
    )
    from prometheus_client.multiprocess import MultiProcessCollector

    from core.observability.gauges import DatabaseGauges
    class StartedFilesOnly(MultiProcessCollector):
        """Leaves out a file a process has created but not yet begun (fewer than the 8
        bytes of its header): read in that moment, it would fail the whole scrape."""

        def collect(self):
            files = []
            for name in glob.glob(os.path.join(self._path, "*.db")):
                try:
                    if os.path.getsize(name) >= 8:
                        files.append(name)
                except OSError:     # gone since the listing: its process has ended
                    pass
            return self.merge(files, accumulate=True)

    pool_use()
    registry = CollectorRegistry()
    StartedFilesOnly(registry, path=folder())
    registry.register(DatabaseGauges(app))
    return generate_latest(registry), CONTENT_TYPE_LATEST


def forget_dead_processes(path=None):
    """At gunicorn's start: remove the files of processes that are no longer running (their
    counters leave the sums, which Prometheus reads as a counter reset)."""
    path = Path(path or folder() or "")
    if not path.is_dir():
        return 0
    removed = 0
    for file in path.glob("*.db"):
        pid = file.stem.rsplit("_", 1)[-1]
        if pid.isdigit() and not _running(int(pid)):
            file.unlink(missing_ok=True)
            removed += 1
    return removed


def process_exited(pid, path=None):
    """gunicorn's ``child_exit``: a worker's live gauges leave the sums."""
    from prometheus_client import multiprocess
    if path or folder():
        multiprocess.mark_process_dead(pid, path or folder())


def _running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
