"""The database: chosen at run time from a URL, one connection per request or job.

SQLite runs in WAL mode with a busy timeout, and :func:`transaction` takes the
write lock at its start (``BEGIN IMMEDIATE``) so concurrent writers wait for
each other instead of failing with "database is locked".
"""
import datetime

import peewee
from playhouse.db_url import connect as connect_url

db = peewee.DatabaseProxy()

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("busy_timeout", 10000),
    ("foreign_keys", 1),
    ("synchronous", "normal"),
)


def utcnow():
    """Naive UTC now: every timestamp is stored in UTC."""
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def open_database(url, pool_size=20):
    """A peewee database for ``url`` (not yet connected)."""
    if url.startswith("sqlite:///"):
        return peewee.SqliteDatabase(url[len("sqlite:///"):], pragmas=SQLITE_PRAGMAS,
                                     timeout=10, check_same_thread=False)
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        # A pool per process: closing a connection hands it back instead of hanging up.
        url = "postgresql+pool://" + url[len("postgresql://"):]
        return connect_url(url, autoconnect=True, max_connections=pool_size,
                           stale_timeout=300, timeout=10)
    return connect_url(url, autoconnect=True)


def init_database(url):
    """Point the shared proxy at the database for ``url`` and return it."""
    database = open_database(url)
    db.initialize(database)
    return database


def is_sqlite():
    return isinstance(db.obj, peewee.SqliteDatabase)


def transaction():
    """One write transaction; on SQLite it holds the write lock from its start."""
    if is_sqlite() and not db.in_transaction():
        return db.atomic("IMMEDIATE")
    return db.atomic()


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False
