"""Theft of gas notified through TRAS (core.theft): the CDSP raises a TOG to a Shipper from a
TRAS notice, the Shipper accepts or objects with evidence within a window of business days
set per portal, silence is acceptance once the window closes (the scheduled job, once), the
CDSP decides an objection; every step audited; another Shipper sees nothing."""
import datetime

import pytest

from core import theft
from core.contacts import act, raise_contact
from core.contacts.jobs import tick
from core.errors import Conflict, Forbidden, Invalid, NotFound
from core.models import AuditEntry, Contact, TheftNotice
from core.tenancy import get_tenant

NOTICE = {"mprn": "3938424403", "summary": "Theft confirmed by TRAS: meter bypass",
          "theft_start": "2025-11-03", "theft_end": "2026-02-20", "method": "bypass",
          "estimated_energy": 18500, "tras_reference": "TRAS-2026-00417"}
PDF = b"%PDF-1.4\n% site visit photographs\n"


@pytest.fixture
def world(app, clock, principals):
    for code in ("ALP", "BET", "NWG"):
        principals.org(code)
    return principals


@pytest.fixture
def agent(world):
    return world.user("agent")


@pytest.fixture
def shipper(world):
    return world.user("user", "ALP")


def notify(agent, to_org="ALP", **changes):
    return raise_contact(agent, "TOG", {**NOTICE, **changes}, "web", to_org=to_org)


def audited(action):
    return [e.target_id for e in AuditEntry.select().where(AuditEntry.action == action)]


def test_a_tras_notice_opens_a_window_of_ten_business_days(agent):
    contact = notify(agent)
    notice = TheftNotice.get(TheftNotice.contact == contact.id)
    # raised Thursday 2 April 2026: Good Friday and Easter Monday are not business days
    assert (contact.holder_org.code, contact.ced, contact.status) == ("ALP", "TRAS", "submitted")
    assert (notice.tras_reference, int(notice.notified_energy), notice.window_days) == (
        "TRAS-2026-00417", 18500, 10)
    assert notice.window_closes_on == datetime.date(2026, 4, 20)
    assert notice.outcome == "pending"
    assert audited("theft.notified") == [contact.reference]


def test_the_window_is_a_setting_of_the_shippers_portal(app, agent):
    get_tenant("shipper").settings[theft.SETTING] = 3
    try:
        notice = theft.notice_for(notify(agent))
    finally:
        get_tenant("shipper").settings.pop(theft.SETTING)
    assert (notice.window_days, notice.window_closes_on) == (3, datetime.date(2026, 4, 9))


@pytest.mark.parametrize("changes, field", [
    ({"estimated_energy": None}, "estimated_energy"),
    ({"to_org": "NWG"}, "to_org"),
])
def test_a_tras_notice_goes_to_a_shipper_with_its_volume(agent, changes, field):
    to_org = changes.pop("to_org", "ALP")
    data = {k: v for k, v in {**NOTICE, **changes}.items() if v is not None}
    with pytest.raises(Invalid) as refused:
        raise_contact(agent, "TOG", data, "web", to_org=to_org)
    assert field in refused.value.errors
    assert TheftNotice.select().count() == 0


def test_only_the_cdsp_names_a_tras_notice(shipper):
    with pytest.raises(Invalid) as refused:
        raise_contact(shipper, "TOG", NOTICE, "web")
    assert "Only the CDSP" in str(refused.value.errors["tras_reference"])
    # a TOG without one is a Shipper's report of suspected theft, as before: no window
    plain = {k: v for k, v in NOTICE.items() if k != "tras_reference"}
    assert theft.notice_for(raise_contact(shipper, "TOG", plain, "web")) is None


def test_the_shipper_accepts_the_volume(agent, shipper):
    contact = notify(agent)
    theft.accept(shipper, contact.reference, "web", text="Agreed after our own visit.")
    contact = Contact.get_by_id(contact.id)
    notice = theft.notice_for(contact)
    assert (contact.status, contact.resolution_code, contact.ced) == ("resolved", "TOG020", None)
    assert (notice.outcome, int(notice.settled_energy)) == ("accepted", 18500)
    assert audited("theft.accepted") == [contact.reference]
    with pytest.raises(Conflict):
        theft.accept(shipper, contact.reference)


def test_the_shipper_objects_with_evidence_and_the_cdsp_amends_the_volume(agent, shipper):
    contact = notify(agent)
    with pytest.raises(Invalid) as refused:
        theft.object_to(shipper, contact.reference, reason="guess", text="")
    assert set(refused.value.errors) == {"reason", "text", "evidence"}
    theft.object_to(shipper, contact.reference, "web", reason="volume_too_high",
                    text="The site is a flat: 18,500 kWh is four years' use.",
                    filename="visit.pdf", content=PDF)
    contact = Contact.get_by_id(contact.id)
    notice = theft.notice_for(contact)
    assert (contact.status, contact.ced, notice.outcome) == ("accepted", "OBJC", "objected")
    assert notice.evidence_id and contact.attachments[0].filename == "visit.pdf"
    assert "volume is too high" in contact.messages[0].body
    # the engine's own resolve is closed while the objection waits; the Shipper cannot decide
    with pytest.raises(Forbidden):
        act(shipper, contact.reference, "resolve", text="Done")
    with pytest.raises(Forbidden):
        theft.decide(shipper, contact.reference, decision="upheld", text="No")
    with pytest.raises(Invalid) as refused:
        theft.decide(agent, contact.reference, decision="amended", text="Meter data",
                     settled_energy="2.5")
    assert "settled_energy" in refused.value.errors
    theft.decide(agent, contact.reference, "web", decision="amended",
                 text="Agreed: the site's history supports 6,200 kWh.", settled_energy="6200")
    contact = Contact.get_by_id(contact.id)
    notice = theft.notice_for(contact)
    assert (contact.status, contact.resolution_code) == ("resolved", "TOG023")
    assert (notice.outcome, int(notice.settled_energy)) == ("amended", 6200)
    assert audited("theft.objected") == audited("theft.amended") == [contact.reference]


def test_the_cdsp_upholds_the_volume(agent, shipper):
    contact = notify(agent)
    theft.object_to(shipper, contact.reference, reason="no_theft", text="No bypass found.",
                    filename="visit.pdf", content=PDF)
    theft.decide(agent, contact.reference, decision="upheld", text="TRAS evidence stands.")
    notice = theft.notice_for(contact)
    assert (notice.outcome, int(notice.settled_energy)) == ("upheld", 18500)
    assert Contact.get_by_id(contact.id).resolution_code == "TOG022"


def test_silence_is_acceptance_once_the_window_closes(agent, shipper, clock):
    contact = notify(agent)
    clock.set(datetime.datetime(2026, 4, 20, 18, 0))      # the last day: still open
    assert tick()["theft_deemed_accepted"] == 0
    clock.set(datetime.datetime(2026, 4, 21, 8, 0))
    with pytest.raises(Conflict, match="closed on 20 April 2026"):
        theft.object_to(shipper, contact.reference, reason="other", text="Late",
                        filename="a.pdf", content=PDF)
    assert tick()["theft_deemed_accepted"] == 1
    assert tick()["theft_deemed_accepted"] == 0           # once
    contact = Contact.get_by_id(contact.id)
    notice = theft.notice_for(contact)
    assert (contact.status, contact.resolution_code) == ("resolved", "TOG021")
    assert (notice.outcome, int(notice.settled_energy)) == ("deemed_accepted", 18500)
    assert audited("theft.deemed_accepted") == [contact.reference]


def test_a_notice_cancelled_before_its_outcome_is_withdrawn(agent, shipper):
    contact = notify(agent)
    objected = notify(agent, tras_reference="TRAS-2026-00418")
    theft.object_to(shipper, objected.reference, reason="no_theft", text="No bypass.",
                    filename="visit.pdf", content=PDF)
    for cancelled in (contact, objected):
        act(agent, cancelled.reference, "cancel", text="Raised to the wrong Shipper")
    assert tick()["theft_deemed_accepted"] == 0
    assert theft.notice_for(contact).outcome == theft.notice_for(objected).outcome == "withdrawn"
    assert sorted(audited("theft.withdrawn")) == sorted([contact.reference, objected.reference])


def test_another_shipper_sees_nothing(agent, world):
    contact = notify(agent)
    other = world.user("user", "BET")
    for attempt in (lambda: theft.get_notice(other, contact.reference),
                    lambda: theft.accept(other, contact.reference),
                    lambda: theft.object_to(other, contact.reference, reason="other", text="x",
                                            filename="a.pdf", content=PDF)):
        with pytest.raises(NotFound):
            attempt()
    assert theft.notice_for(contact).outcome == "pending"


def test_the_demo_has_a_notice_of_every_outcome(app, principals):
    from core.demo_theft import load_theft_notices
    people = {"agent": principals.user("agent"), "ALP": principals.user("user", "ALP"),
              "BET": principals.user("user", "BET")}
    assert load_theft_notices(people) == 7
    assert {n.outcome for n in TheftNotice.select()} == {
        "pending", "accepted", "objected", "amended", "upheld", "deemed_accepted"}
    assert load_theft_notices(people) == 7 and Contact.select().count() == 7   # once
