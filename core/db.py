"""The database: chosen at run time from a URL, one connection per request or job.

SQLite runs in WAL mode with a busy timeout, and :func:`transaction` takes the
write lock at its start (``BEGIN IMMEDIATE``) so concurrent writers wait for
each other instead of failing with "database is locked".
"""
import datetime
import os

import peewee
from playhouse.db_url import connect as connect_url

db = peewee.DatabaseProxy()

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("busy_timeout", 10000),
    ("foreign_keys", 1),
    ("synchronous", "normal"),
    ("cache_size", -65536),        # 64 MiB of page cache per connection
    ("mmap_size", 268435456),      # read through a 256 MiB memory map
    ("temp_store", "memory"),
)


def utcnow():
    """Naive UTC now: every timestamp is stored in UTC."""
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def open_database(url, pool_size=20):
    """A peewee database for ``url`` (not yet connected)."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        owner_only_sqlite(path)
        return peewee.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS,
                                     timeout=10, check_same_thread=False)
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        # A pool per process: closing a connection hands it back instead of hanging up.
        url = "postgresql+pool://" + url[len("postgresql://"):]
        return connect_url(url, autoconnect=True, max_connections=pool_size,
                           stale_timeout=300, timeout=10)
    return connect_url(url, autoconnect=True)


def owner_only_sqlite(path):
    """Make a SQLite database file owner-only (0600) before SQLite opens it: SQLite makes a new
    database 0644, and its -wal and -shm files, made later by whichever process opens it first,
    take the database file's mode. Files an earlier version left open to others are tightened."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    except OSError:
        return  # no such folder, or not ours: SQLite says so when it connects
    for name in (path, f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        try:
            if os.stat(name).st_mode & 0o077:
                os.chmod(name, 0o600)
        except OSError:
            pass  # not there (yet), or not ours


def init_database(url):
    """Point the shared proxy at the database for ``url`` and return it."""
    database = open_database(url)
    db.initialize(database)
    return database


def is_sqlite():
    return isinstance(db.obj, peewee.SqliteDatabase)


def release():
    """After a request or job: a PostgreSQL connection goes back to the pool; a SQLite one
    stays open for the thread's next request (opening one costs more than a query). The pool
    keeps only a connection that is still sound: one cut off mid-request is hung up. A
    connection in a transaction is its owner's (a job huey runs at once, inside the caller's
    transaction, ends its own app context first): it is left for the owner to end."""
    if not db.is_closed() and not is_sqlite() and not db.in_transaction():
        try:
            db.close()
        except Exception:  # noqa: BLE001  (a transaction left open, a dead socket)
            discard()


def discard():
    """Drop this thread's connection without handing it back to the pool, so that the next
    query opens a new one: after the server ended the session or restarted, the old
    connection can never serve again (and closing it cleanly may itself fail)."""
    database = db.obj
    if database is None or database.is_closed():
        return
    conn = database._state.conn
    if hasattr(database, "_in_use"):              # playhouse.pool: forget it, never reuse it
        with database._pool_lock:
            database._in_use.pop(database.conn_key(conn), None)
            database._pool_available.notify()
    database._state.reset()
    try:
        conn.close()
    except Exception:  # noqa: BLE001  (already gone)
        pass


# Why the database could not serve a call (see unavailable()).
DOWN, BUSY, FULL = "down", "busy", "full"
# PostgreSQL SQLSTATEs of a server that cannot serve now: the session was ended by an
# administrator, a shutdown or a crash, the server is starting or stopping, it has no
# connection slot left. Class 08 (connection exceptions) counts as well.
DOWN_SQLSTATES = {"57P01", "57P02", "57P03", "53300"}
# A lock not granted in time, or a deadlock or serialization failure that outlasted its retries.
BUSY_SQLSTATES = {"40001", "40P01", "55P03"}
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL = 5, 6, 13


def unavailable(exc):
    """Whether an error a database call raised means that the database cannot serve now,
    rather than that the request was wrong: DOWN (unreachable, starting or stopping, the
    connection cut off), BUSY (every pooled connection taken, a lock or a retry that ran out
    of time), FULL (SQLite's disk), or None. The web answers the first two 503 with
    Retry-After and the third 507 (core.web), instead of 500."""
    from playhouse.pool import MaxConnectionsExceeded
    if isinstance(exc, MaxConnectionsExceeded):
        return BUSY
    if not isinstance(exc, (peewee.OperationalError, peewee.InterfaceError)):
        return None
    import sqlite3

    import psycopg
    for cause in _errors_behind(exc):
        if isinstance(cause, psycopg.Error):
            state = cause.sqlstate
            if state is None or state.startswith("08") or state in DOWN_SQLSTATES:
                return DOWN    # no answer from the server at all, or it ended the session
            if state in BUSY_SQLSTATES:
                return BUSY
        elif isinstance(cause, sqlite3.Error):
            code = (getattr(cause, "sqlite_errorcode", None) or 0) & 0xFF
            reason = {SQLITE_BUSY: BUSY, SQLITE_LOCKED: BUSY, SQLITE_FULL: FULL}.get(code)
            if reason:
                return reason
    return None


def _errors_behind(exc):
    """``exc``, the driver's errors it wraps, and the errors it was raised while handling
    (a failed COMMIT is followed by a failed ROLLBACK, which is what reaches the caller)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        yield from (arg for arg in exc.args if isinstance(arg, BaseException))
        exc = exc.__cause__ or exc.__context__


def transaction():
    """One write transaction; on SQLite it holds the write lock from its start."""
    if is_sqlite() and not db.in_transaction():
        return db.atomic("IMMEDIATE")
    return db.atomic()


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


# SQLSTATEs after which the whole transaction may simply be run again.
RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected


def is_retryable(exc):
    """Whether ``exc`` is a serialization failure or deadlock (PostgreSQL) that a retry cures."""
    for candidate in (exc, *exc.args, exc.__cause__, exc.__context__):
        if getattr(candidate, "sqlstate", None) in RETRYABLE_SQLSTATES:
            return True
    return False


def retrying(func=None, attempts=4):
    """Run ``func`` again when PostgreSQL aborts its transaction as a deadlock victim or on a
    serialization failure. ``func`` must be one unit of work (everything it writes is in one
    transaction, rolled back before the retry); inside an outer transaction nothing is retried."""
    import functools
    import random
    import time

    def decorate(fn):
        @functools.wraps(fn)
        def wrapped(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except (peewee.OperationalError, peewee.InternalError, peewee.IntegrityError) as exc:
                    if attempt == attempts or db.in_transaction() or not is_retryable(exc):
                        raise
                    time.sleep(random.uniform(0.005, 0.05) * attempt)
        return wrapped
    return decorate(func) if func is not None else decorate


def forget_connections():
    """In a forked child: drop (without closing) every connection inherited from the parent,
    so that the child's first query opens its own. Closing them would hang up on the parent's
    server sessions, and using them would interleave with the parent on one socket or file."""
    import threading
    database = db.obj
    if database is None:
        return
    database._state.reset()
    if hasattr(database, "_in_use"):              # playhouse.pool: its heap and its lock
        database._connections = []
        database._in_use = {}
        database._pool_lock = threading.RLock()
        database._pool_available = threading.Condition(database._pool_lock)


CORE_TABLES = {"organisation": "Organisation", "app_user": "User", "contact": "Contact",
               "tenant": "Tenant"}


def core_tables(db, *table_names):
    """Stand-ins for the core's tables that a plugin's migration points foreign keys at
    (``organisation``, ``app_user``, ``contact``): models bound to ``db`` with only their
    primary key, which is all a foreign key needs, so a migration need not copy them."""
    return [type(CORE_TABLES[name], (peewee.Model,),
                 {"__module__": __name__,
                  "Meta": type("Meta", (), {"database": db, "table_name": name})})
            for name in table_names]
