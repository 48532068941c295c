"""Saved views: named filters kept alone or shared with one's organisation, listed with
their counts; "me" is whoever opens the view; other organisations' and colleagues' private
views are not found; only the owner deletes."""
import datetime

import pytest

from core.contacts import (NOBODY, act, delete_view, get_view, raise_contact, save_view,
                           view_contacts, view_count, views_for)
from core.errors import Forbidden, Invalid, NotFound
from core.models import AuditEntry


@pytest.fixture
def work(app, clock, principals, good, orgs):
    alp = principals.user("user", "ALP")
    agents = principals.user("agent"), principals.user("agent")
    made = [raise_contact(alp, code, good(code), "web") for code in ("ENQ", "RFA", "ENQ")]
    act(agents[0], made[0], "accept")
    act(agents[0], made[0], "assign", assignee=agents[0])
    act(agents[1], made[2], "accept")
    act(agents[1], made[2], "assign", assignee=agents[1])
    return {"alp": alp, "agents": agents, "made": made, "bet": principals.user("user", "BET"),
            "alp2": principals.user("user", "ALP")}


def refs(page):
    return [c.reference for c in page.items]


def test_a_shared_view_is_each_readers_own_work(work):
    one, two = work["agents"]
    view = save_view(one, "My ENQs", {"contact_type": ["ENQ"], "assignee": "me"}, shared=True)
    assert refs(view_contacts(one, view)) == [work["made"][0].reference]
    assert refs(view_contacts(two, get_view(two, view.id))) == [work["made"][2].reference]
    assert view_count(one, view) == 1
    assert [v.name for v in views_for(two)] == ["My ENQs"]
    entry = AuditEntry.select().where(AuditEntry.action == "view.saved").get()
    assert entry.detail["filters"] == {"contact_type": ["ENQ"], "assignee": "me"}


def test_views_keep_dates_order_and_nobody(work, clock):
    one = work["agents"][0]
    today = clock().date()
    view = save_view(one, "Unassigned this week", {"assignee": NOBODY, "raised_from": today,
                                                   "raised_to": today + datetime.timedelta(days=6)},
                     order="due")
    assert view.filters == {"assignee": "nobody", "raised_from": today.isoformat(),
                            "raised_to": (today + datetime.timedelta(days=6)).isoformat()}
    page = view_contacts(one, get_view(one, view.id), with_total=True)
    assert refs(page) == [work["made"][1].reference] and page.total == 1


def test_private_and_other_organisations_views_are_not_found(work):
    alp, alp2, bet = work["alp"], work["alp2"], work["bet"]
    private = save_view(alp, "Mine", {"status": "submitted"})
    shared = save_view(alp, "Ours", {"status": "submitted"}, shared=True)
    for reader, view in ((alp2, private), (bet, private), (bet, shared), (work["agents"][0], shared)):
        with pytest.raises(NotFound):
            get_view(reader, view.id)
    assert get_view(alp2, shared.id) == shared
    assert [v.name for v in views_for(bet)] == []
    with pytest.raises(NotFound):
        get_view(alp, "not-a-number")


def test_only_the_owner_deletes(work):
    alp, alp2 = work["alp"], work["alp2"]
    view = save_view(alp, "Ours", {}, shared=True)
    with pytest.raises(Forbidden):
        delete_view(alp2, view)
    delete_view(alp, view)
    assert views_for(alp) == []


def test_a_view_naming_someone_out_of_sight_matches_nothing(work):
    alp = work["alp"]
    view = save_view(alp, "Theirs", {"assignee": work["agents"][0].email})
    assert refs(view_contacts(alp, view)) == [] and view_count(alp, view) == 0


@pytest.mark.parametrize("name, filters, order, field", [
    ("", {}, "received", "name"),
    ("x" * 61, {}, "received", "name"),
    ("Good", {"colour": "red"}, "received", "colour"),
    ("Good", {"status": "lost"}, "received", "status"),
    ("Good", {}, "sideways", "order"),
])
def test_a_bad_view_says_what_to_fix_and_saves_nothing(work, name, filters, order, field):
    with pytest.raises(Invalid) as caught:
        save_view(work["alp"], name, filters, order=order)
    assert field in caught.value.errors
    assert views_for(work["alp"]) == []


def test_names_are_unique_per_person(work):
    save_view(work["alp"], "Open", {})
    with pytest.raises(Invalid) as caught:
        save_view(work["alp"], " Open ", {})
    assert "already" in caught.value.errors["name"]
    save_view(work["alp2"], "Open", {})   # a colleague may use the same name


def test_a_view_keeps_a_moment_with_its_zone(work, clock):
    since = datetime.datetime(2026, 4, 1, 9, 0, tzinfo=datetime.timezone.utc)
    view = save_view(work["agents"][0], "Recent", {"updated_since": since})
    assert view.filters == {"updated_since": "2026-04-01T09:00:00+00:00"}
    assert view_count(work["agents"][0], get_view(work["agents"][0], view.id)) == 3
