"""Meter Point Reference Numbers: 6 to 11 digits, the last two a check on the rest.

The check: weight each digit of the body (all but the last two digits) by its distance
from the end of the body (the body's last digit has weight 1), sum, take the sum modulo 11
and write it as two digits. 3938424403: body 39384244 sums to 179, 179 mod 11 = 3, so "03".
"""
import re

MPRN_RE = re.compile(r"^[0-9]{6,11}$")
IGT_PREFIXES = ("74", "75", "76", "77")


def check_digits(body):
    """The two check digits for ``body`` (a string of digits)."""
    total = sum(int(digit) * weight for digit, weight in zip(body, range(len(body), 0, -1)))
    return f"{total % 11:02d}"


def problem(mprn):
    """What is wrong with ``mprn`` (a string), or None when it is a valid MPRN."""
    if not MPRN_RE.match(mprn or ""):
        return "An MPRN is 6 to 11 digits."
    if check_digits(mprn[:-2]) != mprn[-2:]:
        return f"MPRN {mprn} fails its check digits: check the number."
    return None


def is_valid(mprn):
    return problem(mprn) is None


def is_igt(mprn):
    """IGT meter points start with 74 to 77."""
    return mprn.startswith(IGT_PREFIXES)
