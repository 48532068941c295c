"""Codes in words and the article an initialism takes (core.wording)."""
import pytest

from core.wording import article, lower_label, words


@pytest.mark.parametrize("code, shown", [
    ("inaccurate_read", "Inaccurate read"), ("current_aq", "Current AQ"), ("dmsp", "DMSP"),
    ("duplicate_mprn", "Duplicate MPRN"), ("estimated_energy_kwh", "Estimated energy kWh"),
    ("meter-fault", "Meter fault"), ("Already in words", "Already in words"), (None, ""), (3, "3"),
])
def test_a_code_reads_as_words_with_initialisms_kept(code, shown):
    assert words(code) == shown


@pytest.mark.parametrize("text, expected", [
    ("RFA", "an"), ("SAR", "an"), ("MNC", "an"), ("FOM", "an"), ("DMQ", "a"), ("UPRN", "a"),
    ("CDQ", "a"), ("enquiry", "an"), ("meter", "a"), ("", "a"),
])
def test_the_article_follows_how_the_word_is_said(text, expected):
    assert article(text) == expected


def test_a_label_inside_a_sentence_keeps_its_initialisms():
    assert lower_label("Meter serial number") == "meter serial number"
    assert lower_label("MPRN") == "MPRN" and lower_label("Current AQ") == "current AQ"
