"""CDSP admin: organisations, the first LSO, plugins per tenant."""
import pyotp
import pytest
from flask import g

from core import hookimpl, tenancy
from core.models import AuditEntry, Organisation, TenantPlugin, User
from core.tenancy import plugin_enabled
from tests.support.confirm import confirmed


def test_admin_creates_an_organisation_and_appoints_its_first_lso(app, client, login_as):
    login_as("admin")
    response = client.post("/cdsp/admin/organisations/new", data={
        "code": "gam", "name": "Gamma Gas", "tenant": "shipper", "parent": "",
        "customer_advocate": "Sam Jones"})
    assert response.status_code == 302 and response.headers["Location"] == "/cdsp/admin/organisations/GAM"
    org = Organisation.by_code("GAM")
    assert org.tenant.code == "shipper" and org.customer_advocate == "Sam Jones"

    response = client.post("/cdsp/admin/organisations/GAM/lso", data={
        "email": "lso@gam.example.com", "name": "Gemma LSO"})
    assert response.status_code == 200
    otp = response.get_data(as_text=True).split("<code>")[1].split("</code>")[0]
    lso = User.by_email("lso@gam.example.com")
    assert lso.role_id == "lso" and lso.organisation_id == org.id

    # the new LSO signs in to their tenant's portal, sets a password and creates a user
    portal = app.test_client()
    response = portal.post("/shipper/login", data={"email": lso.email, "password": otp})
    assert response.headers["Location"] == "/shipper/login/enrol"  # LSOs must use a second factor
    page = portal.get("/shipper/login/enrol").get_data(as_text=True)
    assert 'src="data:image/svg+xml;base64,' in page  # the QR code
    secret = page.split('id="totp-secret">')[1].split("<")[0]
    response = portal.post("/shipper/login/enrol", data={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 200 and "Save your recovery codes" in response.get_data(as_text=True)
    portal.post("/shipper/password", data={"current_password": otp,
                                           "new_password": "gamma lso chooses well",
                                           "confirm_password": "gamma lso chooses well"})
    response = portal.post("/shipper/users/new", data={"organisation": "GAM", "role": "user",
                                                       "email": "first@gam.example.com"})
    assert response.status_code == 200
    assert User.by_email("first@gam.example.com").organisation_id == org.id
    home = portal.get("/shipper/").get_data(as_text=True)
    assert "Sam Jones" in home  # the organisation's Customer Advocate


def test_organisation_form_explains_mistakes(client, login_as, principals):
    principals.org("NWG")
    login_as("admin")
    response = client.post("/cdsp/admin/organisations/new", data={
        "code": "x", "name": "", "tenant": "cdsp", "parent": "NWG"})
    text = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Use 2 to 10 capital letters" in text
    assert "Choose a participant tenant" in text
    assert "Enter the organisation&#39;s name" in text
    assert Organisation.select().count() == 2  # CDSP and NWG only


def test_child_organisation_must_share_the_parents_tenant(client, login_as, principals):
    principals.org("NWG")
    login_as("admin")
    response = client.post("/cdsp/admin/organisations/new", data={
        "code": "KID", "name": "Kid", "tenant": "shipper", "parent": "NWG"})
    assert "A parent must be in the same tenant." in response.get_data(as_text=True)


def test_organisation_search(client, login_as, principals):
    principals.org("ALP")
    principals.org("NWG")
    login_as("admin")
    text = client.get("/cdsp/admin/organisations?tenant=gt").get_data(as_text=True)
    assert "NWG" in text and "ALP" not in text


class Listener:
    """A test plugin no tenant file enables."""
    name = "listener"

    def __init__(self):
        self.seen = []

    @hookimpl
    def audit_recorded(self, entry):
        self.seen.append(entry.action)


LISTENER = Listener()


@pytest.mark.parametrize("app_config", [{"CMS_EXTRA_PLUGINS": [LISTENER]}])
def test_admin_toggles_a_plugin_for_a_tenant_at_run_time(app, client, login_as, app_config):
    login_as("admin")
    assert not plugin_enabled("gt", "listener")
    assert "listener" in client.get("/cdsp/admin/plugins").get_data(as_text=True)
    response = client.post("/cdsp/admin/plugins", data={"tenant": "gt", "plugin": "listener",
                                                        "enabled": "1"})
    assert response.status_code == 302
    g.pop("_enabled_plugins", None)  # this test's app context outlives the request
    assert plugin_enabled("gt", "listener") and not plugin_enabled("shipper", "listener")
    page = client.get("/cdsp/admin/plugins").get_data(as_text=True)
    title = "A test plugin no tenant file enables"   # its docstring's first line
    assert f': turn {title} off for Gas Transporter portal</span>' in page
    assert f': turn {title} on for Shipper portal</span>' in page
    # the per-tenant hook caller now includes it for gt only
    LISTENER.seen.clear()
    entry = AuditEntry.select().first()
    tenancy.hook_for_tenant("audit_recorded", "gt")(entry=entry)
    tenancy.hook_for_tenant("audit_recorded", "shipper")(entry=entry)
    assert LISTENER.seen == [entry.action]
    client.post("/cdsp/admin/plugins", data=confirmed(tenant="gt", plugin="listener", enabled="0"))
    g.pop("_enabled_plugins", None)
    assert not plugin_enabled("gt", "listener")
    assert [e.action for e in AuditEntry.select().where(AuditEntry.target_type == "tenant")
            .order_by(AuditEntry.id)] == ["plugin.enabled", "plugin.disabled"]
    assert TenantPlugin.get().enabled is False


def test_unknown_plugin_or_tenant_cannot_be_toggled(client, login_as):
    login_as("admin")
    response = client.post("/cdsp/admin/plugins", data={"tenant": "shipper", "plugin": "nope",
                                                        "enabled": "1"})
    assert response.status_code == 404
    assert TenantPlugin.select().count() == 0


def test_admin_pages_exist_only_in_the_cdsp_portal(client, login_as):
    login_as("lso", "ALP")
    assert client.get("/shipper/admin/organisations").status_code == 404
    assert client.get("/shipper/admin/plugins").status_code == 404


def test_agent_cannot_use_admin_pages(client, login_as):
    login_as("agent")
    assert client.get("/cdsp/admin/organisations").status_code == 403
    assert client.post("/cdsp/admin/organisations/new", data={
        "code": "ZZZ", "name": "Z", "tenant": "shipper"}).status_code == 403
    assert Organisation.by_code("ZZZ") is None


def test_the_plugins_page_names_plugins_and_portals_in_words(client, login_as):
    login_as("admin")
    page = client.get("/cdsp/admin/plugins").get_data(as_text=True)
    assert '<th scope="row">RFA – Request For Adjustment <span class="secondary">rfa</span></th>' in page
    assert '<th scope="row">REST API channel <span class="secondary">api</span></th>' in page
    assert '<th scope="col">Shipper portal</th>' in page
    assert "turn RFA – Request For Adjustment off for" in page

