"""Fixtures for the portal's contact pages: valid contacts raised by organisation A."""
import datetime

import pytest

from core import clock as service_clock
from core.contacts.mprn import check_digits
from core.contacts import raise_contact

# Wednesday 4 March 2026, 10:00 UTC: an ordinary working week.
WEDNESDAY = datetime.datetime(2026, 3, 4, 10, 0)


def mprn(body="39384244"):
    return body + check_digits(body)


RFA_FORM = {"mprn": mprn(), "summary": "Reads were estimated", "meter_serial": "M123",
            "supply_point_class": "3", "annual_quantity": "50000",
            "adjustment_start": "2025-01-01", "adjustment_end": "2025-06-30",
            "reason": "inaccurate_read"}
ENQ = {"summary": "How do I read a QMR?", "topic": "files", "question": "What does WN mean?"}


@pytest.fixture
def clock():
    with service_clock.frozen(WEDNESDAY) as fixed:
        yield fixed


@pytest.fixture
def raised(principals):
    """``raised(user=None, code="ENQ", **fields)``: a contact raised on the web channel."""
    def make(user=None, code="ENQ", **fields):
        user = user or principals.user("user", "ALP")
        data = dict(RFA_FORM if code == "RFA" else ENQ, **fields)
        return raise_contact(user, code, data, "web")
    return make


def text(response):
    return response.get_data(as_text=True)
