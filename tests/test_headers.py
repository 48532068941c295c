"""Safe headers and cookies, and client addresses behind a trusted proxy."""
import pytest

from core.models import AuditEntry
from tests.support.principals import PASSWORD


@pytest.mark.parametrize("path", ["/", "/shipper/login", "/api/v1/openapi.json"])
def test_every_response_carries_safe_headers(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Strict-Transport-Security" not in response.headers


def test_hsts_over_https(client):
    response = client.get("/shipper/login", base_url="https://localhost")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def test_no_page_has_inline_script_or_style(client, login_as):
    login_as("lso", "ALP")
    for path in ["/shipper/", "/shipper/users", "/shipper/users/new", "/shipper/api-keys"]:
        page = client.get(path).get_data(as_text=True)
        assert "<script>" not in page and " style=" not in page and "<style" not in page, path


@pytest.mark.parametrize("app_config", [{"CMS_SECURE_COOKIES": True}])
def test_host_prefixed_cookie_on_https(client, principals, app_config):
    user = principals.user("user", "ALP")
    response = client.post("/shipper/login", data={"email": user.email, "password": PASSWORD},
                           base_url="https://localhost")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("__Host-cms_session=") and "Secure" in cookie and "Path=/" in cookie


def test_forwarded_address_is_ignored_without_a_trusted_proxy(client, principals):
    user = principals.user("user", "ALP")
    client.post("/shipper/login", data={"email": user.email, "password": PASSWORD},
                headers={"X-Forwarded-For": "203.0.113.9"})
    assert AuditEntry.get(AuditEntry.action == "login.succeeded").source_address == "127.0.0.1"


@pytest.mark.parametrize("app_config", [{"CMS_TRUSTED_PROXIES": 1}])
def test_forwarded_address_is_used_behind_a_trusted_proxy(client, principals, app_config):
    user = principals.user("user", "ALP")
    client.post("/shipper/login", data={"email": user.email, "password": PASSWORD},
                headers={"X-Forwarded-For": "203.0.113.9"})
    assert AuditEntry.get(AuditEntry.action == "login.succeeded").source_address == "203.0.113.9"


@pytest.mark.parametrize("method, path, kwargs", [
    ("get", "/api/v1/contacts?mprn=12%0034", {}),
    ("post", "/api/v1/contacts", {"json": {"type": "ENQ", "summary": "bad\u0000text"}}),
    ("get", "/shipper/login?next=%00", {}),
    ("post", "/shipper/login", {"data": {"email": "a\x00@b.example.com", "password": "x"}}),
])
def test_nul_characters_are_refused_at_the_door(client, method, path, kwargs):
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 400
    assert "NUL character" in response.get_data(as_text=True)
