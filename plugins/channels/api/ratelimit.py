"""Per-organisation API rate limits (``CMS_API_RATE_LIMIT`` requests a minute; 0 for none),
counted with the core's shared throttle so every web worker sees the same count."""
from flask import current_app

from core import throttle
from plugins.channels.api.errors import api_abort


def check(org_id):
    limit = current_app.config.get("CMS_API_RATE_LIMIT", 0)
    if not limit:
        return
    count, retry = throttle.hit(f"api:{org_id}", 60)
    if count > limit:
        api_abort(429, f"Your organisation has sent more than {limit} requests this minute. "
                       f"Try again in {retry} seconds.", headers={"Retry-After": str(retry)})
