"""Group view (issue 15 part 3): with the setting on, a parent's supervisors see and work its
children's contacts, as the children's; the wall holds for everyone else."""
import pytest

from core.actors import SystemActor
from core.contacts import (act, count_contacts, get_contact, list_contacts, queue, raise_contact,
                           view_contacts, save_view)
from core.contacts.group_view import marks
from core.errors import Forbidden, Invalid, NotFound
from core.models import AuditEntry, ContactEvent, Message, Organisation, User
from core.orgs import create_organisation, set_group_view


@pytest.fixture
def group(app, clock, principals, agent, good, orgs):
    """ALP (parent) with children ALK and ALS; a contact of each, one ALK holds, and BET's."""
    principals.org("ALK")
    create_organisation(SystemActor("test"), "ALS", "shipper", "Alpha Gas Sisters", "ALP")
    people = {code: principals.user("user", code) for code in ("ALP", "ALK", "ALS", "BET")}
    made = {code: raise_contact(people[code], "ENQ", good("ENQ"), "web") for code in people}
    made["held"] = raise_contact(agent, "ENQ", good("ENQ"), "web", to_org="ALK")
    return made


def turn_on(principals, on=True):
    set_group_view(principals.user("admin"), Organisation.by_code("ALP"), on)


def refs(page):
    return sorted(c.reference for c in page.items)


def test_without_the_setting_a_parent_supervisor_sees_only_its_own(group, principals):
    boss = principals.user("supervisor", "ALP")
    assert refs(list_contacts(boss)) == [group["ALP"].reference]
    for key in ("ALK", "ALS", "held"):
        with pytest.raises(NotFound):
            get_contact(boss, group[key].reference)
        with pytest.raises(NotFound):
            act(boss, group[key], "message", text="peek")
    with pytest.raises(Forbidden):
        queue(boss, group=True)


def test_with_it_the_parents_supervisors_see_the_group_marked_by_organisation(group, principals):
    turn_on(principals)
    boss = principals.user("supervisor", "ALP")
    wanted = sorted(group[k].reference for k in ("ALP", "ALK", "ALS", "held"))
    assert refs(list_contacts(boss)) == wanted
    assert count_contacts(boss) == 4
    assert get_contact(boss, group["ALK"].reference).id == group["ALK"].id
    page = list_contacts(boss, {"status": ["submitted", "accepted"]}, order="due")
    assert sorted(c.reference for c in page.items) == wanted
    assert {c.reference: o.code for c, o in ((c, marks(boss, page.items)[c.id])
                                            for c in page.items)} == {
        group["ALP"].reference: "ALP", group["ALK"].reference: "ALK",
        group["ALS"].reference: "ALS", group["held"].reference: "ALK"}
    assert refs(queue(boss, group=True)) == [group["held"].reference]
    assert refs(queue(boss, org=Organisation.by_code("ALK"))) == [group["held"].reference]
    with pytest.raises(Forbidden):
        queue(boss, org=Organisation.by_code("BET"))
    view = save_view(boss, "Group ENQs", {"contact_type": "ENQ"})
    assert refs(view_contacts(boss, view)) == wanted


def test_the_wall_holds_for_everyone_else(group, principals):
    turn_on(principals)
    others = {"ALP": [principals.user(role, "ALP") for role in ("user", "lso", "read_only")],
              "ALK": [principals.user("supervisor", "ALK")],
              "ALS": [principals.user("supervisor", "ALS")],
              "BET": [principals.user("supervisor", "BET")]}
    own = {"ALP": {"ALP"}, "ALK": {"ALK", "held"}, "ALS": {"ALS"}, "BET": {"BET"}}
    for code, people in others.items():
        for person in people:
            assert refs(list_contacts(person)) == sorted(group[k].reference for k in own[code])
            for key in set(group) - own[code]:
                with pytest.raises(NotFound):
                    get_contact(person, group[key].reference)
                with pytest.raises(NotFound):
                    act(person, group[key].reference, "message", text="peek")
            with pytest.raises(Forbidden):
                queue(person, group=True)


def test_a_parent_supervisors_action_counts_as_the_childs_and_is_audited(group, principals):
    turn_on(principals)
    boss = principals.user("supervisor", "ALP")
    worker = principals.user("user", "ALK")
    held = act(boss, group["held"], "assign", assignee=worker)
    assert held.assignee_id == worker.id
    held = act(boss, held, "accept")
    assert held.status == "accepted" and held.holder_org.code == "ALK"
    event = ContactEvent.select().where(ContactEvent.contact == held.id).order_by(
        ContactEvent.id.desc()).first()
    assert (event.actor_user_id, event.actor_org_id) == (boss.id, Organisation.by_code("ALK").id)
    act(boss, group["ALS"], "message", text="From the group")
    message = Message.get(Message.contact == group["ALS"].id)
    assert message.author_org.code == "ALS" and message.author_user_id == boss.id
    entries = list(AuditEntry.select().where(AuditEntry.action == "contact.group_action")
                   .order_by(AuditEntry.id))
    assert [(e.target_id, e.detail["action"], e.detail["for"]) for e in entries] == [
        (held.reference, "assign", "ALK"), (held.reference, "accept", "ALK"),
        (group["ALS"].reference, "message", "ALS")]
    assert {(e.actor_id, e.actor_org_id) for e in entries} == {
        (boss.id, Organisation.by_code("ALP").id)}
    assert User.get_by_id(boss.id).organisation.code == "ALP"   # the person stays the parent's
    with pytest.raises(Invalid):      # a person of another organisation stays refused
        act(boss, held, "assign", assignee=principals.user("user", "BET"))


def test_a_parent_supervisor_may_do_only_what_the_childs_supervisors_may(group, principals):
    turn_on(principals)
    boss = principals.user("supervisor", "ALP")
    with pytest.raises(Forbidden):    # the CDSP holds ALK's own contact: not the child's to accept
        act(boss, group["ALK"], "accept")


def test_turning_it_off_closes_the_view_again(group, principals):
    turn_on(principals)
    turn_on(principals, False)
    boss = principals.user("supervisor", "ALP")
    assert refs(list_contacts(boss)) == [group["ALP"].reference]
    with pytest.raises(NotFound):
        get_contact(boss, group["ALK"].reference)
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.target_id == "ALP")
               .order_by(AuditEntry.id)]
    assert actions[-2:] == ["org.group_view_on", "org.group_view_off"]


def test_only_cdsp_admins_set_it_and_only_on_a_parent(group, principals):
    alp = Organisation.by_code("ALP")
    for person in (principals.user("lso", "ALP"), principals.user("agent")):
        with pytest.raises(Forbidden):
            set_group_view(person, alp, True)
    with pytest.raises(Invalid) as caught:
        set_group_view(principals.user("admin"), Organisation.by_code("BET"), True)
    assert "group_view" in caught.value.errors
    assert not Organisation.by_code("ALP").group_view
