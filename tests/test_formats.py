"""One format for moments, days and sizes on every page (core.formats)."""
import datetime
import re
from pathlib import Path

import pytest

from core.formats import local_time, long_date, size

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("moment, shown", [
    (datetime.datetime(2026, 12, 1, 21, 43), "1 Dec 2026, 21:43 GMT"),     # winter: UK time is UTC
    (datetime.datetime(2026, 7, 1, 8, 5), "1 Jul 2026, 09:05 BST"),        # summer: an hour ahead
    (None, "–"),
])
def test_a_moment_is_shown_in_uk_time_with_its_zone(app, moment, shown):
    assert local_time(moment) == shown


def test_seconds_when_asked_and_days_alike(app):
    assert local_time(datetime.datetime(2026, 3, 29, 1, 0, 7), seconds=True) == "29 Mar 2026, 02:00:07 BST"
    assert long_date(datetime.date(2026, 3, 4)) == "4 Mar 2026" and long_date(None) == "–"


@pytest.mark.parametrize("nbytes, shown", [(0, "0 bytes"), (1, "1 byte"), (1023, "1,023 bytes"),
                                           (1536, "1.5 KB"), (12 * 1024 * 1024 + 300_000, "12.3 MB")])
def test_sizes_in_bytes_kb_and_mb(nbytes, shown):
    assert size(nbytes) == shown


def test_no_template_formats_a_moment_or_a_size_of_its_own():
    """Every page goes through the filters: a template's own strftime or byte count would
    show a time without its zone, or a size another way."""
    own = []
    for template in list(ROOT.glob("core/templates/**/*.html")) + list(ROOT.glob("plugins/**/templates/**/*.html")):
        text = template.read_text()
        for pattern in (r"\.strftime\('%d", r"\bUTC\b", r"1048576", r"\|mib\b", r"bytes, "):
            if re.search(pattern, text):
                own.append(f"{template.relative_to(ROOT)}: {pattern}")
    assert own == []
