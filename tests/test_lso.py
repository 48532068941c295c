"""LSO delegation: an LSO runs the users of their organisation and its children, nobody else's."""
import pytest

from core.models import AuditEntry, User
from tests.support.confirm import confirmed


def otp_from(response):
    return response.get_data(as_text=True).split("<code>")[1].split("</code>")[0]


def create(client, org="ALP", email="new@alp.example.com", role="user", name="New Person",
           tenant="shipper"):
    return client.post(f"/{tenant}/users/new", data={"organisation": org, "email": email,
                                                      "role": role, "name": name})


def test_lso_creates_a_user_in_their_organisation(client, login_as):
    lso = login_as("lso", "ALP")
    response = create(client)
    assert response.status_code == 200 and "One-time password" in response.get_data(as_text=True)
    user = User.by_email("new@alp.example.com")
    assert user.organisation.code == "ALP" and user.role_id == "user" and user.must_change_password
    entry = (AuditEntry.select().where(AuditEntry.action == "user.created")
             .order_by(AuditEntry.id.desc()).get())
    assert entry.actor_id == lso.id and entry.target_id == str(user.id)
    assert otp_from(response) not in str(entry.detail)


def test_lso_creates_a_user_in_a_child_organisation(client, login_as, principals):
    principals.org("ALK")
    login_as("lso", "ALP")
    assert create(client, org="ALK", email="kid@alk.example.com").status_code == 200
    assert User.by_email("kid@alk.example.com").organisation.code == "ALK"


def test_child_lso_cannot_reach_the_parent(client, login_as, principals):
    principals.org("ALK")
    login_as("lso", "ALK")
    response = create(client, org="ALP")
    assert response.status_code == 422 and "Choose one of your organisations" in response.get_data(as_text=True)
    parent_user = principals.user("user", "ALP")
    assert client.get(f"/shipper/users/{parent_user.id}").status_code == 404


def test_lso_cannot_create_in_another_organisation(client, login_as, principals):
    principals.org("BET")
    login_as("lso", "ALP")
    response = create(client, org="BET", email="x@bet.example.com")
    assert response.status_code == 422
    assert User.by_email("x@bet.example.com") is None


@pytest.mark.parametrize("role", ["agent", "admin", "emperor"])
def test_lso_cannot_grant_a_role_above_their_own(client, login_as, role):
    login_as("lso", "ALP")
    response = create(client, role=role)
    assert response.status_code == 422
    assert "Choose a role you may grant here" in response.get_data(as_text=True)
    assert User.by_email("new@alp.example.com") is None


@pytest.mark.parametrize("role", ["read_only", "user", "supervisor", "lso"])
def test_lso_grants_roles_up_to_their_own(client, login_as, role):
    login_as("lso", "ALP")
    assert create(client, role=role).status_code == 200
    assert User.by_email("new@alp.example.com").role_id == role


@pytest.mark.parametrize("email, field_message", [
    ("not-an-email", "Enter an email address"),
    ("", "Enter an email address"),
])
def test_create_user_explains_bad_input(client, login_as, email, field_message):
    login_as("lso", "ALP")
    response = create(client, email=email)
    assert response.status_code == 422 and field_message in response.get_data(as_text=True)


def test_duplicate_email_is_refused_until_the_user_is_deleted(client, login_as, principals):
    login_as("lso", "ALP")
    existing = principals.user("user", "ALP", email="dup@alp.example.com")
    response = create(client, email="dup@alp.example.com")
    assert "A user of ALP already has this email address" in response.get_data(as_text=True)
    client.post(f"/shipper/users/{existing.id}/delete", data=confirmed())
    assert create(client, email="dup@alp.example.com").status_code == 200


@pytest.mark.parametrize("role", ["user", "supervisor", "read_only"])
def test_non_lso_roles_cannot_administer_users(client, login_as, principals, role):
    login_as(role, "ALP")
    other = principals.user("user", "ALP")
    assert client.get("/shipper/users").status_code == 403
    assert create(client).status_code == 403
    assert client.post(f"/shipper/users/{other.id}/disable", data=confirmed()).status_code == 403
    assert principals.reload(other).disabled_at is None


def test_lso_search_finds_only_their_users(client, login_as, principals):
    principals.user("user", "ALP", email="findme@alp.example.com", name="Findable Fred")
    principals.user("user", "BET", email="findme@bet.example.com", name="Findable Fiona")
    login_as("lso", "ALP")
    text = client.get("/shipper/users?q=findable").get_data(as_text=True)
    assert "findme@alp.example.com" in text and "findme@bet.example.com" not in text
    assert "1 user found" in text


def test_lso_search_by_status(client, login_as, principals):
    locked = principals.user("user", "ALP", email="locked@alp.example.com")
    principals.user("user", "ALP", email="fine@alp.example.com")
    User.update(locked_at=User.created_at).where(User.id == locked.id).execute()
    login_as("lso", "ALP")
    text = client.get("/shipper/users?status=locked").get_data(as_text=True)
    assert "locked@alp.example.com" in text and "fine@alp.example.com" not in text


def test_lso_edits_name_email_and_role(client, login_as, principals):
    login_as("lso", "ALP")
    user = principals.user("user", "ALP")
    response = client.post(f"/shipper/users/{user.id}", data={
        "email": "renamed@alp.example.com", "name": "Renamed", "role": "supervisor"})
    assert response.status_code == 302
    user = principals.reload(user)
    assert (user.email, user.name, user.role_id) == ("renamed@alp.example.com", "Renamed", "supervisor")
    entry = AuditEntry.get(AuditEntry.action == "user.updated")
    assert entry.detail["role"] == {"from": "user", "to": "supervisor"}


def test_lso_disables_enables_unlocks_and_deletes(client, login_as, principals):
    login_as("lso", "ALP")
    user = principals.user("user", "ALP")
    User.update(locked_at=User.created_at, failed_logins=10).where(User.id == user.id).execute()
    for action, check in [
        ("disable", lambda u: u.disabled_at is not None),
        ("enable", lambda u: u.disabled_at is None),
        ("unlock", lambda u: u.locked_at is None and u.failed_logins == 0),
        ("delete", lambda u: u.deleted_at is not None),
    ]:
        assert client.post(f"/shipper/users/{user.id}/{action}", data=confirmed()).status_code == 302
        assert check(principals.reload(user)), action
    assert client.get(f"/shipper/users/{user.id}").status_code == 404  # deleted users are gone
    assert {"user.disabled", "user.enabled", "user.unlocked", "user.deleted"} <= {
        e.action for e in AuditEntry.select()}


def test_unlocked_user_can_sign_in_again(app, client, login_as, principals):
    user = principals.user("user", "ALP")
    for _ in range(10):
        app.test_client().post("/shipper/login", data={"email": user.email, "password": "nope nope nope"})
    login_as("lso", "ALP")
    client.post(f"/shipper/users/{user.id}/unlock")
    principals.sign_in(app.test_client(), user)


def test_lso_resets_a_password(app, client, login_as, principals):
    login_as("lso", "ALP")
    user = principals.user("user", "ALP")
    otp = otp_from(client.post(f"/shipper/users/{user.id}/reset-password", data=confirmed()))
    other = app.test_client()
    assert other.post("/shipper/login", data={"email": user.email, "password": otp}).status_code == 302
    assert other.get("/shipper/").headers["Location"] == "/shipper/password"


@pytest.mark.parametrize("action", ["disable", "delete"])
def test_lso_cannot_disable_or_delete_themselves(client, login_as, principals, action):
    me = login_as("lso", "ALP")
    response = client.post(f"/shipper/users/{me.id}/{action}")
    assert response.status_code == 403
    assert principals.reload(me).is_active


def test_lso_cannot_change_their_own_role(client, login_as, principals):
    me = login_as("lso", "ALP")
    response = client.post(f"/shipper/users/{me.id}", data={"email": me.email, "name": me.name,
                                                            "role": "user"})
    assert response.status_code == 422
    assert principals.reload(me).role_id == "lso"


@pytest.mark.parametrize("path, method", [
    ("/shipper/users/{id}", "get"), ("/shipper/users/{id}", "post"),
    ("/shipper/users/{id}/disable", "post"), ("/shipper/users/{id}/enable", "post"),
    ("/shipper/users/{id}/unlock", "post"), ("/shipper/users/{id}/delete", "post"),
    ("/shipper/users/{id}/reset-password", "post"),
])
def test_another_organisations_user_is_not_found(client, login_as, principals, path, method):
    victim = principals.user("user", "BET")
    login_as("lso", "ALP")
    response = getattr(client, method)(path.format(id=victim.id),
                                       data=confirmed(email="hijack@x.example.com"))
    assert response.status_code == 404
    reloaded = principals.reload(victim)
    assert reloaded.is_active and reloaded.email == victim.email and reloaded.password_hash == victim.password_hash


def test_cdsp_admin_administers_any_organisations_users(app, principals):
    admin_client, _ = principals.client("admin")
    user = principals.user("user", "BET")
    assert admin_client.get(f"/cdsp/users/{user.id}").status_code == 200
    assert admin_client.post(f"/cdsp/users/{user.id}/disable", data=confirmed()).status_code == 302
    assert principals.reload(user).disabled_at is not None


def test_cdsp_agent_cannot_administer_users(principals):
    agent_client, _ = principals.client("agent")
    user = principals.user("user", "BET")
    assert agent_client.get("/cdsp/users").status_code == 403
    assert agent_client.post(f"/cdsp/users/{user.id}/disable", data=confirmed()).status_code == 403


def test_password_resets_are_limited_per_account(client, login_as, principals):
    login_as("lso", "ALP")
    user = principals.user("user", "ALP")
    statuses = [client.post(f"/shipper/users/{user.id}/reset-password", data=confirmed()).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    response = client.post(f"/shipper/users/{user.id}/reset-password", data=confirmed())
    assert "Too many password resets" in response.get_data(as_text=True)
    assert 1 <= int(response.headers["Retry-After"]) <= 3600
