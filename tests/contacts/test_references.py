"""References: readable, per type and year, unique under many concurrent writers."""
import threading

import pytest

from core import db as database
from core.contacts.references import allocate_references
from core.contacts import raise_contact
from core.models import Contact, ReferenceCounter


def test_blocks_are_consecutive_and_never_overlap(app):
    assert allocate_references("RFA-2026", 3) == ["RFA-2026-000001", "RFA-2026-000002",
                                                 "RFA-2026-000003"]
    assert allocate_references("RFA-2026") == ["RFA-2026-000004"]
    assert allocate_references("CDQ-2026") == ["CDQ-2026-000001"]


def test_a_rolled_back_transaction_writes_no_contact(app, clock, shipper, good):
    with pytest.raises(RuntimeError):
        with database.transaction():
            allocate_references("ENQ-2026", 1)
            raise RuntimeError("boom")
    contact = raise_contact(shipper, "ENQ", good("ENQ"), "web")
    assert contact.reference == "ENQ-2026-000001"


def test_the_year_comes_from_the_clock(app, shipper, good):
    import datetime
    from core import clock
    with clock.frozen(datetime.datetime(2026, 12, 31, 23, 30)):   # GMT: still 2026
        assert raise_contact(shipper, "ENQ", good("ENQ"), "web").reference == "ENQ-2026-000001"
    with clock.frozen(datetime.datetime(2027, 1, 4, 9)):
        assert raise_contact(shipper, "ENQ", good("ENQ"), "web").reference == "ENQ-2027-000001"


WRITERS, EACH = 8, 12


@pytest.mark.slow
def test_concurrent_writers_get_unique_references_and_lose_nothing(app, clock, principals, good):
    users = [principals.user("user", "ALP") for _ in range(WRITERS)]
    failures, barrier = [], threading.Barrier(WRITERS)

    def writer(user):
        try:
            with app.app_context():
                database.db.connect(reuse_if_open=True)
                barrier.wait()
                for i in range(EACH):
                    code = "ENQ" if i % 2 else "TOG"
                    raise_contact(user, code, good(code, originator_ref=f"U{user.id}-{i}"), "api")
        except Exception as exc:  # reported below
            failures.append(repr(exc))
        finally:
            database.db.close()

    threads = [threading.Thread(target=writer, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert failures == []
    refs = [c.reference for c in Contact.select(Contact.reference)]
    assert len(refs) == WRITERS * EACH and len(set(refs)) == len(refs)
    half = WRITERS * EACH // 2
    assert sorted(r for r in refs if r.startswith("ENQ")) == [f"ENQ-2026-{n:06d}" for n in range(1, half + 1)]
    assert ReferenceCounter.get(ReferenceCounter.prefix == "TOG-2026").last == half


@pytest.mark.slow
def test_concurrent_batches_and_single_raises(app, clock, principals, good):
    from core.contacts import raise_many
    users = [principals.user("user", "ALP") for _ in range(4)]
    failures = []

    def batch_writer(user):
        try:
            with app.app_context():
                database.db.connect(reuse_if_open=True)
                for round_ in range(3):
                    records = [dict(good("ENQ", originator_ref=f"B{user.id}-{round_}-{i}"),
                                    contact_type="ENQ") for i in range(10)]
                    outcomes = raise_many(user, records, "batch")
                    assert all(o.accepted for o in outcomes), outcomes
        except Exception as exc:
            failures.append(repr(exc))
        finally:
            database.db.close()

    threads = [threading.Thread(target=batch_writer, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert failures == []
    refs = [c.reference for c in Contact.select(Contact.reference)]
    assert sorted(refs) == [f"ENQ-2026-{n:06d}" for n in range(1, 121)]


def test_a_single_raise_takes_its_number_last_and_keeps_the_format(app, clock, shipper, good):
    """On PostgreSQL one contact is written under a stand-in reference and numbered by the
    statement that bumps the counter (core.contacts.references.allocate_onto): the number
    is the counter's next, in format_reference's form past six digits too, and no stand-in
    is left behind."""
    ReferenceCounter.create(prefix="ENQ-2026", last=999_998)
    first = raise_contact(shipper, "ENQ", good("ENQ", originator_ref="F-1"), "api")
    second = raise_contact(shipper, "ENQ", good("ENQ", originator_ref="F-2"), "api")
    assert (first.reference, second.reference) == ("ENQ-2026-999999", "ENQ-2026-1000000")
    stored = [c.reference for c in Contact.select(Contact.reference).order_by(Contact.id)]
    assert stored == ["ENQ-2026-999999", "ENQ-2026-1000000"]
    assert ReferenceCounter.get(ReferenceCounter.prefix == "ENQ-2026").last == 1_000_000


def test_a_single_raise_refused_by_the_unique_index_gives_its_number_back(app, clock, shipper,
                                                                          good):
    from core.contacts import check_contact
    from core.errors import Invalid
    data = good("ENQ", originator_ref="G-1")
    checked = check_contact(shipper, "ENQ", data)   # checked before another took the reference
    assert raise_contact(shipper, "ENQ", data, "api").reference == "ENQ-2026-000001"
    with pytest.raises(Invalid):
        raise_contact(shipper, "ENQ", data, "api", checked=checked)
    assert raise_contact(shipper, "ENQ", good("ENQ", originator_ref="G-2"), "api").reference \
        == "ENQ-2026-000002"
