"""The injectable clock."""
import datetime

import pytest

from core import clock

FIXED = datetime.datetime(2026, 7, 1, 12, 0)


@pytest.mark.parametrize("app_config", [{"CMS_CLOCK": FIXED}])
def test_the_app_setting_fixes_the_time(app):
    assert clock.now() == FIXED
    assert clock.to_local(FIXED).hour == 13          # British Summer Time
    assert clock.local_today() == datetime.date(2026, 7, 1)


@pytest.mark.parametrize("app_config", [{"CMS_CLOCK": clock.FixedClock(FIXED)}])
def test_a_context_manager_wins_over_the_setting(app):
    later = datetime.datetime(2026, 8, 1, tzinfo=datetime.timezone.utc)
    with clock.frozen(later) as moving:
        assert clock.now() == datetime.datetime(2026, 8, 1)
        moving.advance(hours=2)
        assert clock.now() == datetime.datetime(2026, 8, 1, 2)
    assert clock.now() == FIXED


def test_without_either_it_is_the_system_clock(app):
    before = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    assert before <= clock.now() <= before + datetime.timedelta(seconds=5)
    assert clock.now().tzinfo is None


def test_local_midnight_follows_daylight_saving(app):
    assert clock.local_midnight_utc(datetime.date(2026, 1, 15)) == datetime.datetime(2026, 1, 15, 0, 0)
    assert clock.local_midnight_utc(datetime.date(2026, 6, 15)) == datetime.datetime(2026, 6, 14, 23, 0)
