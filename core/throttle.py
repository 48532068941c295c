"""Counting attempts in fixed time windows, shared by every web worker; a key's count can
be reset (a sign-in that succeeds forgets the account's failures).

In the database by default (one upsert per attempt), in Redis when
``CMS_RATE_LIMIT_REDIS_URL`` is set. Used for sign-in limits and API rate limits.

When Redis cannot be reached, or the database's disk is full, the limits fail open: the
attempt is allowed without being counted, and the log says so (a warning per process at
most once a minute while it lasts), so an outage of the limiter never becomes an outage of
the service. What a limit protects
is still guarded elsewhere meanwhile: an account locks after ``CMS_LOCKOUT_THRESHOLD``
failures in a row, counted in the database.
"""
import logging
import time

from flask import current_app
from peewee import OperationalError, fn

from core import db as database
from core.db import transaction
from core.models import ThrottleCounter

_redis_clients = {}
_warned_at = {}          # url -> monotonic time of the last "not counted" warning
WARN_EVERY_SECONDS = 60
REDIS_TIMEOUT_SECONDS = 2   # a limiter that hangs would hang every request it guards
log = logging.getLogger("cms.throttle")


def _redis(url):
    if url not in _redis_clients:
        import redis
        _redis_clients[url] = redis.Redis.from_url(
            url, socket_connect_timeout=REDIS_TIMEOUT_SECONDS, socket_timeout=REDIS_TIMEOUT_SECONDS)
    return _redis_clients[url]


def _not_counted(where, why, exc):
    """The count could not be kept: say so (once a minute per process and store), and let
    the caller go on."""
    now = time.monotonic()
    if now - _warned_at.get(where, -WARN_EVERY_SECONDS) >= WARN_EVERY_SECONDS:
        _warned_at[where] = now
        log.warning("rate limits are not being counted: %s (%s); requests and sign-ins are "
                    "let through meanwhile", why,
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)


def hit(key, window_seconds, now=None):
    """Count one attempt for ``key``; return (attempts in this window, seconds until it ends)."""
    now = time.time() if now is None else now
    window = int(now // window_seconds)
    retry_after = int(window_seconds - now % window_seconds) or 1
    url = current_app.config.get("CMS_RATE_LIMIT_REDIS_URL")
    if url:
        import redis
        name = f"cms:throttle:{key}:{window_seconds}:{window}"
        pipe = _redis(url).pipeline()
        pipe.incr(name)
        pipe.expire(name, window_seconds * 2)
        try:
            return pipe.execute()[0], retry_after
        except redis.RedisError as exc:
            _not_counted(url, "Redis (CMS_RATE_LIMIT_REDIS_URL) did not answer", exc)
            return 0, retry_after     # fail open: nothing counted, nothing refused
    key = f"{key}:{window_seconds}"[:200]
    try:
        with transaction():
            (ThrottleCounter.insert(key=key, window=window, count=1)
             .on_conflict(conflict_target=[ThrottleCounter.key, ThrottleCounter.window],
                          update={ThrottleCounter.count: ThrottleCounter.count + 1})
             .execute())
            count = (ThrottleCounter.select(fn.MAX(ThrottleCounter.count))
                     .where((ThrottleCounter.key == key) & (ThrottleCounter.window == window))
                     .scalar())
    except OperationalError as exc:
        if database.unavailable(exc) != database.FULL:
            raise
        # the database's disk is full (SQLite in the data folder): reads must go on
        _not_counted("database", "the database's disk is full", exc)
        return 0, retry_after
    return count, retry_after


def reset(key, window_seconds, now=None):
    """Forget the attempts counted for ``key`` (this window and the one before it)."""
    now = time.time() if now is None else now
    window = int(now // window_seconds)
    url = current_app.config.get("CMS_RATE_LIMIT_REDIS_URL")
    if url:
        import redis
        try:
            _redis(url).delete(*(f"cms:throttle:{key}:{window_seconds}:{w}"
                                 for w in (window, window - 1)))
        except redis.RedisError as exc:
            _not_counted(url, "Redis (CMS_RATE_LIMIT_REDIS_URL) did not answer", exc)
        return
    key = f"{key}:{window_seconds}"[:200]
    with transaction():
        ThrottleCounter.delete().where(ThrottleCounter.key == key).execute()


def purge(older_than_seconds=86400, now=None):
    """Forget database windows older than a day (a scheduled job calls this)."""
    now = time.time() if now is None else now
    removed = 0
    for row in ThrottleCounter.select(ThrottleCounter.key).distinct():
        seconds = int(row.key.rsplit(":", 1)[1]) if ":" in row.key else 60
        cutoff = int((now - older_than_seconds) // max(seconds, 1))
        removed += ThrottleCounter.delete().where((ThrottleCounter.key == row.key) &
                                                  (ThrottleCounter.window < cutoff)).execute()
    return removed
