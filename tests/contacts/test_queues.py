"""Queues in order of receipt; supervisors and CDSP agents assign and transfer."""
import pytest

from core.contacts import act, get_contact, list_contacts, queue, raise_contact
from core.errors import Forbidden, Invalid


def raise_several(clock, user, good, n, code="ENQ"):
    out = []
    for _ in range(n):
        out.append(raise_contact(user, code, good(code), "web"))
        clock.advance(minutes=5)
    return out


def test_the_cdsp_queue_lists_work_in_order_of_receipt_page_by_page(app, clock, principals, agent,
                                                                      good):
    alpha, beta = principals.user("user", "ALP"), principals.user("user", "BET")
    raised = []
    for _ in range(3):
        raised += raise_several(clock, alpha, good, 1) + raise_several(clock, beta, good, 1)
    page = queue(agent, limit=4)
    assert [c.reference for c in page.items] == [c.reference for c in raised[:4]]
    rest = queue(agent, after=page.next_cursor, limit=4)
    assert [c.reference for c in rest.items] == [c.reference for c in raised[4:]]
    assert rest.next_cursor is None


def test_participants_see_only_their_own_queue(app, clock, principals, agent, good, orgs):
    shipper = principals.user("supervisor", "ALP")
    raise_contact(agent, "ENQ", good("ENQ"), "web", to_org="ALP")
    assert len(queue(shipper).items) == 1
    with pytest.raises(Forbidden):
        queue(shipper, org=principals.org("BET"))


def test_cdsp_agent_assigns_and_reassigns(app, clock, principals, shipper, agent, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    other_agent = principals.user("agent")
    contact = act(agent, contact, "assign", assignee=other_agent.id)
    assert contact.assignee_id == other_agent.id
    assert [c.id for c in queue(agent, assignee=other_agent).items] == [contact.id]
    assert queue(agent, unassigned=True).items == []
    with pytest.raises(Invalid) as caught:
        act(agent, contact, "assign", assignee=shipper)      # not of the holding organisation
    assert "assignee" in caught.value.errors
    contact = act(agent, contact, "assign", assignee=None)
    assert contact.assignee_id is None


def test_supervisors_assign_in_their_organisation_but_users_may_not(app, clock, principals,
                                                                    agent, good, orgs):
    contact = raise_contact(agent, "ENQ", good("ENQ"), "web", to_org="ALP")
    supervisor, user = principals.user("supervisor", "ALP"), principals.user("user", "ALP")
    assert act(supervisor, contact, "assign", assignee=user).assignee_id == user.id
    with pytest.raises(Forbidden):
        act(user, contact, "assign", assignee=supervisor)


def test_transfer_within_the_group(app, clock, principals, agent, good, orgs):
    contact = raise_contact(agent, "ENQ", good("ENQ"), "web", to_org="ALP")
    supervisor = principals.user("supervisor", "ALP")
    child_user = principals.user("user", "ALK")
    with pytest.raises(Invalid):
        act(supervisor, contact, "transfer", to_org="BET")   # not in ALP's group
    contact = act(supervisor, contact, "transfer", to_org="ALK")
    assert contact.holder_org.code == "ALK"
    assert get_contact(child_user, contact.reference).id == contact.id
    assert [c.id for c in queue(child_user).items] == [contact.id]


def test_list_filters_and_newest_first(app, clock, shipper, agent, good):
    enq = raise_several(clock, shipper, good, 3)
    tog = raise_contact(shipper, "TOG", good("TOG"), "web")
    act(agent, enq[0], "accept")
    assert [c.id for c in list_contacts(shipper, {"contact_type": "tog"}).items] == [tog.id]
    assert [c.id for c in list_contacts(shipper, {"status": "accepted"}).items] == [enq[0].id]
    assert [c.id for c in list_contacts(shipper, newest_first=True, limit=2).items] == [tog.id, enq[2].id]
    page = list_contacts(shipper, newest_first=True, limit=2)
    assert [c.id for c in list_contacts(shipper, after=page.next_cursor, newest_first=True).items] == [
        enq[1].id, enq[0].id]


@pytest.mark.parametrize("kwargs, field", [
    ({"filters": {"colour": "red"}}, "colour"),
    ({"filters": {"status": "lost"}}, "status"),
    ({"after": "not-a-cursor"}, "cursor"),
    ({"limit": 0}, "limit"),
    ({"limit": "many"}, "limit"),
])
def test_bad_list_requests_say_what_to_fix(kwargs, field, app, shipper):
    with pytest.raises(Invalid) as caught:
        list_contacts(shipper, **kwargs)
    assert field in caught.value.errors
