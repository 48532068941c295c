"""Two-factor sign-in: enrolment, codes, recovery codes, lockout, LSO reset, per-tenant rules."""
import datetime
import time

import pyotp
import pytest

from core.models import AuditEntry, User
from tests.support.principals import PASSWORD, TOTP_SECRET
from tests.support.confirm import confirmed


def password_step(client, user, tenant="shipper"):
    return client.post(f"/{tenant}/login", data={"email": user.email, "password": PASSWORD})


def code(secret=TOTP_SECRET, offset=0):
    return pyotp.TOTP(secret).at(datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=offset))


def test_an_lso_must_set_up_a_second_factor(client, principals):
    lso = principals.user("lso", "ALP")
    User.update(totp_secret=None).where(User.id == lso.id).execute()
    response = password_step(client, lso)
    assert response.headers["Location"] == "/shipper/login/enrol"
    assert client.get("/shipper/").status_code == 302  # no session yet
    page = client.get("/shipper/login/enrol").get_data(as_text=True)
    secret = page.split('id="totp-secret">')[1].split("<")[0]
    bad = client.post("/shipper/login/enrol", data={"code": "000000"})
    assert bad.status_code == 422 and "Enter the 6-digit code your app shows now." in bad.get_data(as_text=True)
    done = client.post("/shipper/login/enrol", data={"code": code(secret)})
    text = done.get_data(as_text=True)
    assert done.status_code == 200 and text.count("<li><code>") == 10
    assert client.get("/shipper/").status_code == 200
    stored = User.get_by_id(lso.id).totp_secret
    assert secret not in stored and User.totp_secret.unseal(lso.id, stored) == secret
    assert AuditEntry.get(AuditEntry.action == "user.two_factor_enrolled").target_id == str(lso.id)


def test_an_enrolled_user_enters_their_code(client, principals):
    lso = principals.user("lso", "ALP")
    assert password_step(client, lso).headers["Location"] == "/shipper/login/second-factor"
    assert client.get("/shipper/").status_code == 302
    wrong = client.post("/shipper/login/second-factor", data={"code": "123456"})
    assert wrong.status_code == 401 and "That code is not right" in wrong.get_data(as_text=True)
    right = client.post("/shipper/login/second-factor", data={"code": code()})
    assert right.status_code == 302 and right.headers["Location"] == "/shipper/"
    assert client.get("/shipper/").status_code == 200
    assert AuditEntry.get(AuditEntry.action == "login.succeeded").detail == {"second_factor": True}


def test_a_code_works_only_once(app, principals):
    lso = principals.user("lso", "ALP")
    first, second = app.test_client(), app.test_client()
    password_step(first, lso)
    password_step(second, lso)
    now_code = code()
    assert first.post("/shipper/login/second-factor", data={"code": now_code}).status_code == 302
    assert second.post("/shipper/login/second-factor", data={"code": now_code}).status_code == 401


def test_wrong_codes_count_towards_the_lockout(client, principals):
    lso = principals.user("lso", "ALP")
    password_step(client, lso)
    for _ in range(10):
        client.post("/shipper/login/second-factor", data={"code": "000000"})
    assert User.get_by_id(lso.id).locked_at is not None
    response = client.post("/shipper/login/second-factor", data={"code": code()})
    assert response.status_code == 401 and "locked" in response.get_data(as_text=True)


def test_a_recovery_code_works_once(app, client, principals):
    lso = principals.user("lso", "ALP")
    User.update(totp_secret=None).where(User.id == lso.id).execute()
    password_step(client, lso)
    secret = client.get("/shipper/login/enrol").get_data(as_text=True).split('id="totp-secret">')[1].split("<")[0]
    page = client.post("/shipper/login/enrol", data={"code": code(secret)}).get_data(as_text=True)
    recovery = page.split("<li><code>")[1].split("</code>")[0]
    other = app.test_client()
    password_step(other, lso)
    assert other.post("/shipper/login/second-factor", data={"code": recovery}).status_code == 302
    again = app.test_client()
    password_step(again, lso)
    assert again.post("/shipper/login/second-factor", data={"code": recovery}).status_code == 401
    assert AuditEntry.select().where(AuditEntry.action == "user.recovery_code_used").count() == 1


def test_the_pending_sign_in_expires(client, principals, monkeypatch):
    lso = principals.user("lso", "ALP")
    password_step(client, lso)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 301)
    response = client.post("/shipper/login/second-factor", data={"code": code()})
    assert response.status_code == 302 and response.headers["Location"] == "/shipper/login"


def test_users_may_opt_in_after_confirming_their_password(client, login_as):
    user = login_as("user", "ALP")
    assert "Status: <strong>Off" in client.get("/shipper/account/two-factor").get_data(as_text=True)
    refused = client.post("/shipper/account/two-factor", data={"password": "not my password"})
    assert refused.status_code == 422 and "Your password is not right." in refused.get_data(as_text=True)
    page = client.post("/shipper/account/two-factor", data={"password": PASSWORD}).get_data(as_text=True)
    secret = page.split('id="totp-secret">')[1].split("<")[0]
    done = client.post("/shipper/account/two-factor", data={"code": code(secret)})
    assert "Save your recovery codes" in done.get_data(as_text=True)
    client.post("/shipper/logout")
    assert password_step(client, user).headers["Location"] == "/shipper/login/second-factor"


def test_lso_resets_a_users_second_factor(app, principals):
    lso_client, _ = principals.client("lso", "ALP")
    colleague = principals.user("lso", "ALP")
    victim_browser = principals.sign_in(app.test_client(), colleague)
    assert lso_client.post(f"/shipper/users/{colleague.id}/reset-two-factor", data=confirmed()).status_code == 302
    assert User.get_by_id(colleague.id).totp_secret is None
    assert victim_browser.get("/shipper/").status_code == 302  # their sessions ended
    assert AuditEntry.get(AuditEntry.action == "user.two_factor_reset").actor_id is not None
    assert password_step(app.test_client(), colleague).headers["Location"] == "/shipper/login/enrol"


def test_other_organisations_lso_cannot_reset_it(principals):
    lso_b, _ = principals.client("lso", "BET")
    victim = principals.user("lso", "ALP")
    assert lso_b.post(f"/shipper/users/{victim.id}/reset-two-factor", data=confirmed()).status_code == 404
    assert User.get_by_id(victim.id).totp_secret is not None


def test_cdsp_staff_need_a_second_factor_by_default(client, principals):
    agent = principals.user("agent")
    assert password_step(client, agent, "cdsp").headers["Location"] == "/cdsp/login/second-factor"


def test_a_tenant_can_require_it_of_every_role(app, client, principals):
    app.extensions["cms"].tenants["shipper"].settings["two_factor_roles"] = ["user", "lso"]
    try:
        user = principals.user("user", "ALP")
        assert password_step(client, user).headers["Location"] == "/shipper/login/second-factor"
    finally:
        del app.extensions["cms"].tenants["shipper"].settings["two_factor_roles"]


def test_api_key_creation_asks_for_the_password(client, login_as):
    login_as("user", "ALP")
    response = client.post("/shipper/api-keys", data={"name": "k", "password": "wrong one"})
    assert response.status_code == 422 and "Your password is not right." in response.get_data(as_text=True)
    from core.models import ApiKey
    assert ApiKey.select().count() == 0
