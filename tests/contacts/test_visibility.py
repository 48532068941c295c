"""A contact is seen by exactly its parties and the CDSP; to everyone else it does not exist."""
import pytest

from core.contacts import act, get_contact, list_contacts, raise_contact
from core.errors import NotFound
from tests.contacts.test_lifecycle import PATHS, bring_to


@pytest.mark.parametrize("status", sorted(PATHS))
def test_other_organisations_get_not_found_at_every_status(status, app, clock, principals,
                                                            shipper, agent, good, orgs):
    contact = bring_to(raise_contact(shipper, "ENQ", good("ENQ"), "web"), status,
                       {"agent": agent, "shipper": shipper})
    outsiders = [principals.user("user", "BET"), principals.user("lso", "NWG"),
                 principals.user("supervisor", "ALK")]   # even a child of the originator
    for outsider in outsiders:
        with pytest.raises(NotFound):
            get_contact(outsider, contact.reference)
        with pytest.raises(NotFound):
            act(outsider, contact.reference, "message", text="peek")
        with pytest.raises(NotFound):
            act(outsider, contact, "cancel")
        assert list_contacts(outsider).items == []
    assert get_contact(shipper, contact.reference).id == contact.id
    assert get_contact(principals.user("read_only", "ALP"), contact.reference).id == contact.id
    assert get_contact(agent, contact.reference).id == contact.id


def test_a_missing_reference_looks_the_same_as_a_hidden_one(app, clock, principals, shipper, good):
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    outsider = principals.user("user", "BET")
    with pytest.raises(NotFound) as hidden:
        get_contact(outsider, contact.reference)
    with pytest.raises(NotFound) as missing:
        get_contact(outsider, "ENQ-2026-999999")
    assert hidden.value.message == missing.value.message


def test_lists_show_only_visible_contacts(app, clock, principals, shipper, agent, good):
    beta = principals.user("user", "BET")
    mine = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    theirs = raise_contact(beta, "ENQ", good("ENQ"), "web")
    assert [c.reference for c in list_contacts(shipper).items] == [mine.reference]
    assert [c.reference for c in list_contacts(beta).items] == [theirs.reference]
    assert {c.reference for c in list_contacts(agent).items} == {mine.reference, theirs.reference}
