"""Fixtures for the fault-injection tests: a PostgreSQL cluster and a redis-server of their own.

The cluster is made once per run (``initdb``, a spare port) with a migrated template
database; each test gets a copy of the template (``CREATE DATABASE ... TEMPLATE``), and an
``app`` on it, so the shared fixtures (``principals``, ``login_as``) work unchanged. Tests
here stop and restart the cluster: nothing else may use it.
"""
import os
import shutil
import uuid

import pytest

from core import db as database
from core.cli import upgrade_database
from tests.conftest import make_app
from tests.faults.services import (FullDisk, PostgresCluster, RedisServer, cluster_user,
                                   postgres_bin)

TEMPLATE = "cms_faults_template"


def close_pool():
    """Hang up every connection of the current pool (not only this thread's)."""
    pool = database.db.obj
    if pool is None:
        return
    if hasattr(pool, "close_all"):
        pool.close_all()
    elif not pool.is_closed():
        pool.close()


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory):
    """A PostgreSQL cluster of the faults tests' own, with a migrated template database."""
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("the fault tests need PostgreSQL's initdb and pg_ctl (not found on PATH "
                    "or under /usr/lib/postgresql/*/bin): install the PostgreSQL server")
    if os.geteuid() == 0 and cluster_user() is None:
        pytest.skip("initdb refuses to run as root and there is no 'postgres' user to run the "
                    "fault tests' cluster: run them as another user, or add that user")
    cluster = PostgresCluster(bindir)
    try:
        cluster.init().start()
        url = cluster.create_database(TEMPLATE)
        app = make_app(url, tmp_path_factory.mktemp("template-data"))
        with app.app_context():
            upgrade_database()
        close_pool()
        yield cluster
    finally:
        close_pool()
        cluster.destroy()


@pytest.fixture
def pg_database(pg_cluster):
    """A database of this test's own in the spare cluster: ``(name, url)``."""
    name = f"cms_faults_{uuid.uuid4().hex[:10]}"
    if not pg_cluster.running():
        pg_cluster.start()
    url = pg_cluster.create_database(name, template=TEMPLATE)
    yield name, url
    close_pool()
    if not pg_cluster.running():
        pg_cluster.start()
    with pg_cluster.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def app_config():
    """Override in a test module to pass extra settings to ``create_app``."""
    return {}


@pytest.fixture
def app(pg_database, tmp_path, app_config):
    """The service on this test's database in the spare cluster (overrides the suite's app)."""
    app = make_app(pg_database[1], tmp_path / "data", **app_config)
    with app.app_context():
        from core.tenancy import sync_tenants
        sync_tenants(app.extensions["cms"].tenants)
        database.release()
        yield app
    close_pool()


@pytest.fixture
def redis_server(tmp_path):
    """A redis-server of this test's own, on a spare port (stop and start it at will)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("the Redis fault tests need redis-server on PATH: install Redis")
    server = RedisServer(binary, tmp_path / "redis").start()
    yield server
    server.stop()


@pytest.fixture(params=["tmpfs", "fsize"])
def full_disk(request, tmp_path):
    """A data folder the test can fill: a tmpfs where mounting is allowed, and in any case a
    file-size limit on the service's processes (see FullDisk)."""
    if request.param == "tmpfs" and not FullDisk.can_mount():
        pytest.skip("mount -t tmpfs is not allowed here (it needs root): the file-size-limit "
                    "run of this test covers the same guarantees")
    disk = FullDisk(tmp_path / "data", request.param)
    yield disk
    disk.destroy()
