"""The README's "Running at scale" start, for real: gunicorn with ``gunicorn.conf.py`` and the
scale-out settings (PostgreSQL, Redis, ``CMS_TRUSTED_PROXIES=1``), behind one proxy."""
import http.client
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
REDIS = "redis://127.0.0.1:6379"
CLIENT, SPOOFED = "203.0.113.9", "198.51.100.7"


def _server_url():
    """The PostgreSQL server the suite uses (its own database, or the local one)."""
    url = os.environ.get("CMS_TEST_DATABASE_URL") or ""
    return url if url.startswith("postgres") else "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture
def database():
    """A PostgreSQL database of this test's own, dropped afterwards."""
    parts = urlsplit(_server_url())
    admin = urlunsplit(parts._replace(path="/postgres"))
    name = f"cms_proxy_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        pytest.fail(f"this test needs PostgreSQL at {admin}: {exc}")
    yield urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _request(port, method, path, headers=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read().decode()
    finally:
        conn.close()


def _wait_for_health(port, server, log):
    deadline = time.monotonic() + 60
    while True:
        assert server.poll() is None, f"gunicorn exited with {server.returncode}:\n{log.read_text()}"
        try:
            if _request(port, "GET", "/healthz")[0] == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"/healthz never answered:\n{log.read_text()}"
        time.sleep(0.2)


@pytest.mark.slow
def test_the_readme_scale_out_start_sees_the_client_the_one_proxy_names(database, tmp_path):
    try:
        redis.Redis.from_url(f"{REDIS}/1").ping()
    except redis.ConnectionError as exc:
        pytest.fail(f"this test needs Redis at {REDIS}: {exc}")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("CMS_")},
           # the README's "Running at scale" settings, pointed at this machine
           "CMS_DATABASE_URL": database,
           "CMS_QUEUE_URL": f"{REDIS}/0",
           "CMS_RATE_LIMIT_REDIS_URL": f"{REDIS}/1",
           "CMS_SECRET_KEY": uuid.uuid4().hex,
           "CMS_DATA_DIR": str(tmp_path / "data"),
           "CMS_SECURE_COOKIES": "true", "CMS_TRUSTED_PROXIES": "1",
           # not the README's: the daily window (00:00-07:00 UK time) would answer the portal
           # with its maintenance page whenever the suite runs at night
           "CMS_MAINTENANCE_WINDOW": ""}
    upgrade = subprocess.run([str(BIN / "cms"), "db", "upgrade"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert upgrade.returncode == 0, upgrade.stderr
    port = _free_port()
    log = tmp_path / "gunicorn.log"
    with open(log, "w") as out:
        server = subprocess.Popen([str(BIN / "gunicorn"), "--config", "gunicorn.conf.py",
                                   "--bind", f"127.0.0.1:{port}", "wsgi:app"],
                                  cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_for_health(port, server, log)
        # what the one TLS proxy in front sends: the client it saw appended to whatever the
        # client claimed, and the scheme it was reached by
        proxied = {"X-Forwarded-For": f"{SPOOFED}, {CLIENT}", "X-Forwarded-Proto": "https"}
        status, headers, page = _request(port, "GET", "/shipper/login", proxied)
        assert status == 200, page
        assert "Strict-Transport-Security" in dict(headers)      # the app saw https
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        cookie = next(value.split(";")[0] for name, value in headers if name == "Set-Cookie")
        assert cookie.startswith("__Host-")                         # a secure cookie
        body = f"csrf_token={token}&email=nobody%40example.com&password=wrong"
        status, _, page = _request(port, "POST", "/shipper/login", {
            **proxied, "Cookie": cookie, "Referer": f"https://127.0.0.1:{port}/shipper/login",
            "Content-Type": "application/x-www-form-urlencoded"},
            body)
        assert status == 401, page
        with psycopg.connect(database) as conn:
            addresses = [row[0] for row in conn.execute(
                "SELECT source_address FROM audit_entry WHERE action = 'login.failed'")]
        assert addresses == [CLIENT]
        limits = redis.Redis.from_url(f"{REDIS}/1")
        keys = limits.keys(f"cms:throttle:*{CLIENT}*")
        assert keys and not limits.keys(f"cms:throttle:*{SPOOFED}*")
        limits.delete(*keys)
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
