"""Every pooled PostgreSQL connection taken: a request that cannot get one within the pool's
wait is answered 503 with Retry-After (not 500), on the API and the portal alike, and once a
connection is handed back the same request is served. A real pool (core.db: playhouse's
PooledPostgresqlDatabase) on the test database, held by other threads."""
import threading

import pytest

from core import apikeys
from core import db as database


@pytest.fixture
def pool(app, monkeypatch):
    pool = database.db.obj
    if not hasattr(pool, "_in_use"):
        pytest.skip("a connection pool is PostgreSQL's (run with CMS_TEST_DATABASE_URL)")
    monkeypatch.setattr(pool, "_max_connections", 2)
    monkeypatch.setattr(pool, "_wait_timeout", 0.3)   # seconds a request waits for one
    return pool


class Holders:
    """Threads that each take a pooled connection and keep it until released."""

    def __init__(self, pool):
        self.pool, self.release, self.threads = pool, threading.Event(), []

    def take_all(self):
        while len(self.pool._in_use) < self.pool._max_connections:
            taken = threading.Event()
            thread = threading.Thread(target=self._hold, args=(taken,), daemon=True)
            thread.start()
            assert taken.wait(10)
            self.threads.append(thread)

    def _hold(self, taken):
        self.pool.connect(reuse_if_open=True)
        self.pool.execute_sql("SELECT 1")
        taken.set()
        self.release.wait(30)
        self.pool.close()   # back to the pool

    def give_back(self):
        self.release.set()
        for thread in self.threads:
            thread.join(10)


def in_a_thread(call):
    """``call()`` in a thread of its own (so it holds no connection yet): its answer."""
    answer = {}
    thread = threading.Thread(target=lambda: answer.setdefault("response", call()))
    thread.start()
    thread.join(30)
    return answer["response"]


def test_a_request_finding_every_connection_taken_gets_503_then_is_served(app, principals, pool):
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "pool")
    database.release()   # this thread's connection back to the pool: the holders take them
    client = app.test_client()

    def list_contacts():
        return client.get("/api/v1/contacts", headers={"Authorization": f"Bearer {token}"})

    holders = Holders(pool)
    holders.take_all()
    try:
        busy = in_a_thread(list_contacts)
        assert busy.status_code == 503, busy.get_data(as_text=True)
        assert busy.headers["Retry-After"] == "2" and busy.headers["Cache-Control"] == "no-store"
        assert "too busy" in busy.json["message"]
        page = in_a_thread(lambda: app.test_client().get("/shipper/login"))
        assert page.status_code == 503 and page.headers["Retry-After"] == "2"
        assert "Service busy" in page.get_data(as_text=True)
    finally:
        holders.give_back()
    served = in_a_thread(list_contacts)
    assert served.status_code == 200 and served.json["items"] == []
