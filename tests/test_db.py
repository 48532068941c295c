"""The database layer: concurrent writers on SQLite, deadlock retries on PostgreSQL."""
import threading

import pytest

from core import db as database
from core.db import retrying, transaction
from core.models import Tenant


def test_concurrent_sqlite_or_pg_writers_wait_instead_of_failing(app):
    errors = []

    def write(n):
        try:
            with app.app_context():
                for i in range(20):
                    with transaction():
                        Tenant.update(name=Tenant.name).where(Tenant.code == "shipper").execute()
                        Tenant.create(code=f"t{n}-{i}", name="x")
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert Tenant.select().where(Tenant.code.startswith("t")).count() == 80


@pytest.mark.skipif("not __import__('os').environ.get('CMS_TEST_DATABASE_URL')")
def test_a_deadlock_victim_is_retried(app):
    """Two transactions lock two rows in opposite orders; PostgreSQL kills one, which retries."""
    Tenant.create(code="left", name="l")
    Tenant.create(code="right", name="r")
    barrier = threading.Barrier(2)
    attempts, errors = [], []

    def work(first, second):
        @retrying
        def unit():
            attempts.append(first)
            with transaction():
                Tenant.update(name="x").where(Tenant.code == first).execute()
                if attempts.count(first) == 1:  # meet only on the first try
                    barrier.wait(timeout=10)
                Tenant.update(name="y").where(Tenant.code == second).execute()
        try:
            with app.app_context():
                unit()
                database.db.close()
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=pair) for pair in (("left", "right"), ("right", "left"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert len(attempts) == 3  # one of the two ran twice
    # the retried unit committed after the other: its first row says x, its second y
    assert {Tenant.get(Tenant.code == c).name for c in ("left", "right")} == {"x", "y"}
