"""API keys in the portal: shown once, revoked by their owner or the organisation's LSO."""
from core.models import ApiKey, AuditEntry
from tests.support.principals import PASSWORD
from tests.support.confirm import confirmed


def token_from(response):
    return response.get_data(as_text=True).split('class="otp"><code>')[1].split("</code>")[0]


def test_user_creates_a_key_shown_once(client, login_as):
    login_as("user", "ALP")
    response = client.post("/shipper/api-keys", data={"name": "billing system", "password": PASSWORD})
    assert response.status_code == 200
    token = token_from(response)
    assert client.get("/api/v1/contacts", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    page = client.get("/shipper/api-keys").get_data(as_text=True)
    assert "billing system" in page and token not in page
    assert AuditEntry.get(AuditEntry.action == "apikey.created").detail["name"] == "billing system"


def test_key_needs_a_name(client, login_as):
    login_as("user", "ALP")
    response = client.post("/shipper/api-keys", data={"name": "", "password": PASSWORD})
    assert response.status_code == 422 and "Give the key a name" in response.get_data(as_text=True)
    assert ApiKey.select().count() == 0


def test_owner_revokes_their_key(client, login_as):
    login_as("user", "ALP")
    token = token_from(client.post("/shipper/api-keys", data={"name": "k", "password": PASSWORD}))
    key = ApiKey.get()
    assert client.post(f"/shipper/api-keys/{key.id}/revoke", data=confirmed()).status_code == 302
    assert client.get("/api/v1/contacts", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_lso_revokes_a_key_of_their_organisation(app, principals):
    user_client, _ = principals.client("user", "ALP")
    token = token_from(user_client.post("/shipper/api-keys", data={"name": "k", "password": PASSWORD}))
    lso_client, _ = principals.client("lso", "ALP")
    key = ApiKey.get()
    assert "k" in lso_client.get("/shipper/api-keys").get_data(as_text=True)
    assert lso_client.post(f"/shipper/api-keys/{key.id}/revoke", data=confirmed()).status_code == 302
    assert ApiKey.get().revoked_at is not None
    assert app.test_client().get("/api/v1/contacts", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_others_cannot_see_or_revoke_a_key(app, principals):
    user_client, _ = principals.client("user", "ALP")
    user_client.post("/shipper/api-keys", data={"name": "secret-system", "password": PASSWORD})
    key = ApiKey.get()
    for role, org in [("user", "ALP"), ("lso", "BET"), ("user", "BET")]:
        other, _ = principals.client(role, org)
        assert "secret-system" not in other.get("/shipper/api-keys").get_data(as_text=True)
        assert other.post(f"/shipper/api-keys/{key.id}/revoke", data=confirmed()).status_code == 404
    assert ApiKey.get().revoked_at is None
