import datetime

import pytest

from core.db import utcnow
from core.models import AuditEntry, User
from core.passwords import policy_errors
from tests.support.principals import PASSWORD


def sign_in(client, email, password=PASSWORD, tenant="shipper"):
    return client.post(f"/{tenant}/login", data={"email": email, "password": password})


def actions():
    return [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]


def test_sign_in_lands_on_home_and_is_audited(client, principals):
    user = principals.user("user", "ALP")
    response = sign_in(client, user.email.upper())  # emails are not case-sensitive
    assert response.status_code == 302 and response.headers["Location"] == "/shipper/"
    assert "Welcome" in client.get("/shipper/").get_data(as_text=True)
    entry = AuditEntry.select().where(AuditEntry.action == "login.succeeded").get()
    assert entry.actor_id == user.id and entry.source_address == "127.0.0.1"


@pytest.mark.parametrize("email, password", [
    ("nobody@alp.example.com", PASSWORD),
    (None, "wrong password entirely"),
    ("", ""),
])
def test_bad_credentials_get_one_clear_message(client, principals, email, password):
    user = principals.user("user", "ALP")
    response = sign_in(client, email if email is not None else user.email, password)
    assert response.status_code == 401
    assert "The email address or password is not right." in response.get_data(as_text=True)
    assert "login.failed" in actions()


def test_right_password_at_the_wrong_portal_points_to_the_right_one(client, principals):
    user = principals.user("user", "NWG")
    response = sign_in(client, user.email, tenant="shipper")
    text = response.get_data(as_text=True)
    assert response.status_code == 401
    assert "signs in at another portal" in text and 'href="/gt/login"' in text
    assert client.get("/shipper/").status_code == 302


def test_next_parameter_never_leaves_the_portal(client, principals):
    user = principals.user("user", "ALP")
    response = client.post("/shipper/login?next=https://evil.example/",
                           data={"email": user.email, "password": PASSWORD})
    assert response.headers["Location"] == "/shipper/"
    client.post("/shipper/logout")
    response = client.post("/shipper/login?next=/shipper/password",
                           data={"email": user.email, "password": PASSWORD})
    assert response.headers["Location"] == "/shipper/password"


def test_ten_failures_in_a_row_lock_the_account(app, client, principals):
    user = principals.user("user", "ALP")
    for _ in range(9):
        sign_in(client, user.email, "not the password at all")
    assert principals.reload(user).locked_at is None
    sign_in(client, user.email, "not the password at all")
    locked = principals.reload(user)
    assert locked.locked_at is not None and locked.failed_logins == 10
    response = sign_in(client, user.email)  # even the right password is refused now
    assert response.status_code == 401 and "locked" in response.get_data(as_text=True)
    assert actions().count("user.locked") == 1


def test_a_success_resets_the_failure_count(client, principals):
    user = principals.user("user", "ALP")
    for _ in range(9):
        sign_in(client, user.email, "not the password at all")
    assert sign_in(client, user.email).status_code == 302
    client.post("/shipper/logout")
    sign_in(client, user.email, "not the password at all")
    reloaded = principals.reload(user)
    assert reloaded.failed_logins == 1 and reloaded.locked_at is None


def test_failures_are_counted_in_the_database_across_workers(app, principals):
    # Two independent clients stand for two gunicorn workers: the count is shared.
    user = principals.user("user", "ALP")
    first, second = app.test_client(), app.test_client()
    for i in range(10):
        sign_in(first if i % 2 else second, user.email, "not the password at all")
    assert principals.reload(user).locked_at is not None


def test_disabled_user_cannot_sign_in(client, principals):
    user = principals.user("user", "ALP")
    User.update(disabled_at=utcnow()).where(User.id == user.id).execute()
    assert sign_in(client, user.email).status_code == 401


def test_one_time_password_must_be_changed_at_first_sign_in(client, principals):
    lso_client, lso = principals.client("lso", "ALP")
    response = lso_client.post("/shipper/users/new", data={
        "organisation": "ALP", "email": "fresh@alp.example.com", "name": "Fresh", "role": "user"})
    otp = response.get_data(as_text=True).split("<code>")[1].split("</code>")[0]
    assert sign_in(client, "fresh@alp.example.com", otp).status_code == 302
    # every page sends them to change it first
    assert client.get("/shipper/").headers["Location"] == "/shipper/password"
    response = client.post("/shipper/password", data={
        "current_password": otp, "new_password": "plum orchard violin sunrise",
        "confirm_password": "plum orchard violin sunrise"})
    assert response.status_code == 302
    assert client.get("/shipper/").status_code == 200
    assert not User.by_email("fresh@alp.example.com").must_change_password


def test_one_time_password_expires_after_24_hours(client, principals):
    lso_client, lso = principals.client("lso", "ALP")
    response = lso_client.post("/shipper/users/new", data={
        "organisation": "ALP", "email": "late@alp.example.com", "role": "user"})
    otp = response.get_data(as_text=True).split("<code>")[1].split("</code>")[0]
    user = User.by_email("late@alp.example.com")
    assert user.password_expires_at - utcnow() <= datetime.timedelta(hours=24)
    User.update(password_expires_at=utcnow() - datetime.timedelta(minutes=1)).where(
        User.id == user.id).execute()
    response = sign_in(client, "late@alp.example.com", otp)
    assert response.status_code == 401 and "expired" in response.get_data(as_text=True)


@pytest.mark.parametrize("password, message", [
    ("short", "at least 12 characters"),
    ("x" * 129, "at most 128 characters"),
    ("password1234", "most common passwords"),
    ("qwertyuiopasdfgh", "harder to guess"),
    ("aaaaaaaaaaaa", "harder to guess"),
    ("alice@alp.example.com", "harder to guess"),
])
def test_password_policy_refuses(app, password, message):
    errors = policy_errors(password, ("alice@alp.example.com", "Alice"))
    assert errors and message in errors[0]


@pytest.mark.parametrize("password", [
    "correct horse battery staple", "plum orchard violin sunrise", "Tr0ub4dor&3-xylophone",
    "a" * 10 + "Zq7!kP2#",  # no composition rules: anything long and unguessable
])
def test_password_policy_accepts(app, password):
    assert policy_errors(password) == []


def test_change_password_checks_current_and_policy(client, login_as):
    login_as("user", "ALP")
    response = client.post("/shipper/password", data={
        "current_password": "wrong", "new_password": "short", "confirm_password": "short"})
    text = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Your current password is not right." in text and "at least 12 characters" in text


def test_passwords_are_hashed_with_argon2id(principals):
    user = principals.user("user", "ALP")
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_session_cookie_is_httponly_and_samesite(client, principals):
    user = principals.user("user", "ALP")
    response = sign_in(client, user.email)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


@pytest.mark.parametrize("app_config", [{"CMS_SECURE_COOKIES": True}])
def test_session_cookie_is_secure_over_https(client, principals, app_config):
    user = principals.user("user", "ALP")
    response = client.post("/shipper/login", data={"email": user.email, "password": PASSWORD},
                           base_url="https://localhost")
    assert "Secure" in response.headers["Set-Cookie"]


@pytest.mark.parametrize("app_config", [{"WTF_CSRF_ENABLED": True}])
def test_forms_need_a_csrf_token(client, principals, app_config):
    user = principals.user("user", "ALP")
    response = sign_in(client, user.email)
    assert response.status_code == 400
    assert "This form has expired" in response.get_data(as_text=True)
    page = client.get("/shipper/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post("/shipper/login", data={"email": user.email, "password": PASSWORD,
                                                   "csrf_token": token})
    assert response.status_code == 302
    assert client.post("/shipper/logout").status_code == 400  # sign-out is a form too


@pytest.mark.parametrize("app_config", [{"CMS_SIGNIN_LIMIT_PER_ADDRESS": 5}])
def test_sign_in_attempts_are_limited_per_address(app, principals, app_config):
    users = [principals.user("user", "ALP") for _ in range(3)]
    client = app.test_client()
    for i in range(5):
        assert sign_in(client, users[i % 3].email, "wrong wrong wrong").status_code == 401
    response = sign_in(client, users[0].email)  # even the right password waits now
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.get_data(as_text=True)
    assert 1 <= int(response.headers["Retry-After"]) <= 900
    other_address = app.test_client()
    response = other_address.post("/shipper/login", data={"email": users[1].email, "password": PASSWORD},
                                  environ_base={"REMOTE_ADDR": "10.9.9.9"})
    assert response.status_code == 302
    assert "login.throttled" in actions()


@pytest.mark.parametrize("app_config", [{"CMS_SIGNIN_LIMIT_PER_ACCOUNT": 3}])
def test_sign_in_attempts_are_limited_per_account(app, principals, app_config):
    user = principals.user("user", "ALP")
    for n in range(3):
        app.test_client().post("/shipper/login", data={"email": user.email, "password": "nope nope nope"},
                               environ_base={"REMOTE_ADDR": f"10.0.0.{n}"})
    response = app.test_client().post("/shipper/login", data={"email": user.email, "password": PASSWORD},
                                      environ_base={"REMOTE_ADDR": "10.0.0.99"})
    assert response.status_code == 429 and "Retry-After" in response.headers
