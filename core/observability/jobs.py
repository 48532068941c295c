"""Every job the queue runs, observed: its outcome and duration in the metrics, its log line,
and the context of the request that queued it (or a new request id) while it runs, so the
lines it writes and the jobs it queues carry the same id."""
import contextlib
import time

from huey.exceptions import CancelExecution, RetryTask

from core.observability import context, logs, metrics


@contextlib.contextmanager
def observed(name, kwargs):
    """Around one run of job ``name``; takes the carried context out of ``kwargs``."""
    carried = kwargs.pop(context.JOB_KEYWORD, None) or {}
    seen = {**carried, "request_id": carried.get("request_id") or context.new_id()}
    token = context.enter(seen)
    started, outcome = time.perf_counter(), "error"
    try:
        yield
        outcome = "ok"
    except RetryTask:
        outcome = "retry"
        raise
    except CancelExecution:
        outcome = "cancelled"
        raise
    finally:
        seconds = time.perf_counter() - started
        context.leave(token)
        metrics.observe_job(name, outcome, seconds)
        metrics.pool_use()
        logs.job_line(name, outcome, seconds, seen)
