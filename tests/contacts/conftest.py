"""Fixtures for the contacts engine: a frozen clock, valid MPRNs, people of each side and
ready-made field sets for every contact type."""
import datetime
import functools

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


class _Examples:
    """Each registered type's own ``example``: fields that pass its rules (organisations as
    in tests/support), read when asked, so a date an example measures from today is measured
    from the clock's today then (2 April 2026 under the ``clock`` fixture)."""

    @functools.cached_property
    def types(self):
        from core.plugins import build_plugin_manager
        from core.registry import build_registries
        return {ct.code: ct for ct in build_registries(build_plugin_manager())["contact_types"]}

    def __getitem__(self, code):
        return dict(self.types[code].example)


GOOD = _Examples()

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
