"""Sessions that really end: sign-out, password change, disabling, idle and absolute limits."""
import datetime

import pytest

from core.db import utcnow
from core.models import UserSession
from tests.support.principals import PASSWORD
from tests.support.confirm import confirmed


def copy_cookies(source, target):
    for cookie in source._cookies.values():
        target.set_cookie(cookie.key, cookie.value, domain=cookie.domain, path=cookie.path)


def test_sign_out_ends_the_session_even_for_a_copied_cookie(app, client, login_as):
    login_as("user", "ALP")
    thief = app.test_client()
    copy_cookies(client, thief)
    assert thief.get("/shipper/").status_code == 200  # the copy works while the session lives
    assert client.post("/shipper/logout").status_code == 302
    assert client.get("/shipper/").status_code == 302
    assert thief.get("/shipper/").status_code == 302
    row = UserSession.select().order_by(UserSession.id.desc()).get()
    assert row.ended_at is not None and row.end_reason == "signed_out"


def test_password_change_ends_the_users_other_sessions(app, principals):
    user = principals.user("user", "ALP")
    laptop = principals.sign_in(app.test_client(), user)
    phone = principals.sign_in(app.test_client(), user)
    response = laptop.post("/shipper/password", data={
        "current_password": PASSWORD, "new_password": "plum orchard violin sunrise",
        "confirm_password": "plum orchard violin sunrise"})
    assert response.status_code == 302
    assert laptop.get("/shipper/").status_code == 200
    assert phone.get("/shipper/").status_code == 302


def test_disabling_a_user_ends_all_their_sessions(app, principals):
    lso_client, _ = principals.client("lso", "ALP")
    user = principals.user("user", "ALP")
    victim = principals.sign_in(app.test_client(), user)
    assert lso_client.post(f"/shipper/users/{user.id}/disable", data=confirmed()).status_code == 302
    assert victim.get("/shipper/").status_code == 302
    assert principals.reload(user).disabled_at is not None


def test_password_reset_by_lso_ends_the_users_sessions(app, principals):
    lso_client, _ = principals.client("lso", "ALP")
    user = principals.user("user", "ALP")
    victim = principals.sign_in(app.test_client(), user)
    assert lso_client.post(f"/shipper/users/{user.id}/reset-password", data=confirmed()).status_code == 200
    assert victim.get("/shipper/").status_code == 302


@pytest.mark.parametrize("field, age", [
    ("last_seen_at", datetime.timedelta(minutes=31)),   # idle for longer than 30 minutes
    ("created_at", datetime.timedelta(hours=12, minutes=1)),  # older than 12 hours
])
def test_sessions_expire(client, login_as, field, age):
    login_as("user", "ALP")
    assert client.get("/shipper/").status_code == 200
    UserSession.update({getattr(UserSession, field): utcnow() - age}).execute()
    assert client.get("/shipper/").status_code == 302
    assert UserSession.get().end_reason == "expired"


def test_activity_keeps_a_session_alive(client, login_as):
    login_as("user", "ALP")
    UserSession.update(last_seen_at=utcnow() - datetime.timedelta(minutes=29)).execute()
    assert client.get("/shipper/").status_code == 200
    assert utcnow() - UserSession.get().last_seen_at < datetime.timedelta(minutes=1)


@pytest.mark.parametrize("app_config", [{"CMS_SESSION_IDLE_MINUTES": 5}])
def test_idle_limit_is_configurable(client, login_as, app_config):
    login_as("user", "ALP")
    UserSession.update(last_seen_at=utcnow() - datetime.timedelta(minutes=6)).execute()
    assert client.get("/shipper/").status_code == 302


def test_a_session_belongs_to_one_tenant(client, login_as):
    login_as("user", "ALP")
    assert client.get("/shipper/").status_code == 200
    assert client.get("/gt/").status_code == 302
    assert client.get("/cdsp/").status_code == 302
