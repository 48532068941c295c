"""Contact templates (the Contact Generator): an organisation's LSO or supervisors keep named,
partly filled contacts of one type; its users raise from them with what differs; the CDSP
publishes one to a whole portal; another organisation's is not found, one of a type switched
off is hidden; a stale one is refused naming the field; the Top 50 ranks templates and the
types raised most among the organisation's latest contacts; every change is audited."""
import pytest

from core.contacts import contact_templates as engine
from core.contacts import (
    contact_templates_for,
    contact_types,
    delete_contact_template,
    get_contact_template,
    managed_templates,
    raise_contact,
    raise_from_template,
    save_contact_template,
    top_50,
)
from core.db import db
from core.errors import Forbidden, Invalid, NotFound
from core.models import AuditEntry, Contact, ContactTemplate
from core.tenancy import set_plugin_enabled
from tests.contacts.conftest import mprn

QUESTION = {"summary": "Why was my read rejected?", "topic": "data",
            "question": "The read of 1 March was refused."}


@pytest.fixture
def world(app, clock, principals, orgs):
    return {"alp": principals.user("user", "ALP"), "lso": principals.user("lso", "ALP"),
            "supervisor": principals.user("supervisor", "ALP"),
            "bet": principals.user("user", "BET"), "bet_lso": principals.user("lso", "BET"),
            "nwg": principals.user("user", "NWG"), "agent": principals.user("agent"),
            "admin": principals.user("admin")}


def _enquiry(keeper, name="Read refused", **values):
    return save_contact_template(keeper, {"name": name, "contact_type": "ENQ",
                                          "values": {**QUESTION, **values}})


def test_a_user_raises_from_the_lsos_template_with_what_differs(world):
    template = _enquiry(world["lso"])
    contact = raise_from_template(world["alp"], template.id,
                                  {"mprn": mprn(), "originator_ref": "ALP-1"}, "web")
    assert (contact.contact_type, contact.summary, contact.mprn, contact.originator_ref) == \
        ("ENQ", QUESTION["summary"], mprn(), "ALP-1")
    assert contact.fields == {"topic": "data", "question": QUESTION["question"]}
    again = raise_from_template(world["alp"], template.id, {"fields": None, "topic": "files",
                                                              "summary": "Another"}, "api")
    assert (again.summary, again.fields["topic"]) == ("Another", "files")
    assert ContactTemplate.get_by_id(template.id).uses == 2


def test_an_empty_override_clears_the_templates_value(world):
    template = _enquiry(world["supervisor"], mprn=mprn())
    contact = raise_from_template(world["alp"], template.id, {"mprn": ""}, "web")
    assert contact.mprn is None


def test_only_an_lso_supervisor_or_cdsp_admin_keeps_them(world):
    with pytest.raises(Forbidden):
        _enquiry(world["alp"])
    with pytest.raises(Forbidden):
        _enquiry(world["agent"])
    template = _enquiry(world["lso"])
    with pytest.raises(Forbidden):
        delete_contact_template(world["alp"], template.id)


@pytest.mark.parametrize("fields, field", [
    ({"name": ""}, "name"),
    ({"name": "x" * 81}, "name"),
    ({"contact_type": "XYZ"}, "contact_type"),
    ({"contact_type": "FOM"}, "contact_type"),          # UIPs and networks raise it, not shippers
    ({"values": {"topic": "gossip"}}, "topic"),
    ({"values": {"mprn": "3938424404"}}, "mprn"),
    ({"values": {"colour": "red"}}, "colour"),
    ({"values": {"originator_ref": "ALP-1"}}, "originator_ref"),
    ({"values": "everything"}, "values"),
    ({"tenant": "shipper"}, "tenant"),                  # only the CDSP publishes
])
def test_a_bad_template_says_what_to_fix_and_saves_nothing(world, fields, field):
    with pytest.raises(Invalid) as caught:
        save_contact_template(world["lso"], {"name": "T", "contact_type": "ENQ",
                                             "values": dict(QUESTION), **fields})
    assert field in caught.value.errors
    assert ContactTemplate.select().count() == 0


def test_names_are_unique_per_organisation(world):
    _enquiry(world["lso"])
    with pytest.raises(Invalid) as caught:
        _enquiry(world["supervisor"])
    assert "name" in caught.value.errors
    _enquiry(world["bet_lso"])      # another organisation may use the name


def test_another_organisations_template_is_not_found_anywhere(world):
    template = _enquiry(world["lso"])
    for user in (world["bet"], world["bet_lso"], world["nwg"], world["agent"]):
        with pytest.raises(NotFound):
            get_contact_template(user, template.id)
        with pytest.raises(NotFound):
            raise_from_template(user, template.id, {}, "web")
        assert contact_templates_for(user) == []
    for keeper in (world["bet_lso"], world["admin"]):
        with pytest.raises(NotFound):
            save_contact_template(keeper, {"name": "Mine now", "contact_type": "ENQ"}, template.id)
        with pytest.raises(NotFound):
            delete_contact_template(keeper, template.id)
    assert ContactTemplate.get_by_id(template.id).name == "Read refused"
    assert Contact.select().count() == 0


def test_the_cdsp_publishes_a_template_to_a_whole_portal(world):
    published = save_contact_template(world["admin"], {
        "name": "Meter point address", "contact_type": "ENQ", "tenant": "shipper",
        "values": {"summary": "Address query", "topic": "data", "question": "Which address?"}})
    for user in (world["alp"], world["bet"]):
        assert [t.id for t in contact_templates_for(user)] == [published.id]
    contact = raise_from_template(world["bet"], published.id, {}, "web")
    assert contact.originator_org.code == "BET"
    # another portal, and the CDSP's own staff, do not see it; its users do not change it
    for user in (world["nwg"], world["agent"]):
        assert contact_templates_for(user) == []
        with pytest.raises(NotFound):
            get_contact_template(user, published.id)
    with pytest.raises(NotFound):
        save_contact_template(world["lso"], {"name": "Mine", "contact_type": "ENQ"}, published.id)
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)
               if e.action.startswith("contact_template")]
    assert actions == ["contact_template.saved", "contact_template.published"]


def test_a_published_template_must_be_of_a_type_that_portal_raises(world):
    with pytest.raises(Invalid) as caught:
        save_contact_template(world["admin"], {"name": "Found", "contact_type": "FOM",
                                               "tenant": "shipper", "values": {}})
    assert "contact_type" in caught.value.errors
    with pytest.raises(Invalid) as caught:
        save_contact_template(world["admin"], {"name": "Nowhere", "contact_type": "ENQ",
                                               "tenant": "cdsp", "values": {}})
    assert "tenant" in caught.value.errors


def test_the_cdsps_own_templates_are_its_staffs_and_name_the_recipient_when_raised(world):
    template = save_contact_template(world["admin"], {"name": "Ask", "contact_type": "ENQ",
                                                      "values": QUESTION})
    assert [t.id for t in contact_templates_for(world["agent"])] == [template.id]
    with pytest.raises(Invalid) as caught:
        raise_from_template(world["agent"], template.id, {}, "web")
    assert "to_org" in caught.value.errors
    contact = raise_from_template(world["agent"], template.id, {}, "web", to_org="ALP")
    assert contact.recipient_org.code == "ALP"


def test_a_template_whose_type_is_switched_off_is_hidden(world):
    template = _enquiry(world["lso"])
    set_plugin_enabled(world["admin"], "shipper", contact_types()["ENQ"].plugin, False)
    assert contact_templates_for(world["alp"]) == []
    with pytest.raises(NotFound):
        raise_from_template(world["alp"], template.id, {}, "web")
    assert [(t.id, t.offered) for t in managed_templates(world["lso"])] == [(template.id, False)]
    set_plugin_enabled(world["admin"], "shipper", contact_types()["ENQ"].plugin, True)
    assert [t.id for t in contact_templates_for(world["alp"])] == [template.id]


def test_a_read_only_user_does_not_see_templates_they_cannot_raise(world, principals):
    _enquiry(world["lso"])
    assert contact_templates_for(principals.user("read_only", "ALP")) == []


def test_a_stale_template_is_refused_naming_the_field_it_gave(world):
    template = _enquiry(world["lso"])
    # the type changed since it was saved: a choice gone, a field gone
    ContactTemplate.update(values={**QUESTION, "topic": "gossip", "colour": "red"}).where(
        ContactTemplate.id == template.id).execute()
    with pytest.raises(Invalid) as caught:
        raise_from_template(world["alp"], template.id, {}, "web")
    errors = caught.value.errors
    assert {"topic", "colour"} <= set(errors)
    assert "comes from the template 'Read refused'" in " ".join(errors["topic"])
    with pytest.raises(Invalid) as caught:
        raise_from_template(world["alp"], template.id, {"topic": "nonsense", "colour": None}, "web")
    assert set(caught.value.errors) == {"topic"} and "comes from" not in str(caught.value.errors)
    contact = raise_from_template(world["alp"], template.id, {"topic": "files", "colour": ""}, "web")
    assert contact.fields["topic"] == "files"
    assert ContactTemplate.get_by_id(template.id).uses == 1


def test_a_type_rule_is_checked_when_raising_not_when_saving(world, good):
    rfa = good("RFA")
    rfa["adjustment_end"] = "2027-01-01"       # in the future on 2 April 2026
    template = save_contact_template(world["lso"], {"name": "Adjust", "contact_type": "RFA",
                                                    "values": rfa})
    with pytest.raises(Invalid) as caught:
        raise_from_template(world["alp"], template.id, {}, "web")
    assert "adjustment_end" in caught.value.errors


def test_changes_and_deletions_are_audited(world):
    template = _enquiry(world["lso"])
    save_contact_template(world["lso"], {"name": "Read refused again", "values": QUESTION},
                          template.id)
    delete_contact_template(world["lso"], template.id)
    entries = [(e.action, e.detail["name"]) for e in AuditEntry.select().order_by(AuditEntry.id)
               if e.action.startswith("contact_template")]
    assert entries == [("contact_template.saved", "Read refused"),
                       ("contact_template.saved", "Read refused again"),
                       ("contact_template.deleted", "Read refused again")]
    assert ContactTemplate.select().count() == 0


def test_the_top_50_ranks_templates_and_the_types_raised_most(world, good):
    template = _enquiry(world["lso"])
    for _ in range(3):
        raise_contact(world["alp"], "RFA", good("RFA", originator_ref=None), "web")
    raise_from_template(world["alp"], template.id, {}, "web")
    raise_from_template(world["alp"], template.id, {}, "web")
    raise_contact(world["bet"], "CDQ", good("CDQ"), "web")     # another organisation's
    entries, recent = top_50(world["alp"])
    assert [(e.label, e.uses) for e in entries] == [
        ("RFA – Request For Adjustment", 3), ("Read refused", 2), ("ENQ – General Enquiry", 2)]
    assert recent == {"RFA": 3, "ENQ": 2}
    assert [e.label for e in top_50(world["bet"])[0]] == ["CDQ – Consumption Dispute Query"]


def test_the_top_50_counts_only_the_latest_contacts(world, good, monkeypatch):
    monkeypatch.setattr(engine, "RECENT", 2)
    raise_contact(world["alp"], "RFA", good("RFA", originator_ref=None), "web")
    for _ in range(2):
        raise_contact(world["alp"], "ENQ", good("ENQ"), "web")
    assert top_50(world["alp"])[1] == {"ENQ": 2}


def test_the_top_50_stops_at_50(world, monkeypatch):
    for n in range(52):
        _enquiry(world["lso"], name=f"Template {n:02d}")
    entries, _ = top_50(world["alp"])
    assert len(entries) == 50 and entries[0].label == "Template 00"


def test_the_migration_goes_back_and_forth(world):
    from playhouse.migrate import SchemaMigrator

    from tests.contacts.test_party_status_migration import migration
    _enquiry(world["lso"])
    step, raw = migration("0021_contact_templates"), db.obj
    step.down(SchemaMigrator.from_database(raw), raw)
    try:
        assert "contact_template" not in raw.get_tables()
    finally:
        step.up(SchemaMigrator.from_database(raw), raw)
    assert "contact_template" in raw.get_tables()
