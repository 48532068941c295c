"""Queues: an organisation's open contacts; supervisors and CDSP agents assign and transfer
them, one or many at a time; the CDSP's staff see every organisation's queue."""
import re

import pytest

from core.models import Contact
from tests.support.confirm import confirmed
from tests.web.conftest import text


@pytest.fixture
def held(principals):
    """Three ENQs the CDSP raised to ALP: ALP holds them."""
    from core.contacts import raise_contact
    from tests.web.conftest import ENQ
    principals.org("ALK")   # ALP's child company
    agent = principals.user("agent")
    return [raise_contact(agent, "ENQ", dict(ENQ, summary=f"Question {n}"), "web", to_org="ALP")
            for n in range(3)]


def test_users_see_their_organisations_queue_without_bulk_controls(client, login_as, held):
    login_as("user", "ALP")
    page = text(client.get("/shipper/queue"))
    assert all(c.reference in page for c in held)
    assert 'name="reference"' not in page and "Apply to selected" not in page


def test_a_supervisor_assigns_in_bulk(client, login_as, principals, held):
    supervisor = login_as("supervisor", "ALP")
    page = text(client.get("/shipper/queue"))
    assert page.count('name="reference"') == 3 and f'value="assign:{supervisor.id}"' in page
    response = client.post("/shipper/queue", data=confirmed({
        "reference": [held[0].reference, held[1].reference],
        "operation": f"assign:{supervisor.id}"}))
    assert response.status_code == 302
    assert [Contact.get_by_id(c.id).assignee_id for c in held] == [supervisor.id, supervisor.id, None]
    page = text(client.get("/shipper/queue?who=me"))
    assert held[0].reference in page and held[2].reference not in page
    assert f"Assign to {supervisor.display_name}: {held[0].reference}, {held[1].reference}." in page
    page = text(client.get("/shipper/queue?who=nobody"))
    assert held[2].reference in page and held[0].reference not in page


def test_one_contact_is_transferred_within_the_group(client, login_as, held):
    login_as("supervisor", "ALP")
    client.post("/shipper/queue", data=confirmed(reference=held[2].reference,
                                                 operation="transfer:ALK"))
    assert Contact.get_by_id(held[2].id).holder_org.code == "ALK"
    assert f'href="/shipper/contacts/{held[2].reference}"' not in text(client.get("/shipper/queue"))


def test_bulk_reports_contacts_it_could_not_change(client, login_as, raised, held, principals):
    login_as("supervisor", "ALP")
    others = raised(principals.user("user", "BET"))
    client.post("/shipper/queue", data=confirmed(reference=[held[0].reference, others.reference],
                                                 operation="unassign"))
    page = text(client.get("/shipper/queue"))
    assert f"Not changed – {others.reference}: There is no such contact" in page
    assert Contact.get_by_id(others.id).version == others.version


@pytest.mark.parametrize("data, message", [
    ({"operation": "unassign"}, "Select at least one contact."),
    ({"reference": "X", "operation": "transfer:BET"}, "Choose what to do"),
])
def test_a_bulk_form_without_what_it_needs_is_explained(client, login_as, held, data, message):
    login_as("supervisor", "ALP")
    response = client.post("/shipper/queue", data=confirmed(data))
    assert response.status_code == 422 and message in text(response)


def test_users_may_not_manage_the_queue(client, login_as, held):
    user = login_as("user", "ALP")
    response = client.post("/shipper/queue", data=confirmed(reference=held[0].reference,
                                                            operation=f"assign:{user.id}"))
    assert response.status_code == 403
    assert Contact.get_by_id(held[0].id).assignee_id is None


def test_participants_see_only_their_own_queue(client, login_as, held):
    login_as("supervisor", "BET")
    assert client.get("/shipper/queue?org=ALP").status_code == 403
    assert client.post("/shipper/queue?org=ALP", data=confirmed(
        reference=held[0].reference, operation="unassign")).status_code == 403


def test_cdsp_staff_see_all_queues_and_work_the_cdsps(client, login_as, principals, raised):
    contacts = [raised(principals.user("user", "ALP"), summary=f"Q{n}") for n in range(2)]
    principals.org("NWG")
    agent = login_as("agent")
    page = text(client.get("/cdsp/queues"))
    assert "Shipper portal" in page and "ALP – Alpha Gas Shipping" in page
    assert re.search(r"CDSP – Central Data Service Provider</a></td>\s*<td class=\"numeric\">2<", page)
    page = text(client.get("/cdsp/queue?org=CDSP"))
    assert page.count('name="reference"') == 2
    client.post("/cdsp/queue?org=CDSP", data=confirmed(reference=[c.reference for c in contacts],
                                                       operation=f"assign:{agent.id}"))
    assert {Contact.get_by_id(c.id).assignee_id for c in contacts} == {agent.id}


def test_cdsp_staff_read_a_participants_queue_but_do_not_work_it(client, login_as, held):
    login_as("agent")
    page = text(client.get("/cdsp/queue?org=ALP"))
    assert held[0].reference in page and 'name="reference"' not in page


def test_all_queues_is_the_cdsps_alone(client, login_as):
    login_as("lso", "ALP")
    assert client.get("/shipper/queues").status_code == 404


def test_the_cdsp_queue_filters_by_type_and_service_level_soonest_due_first(
        client, login_as, principals, raised, clock):
    alp = principals.user("user", "ALP")
    enq = raised(alp, summary="Early question")
    clock.advance(minutes=5)
    rfa = raised(alp, "RFA")
    clock.advance(minutes=5)
    enq2 = raised(alp, summary="Later question")
    login_as("agent")

    def listed(query):
        page = text(client.get(f"/cdsp/queue?org=CDSP&{query}"))
        return re.findall(r'<td><a href="/cdsp/contacts/([A-Z]+-\d+-\d+)">', page), page

    found, page = listed("type=ENQ")
    assert found == [enq.reference, enq2.reference] and "2 contacts" in page
    found, _ = listed("sort=due")
    due = sorted([enq, rfa, enq2], key=lambda c: (c.due_at, c.id))
    assert found == [c.reference for c in due]
    assert listed("service=at_risk")[0] == [] and listed("service=breached")[0] == []
    clock.advance(days=30)
    found, page = listed("service=breached&type=RFA")
    assert found == [rfa.reference] and "1 contact<" in page
    # the next page keeps the choices
    from plugins.channels.web import queue_views
    queue_views.PAGE_SIZE, size = 1, queue_views.PAGE_SIZE
    try:
        _, page = listed("type=ENQ&sort=due")
        link = re.search(r'href="(/cdsp/queue\?[^"]*after=[^"]+)">Next page', page).group(1)
        assert "type=ENQ" in link and "sort=due" in link
    finally:
        queue_views.PAGE_SIZE = size
