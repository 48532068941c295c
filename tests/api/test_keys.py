"""API keys from the command line and in the portal."""
from core import apikeys
from core.models import ApiKey


def test_cms_apikey_create_prints_the_key_alone(runner, principals, client):
    user = principals.user("user", "ALP")
    result = runner.invoke(args=["apikey", "create", user.email])
    assert result.exit_code == 0
    token = result.output.strip()
    assert result.output == token + "\n" and token.startswith("cms_")
    assert client.get("/api/v1/contacts", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert token not in ApiKey.get().key_hash


def test_cms_apikey_create_for_unknown_user_fails(runner):
    result = runner.invoke(args=["apikey", "create", "ghost@example.com"])
    assert result.exit_code != 0 and "no active user" in result.output


def test_revoked_key_stops_working(principals, client):
    user = principals.user("user", "ALP")
    key, token = apikeys.create_key(user, user, "one")
    apikeys.revoke(user, key)
    assert client.get("/api/v1/contacts", headers={"Authorization": f"Bearer {token}"}).status_code == 401
