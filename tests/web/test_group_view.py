"""The group view on the portal: a CDSP admin turns it on for a parent; the parent's
supervisors then see its children's contacts in the queue, search, views and the CSV export,
each marked with its organisation, and act on them as the child's. Everyone else: 404."""
import csv
import io

import pytest

from core.actors import SystemActor
from core.contacts import raise_contact, save_view
from core.models import AuditEntry, Contact, Message, Organisation
from core.orgs import create_organisation, set_group_view
from tests.support.confirm import confirmed
from tests.web.conftest import ENQ, text


@pytest.fixture
def group(app, clock, principals):
    """ALP with children ALK and ALS: a contact the CDSP sent to each child, and BET's own."""
    principals.org("ALK")
    create_organisation(SystemActor("test"), "ALS", "shipper", "Alpha Gas Sisters", "ALP")
    principals.org("BET")
    agent = principals.user("agent")
    return {code: raise_contact(agent, "ENQ", dict(ENQ, summary=f"For {code}"), "web", to_org=code)
            for code in ("ALP", "ALK", "ALS", "BET")}


def turn_on(principals):
    set_group_view(principals.user("admin"), Organisation.by_code("ALP"), True)


def test_a_cdsp_admin_turns_the_group_view_on_after_confirming_and_off(client, login_as, group):
    admin = login_as("admin")
    page = text(client.get("/cdsp/admin/organisations/ALP"))
    assert "Group view" in page and "The group view is <strong>off</strong>" in page
    assert "ALK – Alpha Gas Kids" in page and "ALS – Alpha Gas Sisters" in page
    asked = client.post("/cdsp/admin/organisations/ALP/group-view", data={"enabled": "1"})
    assert asked.status_code == 200 and "Are you sure you want to turn the group view on" in text(asked)
    assert not Organisation.by_code("ALP").group_view
    done = client.post("/cdsp/admin/organisations/ALP/group-view", data=confirmed(enabled="1"))
    assert done.status_code == 302 and Organisation.by_code("ALP").group_view
    assert "The group view is <strong>on</strong>" in text(client.get(done.headers["Location"]))
    client.post("/cdsp/admin/organisations/ALP/group-view", data={"enabled": "0"})
    assert not Organisation.by_code("ALP").group_view
    entries = list(AuditEntry.select().where(AuditEntry.target_id == "ALP").order_by(AuditEntry.id))
    assert [(e.action, e.actor_id) for e in entries][-2:] == [
        ("org.group_view_on", admin.id), ("org.group_view_off", admin.id)]
    assert entries[-1].detail["children"] == ["ALK", "ALS"]


def test_only_a_parent_has_a_group_view_and_only_admins_set_it(client, login_as, principals, group):
    login_as("admin")
    assert "Group view" not in text(client.get("/cdsp/admin/organisations/BET"))
    refused = client.post("/cdsp/admin/organisations/BET/group-view", data=confirmed(enabled="1"))
    assert refused.status_code == 422 and "has no child organisations" in text(refused)
    assert client.post("/cdsp/admin/organisations/NOPE/group-view",
                       data=confirmed(enabled="1")).status_code == 404
    other, _ = principals.client("agent")
    assert other.post("/cdsp/admin/organisations/ALP/group-view",
                      data=confirmed(enabled="1")).status_code == 403
    lso, _ = principals.client("lso", "ALP")
    assert lso.post("/shipper/admin/organisations/ALP/group-view",
                    data=confirmed(enabled="1")).status_code == 404
    assert not Organisation.by_code("ALP").group_view


def test_a_parent_supervisor_works_a_childs_contact_from_the_group_queue(client, login_as,
                                                                        principals, group):
    turn_on(principals)
    boss = login_as("supervisor", "ALP")
    worker = principals.user("user", "ALK")
    kid = group["ALK"]
    page = text(client.get("/shipper/queue?group=1"))
    assert "Your group's queue" in page and "<th scope=\"col\">Organisation</th>" in page
    for code in ("ALP", "ALK", "ALS"):
        assert group[code].reference in page
    assert group["BET"].reference not in page
    assert "ALK – Alpha Gas Kids" in page and 'name="reference"' not in page   # no bulk here
    child_queue = text(client.get("/shipper/queue?org=ALK"))
    assert kid.reference in child_queue and group["ALS"].reference not in child_queue
    assert f'value="assign:{worker.id}"' in child_queue
    assert client.post("/shipper/queue?org=ALK", data=confirmed(
        reference=kid.reference, operation=f"assign:{worker.id}")).status_code == 302
    assert Contact.get_by_id(kid.id).assignee_id == worker.id
    contact_page = text(client.get(f"/shipper/contacts/{kid.reference}"))
    assert "you see this contact through your group view" in contact_page
    assert "what you do here counts as Alpha Gas Kids" in contact_page
    response = client.post(f"/shipper/contacts/{kid.reference}/act",
                           data={"action": "accept"})
    assert response.status_code == 302 and Contact.get_by_id(kid.id).status == "accepted"
    client.post(f"/shipper/contacts/{kid.reference}/act",
                data={"action": "message", "text": "Looking into it for ALK"})
    message = Message.get(Message.contact == kid.id)
    assert (message.author_org.code, message.author_user_id) == ("ALK", boss.id)
    actions = [(e.detail["action"], e.detail["for"], e.actor_id) for e in AuditEntry.select()
               .where(AuditEntry.action == "contact.group_action").order_by(AuditEntry.id)]
    assert actions == [("assign", "ALK", boss.id), ("accept", "ALK", boss.id),
                       ("message", "ALK", boss.id)]


def test_search_views_and_the_export_mark_each_contact_with_its_organisation(client, login_as,
                                                                             principals, group):
    turn_on(principals)
    boss = login_as("supervisor", "ALP")
    page = text(client.get("/shipper/search?type=ENQ"))
    assert "<th scope=\"col\">Organisation</th>" in page
    assert all(group[c].reference in page for c in ("ALP", "ALK", "ALS"))
    assert group["BET"].reference not in page and "ALS – Alpha Gas Sisters" in page
    rows = list(csv.DictReader(io.StringIO(text(client.get("/shipper/search/export.csv?type=ENQ")))))
    assert {r["reference"]: r["organisation"] for r in rows} == {
        group[c].reference: c for c in ("ALP", "ALK", "ALS")}
    view = save_view(boss, "Group ENQs", {"contact_type": "ENQ"})
    page = text(client.get(f"/shipper/views/{view.id}"))
    assert "ALK – Alpha Gas Kids" in page and group["BET"].reference not in page


@pytest.mark.parametrize("role, org, sees", [
    ("user", "ALP", {"ALP"}), ("lso", "ALP", {"ALP"}), ("read_only", "ALP", {"ALP"}),
    ("supervisor", "ALK", {"ALK"}), ("supervisor", "ALS", {"ALS"}), ("supervisor", "BET", {"BET"}),
    ("parent without the setting", "ALP", {"ALP"}),
])
def test_nobody_else_sees_anything_more(role, org, sees, principals, group):
    if role != "parent without the setting":
        turn_on(principals)
    client, _ = principals.client("supervisor" if role.startswith("parent") else role, org)
    queue = text(client.get("/shipper/queue?group=1"))
    found = text(client.get("/shipper/search?type=ENQ"))
    export = text(client.get("/shipper/search/export.csv?type=ENQ"))
    assert "organisation" not in export.splitlines()[0].split(",")
    for code, contact in group.items():
        visible = code in sees
        assert (contact.reference in found) == visible and (contact.reference in export) == visible
        if code != org:
            assert contact.reference not in queue
        if visible:
            continue
        assert client.get(f"/shipper/contacts/{contact.reference}").status_code == 404
        for data in ({"action": "accept"}, {"action": "message", "text": "peek"}):
            assert client.post(f"/shipper/contacts/{contact.reference}/act",
                               data=data).status_code == 404
        assert Contact.get_by_id(contact.id).version == contact.version
    assert "Organisation</th>" not in queue + found
    if org == "ALP":
        assert client.get("/shipper/queue?org=ALK").status_code == 403
