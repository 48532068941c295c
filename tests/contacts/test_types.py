"""Each contact type's fields and business rules, with accepted and rejected examples."""
import pytest

from core.contacts.guide import contacts_explained, describe, record_data
from core.contacts.service import raise_contact
from core.errors import Forbidden, Invalid
from tests.contacts.conftest import GOOD, RAISER_ORG, mprn

CODES = sorted(GOOD)


@pytest.mark.parametrize("code", CODES)
def test_each_type_accepts_a_good_contact(code, app, clock, principals, good, orgs):
    raiser = principals.user("user", RAISER_ORG[code])
    contact = raise_contact(raiser, code, good(code), "web")
    assert contact.reference == f"{code}-2026-000001"
    assert contact.status == "submitted"


# type, changes to the good fields, the field blamed, the REC code
REJECTED = [
    ("RFA", {"adjustment_end": "2024-12-31"}, "adjustment_end", "REC004"),
    ("RFA", {"supply_point_class": 1}, "supply_point_class", "REC004"),
    ("RFA", {"supply_point_class": 5}, "supply_point_class", "REC004"),
    ("RFA", {"adjustment_start": "2016-01-01", "adjustment_end": "2017-06-01"}, "adjustment_end", "REC004"),
    ("RFA", {"adjustment_end": "2027-01-01"}, "adjustment_end", "REC004"),
    ("RFA", {"adjustment_end": "31/06/2025"}, "adjustment_end", "REC004"),
    ("RFA", {"mprn": "3938424404"}, "mprn", "REC002"),
    ("RFA", {"mprn": None}, "mprn", "REC002"),
    ("RFA", {"meter_serial": None}, "meter_serial", "REC003"),
    ("RFA", {"correction_factor": "3"}, "correction_factor", "REC004"),
    ("RFA", {"open_read": 500, "close_read": 100}, "close_read", "REC004"),
    ("CDQ", {"dispute_end": "2024-12-01"}, "dispute_end", "REC004"),
    ("CDQ", {"read_date": "2025-05-01"}, "read_date", "REC004"),
    ("CDQ", {"read_date": None}, "read_date", "REC004"),
    ("DMQ", {"dmsp": "BET"}, "dmsp", "REC004"),
    ("DMQ", {"dmsp": "NOPE"}, "dmsp", "REC004"),
    ("DMQ", {"query_date": "2026-05-01"}, "query_date", "REC004"),
    ("FOM", {"postcode": "not a postcode"}, "postcode", "REC004"),
    ("FOM", {"network": "ALP"}, "network", "REC004"),
    ("FOM", {"found_date": "2026-04-03"}, "found_date", "REC004"),
    ("MNC", {"estimated_aq": 0}, "estimated_aq", "REC004"),
    ("MNC", {"igt": "NWG"}, "igt", "REC004"),
    ("MNC", {"address": None}, "address", "REC003"),
    ("TOG", {"theft_start": "2026-05-01"}, "theft_start", "REC004"),
    ("TOG", {"theft_end": "2025-12-01"}, "theft_end", "REC004"),
    ("TOG", {"method": "magic"}, "method", "REC004"),
    ("SAR", {"agreed_read": 3000}, "agreed_read", "REC004"),
    ("SAR", {"read_date": "2024-01-01"}, "read_date", "REC004"),
    ("SAR", {"other_shipper": "ALP"}, "other_shipper", "REC004"),
    ("SAR", {"other_shipper": "NWG"}, "other_shipper", "REC004"),
    ("ADD", {"building": None}, "building", "REC004"),
    ("ADD", {"uprn": "12a"}, "uprn", "REC004"),
    ("AQQ", {"proposed_aq": 11000}, "proposed_aq", "REC004"),
    ("AQQ", {"effective_date": "2026-01-01"}, "effective_date", "REC004"),
    ("ENQ", {"topic": None}, "topic", "REC003"),
    ("ENQ", {"question": "x" * 4001}, "question", "REC004"),
    ("ENQ", {"summary": None}, "summary", "REC003"),
    ("ENQ", {"colour": "blue"}, "colour", "REC004"),
    ("INV", {"invoice_number": "inv-1"}, "invoice_number", "REC004"),
    ("INV", {"disputed_amount": "0"}, "disputed_amount", "REC004"),
    ("INV", {"invoice_date": "2026-04-30"}, "invoice_date", "REC004"),
    ("DUP", {"duplicate_mprn": mprn()}, "duplicate_mprn", "REC004"),
    ("DUP", {"duplicate_mprn": "1234567890"}, "duplicate_mprn", "REC004"),
]


@pytest.mark.parametrize("code, changes, field, rec", REJECTED,
                         ids=[f"{r[0]}-{r[2]}-{i}" for i, r in enumerate(REJECTED)])
def test_each_type_rejects_what_breaks_its_rules(code, changes, field, rec, app, clock, principals,
                                                 good, orgs):
    from core.models import Contact
    raiser = principals.user("user", RAISER_ORG[code])
    with pytest.raises(Invalid) as caught:
        raise_contact(raiser, code, good(code, **changes), "web")
    assert field in caught.value.errors, caught.value.errors
    assert caught.value.code == rec
    assert Contact.select().count() == 0


def test_a_dmsp_may_raise_a_class_1_rfa(app, clock, principals, good, orgs):
    dmsp_user = principals.user("user", "DMS")
    contact = raise_contact(dmsp_user, "RFA", good("RFA", supply_point_class=1), "web")
    assert contact.fields["supply_point_class"] == 1


def test_small_aq_period_may_span_the_cutoff(app, clock, shipper, good):
    contact = raise_contact(shipper, "RFA", good("RFA", adjustment_start="2017-01-01",
                                                 adjustment_end="2017-06-02"), "web")
    assert contact.fields["adjustment_end"] == "2017-06-02"
    big = raise_contact(shipper, "RFA", good("RFA", annual_quantity=73200, adjustment_start="2016-01-01",
                                             adjustment_end="2016-12-31"), "web")
    assert big.status == "submitted"


@pytest.mark.parametrize("code, field, org", [("DMQ", "dmsp", "DMS"), ("FOM", "network", "NWG")])
def test_routing_sends_the_contact_to_the_named_party(code, field, org, app, clock, principals,
                                                      good, orgs):
    from core.contacts.service import get_contact
    raiser = principals.user("user", RAISER_ORG[code])
    contact = raise_contact(raiser, code, good(code), "web")
    assert contact.holder_org.code == org and contact.recipient_org.code == org
    party_user = principals.user("user", org)
    assert get_contact(party_user, contact.reference).id == contact.id


def test_mnc_on_an_igt_network_goes_to_the_igt(app, clock, shipper, good, orgs):
    contact = raise_contact(shipper, "MNC", good("MNC", igt="IPL"), "web")
    assert contact.holder_org.code == "IPL"


def test_a_type_the_tenant_has_not_enabled_is_unknown(app, clock, principals, good, orgs):
    uip_user = principals.user("user", "UCN")
    with pytest.raises(Invalid) as caught:
        raise_contact(uip_user, "RFA", good("RFA"), "web")
    assert caught.value.code == "REC001"
    assert "FOM" in caught.value.errors["contact_type"]


def test_enabled_but_not_open_to_the_participant_type_is_forbidden(app, clock, principals, good, orgs):
    dmsp_user = principals.user("user", "DMS")     # the dmsp tenant enables DMQ to receive it
    with pytest.raises(Forbidden) as caught:
        raise_contact(dmsp_user, "DMQ", good("DMQ"), "web")
    assert caught.value.code == "REC006"


def test_cdsp_raises_to_a_participant(app, clock, agent, principals, good, orgs):
    from core.contacts.service import get_contact
    contact = raise_contact(agent, "TOG", good("TOG"), "web", to_org="BET")
    assert (contact.originator_org.code, contact.holder_org.code) == ("CDSP", "BET")
    assert get_contact(principals.user("user", "BET"), contact.reference)
    with pytest.raises(Invalid) as caught:
        raise_contact(agent, "TOG", good("TOG"), "web")
    assert "to_org" in caught.value.errors
    with pytest.raises(Forbidden):
        raise_contact(agent, "RFA", good("RFA"), "web", to_org="BET")


def test_participants_cannot_name_a_recipient(app, clock, shipper, good, orgs):
    with pytest.raises(Invalid) as caught:
        raise_contact(shipper, "ENQ", good("ENQ"), "web", to_org="BET")
    assert "to_org" in caught.value.errors


def test_originator_reference_is_unique_among_open_contacts(app, clock, shipper, agent, good):
    from core.contacts.service import act
    first = raise_contact(shipper, "ENQ", good("ENQ", originator_ref="MY-1"), "web")
    with pytest.raises(Invalid) as caught:
        raise_contact(shipper, "ENQ", good("ENQ", originator_ref="MY-1"), "web")
    assert caught.value.code == "REC005"
    raise_contact(shipper, "TOG", good("TOG", originator_ref="MY-1"), "web")  # another type
    act(agent, first, "reject", code="REJ001", text="dup")
    assert raise_contact(shipper, "ENQ", good("ENQ", originator_ref="MY-1"), "web")


def test_every_type_describes_itself_for_the_guide(app):
    entries = {e["code"]: e for e in contacts_explained("shipper")}
    assert set(entries) == {"RFA", "CDQ", "DMQ", "MNC", "TOG", "SAR", "ADD", "AQQ", "ENQ",
                            "INV", "DUP"}
    rfa = entries["RFA"]
    assert rfa["batch_fields"][:3] == ["meter_serial", "supply_point_class", "annual_quantity"]
    assert [f["name"] for f in rfa["fields"]][:4] == ["mprn", "summary", "originator_ref",
                                                      "meter_serial"]
    assert rfa["fields"][0]["required"] is True
    assert "73,200" in rfa["guide"] and rfa["ceds"]["SPUR"].startswith("Supply Point Update")
    for entry in contacts_explained("cdsp"):
        assert entry["guide"] and entry["name"] and entry["batch_fields"], entry["code"]


def test_batch_values_map_onto_the_declared_order(app):
    ctype = app.extensions["cms"].contact_types["RFA"]
    data = record_data(ctype, ["M1", "3", "50000", "20250101", "20250630", "inaccurate_read"])
    assert data["adjustment_start"] == "20250101" and "open_read" not in data
    with pytest.raises(Invalid) as caught:
        record_data(ctype, ["x"] * 10)
    assert caught.value.code == "REC007"
    describe(ctype)
