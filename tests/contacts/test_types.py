"""Each contact type's fields and business rules, with accepted and rejected examples."""
import pytest

from core.contacts import batch_record, describe_type, enabled_types
from core.contacts import raise_contact
from core.errors import Forbidden, Invalid
from tests.contacts.conftest import GOOD, RAISER_ORG, mprn

# type, changes to the good fields, the field blamed, the REC code
REJECTED = [
    ("RFA", {"adjustment_end": "2024-12-31"}, "adjustment_end", "bad_value"),
    ("RFA", {"supply_point_class": 1}, "supply_point_class", "bad_value"),
    ("RFA", {"supply_point_class": 5}, "supply_point_class", "bad_value"),
    ("RFA", {"adjustment_start": "2016-01-01", "adjustment_end": "2017-06-01"}, "adjustment_end", "bad_value"),
    ("RFA", {"adjustment_end": "2027-01-01"}, "adjustment_end", "bad_value"),
    ("RFA", {"adjustment_end": "31/06/2025"}, "adjustment_end", "bad_value"),
    ("RFA", {"mprn": "3938424404"}, "mprn", "bad_mprn"),
    ("RFA", {"mprn": None}, "mprn", "bad_mprn"),
    ("RFA", {"meter_serial": None}, "meter_serial", "missing"),
    ("RFA", {"correction_factor": "3"}, "correction_factor", "bad_value"),
    ("RFA", {"open_read": 500, "close_read": 100}, "close_read", "bad_value"),
    ("CDQ", {"dispute_end": "2024-12-01"}, "dispute_end", "bad_value"),
    ("CDQ", {"read_date": "2025-05-01"}, "read_date", "bad_value"),
    ("CDQ", {"read_date": None}, "read_date", "bad_value"),
    ("DMQ", {"dmsp": "BET"}, "dmsp", "bad_value"),
    ("DMQ", {"dmsp": "NOPE"}, "dmsp", "bad_value"),
    ("DMQ", {"query_date": "2026-05-01"}, "query_date", "bad_value"),
    ("FOM", {"postcode": "not a postcode"}, "postcode", "bad_value"),
    ("FOM", {"network": "ALP"}, "network", "bad_value"),
    ("FOM", {"found_date": "2026-04-03"}, "found_date", "bad_value"),
    ("MNC", {"estimated_aq": 0}, "estimated_aq", "bad_value"),
    ("MNC", {"igt": "NWG"}, "igt", "bad_value"),
    ("MNC", {"address": None}, "address", "missing"),
    ("TOG", {"theft_start": "2026-05-01"}, "theft_start", "bad_value"),
    ("TOG", {"theft_end": "2025-12-01"}, "theft_end", "bad_value"),
    ("TOG", {"method": "magic"}, "method", "bad_value"),
    ("SAR", {"agreed_read": 3000}, "agreed_read", "bad_value"),
    ("SAR", {"read_date": "2024-01-01"}, "read_date", "bad_value"),
    ("SAR", {"other_shipper": "ALP"}, "other_shipper", "bad_value"),
    ("SAR", {"other_shipper": "NWG"}, "other_shipper", "bad_value"),
    ("ADD", {"building": None}, "building", "bad_value"),
    ("ADD", {"uprn": "12a"}, "uprn", "bad_value"),
    ("AQQ", {"proposed_aq": 11000}, "proposed_aq", "bad_value"),
    ("AQQ", {"effective_date": "2026-01-01"}, "effective_date", "bad_value"),
    ("ENQ", {"topic": None}, "topic", "missing"),
    ("ENQ", {"question": "x" * 4001}, "question", "bad_value"),
    ("ENQ", {"summary": None}, "summary", "missing"),
    ("ENQ", {"colour": "blue"}, "colour", "bad_value"),
    ("INV", {"invoice_number": "inv-1"}, "invoice_number", "bad_value"),
    ("INV", {"disputed_amount": "0"}, "disputed_amount", "bad_value"),
    ("INV", {"invoice_date": "2026-04-30"}, "invoice_date", "bad_value"),
    ("DUP", {"duplicate_mprn": mprn()}, "duplicate_mprn", "bad_value"),
    ("DUP", {"duplicate_mprn": "1234567890"}, "duplicate_mprn", "bad_value"),
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
    from core.contacts import get_contact
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
    assert caught.value.code == "unknown_type"
    assert "FOM" in caught.value.errors["contact_type"]


def test_enabled_but_not_open_to_the_participant_type_is_forbidden(app, clock, principals, good, orgs):
    dmsp_user = principals.user("user", "DMS")     # the dmsp tenant enables DMQ to receive it
    with pytest.raises(Forbidden) as caught:
        raise_contact(dmsp_user, "DMQ", good("DMQ"), "web")
    assert caught.value.code == "not_open"


def test_cdsp_raises_to_a_participant(app, clock, agent, principals, good, orgs):
    from core.contacts import get_contact
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
    from core.contacts import act
    first = raise_contact(shipper, "ENQ", good("ENQ", originator_ref="MY-1"), "web")
    with pytest.raises(Invalid) as caught:
        raise_contact(shipper, "ENQ", good("ENQ", originator_ref="MY-1"), "web")
    assert caught.value.code == "reference_in_use"
    other_type = raise_contact(shipper, "TOG", good("TOG", originator_ref="MY-1"), "web")
    assert other_type.originator_ref == "MY-1"  # another type may use the same reference
    act(agent, first, "reject", code="REJ001", text="dup")
    assert raise_contact(shipper, "ENQ", good("ENQ", originator_ref="MY-1"), "web")


def test_every_type_describes_itself_for_the_guide(app):
    entries = {t.code: describe_type(t) for t in enabled_types("shipper")}
    listed = set(app.extensions["cms"].tenants["shipper"].plugins)   # tenants/shipper.toml
    assert set(entries) == {t.code for t in app.extensions["cms"].contact_types
                            if t.plugin in listed}
    assert "RFA" in entries and "FOM" not in entries   # FOM is not the shippers' to raise
    rfa = entries["RFA"]
    assert rfa.batch_fields[:3] == ("meter_serial", "supply_point_class", "annual_quantity")
    assert [f.name for f in rfa.fields][:4] == ["mprn", "summary", "originator_ref",
                                                "meter_serial"]
    assert rfa.fields[0].required is True
    assert "73,200" in rfa.guide and rfa.ceds["SPUR"].startswith("Supply Point Update")
    for entry in map(describe_type, enabled_types("cdsp")):
        assert entry.guide and entry.name and entry.batch_fields, entry.code


def test_batch_values_map_onto_the_declared_order(app):
    ctype = app.extensions["cms"].contact_types["RFA"]
    data = batch_record("RFA", ["M1", "3", "50000", "20250101", "20250630", "inaccurate_read"])
    assert data["adjustment_start"] == "20250101" and "open_read" not in data
    with pytest.raises(Invalid) as caught:
        batch_record("rfa", ["x"] * 10)
    assert caught.value.code == "bad_record"
    described = describe_type(ctype)
    assert [f.name for f in described.fields if f.batch_position] == list(ctype.batch_fields)
