"""One action on many contacts: each in its own transaction, a refusal (another
organisation's contact, a state that does not allow it, a bad value) changes nothing of it
and stops nothing else, and every outcome says why."""
import pytest

from core.contacts import act_many, raise_contact
from core.errors import Invalid
from core.models import Contact, ContactEvent


@pytest.fixture
def work(app, clock, principals, good, orgs):
    alp = principals.user("user", "ALP")
    made = [raise_contact(alp, "ENQ", good("ENQ"), "web") for _ in range(3)]
    return {"alp": alp, "agent": principals.user("agent"), "made": made,
            "lso_bet": principals.user("lso", "BET")}


def test_each_contact_is_done_or_refused_with_its_reason(work):
    agent, made = work["agent"], work["made"]
    act_many(agent, [made[1].reference], "accept")
    outcomes = act_many(agent, [c.reference for c in made] + ["ENQ-2026-999999"], "accept")
    assert [(o.reference, o.done) for o in outcomes] == [
        (made[0].reference, True), (made[1].reference, False), (made[2].reference, True),
        ("ENQ-2026-999999", False)]
    assert outcomes[1].message and outcomes[3].message
    assert {Contact.get_by_id(c.id).status for c in made} == {"accepted"}


def test_a_refusal_writes_nothing_of_that_contact(work):
    agent, made = work["agent"], work["made"]
    before = ContactEvent.select().count()
    outcomes = act_many(agent, [c.reference for c in made], "set_ced", code="NOPE")
    assert not any(o.done for o in outcomes) and all(o.errors or o.message for o in outcomes)
    assert ContactEvent.select().count() == before


def test_another_organisations_contacts_are_not_found_one_by_one(work):
    outcomes = act_many(work["lso_bet"], [c.reference for c in work["made"]], "message", text="Hi")
    assert [o.done for o in outcomes] == [False, False, False]
    assert all("not" in o.message.lower() for o in outcomes)


@pytest.mark.parametrize("references, action, field", [
    ([], "accept", "references"),
    (["X"] * 1 + [f"ENQ-2026-{n:06d}" for n in range(600)], "accept", "references"),
    (["ENQ-2026-000001"], "attach", "action"),
])
def test_bad_bulk_requests_say_what_to_fix(work, references, action, field):
    with pytest.raises(Invalid) as caught:
        act_many(work["agent"], references, action)
    assert field in caught.value.errors
