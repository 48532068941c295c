"""Log lines: one JSON object per request and per job with the request id, tenant,
organisation, user id, route template, status and duration; never a password, key, token
or text typed into a contact. The request id comes back in X-Request-Id (a sane one sent in
is kept) and is carried into the jobs the request queues."""
import io
import json
import logging

import pytest

from core.jobs import get_queue
from core.observability import logs
from plugins.webhooks import registry
from tests.support.principals import PASSWORD

SECRET_TEXT = "Meter cupboard behind the blue door, ask for Mrs Patel"


@pytest.fixture
def app_config():
    return {"CMS_LOG_FORMAT": "json", "CMS_WEBHOOK_ALLOW_PRIVATE": True}


@pytest.fixture
def lines():
    """The service's log lines as the JSON formatter writes them, parsed."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logs.formatter("json"))
    handler.addFilter(logs.ContextFilter())
    logger = logging.getLogger("cms")
    logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in out.getvalue().splitlines()]
    logger.removeHandler(handler)


def test_json_lines_carry_the_fields_and_no_secret(app, principals, api_key, lines):
    user = principals.user("lso", "ALP")
    client = app.test_client()
    with client.post("/shipper/login", data={"email": user.email, "password": "Wrong " + PASSWORD}):
        pass
    headers = api_key(user)
    registry.create(user, user.organisation, "http://127.0.0.1:9/hook", ["contact.raised"])
    with client.post("/api/v1/contacts", headers={**headers, "X-Request-Id": "trace-0001-abcd"},
                     json={"type": "ENQ", "mprn": "3938424403", "summary": SECRET_TEXT,
                           "fields": {"topic": "data", "question": SECRET_TEXT}}) as raised:
        assert raised.status_code == 201 and raised.headers["X-Request-Id"] == "trace-0001-abcd"
    queue = get_queue(app)
    task = queue.huey.dequeue()
    queue.huey.execute(task)          # the webhook delivery the contact queued, as a worker would

    found = lines()
    requests = [line for line in found if line["logger"] == "cms.request"]
    jobs = [line for line in found if line["logger"] == "cms.job"]
    sign_in = next(line for line in requests if line["route"] == "/<tenant>/login")
    assert sign_in["status"] == 401 and sign_in["tenant"] == "shipper" and sign_in["method"] == "POST"
    api = next(line for line in requests if line["route"] == "/api/v1/contacts")
    assert api["request_id"] == "trace-0001-abcd" and api["status"] == 201
    assert api["organisation"] == "ALP" and api["user_id"] == user.id and api["tenant"] == "shipper"
    assert isinstance(api["duration_ms"], float) and api["time"].endswith("+00:00")
    (job,) = jobs
    assert job["job"] == "webhooks.deliver" and job["request_id"] == "trace-0001-abcd"
    assert job["organisation"] == "ALP" and job["user_id"] == user.id and job["status"] == "ok"

    everything = json.dumps(found)
    token = headers["Authorization"].split()[1]
    for secret in (PASSWORD, SECRET_TEXT, token, "Mrs Patel"):
        assert secret not in everything


@pytest.mark.parametrize("sent, kept", [
    ("abcd-1234-EFGH", True), ("short", False), ("x" * 65, False),
    ("has space 1234", False), ("quote\"1234567", False), ("<script>12345", False)])
def test_an_incoming_request_id_is_kept_only_when_sane(client, sent, kept):
    with client.get("/healthz", headers={"X-Request-Id": sent}) as response:
        answered = response.headers["X-Request-Id"]
    assert (answered == sent) is kept
    assert len(response.headers.getlist("X-Request-Id")) == 1
    assert answered.isalnum() or answered == sent


def test_text_is_the_default_and_ends_with_the_fields(tmp_path):
    from core.config import load_config
    assert load_config({"CMS_DATA_DIR": str(tmp_path)}, environ={})["CMS_LOG_FORMAT"] == "text"
    record = logging.LogRecord("cms.request", logging.INFO, __file__, 1, "GET / 200 1.0ms", (), None)
    record.route, record.cms_fields, record.request_id = "/", ("route",), "abc12345"
    assert logs.formatter("text").format(record).endswith("GET / 200 1.0ms [route=/ request_id=abc12345]")
