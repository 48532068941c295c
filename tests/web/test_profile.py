"""The profile page: who I am here, and links to the self-service pages."""
from core.actors import SystemActor
from core.tenancy import set_plugin_enabled
from tests.web.conftest import text


def test_profile_shows_me_and_links_to_my_access(client, login_as):
    user = login_as("supervisor", "ALP", name="Sam Jones")
    page = text(client.get("/shipper/profile"))
    for shown in ("Sam Jones", user.email, "Supervisor", "ALP – Alpha Gas Shipping",
                  "Shipper portal"):
        assert shown in page
    for href in ("/shipper/password", "/shipper/account/two-factor", "/shipper/api-keys",
                 "/shipper/notifications"):
        assert f'href="{href}"' in page


def test_no_notifications_link_where_the_plugin_is_off(client, login_as):
    login_as("user", "ALP")
    set_plugin_enabled(SystemActor("test"), "shipper", "notifications", False)
    assert "Notification settings" not in text(client.get("/shipper/profile"))


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get("/shipper/profile")
    assert response.status_code == 302 and "/shipper/login" in response.headers["Location"]
