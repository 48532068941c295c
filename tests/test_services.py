"""Services: Contacts, Files, Reports and the API, assigned per user by the LSO and checked by
the permission hook; a service withdrawn refuses that part only."""
import pytest

from core import apikeys, services
from core.models import AuditEntry


def test_a_new_user_holds_every_service_unless_told_otherwise(principals):
    user = principals.user("user", "ALP")
    assert services.held(user) == set(services.ALL)


@pytest.mark.parametrize("withdrawn, refused, still", [
    ("contacts", "/shipper/search", "/shipper/reports"),
    ("files", "/shipper/files", "/shipper/search"),
    ("reports", "/shipper/reports", "/shipper/files"),
])
def test_a_withdrawn_service_refuses_that_part_only(principals, withdrawn, refused, still):
    client, user = principals.client("user", "ALP")
    lso = principals.user("lso", "ALP")
    assert client.get(refused).status_code == 200
    services.set_services(lso, user, set(services.ALL) - {withdrawn})
    answer = client.get(refused)
    assert answer.status_code == 403
    assert f"You do not have the {services.SERVICES[withdrawn]} service" in answer.get_data(as_text=True)
    assert client.get(still).status_code == 200
    assert client.get("/shipper/profile").status_code == 200     # one's own page, always
    home = client.get("/shipper/").get_data(as_text=True)
    assert f'href="{refused}"' not in home                      # nor in the navigation
    assert ("My tasks" in home) == (withdrawn != "contacts")    # nor the contacts' panels
    entry = AuditEntry.get(AuditEntry.action == "user.services_changed")
    assert entry.detail == {"added": [], "withdrawn": [withdrawn]} and entry.actor_id == lso.id


def test_a_key_of_a_user_without_the_api_service_is_refused(client, principals):
    user = principals.user("user", "ALP")
    lso = principals.user("lso", "ALP")
    _, token = apikeys.create_key(user, user, "billing")
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/contact-types", headers=headers).status_code == 200
    services.set_services(lso, user, ["contacts", "files", "reports"])
    refused = client.get("/api/v1/contact-types", headers=headers)
    assert refused.status_code == 403
    assert "does not have the API service" in refused.json["message"]


def test_without_the_api_service_no_key_is_made(principals):
    client, user = principals.client("user", "ALP")
    services.set_services(principals.user("lso", "ALP"), user, ["contacts"])
    page = client.get("/shipper/api-keys").get_data(as_text=True)
    assert "does not include the API service" in page
    made = client.post("/shipper/api-keys", data={"name": "x", "password": "whatever"})
    assert made.status_code == 403


def test_the_lso_sets_services_on_the_users_form(principals):
    client, _ = principals.client("lso", "ALP")
    user = principals.user("user", "ALP")
    answer = client.post(f"/shipper/users/{user.id}", data={
        "email": user.email, "name": user.name, "role": "user", "services_shown": "1",
        "services": ["contacts", "api"]})
    assert answer.status_code == 302
    assert services.held(user) == {"contacts", "api"}
    # a form without the boxes (another client) leaves them as they are
    client.post(f"/shipper/users/{user.id}", data={"email": user.email, "name": "Renamed",
                                                   "role": "user"})
    assert services.held(user) == {"contacts", "api"}
    created = client.post("/shipper/users/new", data={
        "organisation": "ALP", "email": "few@alp.example.com", "role": "user", "name": "Few",
        "services_shown": "1", "services": ["reports"]})
    assert created.status_code == 200
    from core.models import User
    assert services.held(User.by_email("few@alp.example.com")) == {"reports"}
