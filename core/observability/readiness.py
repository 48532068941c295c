"""Readiness: whether this process can serve, part by part. ``/readyz`` answers 200 when the
database answers ``SELECT 1``, the job queue's storage answers (the SQLite queue file, or a
Redis ``PING``) and the data folder takes a written file; else 503 naming the parts that are
down. ``/healthz`` stays a liveness check that asks nothing of them.

What went wrong is logged, not answered: the probe is public, so its answer names parts
only, never an address or an error text.
"""
import logging
import os
import secrets
from pathlib import Path

from flask import current_app

from core import db as database

log = logging.getLogger("cms.readiness")


def check_database():
    database.db.connect(reuse_if_open=True)
    try:
        database.db.execute_sql("SELECT 1").fetchone()
    except Exception as exc:
        if database.unavailable(exc) == database.DOWN:
            database.discard()
        raise


def check_queue():
    from core.jobs import get_queue
    storage = get_queue().huey.storage
    conn = getattr(storage, "conn", None)
    if hasattr(conn, "ping"):             # Redis
        conn.ping()
    else:                                 # the SQLite queue file: a read of its tables
        storage.queue_size()


def check_data_folder():
    folder = Path(current_app.config["CMS_DATA_DIR"])
    probe = folder / f".readyz-{os.getpid()}-{secrets.token_hex(4)}"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, b"ready\n")
        os.fsync(fd)                      # a full disk may only say so here
    finally:
        os.close(fd)
        probe.unlink(missing_ok=True)


CHECKS = {"database": check_database, "queue": check_queue, "data_folder": check_data_folder}


def check():
    """``{part: "ok" | "down"}`` for every part."""
    found = {}
    for part, probe in CHECKS.items():
        try:
            probe()
            found[part] = "ok"
        except Exception as exc:  # noqa: BLE001  (any failure of a part makes it down)
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            log.warning("readiness: %s is down (%s)", part, first_line)
            found[part] = "down"
    return found


def answer():
    """(body, status) for ``/readyz``."""
    found = check()
    down = [part for part, state in found.items() if state != "ok"]
    if down:
        return {"status": "unavailable", "down": down, "checks": found}, 503
    return {"status": "ready", "checks": found}, 200
