"""The service's log: plain text by default, one JSON object a line with ``CMS_LOG_FORMAT=json``
(python-json-logger). One line per request (logger ``cms.request``) and per job
(``cms.job``) with the request id, tenant, organisation, user id, route template or job
name, status and duration; every other line of the service carries the request id of the
work in hand too.

What a line may hold is chosen here, field by field: never a password, key, token, TOTP
secret, query string, form field or any text a person typed into a contact.
"""
import logging
import sys

from pythonjsonlogger.json import JsonFormatter

from core.observability import context

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s"
JSON_FIELDS = "{levelname}{name}{message}"
request_log = logging.getLogger("cms.request")
job_log = logging.getLogger("cms.job")


class ContextFilter(logging.Filter):
    """Puts the request id of the work in hand on every record (None outside any)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = context.request_id()
        return True


class TextFormatter(logging.Formatter):
    """The plain-text line, ending with the fields of a request or job line and the id."""

    def format(self, record):
        line = super().format(record)
        fields = getattr(record, "cms_fields", ())
        extra = " ".join(f"{name}={getattr(record, name)}" for name in fields
                         if getattr(record, name, None) is not None)
        request_id = getattr(record, "request_id", None)
        if request_id and "request_id" not in fields:
            extra = f"{extra} request_id={request_id}".strip()
        return f"{line} [{extra}]" if extra else line


def formatter(kind):
    if kind == "json":
        return JsonFormatter(JSON_FIELDS, style="{", timestamp="time",   # ISO 8601, UTC
                             rename_fields={"levelname": "level", "name": "logger"},
                             reserved_attrs=[*_RESERVED, "cms_fields"])
    return TextFormatter(TEXT_FORMAT)


_RESERVED = ("args", "asctime", "created", "exc_info", "exc_text", "filename", "funcName",
             "levelname", "levelno", "lineno", "module", "msecs", "message", "msg", "name",
             "pathname", "process", "processName", "relativeCreated", "stack_info", "thread",
             "threadName", "taskName")


def configure(app):
    """Log ``cms.*`` at INFO in the format the settings ask for: on the handler this module
    put on the root logger, made when nobody configured logging before (gunicorn's workers,
    ``cms worker``, the ``cms`` command); where someone did (a test runner), only the level
    and the request id filter are set, and their handlers keep their format."""
    cms = logging.getLogger("cms")
    if cms.level == logging.NOTSET:
        cms.setLevel(logging.INFO)
    root = logging.getLogger()
    ours = next((h for h in root.handlers if getattr(h, "cms_handler", False)), None)
    if ours is None and not root.handlers:
        ours = logging.StreamHandler(sys.stderr)
        ours.cms_handler = True
        ours.addFilter(ContextFilter())
        root.addHandler(ours)
    if ours is not None:
        ours.setFormatter(formatter(app.config.get("CMS_LOG_FORMAT") or "text"))


def set_level(level):
    """``cms worker --log-level``: the level of the service's lines and of the libraries'."""
    logging.getLogger().setLevel(level.upper())
    logging.getLogger("cms").setLevel(level.upper())


def _line(logger, message, level, fields):
    logger.log(level, message, extra={**fields, "cms_fields": tuple(fields)})


def request_line(seen, seconds):
    """The request's line: ``seen`` is what the request observer gathered."""
    status = seen.get("status", 500)
    fields = {"request_id": seen.get("request_id"), "method": seen.get("method"),
              "route": seen.get("route"), "status": status,
              "duration_ms": round(seconds * 1000, 1), "client": seen.get("client"),
              "tenant": seen.get("tenant"), "organisation": seen.get("organisation"),
              "user_id": seen.get("user_id")}
    level = logging.ERROR if status >= 500 else logging.INFO
    _line(request_log, f"{fields['method']} {fields['route'] or '(no route)'} {status} "
                       f"{fields['duration_ms']}ms", level, fields)


def job_line(name, outcome, seconds, carried):
    """A job's line; ``carried``: the context of the request (or job) that queued it."""
    fields = {"request_id": carried.get("request_id"), "job": name, "status": outcome,
              "duration_ms": round(seconds * 1000, 1), "tenant": carried.get("tenant"),
              "organisation": carried.get("organisation"), "user_id": carried.get("user_id")}
    level = logging.ERROR if outcome == "error" else logging.INFO
    _line(job_log, f"job {name} {outcome} {fields['duration_ms']}ms", level, fields)
