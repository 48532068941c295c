"""Every request, observed from the outermost WSGI layer: its id (sent back in
``X-Request-Id``), its duration until the last byte of the body, its metrics and its log line.

The app's own ``after_request`` tells the observer what only Flask knows: the URL rule's
template, the tenant, and the user when the request has loaded one (never loading it for
this, and never after the database failed).
"""
import time

from flask import g, request
from werkzeug.wsgi import ClosingIterator

from core.observability import context, logs, metrics

HEADER = "X-Request-Id"
_ENVIRON_KEY = "cms.observed"


class RequestObserver:
    """WSGI middleware around the app's ``wsgi_app``."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        seen = {"request_id": context.accept(environ.get("HTTP_X_REQUEST_ID")) or context.new_id(),
                "method": environ.get("REQUEST_METHOD")}
        seen["client"] = environ.get("REMOTE_ADDR")
        environ[_ENVIRON_KEY] = seen
        token = context.enter(seen)

        def start(status, headers, exc_info=None):
            seen["status"] = int(status.split(" ", 1)[0])
            headers = [(k, v) for k, v in headers if k.lower() != HEADER.lower()]
            headers.append((HEADER, seen["request_id"]))
            return start_response(status, headers, exc_info)

        def finish():
            context.leave(token)
            _finish(seen, time.perf_counter() - started)

        try:
            body = self.wsgi_app(environ, start)
        except BaseException:
            seen.setdefault("status", 500)
            finish()
            raise
        return ClosingIterator(body, finish)


def _finish(seen, seconds):
    api = (seen.get("tenant"), seen.get("organisation")) if seen.get("api") else None
    metrics.observe_request(seen.get("route"), seen.get("method"), seen.get("status", 500),
                            seconds, api_caller=api)
    metrics.pool_use()
    logs.request_line(seen, seconds)


def _note_request(response):
    """after_request: what Flask knows about the request, for its line and its metrics."""
    seen = request.environ.get(_ENVIRON_KEY)
    if seen is None:
        return response
    seen["route"] = request.url_rule.rule if request.url_rule is not None else None
    seen["client"] = request.remote_addr        # as ProxyFix has it, behind trusted proxies
    seen["api"] = _is_api()
    if not g.get("answered_unavailable"):      # the user's lookup would ask the failed database
        try:
            context.fill_from_request(seen)
        except Exception:   # noqa: BLE001, S110  (a line without the organisation beats a failed answer)
            pass
    elif g.get("tenant") is not None:
        seen["tenant"] = g.tenant.code
    return response


def _is_api():
    from core.web import wants_json
    return wants_json()


def init_app(app):
    app.wsgi_app = RequestObserver(app.wsgi_app)
    app.after_request(_note_request)
