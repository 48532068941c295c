"""Fixtures in the flaskr style: ``app``, ``client``, ``runner``, ``login_as(role, org)``.

The suite runs on SQLite by default and on PostgreSQL when ``CMS_TEST_DATABASE_URL``
is set. The schema is built once per run by the real migrations; each test starts
from empty tables with the tenants, roles and the CDSP organisation in place.
"""
import os
from graphlib import CycleError, TopologicalSorter

import pytest

from core import create_app
from core import db as database
from core.cli import upgrade_database
from tests.support.principals import PASSWORD, Principals

FAST_ARGON2 = {"CMS_ARGON2_TIME_COST": 1, "CMS_ARGON2_MEMORY_KIB": 1024, "CMS_ARGON2_PARALLELISM": 1}
KEEP_TABLES = {"role", "schema_migration"}  # and each plugin's schema_migration_<plugin>


SLOW_TEST_WEIGHT = 30   # a test marked slow takes about as long as thirty others


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (scripts/test: ``--dist loadfile --no-loadscope-reorder``) the
    files are handed out in the order collected here: the heaviest first, a file weighing
    a test each and ``SLOW_TEST_WEIGHT`` a slow test, so that the pass ends on small files
    rather than with one worker idle while the other runs a few long tests (xdist's own
    order, by number of tests, puts the browser and fault files, a few slow tests each,
    last). The tests of a file keep their order; a run without workers keeps pytest's."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    weight = {}
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        weight[path] = weight.get(path, 0) + (SLOW_TEST_WEIGHT if item.get_closest_marker("slow")
                                              else 1)
    items.sort(key=lambda item: -weight[item.nodeid.split("::", 1)[0]])   # stable


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    url = os.environ.get("CMS_TEST_DATABASE_URL")
    if url:
        import psycopg
        url = worker_database(url)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
            without_waiting_for_the_disk(conn)
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def without_waiting_for_the_disk(conn):
    """The test database's commits are answered before their WAL is flushed to disk
    (``synchronous_commit = off``, for the sessions opened from now on): a commit is seen by
    every other session just the same, and only a crash of the PostgreSQL server, which the
    suite never causes on this one, could lose it. A flush waits 3 to 15 ms on a shared
    disk, and a test commits tens of times: the PostgreSQL pass's largest wait."""
    from psycopg import sql
    conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(
        sql.Identifier(conn.info.dbname)))


def worker_database(url):
    """Under pytest-xdist each worker has a PostgreSQL database of its own (``<name>_gw0``...),
    created when missing; a run without workers uses the database it was given."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    from urllib.parse import urlsplit, urlunsplit
    from tests.support.pgcreate import ensure_database
    parts = urlsplit(url)
    url = urlunsplit(parts._replace(path=f"{parts.path}_{worker}"))
    ensure_database(url)
    return url


def make_app(database_url, data_dir, **config):
    settings = {"TESTING": True, "WTF_CSRF_ENABLED": False, "CMS_DATABASE_URL": database_url,
                "CMS_DATA_DIR": str(data_dir), "CMS_SECRET_KEY": "test-secret-key-0123456789",
                "CMS_COUNT_CACHE_SECONDS": 0,   # counts read fresh; tests/contacts/test_counts.py keeps them
                **FAST_ARGON2}
    settings.update(config)
    return create_app(settings)


@pytest.fixture(scope="session")
def migrated(database_url, tmp_path_factory):
    """The tables each test empties, children before the tables they refer to."""
    app = make_app(database_url, tmp_path_factory.mktemp("data"))
    with app.app_context():
        upgrade_database()
        tables = deletion_order([t for t in database.db.get_tables()
                                 if t not in KEEP_TABLES and not t.startswith("schema_migration_")])
    database.db.close()
    return tables


def deletion_order(tables):
    """``tables`` ordered so that every table comes before the tables its foreign keys name;
    None when the keys make a cycle (then PostgreSQL empties them with TRUNCATE)."""
    db = database.db
    graph = {table: set() for table in tables}    # a table: the tables that refer to it
    for table in tables:
        for key in db.get_foreign_keys(table):
            if key.dest_table in graph and key.dest_table != table:
                graph[key.dest_table].add(table)
    try:
        return list(TopologicalSorter(graph).static_order())
    except CycleError:
        return None


def empty_tables(tables):
    """Empty the tables and start their ids from 1 again. On PostgreSQL a ``DELETE`` per table
    and ``setval`` on every sequence, in one transaction: ``TRUNCATE`` makes new files for
    every table and its indexes, about half a second a test, which was the PostgreSQL
    pass's largest cost."""
    db = database.db
    db.connect(reuse_if_open=True)
    if database.is_sqlite():
        db.execute_sql("PRAGMA foreign_keys = OFF")
        for table in tables if tables is not None else all_tables():
            db.execute_sql(f'DELETE FROM "{table}"')
        db.execute_sql("DELETE FROM sqlite_sequence") if "sqlite_sequence" in db.get_tables() else None
        db.execute_sql("PRAGMA foreign_keys = ON")
    elif tables is None:
        db.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in all_tables())
                       + " RESTART IDENTITY CASCADE")
    else:
        with db.atomic():
            for table in tables:
                db.execute_sql(f'DELETE FROM "{table}"')
            db.execute_sql("SELECT setval(s.oid, 1, false) FROM pg_class s "   # the tables' own
                           "JOIN pg_depend d ON d.objid = s.oid AND d.deptype = 'a' "
                           "JOIN pg_class t ON t.oid = d.refobjid "
                           "WHERE s.relkind = 'S' AND t.relname = ANY(%s)", (tables,))


def all_tables():
    return [t for t in database.db.get_tables()
            if t not in KEEP_TABLES and not t.startswith("schema_migration_")]


@pytest.fixture
def app_config():
    """Override in a test module to pass extra settings to ``create_app``."""
    return {}


@pytest.fixture
def app(migrated, database_url, tmp_path, app_config):
    app = make_app(database_url, tmp_path / "data", **app_config)
    with app.app_context():
        empty_tables(migrated)
        from core.tenancy import sync_tenants
        sync_tenants(app.extensions["cms"].tenants)
        yield app
    if not database.db.is_closed():
        database.db.close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def principals(app):
    """Factory of organisations, users and signed-in clients: see tests/support/principals.py."""
    return Principals(app)


@pytest.fixture
def login_as(principals, client):
    """``login_as(role, org="ALP")``: sign the ``client`` in as a new user with that role."""
    def login(role, org="ALP", **kwargs):
        user = principals.user(role, org, **kwargs)
        principals.sign_in(client, user)
        return user
    return login


__all__ = ["PASSWORD"]


@pytest.fixture
def forks(monkeypatch):
    """The pids of the children core.forked forks during the test, in order."""
    from core import forked
    pids, real_fork = [], forked.os.fork

    def recording_fork():
        pid = real_fork()
        if pid:
            pids.append(pid)
        return pid
    monkeypatch.setattr(forked.os, "fork", recording_fork)
    return pids
