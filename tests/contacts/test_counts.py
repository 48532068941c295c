"""A list's count is kept a few seconds, for one side of the wall and one set of filters
(core/contacts/counts.py): it lags its list by at most that long, is never handed to another
organisation or to another person when the filters name the person asking, and a first page
that holds every match is its own count."""
import pytest

from core.contacts import (act, count_contacts, list_contacts, page_total, queue, raise_contact,
                           save_view, view_contacts)
from core.contacts import counts
from core.models import Contact


@pytest.fixture
def app_config():
    return {"CMS_COUNT_CACHE_SECONDS": 60}


@pytest.fixture
def market(app, principals, good, orgs):
    alp, alp2, bet = (principals.user("user", "ALP"), principals.user("user", "ALP"),
                      principals.user("user", "BET"))
    for user, code in ((alp, "ENQ"), (alp, "RFA"), (bet, "ENQ")):
        raise_contact(user, code, good(code), "web")
    counts.forget()
    return {"alp": alp, "alp2": alp2, "bet": bet, "agent": principals.user("agent"),
            "good": good}


def test_a_count_is_kept_until_its_seconds_pass(market, monkeypatch):
    alp = market["alp"]
    assert count_contacts(alp) == 2
    raise_contact(alp, "ENQ", market["good"]("ENQ"), "web")
    assert count_contacts(alp) == 2                        # kept: it lags the list
    assert len(list_contacts(alp).items) == 3             # the list itself is fresh
    moments = iter([10**9])                               # the kept seconds have passed
    monkeypatch.setattr(counts.time, "monotonic", lambda: next(moments, 10**9))
    assert count_contacts(alp) == 3


def test_with_no_seconds_a_count_is_never_kept(app, market):
    app.config["CMS_COUNT_CACHE_SECONDS"] = 0
    assert count_contacts(market["alp"]) == 2
    raise_contact(market["alp"], "ENQ", market["good"]("ENQ"), "web")
    assert count_contacts(market["alp"]) == 3


def test_a_count_is_kept_for_one_side_of_the_wall(market):
    alp, alp2, bet, agent = market["alp"], market["alp2"], market["bet"], market["agent"]
    assert count_contacts(alp) == 2
    assert count_contacts(bet) == 1                 # BET's own, not ALP's kept one
    assert count_contacts(agent) == 3               # the CDSP's staff see every contact
    raise_contact(alp, "ENQ", market["good"]("ENQ"), "web")
    assert count_contacts(alp2) == 2                # ALP's kept count serves ALP's users
    assert count_contacts(alp, {"contact_type": "ENQ"}) == 2   # other filters: counted afresh
    assert counts.key(("org", alp.organisation_id), alp.id, {}) != \
        counts.key(("org", bet.organisation_id), bet.id, {})


def test_another_agents_me_is_their_own(market, principals):
    agent, other = market["agent"], principals.user("agent")
    enq = Contact.get(Contact.contact_type == "ENQ")
    act(agent, enq, "accept")
    act(agent, enq, "assign", assignee=agent)
    assert count_contacts(agent, {"assignee": "me"}) == 1
    assert count_contacts(other, {"assignee": "me"}) == 0
    assert count_contacts(agent, {"watching": False}) == 3
    assert count_contacts(other, {"watching": False}) == 3


def test_a_first_page_holding_every_match_is_its_own_count(market, monkeypatch):
    asked = []
    monkeypatch.setattr(counts, "kept", lambda key, count: asked.append(key) or count())
    alp = market["alp"]
    whole = list_contacts(alp, limit=50)
    assert page_total(whole, None, lambda: pytest.fail("counted")) == 2
    first = list_contacts(alp, limit=1)
    assert page_total(first, None, lambda: 99) == 99            # more pages: it is counted
    second = list_contacts(alp, after=first.next_cursor, limit=1)
    assert page_total(second, first.next_cursor, lambda: 98) == 98
    view = save_view(alp, "Ours", {"contact_type": ["ENQ", "RFA"]})
    assert view_contacts(alp, view, with_total=True).total == 2
    assert queue(market["agent"], with_total=True).total == 3
    assert asked == []                                          # no count was needed


def test_bad_filters_are_refused_before_any_count_is_kept(market):
    from core.errors import Invalid
    with pytest.raises(Invalid):
        count_contacts(market["alp"], {"status": "nonsense"})
    assert count_contacts(market["alp"], {"status": "submitted"}) == 2
