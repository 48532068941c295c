"""What an operator watches: Prometheus metrics (``metrics``, ``gauges``), one log line per
request and per job (``logs``, ``requests``), a request id carried from a request into the
jobs it queues (``context``), and readiness (``readiness``).

Plugins count their events with the functions of :mod:`core.observability.metrics`
(``webhook_attempt``, ``batch_file_done``) and add gauges read at scrape time with the
``collect_gauges`` hook; they never touch the metric objects.
"""


def init_app(app):
    """Wire observability into ``app``: the metrics folder, the request observer (outermost
    WSGI layer), the log format, and the probes answered before any other request hook."""
    from core.observability import logs, metrics, probes, requests
    metrics.setup(app.config["CMS_DATA_DIR"])
    logs.configure(app)
    requests.init_app(app)
    probes.init_app(app)
