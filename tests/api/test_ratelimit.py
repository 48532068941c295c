"""Per-organisation rate limits, shared by every worker (database or Redis)."""
import uuid

import pytest
import redis


@pytest.mark.parametrize("app_config", [{"CMS_API_RATE_LIMIT": 3}])
def test_the_fourth_request_in_a_minute_is_429(api, app_config):
    caller = api("user", "ALP")
    colleague = api("user", "ALP")  # the limit is the organisation's, not the key's
    statuses = [caller.get("/contacts").status_code for _ in range(2)] + \
               [colleague.get("/contacts").status_code]
    assert statuses == [200, 200, 200]
    response = caller.get("/contacts")
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert "more than 3 requests" in response.json["message"]
    assert api("user", "BET").get("/contacts").status_code == 200  # other organisations unaffected


REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.mark.parametrize("app_config", [{"CMS_API_RATE_LIMIT": 2, "CMS_RATE_LIMIT_REDIS_URL": REDIS_URL}])
def test_limits_can_be_counted_in_redis(api, app_config):
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    caller = api("user", "ALP")
    assert [caller.get("/contacts").status_code for _ in range(3)] == [200, 200, 429]
    keys = client.keys(f"cms:throttle:api:{caller.user.organisation_id}:*")
    assert len(keys) == 1 and int(client.get(keys[0])) == 3
    client.flushdb()
