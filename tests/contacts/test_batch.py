"""raise_many: each record stands alone; the good ones are written together."""
from core.contacts import raise_many
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
        (1, "unknown_type"), (2, "bad_mprn"), (3, "missing"), (4, "bad_value"), (6, "reference_in_use"), (7, "unknown_type")]
    assert [o.contact.reference for o in outcomes if o.accepted] == [
        "RFA-2026-000001", "ENQ-2026-000001", "RFA-2026-000002"]
    assert "check digits" in outcomes[2].text and outcomes[2].text.startswith("mprn: ")
    assert outcomes[3].text == "meter_serial: Enter the meter serial number."
    assert Contact.select().count() == 3
    assert ContactEvent.select().where(ContactEvent.channel == "batch").count() == 3


def test_a_reference_already_open_is_rec005(app, clock, shipper, good):
    raise_many(shipper, records(good, ("ENQ", {"originator_ref": "R1"})), "batch")
    [outcome] = raise_many(shipper, records(good, ("ENQ", {"originator_ref": "R1"})), "batch")
    assert outcome.code == "reference_in_use"


def test_an_all_bad_file_writes_nothing(app, clock, shipper, good):
    outcomes = raise_many(shipper, records(good, ("RFA", {"mprn": "1"}), ("TOG", {"method": "x"})),
                          "batch")
    assert [o.code for o in outcomes] == ["bad_mprn", "bad_value"]
    assert Contact.select().count() == 0


def test_batch_dates_are_yyyymmdd(app, clock, shipper, good):
    [outcome] = raise_many(shipper, records(good, ("RFA", {"adjustment_start": "20250101",
                                                           "adjustment_end": "20250630",
                                                           "mprn": mprn("12345678")})), "batch")
    assert outcome.contact.fields["adjustment_start"] == "2025-01-01"


def _answers(outcomes, good):
    return ([(o.index, o.code, o.text) for o in outcomes if o is not None],
            [(i, p.ctype.code, p.values, p.recipient.code, p.sla_days, p.context.to_org)
             for i, p in good])


def test_checking_on_two_cores_answers_exactly_as_one(app, clock, shipper, good, monkeypatch, forks):
    """A forked child checks the second half: every answer, refusal text and duplicate
    reference across the two halves is as a single process finds it."""
    from core import forked
    from core.contacts import bulk
    rows = []
    for i in range(60):
        rows += [("RFA", {"originator_ref": f"R{i}"}), ("XYZ", {}), ("RFA", {"mprn": "3938424404"}),
                 ("ENQ", {"originator_ref": f"R{i % 7}"}), ("TOG", {"method": "x"})]
    data = records(good, *rows)
    single = bulk.check_records(shipper, data, processes=1)
    monkeypatch.setattr(forked, "MIN_ITEMS", 10)
    double = bulk.check_records(shipper, data, processes=2)
    assert len(forks) == 1
    assert _answers(*double[:2]) == _answers(*single[:2])
    assert [(t, e.code, e.message) for t, e in double[2]] == [(t, e.code, e.message)
                                                              for t, e in single[2]]
    assert sum(1 for _, p in double[1] if p.ctype.code == "ENQ") == 7   # R0..R6 once each


def test_raise_many_checks_in_its_own_process_and_only_files_fork(app, clock, shipper, good,
                                                                 monkeypatch, forks):
    """The API's and the CLI's bulk raise stay in the request's process; two cores are for
    the batch worker, which asks for them (CMS_BATCH_CHECK_PROCESSES)."""
    from core import forked
    from core.contacts import bulk
    monkeypatch.setattr(forked, "MIN_ITEMS", 4)
    data = records(good, *[("ENQ", {"originator_ref": f"T{i}"}) for i in range(10)],
                   ("RFA", {"mprn": "1"}))
    outcomes = bulk.raise_records(shipper, data, "batch")
    assert sum(o.accepted for o in outcomes) == 10 and forks == []
    checked = bulk.check_records(shipper, records(good, *[("ENQ", {"originator_ref": f"U{i}"})
                                                          for i in range(10)]), processes=2)
    assert len(checked[1]) == 10 and all(o is None for o in checked[0]) and len(forks) == 1
