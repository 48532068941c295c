"""Response templates: kept by an organisation's LSO or supervisors (the CDSP's admins),
used by its people on message, request_info, resolve and reject (one at a time or in
bulk), their variables filled from each contact; a bad template is refused with what to
fix; another organisation's template is not found; resolution codes per type."""
import pytest

from core.contacts import (act, act_many, delete_template, get_template, preview_template,
                           raise_contact, resolution_reasons, save_template, templates_for,
                           type_of)
from core.errors import Forbidden, Invalid, NotFound
from core.models import AuditEntry, Contact


@pytest.fixture
def world(app, clock, principals, good, orgs):
    alp = principals.user("user", "ALP")
    return {"alp": alp, "lso": principals.user("lso", "ALP"), "bet_lso": principals.user("lso", "BET"),
            "agent": principals.user("agent"), "admin": principals.user("admin"),
            "enq": raise_contact(alp, "ENQ", good("ENQ"), "web"),
            "rfa": raise_contact(alp, "RFA", good("RFA"), "web")}


def _resolution(admin, **changes):
    fields = {"name": "Answered", "use": "resolution", "code": "RES001",
              "body": "Dear {originator_name}, we answered {reference} (MPRN {mprn}) on {today}."}
    return save_template(admin, {**fields, **changes})


def test_an_agent_resolves_with_a_template_its_variables_filled_and_text_after_it(world):
    template = _resolution(world["admin"])
    enq, agent = world["enq"], world["agent"]
    act(agent, enq, "accept")
    done = act(agent, enq, "resolve", template=template.id, text="Call us if unsure.")
    assert done.resolution_code == "RES001"
    assert done.resolution_text == (f"Dear {enq.originator_org.name}, we answered {enq.reference} "
                                    f"(MPRN {enq.mprn or ''}) on 2 April 2026.\n\nCall us if unsure.")


def test_bulk_work_fills_each_contacts_own_variables(world, principals, good):
    template = save_template(world["admin"], {"name": "Looking", "use": "message",
                                              "body": "We are looking at {reference}."})
    second = raise_contact(world["alp"], "ENQ", good("ENQ"), "web")
    outcomes = act_many(world["agent"], [world["enq"].reference, second.reference], "message",
                        template=template.id)
    assert all(o.done for o in outcomes)
    for contact in (world["enq"], second):
        [message] = list(Contact.get_by_id(contact.id).messages)
        assert message.body == f"We are looking at {contact.reference}."


@pytest.mark.parametrize("fields, field", [
    ({"body": "Hello {nonsense}"}, "body"),
    ({"body": "Hello {reference.__class__}"}, "body"),
    ({"body": "Hello {reference!r}"}, "body"),
    ({"body": "Hello {reference"}, "body"),
    ({"body": "  "}, "body"),
    ({"name": ""}, "name"),
    ({"use": "poem"}, "use"),
    ({"code": "RES777"}, "code"),
    ({"use": "rejection", "code": None}, "code"),
    ({"use": "message", "code": "RES001"}, "code"),
    ({"contact_type": "XYZ"}, "contact_type"),
    ({"tenant": "cdsp"}, "tenant"),
])
def test_a_bad_template_says_what_to_fix_and_saves_nothing(world, fields, field):
    with pytest.raises(Invalid) as caught:
        _resolution(world["admin"], **fields)
    assert field in caught.value.errors
    assert templates_for(world["admin"]) == []


def test_braces_doubled_show_as_they_are(world):
    template = _resolution(world["admin"], body="Set {{like this}} on {reference}")
    assert preview_template(world["agent"], world["enq"], template.id) == \
        f"Set {{like this}} on {world['enq'].reference}"


def test_only_an_lso_supervisor_or_cdsp_admin_keeps_templates(world):
    with pytest.raises(Forbidden):
        save_template(world["alp"], {"name": "x", "use": "message", "body": "x"})
    with pytest.raises(Forbidden):
        save_template(world["agent"], {"name": "x", "use": "message", "body": "x"})
    mine = save_template(world["lso"], {"name": "Chaser", "use": "message", "body": "Any news on {reference}?"})
    assert [t.name for t in templates_for(world["alp"])] == ["Chaser"]
    assert AuditEntry.select().where(AuditEntry.action == "template.saved").count() == 1
    with pytest.raises(Invalid) as caught:
        save_template(world["lso"], {"name": "Chaser", "use": "message", "body": "again"})
    assert "name" in caught.value.errors
    save_template(world["lso"], {"name": "Chaser", "use": "message", "body": "Changed"}, mine.id)
    assert get_template(world["alp"], mine.id).body == "Changed"


def test_another_organisations_template_is_not_found_anywhere(world):
    theirs = save_template(world["bet_lso"], {"name": "Ours", "use": "message", "body": "Hi"})
    mine = save_template(world["lso"], {"name": "Ours", "use": "message", "body": "Hello"})
    for call in (lambda: get_template(world["alp"], theirs.id),
                 lambda: delete_template(world["lso"], theirs.id),
                 lambda: save_template(world["lso"], {"name": "x", "use": "message", "body": "y"}, theirs.id)):
        with pytest.raises(NotFound):
            call()
    with pytest.raises(Invalid) as caught:
        act(world["alp"], world["enq"], "message", template=theirs.id)
    assert "template" in caught.value.errors
    assert list(Contact.get_by_id(world["enq"].id).messages) == []
    act(world["alp"], world["enq"], "message", template=mine.id)
    delete_template(world["lso"], mine.id)
    assert templates_for(world["alp"]) == []


def test_a_template_fits_only_its_use_type_and_portal(world):
    rfa_only = _resolution(world["admin"], name="RFA", contact_type="RFA", code="RFA010")
    igt_only = _resolution(world["admin"], name="IGT", tenant="igt")
    anywhere = _resolution(world["admin"], name="Any")
    assert [t.name for t in templates_for(world["agent"], world["enq"], "resolution")] == ["Any"]
    assert [t.name for t in templates_for(world["agent"], world["rfa"], "resolution")] == ["Any", "RFA"]
    act(world["agent"], world["enq"], "accept")
    for template in (rfa_only, igt_only):
        with pytest.raises(Invalid):
            act(world["agent"], world["enq"], "resolve", template=template.id)
    with pytest.raises(Invalid):
        act(world["agent"], world["enq"], "message", template=anywhere.id)   # a resolution's
    assert Contact.get_by_id(world["enq"].id).status == "accepted"


def test_resolution_codes_are_the_cores_and_the_types_own(world):
    rfa = type_of(world["rfa"])
    assert {"RES001", "RFA010"} <= set(resolution_reasons(rfa))
    assert "RFA010" not in resolution_reasons(type_of(world["enq"]))
    act(world["agent"], world["enq"], "accept")
    with pytest.raises(Invalid) as caught:
        act(world["agent"], world["enq"], "resolve", code="RFA010", text="Done")
    assert "code" in caught.value.errors
    assert act(world["agent"], world["enq"], "resolve", text="Done").resolution_code is None
