"""The per-account sign-in limit counts failures: a sign-in that succeeds forgets the
account's count, and so does an LSO's unlock (or ``cms user unlock``). Each test runs on
both stores the limit may be counted in: the database and a real Redis."""
import uuid

import pytest
import redis

from core.models import AuditEntry, ThrottleCounter
from tests.support.principals import PASSWORD

LIMIT = 20                                   # the default CMS_SIGNIN_LIMIT_PER_ACCOUNT
REDIS_URL = "redis://127.0.0.1:6379/13"      # a database of its own: other tests flush 15
WRONG = "not the password at all"


@pytest.fixture(params=["database", "redis"])
def app_config(request):
    # The account lockout (10 failures by default) is raised out of the way, so what is
    # tested here is the limit alone.
    config = {"CMS_LOCKOUT_THRESHOLD": 1000}
    if request.param == "redis":
        config["CMS_RATE_LIMIT_REDIS_URL"] = REDIS_URL
    return config


@pytest.fixture
def attempt(app):
    """``attempt(user, password)``: one sign-in from a fresh browser at an address of this
    test's own (Redis keeps counts between runs), answering its status."""
    address = f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"

    def sign_in(user, password=PASSWORD):
        return app.test_client().post("/shipper/login", data={"email": user.email, "password": password},
                                      environ_base={"REMOTE_ADDR": address}).status_code
    yield sign_in
    if app.config.get("CMS_RATE_LIMIT_REDIS_URL"):
        store = redis.Redis.from_url(REDIS_URL)
        for key in store.scan_iter(f"cms:throttle:signin:address:{address}:*"):
            store.delete(key)


@pytest.fixture
def person(app, principals):
    """A user whose address is this test's own, so counts left in Redis by earlier runs
    cannot touch it; its keys are removed afterwards."""
    user = principals.user("user", "ALP", email=f"limit-{uuid.uuid4().hex[:12]}@alp.example.com")
    yield user
    if app.config.get("CMS_RATE_LIMIT_REDIS_URL"):
        store = redis.Redis.from_url(REDIS_URL)
        for key in store.scan_iter(f"cms:throttle:signin:account:{user.email}:*"):
            store.delete(key)


def counted(app, user):
    """The account's count as the store the app uses holds it."""
    if app.config.get("CMS_RATE_LIMIT_REDIS_URL"):
        store = redis.Redis.from_url(REDIS_URL)
        return sum(int(store.get(k) or 0) for k in store.scan_iter(f"cms:throttle:signin:account:{user.email}:*"))
    return sum(row.count for row in ThrottleCounter.select().where(
        ThrottleCounter.key == f"signin:account:{user.email}:900"))


def test_good_sign_ins_in_a_row_are_never_limited(app, person, attempt):
    assert [attempt(person) for _ in range(LIMIT + 5)] == [302] * (LIMIT + 5)
    assert counted(app, person) == 0


def test_failures_in_a_row_reach_the_limit(app, person, attempt):
    assert [attempt(person, WRONG) for _ in range(LIMIT)] == [401] * LIMIT
    assert counted(app, person) == LIMIT
    assert attempt(person) == 429                      # even the right password waits now
    assert "login.throttled" in [e.action for e in AuditEntry.select()]


def test_a_success_forgets_the_failures_before_it(app, person, attempt):
    assert [attempt(person, WRONG) for _ in range(LIMIT - 1)] == [401] * (LIMIT - 1)
    assert attempt(person) == 302
    assert counted(app, person) == 0
    assert [attempt(person, WRONG) for _ in range(LIMIT - 1)] == [401] * (LIMIT - 1)
    assert attempt(person) == 302


def test_an_lsos_unlock_clears_the_count(app, principals, person, attempt):
    for _ in range(LIMIT + 3):
        attempt(person, WRONG)
    assert attempt(person) == 429
    lso, _ = principals.client("lso", "ALP")
    assert lso.post(f"/shipper/users/{person.id}/unlock").status_code == 302
    assert counted(app, person) == 0
    assert attempt(person) == 302


def test_cms_user_unlock_clears_the_count(app, person, attempt):
    for _ in range(LIMIT + 3):
        attempt(person, WRONG)
    assert attempt(person) == 429
    result = app.test_cli_runner().invoke(args=["user", "unlock", person.email])
    assert result.exit_code == 0, result.output
    assert counted(app, person) == 0
    assert attempt(person) == 302


def test_only_a_complete_sign_in_forgets_the_count(app, principals, attempt):
    """The right password alone, without the second factor, is not yet a success."""
    lso = principals.user("lso", "ALP", email=f"limit-{uuid.uuid4().hex[:12]}@alp.example.com")
    try:
        assert [attempt(lso, WRONG) for _ in range(LIMIT - 1)] == [401] * (LIMIT - 1)
        assert attempt(lso) == 302                     # on to the second factor, not yet in
        assert counted(app, lso) == LIMIT
        assert attempt(lso) == 429
    finally:
        if app.config.get("CMS_RATE_LIMIT_REDIS_URL"):
            store = redis.Redis.from_url(REDIS_URL)
            for key in store.scan_iter(f"cms:throttle:signin:account:{lso.email}:*"):
                store.delete(key)
