"""Watchers: anyone who may see a contact follows it (read-only users too); each side sees
only its own organisation's followers; another organisation's contact is not found; the
list filters on the contacts one follows; following and stopping are audited."""
import pytest

from core.contacts import (act, followers, involved, is_watching, list_contacts, raise_contact,
                           unwatch, watch)
from core.errors import NotFound
from core.models import AuditEntry


@pytest.fixture
def work(app, clock, principals, good):
    alp = principals.user("user", "ALP")
    return {"alp": alp, "alp2": principals.user("read_only", "ALP"),
            "agent": principals.user("agent"), "bet": principals.user("user", "BET"),
            "contact": raise_contact(alp, "ENQ", good("ENQ"), "web"),
            "other": raise_contact(alp, "ENQ", good("ENQ"), "web")}


def test_a_user_follows_and_stops_following_once_each_audited(work):
    alp2, contact = work["alp2"], work["contact"]
    assert watch(alp2, contact) is True and watch(alp2, contact) is False
    assert is_watching(alp2, contact) and not is_watching(work["alp"], contact)
    assert unwatch(alp2, contact) is True and unwatch(alp2, contact) is False
    assert not is_watching(alp2, contact)
    actions = [e.action for e in AuditEntry.select().where(
        AuditEntry.target_id == contact.reference).order_by(AuditEntry.id)]
    assert actions.count("contact.watched") == 1 and actions.count("contact.unwatched") == 1


def test_each_side_sees_only_its_own_followers(work):
    contact = work["contact"]
    watch(work["alp2"], contact)
    watch(work["agent"], contact)
    assert [u.email for u in followers(work["alp"], contact)] == [work["alp2"].email]
    assert [u.email for u in followers(work["agent"], contact)] == [work["agent"].email]


def test_another_organisations_contact_is_not_found_to_follow_or_list(work):
    for call in (watch, unwatch, followers):
        with pytest.raises(NotFound):
            call(work["bet"], work["contact"])


def test_who_a_change_concerns_is_the_raiser_the_assignee_and_the_followers(work):
    contact, agent = work["contact"], work["agent"]
    assert involved(contact) == {work["alp"].id}
    contact = act(agent, contact, "accept")
    contact = act(agent, contact, "assign", assignee=agent.id)
    watch(work["alp2"], contact)
    assert involved(contact) == {work["alp"].id, agent.id, work["alp2"].id}


def test_the_list_filters_on_the_contacts_one_follows(work):
    watch(work["alp2"], work["contact"])
    followed = list_contacts(work["alp2"], {"watching": True}).items
    assert [c.reference for c in followed] == [work["contact"].reference]
    others = list_contacts(work["alp2"], {"watching": False}).items
    assert [c.reference for c in others] == [work["other"].reference]
    assert list_contacts(work["alp"], {"watching": True}).items == []
