"""Fixtures for the contacts engine: a frozen clock, valid MPRNs, people of each side and
ready-made field sets for every contact type."""
import datetime

import pytest

from core import clock as service_clock
from core.contacts.mprn import check_digits

# Thursday 2 April 2026, 09:00 UTC: Good Friday and Easter Monday follow.
EASTER_THURSDAY = datetime.datetime(2026, 4, 2, 9, 0)


def mprn(body="39384244"):
    """A valid MPRN for ``body``: the body followed by its check digits."""
    return body + check_digits(body)


@pytest.fixture
def clock():
    """A frozen clock at Thursday 2 April 2026 09:00 UTC; move it with ``clock.advance``."""
    with service_clock.frozen(EASTER_THURSDAY) as fixed:
        yield fixed


@pytest.fixture
def shipper(principals):
    return principals.user("user", "ALP")


@pytest.fixture
def agent(principals):
    return principals.user("agent")


# Fields that pass each type's rules on 2 April 2026 (organisations as in tests/support).
GOOD = {
    "RFA": {"mprn": mprn(), "summary": "Reads were estimated", "meter_serial": "M123",
            "supply_point_class": 3, "annual_quantity": 50000, "adjustment_start": "2025-01-01",
            "adjustment_end": "2025-06-30", "reason": "inaccurate_read"},
    "CDQ": {"mprn": mprn(), "summary": "Consumption too high", "meter_serial": "M123",
            "dispute_start": "2025-01-01", "dispute_end": "2025-03-31",
            "reason": "wrong_read", "disputed_read": 1200, "read_date": "2025-02-01"},
    "DMQ": {"mprn": mprn(), "summary": "Missing daily reads", "dmsp": "DMS",
            "meter_serial": "D-1", "query_date": "2026-03-30", "reason": "missing_reads"},
    "FOM": {"summary": "Meter found in a cellar", "meter_serial": "F1", "address": "1 High St",
            "postcode": "b11aa", "found_date": "2026-04-01", "network": "NWG"},
    "MNC": {"summary": "New build", "address": "Plot 4, New Road", "postcode": "B2 2BB",
            "estimated_aq": 12000},
    "TOG": {"mprn": mprn(), "summary": "Bypass found", "theft_start": "2026-01-01",
            "method": "bypass"},
    "SAR": {"mprn": mprn(), "summary": "Agreed read at transfer", "meter_serial": "S1",
            "read_date": "2026-03-01", "agreed_read": 5000, "other_shipper": "BET",
            "previous_read": 4000},
    "ADD": {"mprn": mprn(), "summary": "Wrong street", "building": "2", "street": "Low St",
            "town": "Birmingham", "postcode": "B1 1AA"},
    "AQQ": {"mprn": mprn(), "summary": "Premises now a shop", "current_aq": 10000,
            "proposed_aq": 20000, "effective_date": "2026-05-01", "reason": "change_of_use"},
    "ENQ": {"summary": "How do I read a QMR?", "topic": "files",
            "question": "What does WN mean in a QMR file?"},
    "INV": {"summary": "Charge twice", "invoice_number": "INV123456", "invoice_date": "2026-03-01",
            "invoice_type": "commodity", "disputed_amount": "125.50"},
    "DUP": {"mprn": mprn(), "summary": "Two MPRNs one meter", "duplicate_mprn": mprn("12345678")},
}

# Which organisation of tests/support raises each type in tests.
RAISER_ORG = {"RFA": "ALP", "CDQ": "ALP", "DMQ": "ALP", "FOM": "UCN", "MNC": "ALP", "TOG": "ALP",
              "SAR": "ALP", "ADD": "ALP", "AQQ": "ALP", "ENQ": "ALP", "INV": "ALP", "DUP": "ALP"}


@pytest.fixture
def good():
    """A fresh copy of valid fields for a type: ``good("RFA", summary="...")``."""
    def make(code, **changes):
        data = dict(GOOD[code])
        data.update(changes)
        return {k: v for k, v in data.items() if v is not None}
    return make


@pytest.fixture
def orgs(principals):
    """Make every test organisation exist (routing names some of them)."""
    for code in ("ALP", "BET", "NWG", "DMS", "UCN", "IPL", "MRC"):
        principals.org(code)
