"""The service as it runs: gunicorn (``gunicorn.conf.py``) with two workers on SQLite, JSON
logs. Whichever worker answers /metrics, the counts are those of both workers together
(prometheus-client's multiprocess mode), and each request is one JSON line on stderr."""
import http.client
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.faults.services import free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TOKEN = "served-metrics-token-0123456789"


def get(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


@pytest.mark.slow
def test_two_workers_count_as_one_service(tmp_path):
    data = tmp_path / "data"
    env = {**{k: v for k, v in os.environ.items()
              if not k.startswith("CMS_") and k != "PROMETHEUS_MULTIPROC_DIR"},
           "CMS_DATA_DIR": str(data), "CMS_SECRET_KEY": uuid.uuid4().hex,
           "CMS_METRICS_TOKEN": TOKEN, "CMS_LOG_FORMAT": "json", "CMS_MAINTENANCE_WINDOW": "",
           "CMS_WEB_WORKERS": "2"}
    upgrade = subprocess.run([str(BIN / "cms"), "db", "upgrade"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert upgrade.returncode == 0, upgrade.stderr
    port, log = free_port(), tmp_path / "gunicorn.log"
    with open(log, "w") as out:
        server = subprocess.Popen([str(BIN / "gunicorn"), "--config", "gunicorn.conf.py",
                                   "--bind", f"127.0.0.1:{port}", "wsgi:app"],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, log.read_text()
            try:
                if get(port, "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        for _ in range(40):        # a new connection each: both workers take some
            assert get(port, "/healthz")[0] == 200
        time.sleep(0.5)
        counts = []
        for _ in range(6):         # several scrapes, answered by either worker
            status, text = get(port, "/metrics", {"Authorization": f"Bearer {TOKEN}"})
            assert status == 200, text
            counts.append(sum(s.value for f in text_string_to_metric_families(text)
                              for s in f.samples if s.name == "cms_http_requests_total"
                              and s.labels.get("route") == "/healthz"))
        assert counts == [40.0] * 6
        pids = {f.stem.rsplit("_", 1)[1] for f in (data / "metrics").glob("counter_*.db")}
        assert len(pids) == 2, f"both workers counted: {pids}"
    finally:
        server.terminate()
        server.wait(30)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    health = [line for line in lines if line.get("route") == "/healthz"]
    assert len(health) == 40 and len({line["request_id"] for line in health}) == 40
    assert all(line["status"] == 200 and line["logger"] == "cms.request" for line in health)
