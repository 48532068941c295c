"""The MPRN check-digit rule (DOMAIN.md)."""
import pytest

from core.contacts import mprn


def test_the_worked_example_from_the_domain_notes():
    assert mprn.check_digits("39384244") == "03"
    assert mprn.is_valid("3938424403")


@pytest.mark.parametrize("number", ["3938424403", "123409", "7412345608", "12345678900"])
def test_valid_numbers(number):
    assert mprn.problem(number) is None, number


@pytest.mark.parametrize("number, why", [
    ("3938424404", "check digits"),
    ("3938424430", "check digits"),
    ("393842440", "check digits"),
    ("12345", "6 to 11 digits"),
    ("123456789012", "6 to 11 digits"),
    ("39384244O3", "6 to 11 digits"),
    ("", "6 to 11 digits"),
])
def test_invalid_numbers(number, why):
    assert why in mprn.problem(number)


def test_check_digits_of_a_six_digit_number():
    # body 1234: 1*4 + 2*3 + 3*2 + 4*1 = 20, 20 mod 11 = 9
    assert mprn.check_digits("1234") == "09"
    assert mprn.is_valid("123409")


def test_igt_meter_points():
    assert mprn.is_igt("7412345678") and not mprn.is_igt("3938424403")
