"""Per-organisation API rate limits, counted where every web worker sees the same count.

A fixed one-minute window: in the database by default (one upsert per request), in
Redis when CMS_RATE_LIMIT_REDIS_URL is set.
"""
import time

from flask import current_app
from peewee import fn

from core.db import transaction
from plugins.channels.api.errors import api_abort
from plugins.channels.api.models import RateCounter

_redis_clients = {}


def _redis(url):
    if url not in _redis_clients:
        import redis
        _redis_clients[url] = redis.Redis.from_url(url)
    return _redis_clients[url]


def hit(org_id, now=None):
    """Count one request; return how many this organisation made in the current window."""
    now = time.time() if now is None else now
    window = int(now // 60)
    url = current_app.config.get("CMS_RATE_LIMIT_REDIS_URL")
    if url:
        client = _redis(url)
        key = f"cms:rate:{org_id}:{window}"
        pipe = client.pipeline()
        pipe.incr(key)
        pipe.expire(key, 120)
        return pipe.execute()[0]
    with transaction():
        (RateCounter.insert(org_id=org_id, window=window, count=1)
         .on_conflict(conflict_target=[RateCounter.org_id, RateCounter.window],
                      update={RateCounter.count: RateCounter.count + 1})
         .execute())
        return (RateCounter.select(fn.MAX(RateCounter.count))
                .where((RateCounter.org_id == org_id) & (RateCounter.window == window)).scalar())


def check(org_id):
    limit = current_app.config.get("CMS_API_RATE_LIMIT", 0)
    if not limit:
        return
    now = time.time()
    if hit(org_id, now) > limit:
        retry = 60 - int(now % 60)
        api_abort(429, f"Your organisation has sent more than {limit} requests this minute. "
                       f"Try again in {retry} seconds.", headers={"Retry-After": str(retry)})


def purge(before_window):
    """Forget windows older than ``before_window`` (a scheduled job calls this)."""
    return RateCounter.delete().where(RateCounter.window < before_window).execute()
