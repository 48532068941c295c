"""The group view on the API: a parent's supervisor's key lists, reads and acts on its
children's contacts (as the child's); every other key gets 404 for them."""
import pytest

from core.actors import SystemActor
from core.contacts import raise_contact
from core.models import AuditEntry, ContactEvent, Organisation
from core.orgs import create_organisation, set_group_view
from tests.api.conftest import enq
from tests.api.test_isolation import CALLS

ROUTES = [call for call in CALLS if "{att}" not in call[1]]   # every route taking a reference


@pytest.fixture
def group(app, principals):
    principals.org("ALK")
    create_organisation(SystemActor("test"), "ALS", "shipper", "Alpha Gas Sisters", "ALP")
    principals.org("BET")
    agent = principals.user("agent")
    body = {"mprn": enq()["mprn"], "summary": "Over to you", **enq()["fields"]}
    return {code: raise_contact(agent, "ENQ", dict(body), "web", to_org=code)
            for code in ("ALP", "ALK", "ALS", "BET")}


def turn_on(principals):
    set_group_view(principals.user("admin"), Organisation.by_code("ALP"), True)


def listed(caller):
    response = caller.get("/contacts?limit=100")
    assert response.status_code == 200
    return {c["reference"] for c in response.get_json()["items"]}


def test_a_parent_supervisors_key_lists_reads_and_acts_on_the_group(api, principals, group):
    turn_on(principals)
    boss = api("supervisor", "ALP")
    assert listed(boss) == {group[c].reference for c in ("ALP", "ALK", "ALS")}
    kid = group["ALK"]
    read = boss.get(f"/contacts/{kid.reference}")
    assert read.status_code == 200 and read.get_json()["holder"] == "ALK"
    done = boss.post(f"/contacts/{kid.reference}/actions", json={"action": "accept"})
    assert done.status_code == 200 and done.get_json()["status"] == "accepted"
    event = ContactEvent.select().where(ContactEvent.contact == kid.id).order_by(
        ContactEvent.id.desc()).first()
    assert (event.actor_user_id, event.actor_org_id) == (boss.user.id,
                                                         Organisation.by_code("ALK").id)
    for path in ("links", "watchers", "notes"):
        assert boss.get(f"/contacts/{kid.reference}/{path}").status_code == 200
    assert boss.post(f"/contacts/{kid.reference}/messages", json={"text": "On it"}).status_code == 201
    entry = AuditEntry.get(AuditEntry.action == "contact.group_action")
    assert (entry.actor_id, entry.org_id, entry.detail["channel"]) == (
        boss.user.id, Organisation.by_code("ALK").id, "api")


@pytest.mark.parametrize("role, org, sees", [
    ("user", "ALP", {"ALP"}), ("lso", "ALP", {"ALP"}),
    ("supervisor", "ALK", {"ALK"}), ("supervisor", "ALS", {"ALS"}), ("supervisor", "BET", {"BET"}),
    ("supervisor", "NWG", set()), ("without the setting", "ALP", {"ALP"}),
])
def test_every_other_key_gets_not_found(role, org, sees, api, principals, group):
    if role != "without the setting":
        turn_on(principals)
    caller = api("supervisor" if role == "without the setting" else role, org)
    assert listed(caller) == {group[c].reference for c in sees}
    for code, contact in group.items():
        if code in sees:
            continue
        for method, path, body in ROUTES:
            url = f"/api/v1{path.format(ref=contact.reference)}"
            response = caller.client.open(url, method=method.upper(), json=body,
                                          headers=caller.headers())
            assert response.status_code == 404, (method, url)
            assert contact.reference not in response.get_data(as_text=True)
        assert ContactEvent.select().where(ContactEvent.contact == contact.id).count() == 1
