"""How every page writes a moment, a day and a size: one format everywhere.

A moment is stored as naive UTC and shown in the business time zone with the zone's name,
e.g. "1 Dec 2026, 21:43 GMT" (or BST in summer); a day as "1 Dec 2026"; a size in bytes,
KB or MB (of 1,024). Registered as the template filters ``local_time``, ``long_date`` and
``size``.
"""
from core import clock

NONE = "–"


def local_time(moment, seconds=False):
    """A stored (naive UTC) moment in the business time zone: ``3 Mar 2026, 14:05 GMT``."""
    if moment is None:
        return NONE
    local = clock.to_local(moment)
    return local.strftime("%-d %b %Y, %H:%M:%S %Z" if seconds else "%-d %b %Y, %H:%M %Z")


def long_date(day):
    """A day: ``3 Mar 2026``."""
    if day is None:
        return NONE
    return day.strftime("%-d %b %Y")


def size(nbytes):
    """A size for people: ``512 bytes``, ``1.5 KB``, ``12.3 MB``."""
    nbytes = int(nbytes or 0)
    if nbytes < 1024:
        return f"{nbytes:,} byte{'s' if nbytes != 1 else ''}"
    if nbytes < 1024 * 1024:
        return f"{nbytes / 1024:.1f} KB"
    return f"{nbytes / (1024 * 1024):.1f} MB"


FILTERS = {"local_time": local_time, "long_date": long_date, "size": size}
