"""Each request-time hook can be implemented by a plugin, and the core defaults give way."""
import click
import pytest

from core import hookimpl
from core.models import User
from core.permissions import allowed


class HeaderActor:
    """actor_from_request: trusts an X-Test-User header (a stand-in for API keys or SSO)."""
    name = "header_actor"

    @hookimpl
    def actor_from_request(self, request, tenant):
        email = request.headers.get("X-Test-User")
        user = User.by_email(email) if email else None
        if user is not None and tenant is not None and user.organisation.tenant.code == tenant.code:
            return user
        return None


@pytest.mark.parametrize("app_config", [{"CMS_EXTRA_PLUGINS": [HeaderActor()]}])
def test_actor_from_request_can_be_provided_by_a_plugin(client, principals, app_config):
    user = principals.user("user", "ALP")
    assert client.get("/shipper/").status_code == 302
    assert client.get("/shipper/", headers={"X-Test-User": user.email}).status_code == 200
    # the plugin's own rule keeps tenants apart too
    assert client.get("/gt/", headers={"X-Test-User": user.email}).status_code == 302


class PathTenant:
    """tenant_from_request: a header decides; a URL naming another tenant is then not found."""
    name = "path_tenant"

    @hookimpl(tryfirst=True)
    def tenant_from_request(self, request, tenants, config):
        if request.headers.get("X-Force-Tenant"):
            return request.headers["X-Force-Tenant"]
        return None


@pytest.mark.parametrize("app_config", [{"CMS_EXTRA_PLUGINS": [PathTenant()]}])
def test_tenant_from_request_can_be_overridden(client, app_config):
    assert client.get("/shipper/login").status_code == 200  # default still answers
    assert client.get("/shipper/login", headers={"X-Force-Tenant": "gt"}).status_code == 404
    assert client.get("/gt/login", headers={"X-Force-Tenant": "gt"}).status_code == 200


@pytest.mark.parametrize("app_config", [{"CMS_TENANT_HOSTS": "portal.shipper.test=shipper"}])
def test_a_mapped_host_serves_only_its_tenant(client, app_config):
    base = "http://portal.shipper.test"
    assert client.get("/shipper/login", base_url=base).status_code == 200
    assert client.get("/gt/login", base_url=base).status_code == 404
    assert client.get("/gt/login").status_code == 200  # other hosts are unaffected


def test_unknown_tenant_is_not_found(client):
    assert client.get("/nowhere/login").status_code == 404


class Veto:
    name = "veto"

    @hookimpl
    def permission_allowed(self, actor, action, obj):
        if action == "users.admin" and actor is not None and actor.email.startswith("vetoed"):
            return False
        if action == "reports.read":
            return True
        return None


@pytest.mark.parametrize("app_config", [{"CMS_EXTRA_PLUGINS": [Veto()]}])
def test_permission_allowed_any_false_denies_any_true_allows(app, principals, client, app_config):
    vetoed = principals.user("lso", "ALP", email="vetoed@alp.example.com")
    normal = principals.user("lso", "ALP")
    assert not allowed(vetoed, "users.admin") and allowed(normal, "users.admin")
    assert allowed(normal, "reports.read")          # a plugin's True allows a new action
    assert not allowed(normal, "unheard.of")        # nobody's opinion means no
    principals.sign_in(client, vetoed)
    assert client.get("/shipper/users").status_code == 403


class Command:
    name = "command"

    @hookimpl
    def register_commands(self, cli):
        @cli.command("hello")
        @click.argument("who")
        def hello(who):
            click.echo(f"hello {who}")


@pytest.mark.parametrize("app_config", [{"CMS_EXTRA_PLUGINS": [Command()]}])
def test_register_commands_adds_to_the_cms_command(runner, app_config):
    result = runner.invoke(args=["hello", "world"])
    assert result.exit_code == 0 and result.output == "hello world\n"


def test_a_missing_page_under_a_portal_keeps_the_portal_look(client):
    response = client.get("/shipper/no-such-page")
    assert response.status_code == 404
    assert "Shipper portal" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/shipper/users/99999999999999999999999",
                                  "/api/v1/batch-files/99999999999999999999999"])
def test_an_id_too_large_for_the_database_is_not_found(client, path):
    assert client.get(path).status_code == 404  # no route takes it: never an overflow (500)
