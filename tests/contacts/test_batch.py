"""raise_many: each record stands alone; the good ones are written together."""
from core.contacts.service import raise_many
from core.models import Contact, ContactEvent
from tests.contacts.conftest import mprn


def records(good, *rows):
    return [dict(good(code if code != "XYZ" else "ENQ", **changes), contact_type=code)
            for code, changes in rows]


def test_good_records_are_raised_and_bad_ones_reported_with_their_code(app, clock, shipper, good):
    outcomes = raise_many(shipper, records(
        good,
        ("RFA", {"originator_ref": "A1"}),
        ("XYZ", {}),
        ("RFA", {"mprn": "3938424404"}),
        ("RFA", {"meter_serial": None}),
        ("RFA", {"adjustment_end": "2024-01-01"}),
        ("ENQ", {"originator_ref": "A2"}),
        ("RFA", {"originator_ref": "A1"}),       # same reference as the first, same file
        ("FOM", {}),                             # not open to shippers' portal
        ("RFA", {"originator_ref": "A3"}),
    ), "batch")
    assert [(o.index, o.code) for o in outcomes if not o.accepted] == [
        (1, "REC001"), (2, "REC002"), (3, "REC003"), (4, "REC004"), (6, "REC005"), (7, "REC001")]
    assert [o.contact.reference for o in outcomes if o.accepted] == [
        "RFA-2026-000001", "ENQ-2026-000001", "RFA-2026-000002"]
    assert "check digits" in outcomes[2].text and outcomes[2].text.startswith("mprn: ")
    assert outcomes[3].text == "meter_serial: Missing data for required field."
    assert Contact.select().count() == 3
    assert ContactEvent.select().where(ContactEvent.channel == "batch").count() == 3


def test_a_reference_already_open_is_rec005(app, clock, shipper, good):
    raise_many(shipper, records(good, ("ENQ", {"originator_ref": "R1"})), "batch")
    [outcome] = raise_many(shipper, records(good, ("ENQ", {"originator_ref": "R1"})), "batch")
    assert outcome.code == "REC005"


def test_an_all_bad_file_writes_nothing(app, clock, shipper, good):
    outcomes = raise_many(shipper, records(good, ("RFA", {"mprn": "1"}), ("TOG", {"method": "x"})),
                          "batch")
    assert [o.code for o in outcomes] == ["REC002", "REC004"]
    assert Contact.select().count() == 0


def test_batch_dates_are_yyyymmdd(app, clock, shipper, good):
    [outcome] = raise_many(shipper, records(good, ("RFA", {"adjustment_start": "20250101",
                                                           "adjustment_end": "20250630",
                                                           "mprn": mprn("12345678")})), "batch")
    assert outcome.contact.fields["adjustment_start"] == "2025-01-01"
