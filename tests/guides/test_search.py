"""Searching the guides: every word must match; only this portal's guides; bad queries explained."""
import re

import pytest


def text(response):
    return response.get_data(as_text=True)


def results(html):
    return re.findall(r'<li>\s*<a href="/\w+/help/([a-z0-9-]+)#([a-z0-9-]+)">', html)


def test_search_finds_the_section_that_answers(client, login_as):
    login_as("user", "ALP")
    response = client.get("/shipper/help/search?q=locked+password")
    assert response.status_code == 200
    html = text(response)
    assert results(html)[0] == ("quick-reference", "passwords")
    assert "<mark>password</mark>" in html.lower()
    assert "result" in html


def test_search_every_word_must_match(client, login_as):
    login_as("user", "ALP")
    html = text(client.get("/shipper/help/search?q=password+xylophone"))
    assert results(html) == []
    assert "0 results for" in html


def test_search_keeps_to_this_portals_guides(principals):
    gt, _ = principals.client("user", "NWG")
    shipper, _ = principals.client("user", "ALP")
    gt_hits = {slug for slug, _ in results(text(gt.get("/gt/help/search?q=allocated")))}
    shipper_hits = {slug for slug, _ in results(text(shipper.get("/shipper/help/search?q=allocated")))}
    assert "gt" in gt_hits
    assert not shipper_hits & {"gt", "igt", "cdsp-staff"}


def test_search_results_escape_what_was_typed(client, login_as):
    login_as("user", "ALP")
    html = text(client.get("/shipper/help/search?q=%3Cscript%3Ealert(1)%3C/script%3E"))
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_empty_search_shows_the_form(client, login_as):
    login_as("user", "ALP")
    response = client.get("/shipper/help/search?q=")
    assert response.status_code == 200
    assert '<h1>Search the guides</h1>' in text(response)


def test_overlong_search_is_refused_with_a_reason(client, login_as):
    login_as("user", "ALP")
    response = client.get("/shipper/help/search?q=" + "a" * 201)
    assert response.status_code == 400
    assert "Use at most 200 characters." in text(response)


@pytest.mark.parametrize("query,term", [("gt", "gt"), ("amp", "amp"), ("mark", "mark")])
def test_highlighting_never_breaks_the_markup(client, login_as, query, term):
    login_as("user", "ALP")
    html = text(client.get(f"/shipper/help/search?q={query}"))
    for snippet in re.findall(r"<p>(.*?)</p>", html.split('class="search-results"', 1)[-1], re.S):
        assert "&<mark>" not in snippet and "<<mark>" not in snippet
        assert "<mark><mark>" not in snippet
