"""gunicorn settings: workers from the core count, sane timeouts, the metrics folder.

A request here is CPU work (Python) between short database calls, so one worker per core
and one spare keep the cores busy without making them take turns: on the 2-core benchmark
machine (bench/load.py, PostgreSQL on the same host) 3 workers served 1,092 API reads/s,
5 workers (the usual 2 x cores + 1) 947 and 8 workers 686. With the database on another
host a worker waits longer for each answer: raise CMS_WEB_WORKERS there, and measure.
"""
import multiprocessing
import os

workers = int(os.environ.get("CMS_WEB_WORKERS", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("CMS_WEB_THREADS", 1))
timeout = 60
graceful_timeout = 30
keepalive = 5
accesslog = None   # the app's own line per request stands in for it (see below)
errorlog = "-"
# X-Forwarded-* are the app's to read: CMS_TRUSTED_PROXIES is how many proxies stand in front
# (the app's ProxyFix believes that many hops, core/app.py). gunicorn believes no peer's
# forwarded headers, so it never sets the scheme on its own or refuses a request the app
# would take, whatever CMS_TRUSTED_PROXIES says.
forwarded_allow_ips = ""
secure_scheme_headers = {}

# Logs: the app writes one line per request (core.observability.logs: text, or JSON when
# CMS_LOG_FORMAT=json; the request id, route template, status, duration, client address,
# tenant, organisation and user), which stands in for gunicorn's access log.

# Metrics: every worker writes its own files in one folder (prometheus-client's multiprocess
# mode), PROMETHEUS_MULTIPROC_DIR or <CMS_DATA_DIR>/metrics, chosen here before any worker
# starts so that all of them, and the app, agree on it.
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", os.path.join(
    os.path.abspath(os.environ.get("CMS_DATA_DIR") or
                    os.path.join(os.path.dirname(os.path.abspath(__file__)), "instance")),
    "metrics"))


def on_starting(server):
    """The files of processes gone since the last start leave the sums (those of a running
    ``cms worker`` stay)."""
    from core.observability import metrics
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], mode=0o700, exist_ok=True)
    metrics.forget_dead_processes(os.environ["PROMETHEUS_MULTIPROC_DIR"])


def child_exit(server, worker):
    """A worker that exits takes its live gauges (its database pool) with it."""
    from core.observability import metrics
    metrics.process_exited(worker.pid, os.environ["PROMETHEUS_MULTIPROC_DIR"])
