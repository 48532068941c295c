"""``/readyz`` and ``/metrics``, answered ahead of every other request hook.

Both are read by machines that must get an answer whatever state the service is in: during
a maintenance window, with the database down (the usual hooks would open a connection
first and answer a 503 page that names nothing), without a tenant or a session. So a
``before_request`` function put first in line answers them, and the views in
``core/views/home.py`` (which give the routes their names) are never reached but say the same.
"""
from flask import Response, current_app, jsonify, request

from core.observability import metrics, readiness

ENDPOINTS = {"root.ready", "root.metrics"}


def ready_response():
    body, status = readiness.answer()
    response = jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


def metrics_response():
    refused = metrics.authorised(current_app.config, request.headers.get("Authorization"))
    if refused == 404:
        return Response("Not found\n", status=404, mimetype="text/plain")
    if refused == 401:
        return Response("Send the metrics token as 'Authorization: Bearer <token>'.\n",
                        status=401, mimetype="text/plain",
                        headers={"WWW-Authenticate": 'Bearer realm="cms-metrics"'})
    data, content_type = metrics.exposition(current_app._get_current_object())
    return Response(data, status=200, headers={"Content-Type": content_type,
                                               "Cache-Control": "no-store"})


def answer_probe():
    if request.endpoint == "root.ready":
        return ready_response()
    if request.endpoint == "root.metrics":
        return metrics_response()
    return None


def init_app(app):
    # first in line: before the database is opened, the NUL scan, the maintenance gate, CSRF
    app.before_request_funcs.setdefault(None, []).insert(0, answer_probe)
