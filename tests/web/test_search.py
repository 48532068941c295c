"""Search: basic and advanced, paginated, sorted by date raised, exported to CSV."""
import csv
import io
import re

import pytest

from core.contacts import act
from tests.web.conftest import mprn, text


@pytest.fixture
def contacts(principals, raised, clock):
    """Contacts of ALP raised a day apart (RFA, ENQ, ENQ, ENQ), and one of BET."""
    user = principals.user("user", "ALP")
    made = [raised(user, "RFA", originator_ref="ALP-RFA-1")]
    for n in range(3):
        clock.advance(days=1)
        made.append(raised(user, summary=f"Question {n}", originator_ref=f"ALP-Q{n}"))
    made.append(raised(principals.user("user", "BET"), "RFA", originator_ref="BET-1"))
    return made


def refs(page):
    import re
    return re.findall(r'<td><a href="/shipper/contacts/([A-Z]+-\d+-\d+)">', page)


def test_a_reference_opens_the_contact(client, login_as, contacts):
    login_as("user", "ALP")
    response = client.get(f"/shipper/search?q={contacts[0].reference.lower()}")
    assert response.headers["Location"].endswith(f"/shipper/contacts/{contacts[0].reference}")


def test_another_organisations_reference_finds_nothing(client, login_as, contacts):
    login_as("user", "ALP")
    response = client.get(f"/shipper/search?q={contacts[4].reference}")
    assert response.status_code == 200 and "No contacts match" in text(response)


@pytest.mark.parametrize("query, expected", [
    ({"q": mprn()}, [0]),
    ({"q": mprn(), "by": "mprn"}, [0]),
    ({"q": "ALP-Q1"}, [2]),
    ({"q": "ALP-Q1", "by": "originator_ref"}, [2]),
    ({"q": "BET-1"}, []),
])
def test_basic_search(client, login_as, contacts, query, expected):
    login_as("user", "ALP")
    page = text(client.get("/shipper/search", query_string=query))
    assert refs(page) == [contacts[i].reference for i in expected]


@pytest.mark.parametrize("query, expected", [
    ({"type": "enq"}, [3, 2, 1]),
    ({"type": "ENQ", "sort": "oldest"}, [1, 2, 3]),
    ({"status": "accepted"}, [1]),
    ({"holder": "CDSP", "raised_from": "2026-03-05", "raised_to": "2026-03-05"}, [1]),
    ({"holder": "mine"}, []),
    ({"service": "breached"}, [3, 2, 1]),
    ({"service": "at_risk"}, [0]),
    ({"service": "at_risk", "status": "accepted"}, []),
    ({"service": "on_time", "type": "RFA"}, [0]),
])
def test_advanced_search(client, login_as, contacts, principals, clock, query, expected):
    act(principals.user("agent"), contacts[1], "accept", "web")
    clock.advance(days=10)  # Tue 17 Mar: the RFA (due 18 Mar) is at risk, the ENQs breached
    login_as("user", "ALP")
    page = text(client.get("/shipper/search", query_string=query))
    assert refs(page) == [contacts[i].reference for i in expected]


@pytest.mark.parametrize("query, field, message", [
    ({"raised_from": "31/03/2026"}, "raised_from", "YYYY-MM-DD"),
    ({"raised_from": "2026-03-05", "raised_to": "2026-03-01"}, "raised_to", "before the start"),
    ({"status": "lost"}, "status", "Choose a status"),
    ({"q": "x", "after": "garbage!"}, "form", "page marker"),
])
def test_bad_search_fields_are_explained(client, login_as, contacts, query, field, message):
    login_as("user", "ALP")
    response = client.get("/shipper/search", query_string=query)
    assert response.status_code == 400 and message in text(response)


def test_results_come_a_page_at_a_time(client, login_as, contacts, monkeypatch):
    from plugins.channels.web import search
    monkeypatch.setattr(search, "PAGE_SIZE", 2)
    login_as("user", "ALP")
    page = text(client.get("/shipper/search?type=ENQ&sort=oldest"))
    assert refs(page) == [contacts[1].reference, contacts[2].reference]
    import re
    after = re.search(r'href="(/shipper/search\?[^"]*after=[^"]+)">Next page', page).group(1)
    page = text(client.get(after.replace("&amp;", "&")))
    assert refs(page) == [contacts[3].reference] and "First page" in page and "Next page" not in page


def test_the_column_heading_flips_the_order(client, login_as, contacts):
    login_as("user", "ALP")
    page = text(client.get("/shipper/search?type=ENQ"))
    assert 'aria-sort="descending"' in page and "sort=oldest" in page


def test_csv_export_has_every_matching_contact_i_may_see(client, login_as, contacts, principals,
                                                         monkeypatch):
    from plugins.channels.web import finding
    monkeypatch.setattr(finding, "EXPORT_PAGE", 2)   # several chunks
    user = login_as("user", "ALP")
    from tests.web.conftest import ENQ
    from core.contacts import raise_contact
    raise_contact(user, "ENQ", dict(ENQ, summary="=HYPERLINK(\"x\")"), "web")
    response = client.get("/shipper/search/export.csv?holder=CDSP&sort=oldest")
    assert response.mimetype == "text/csv" and response.is_streamed
    assert "attachment; filename=\"contacts-2026-03-0" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text(response))))
    assert [r["reference"] for r in rows] == [c.reference for c in contacts[:4]] + [rows[-1]["reference"]]
    assert rows[0]["type"] == "RFA" and rows[0]["originator"] == "ALP" and rows[0]["holder"] == "CDSP"
    assert rows[0]["due_date"] == "2026-03-18" and rows[0]["mprn"] == mprn()
    assert rows[-1]["summary"] == "'=HYPERLINK(\"x\")"   # not run as a formula
    assert "BET-1" not in text(response)


def test_export_refuses_bad_fields(client, login_as):
    login_as("user", "ALP")
    response = client.get("/shipper/search/export.csv?raised_to=soon")
    assert response.status_code == 400 and "YYYY-MM-DD" in text(response)


@pytest.mark.parametrize("query, expected", [
    ({"assignee": "me"}, [1]),
    ({"assignee": "nobody", "originator": "ALP"}, [3, 2, 0]),
    ({"originator": "BET"}, [4]),
    ({"ced": "rdvl"}, [0]),
    ({"allowance": "outside"}, [3]),
    ({"allowance": "within", "type": "ENQ"}, [2, 1]),
    ({"due_from": "2026-03-18", "due_to": "2026-03-18", "originator": "ALP"}, [0]),
    ({"sort": "due", "originator": "ALP"}, [1, 2, 3, 0]),
])
def test_the_agents_filters(client, login_as, contacts, clock, query, expected):
    from core.models import Contact
    agent = login_as("agent")
    act(agent, contacts[1], "accept", "web")
    act(agent, contacts[1], "assign", "web", assignee=agent)
    act(agent, contacts[0], "accept", "web")
    act(agent, contacts[0], "set_ced", "web", code="RDVL")
    Contact.update(outside_allowance=True).where(Contact.id == contacts[3].id).execute()
    page = text(client.get("/cdsp/search", query_string=query))
    found = re.findall(r'<td><a href="/cdsp/contacts/([A-Z]+-\d+-\d+)">', page)
    assert found == [contacts[i].reference for i in expected]
    count = f"{len(expected)} {'contact matches' if len(expected) == 1 else 'contacts match'}."
    assert count in page


def test_a_count_past_the_cap_reads_as_at_least(client, login_as, contacts, monkeypatch):
    from core.contacts import listing
    login_as("agent")
    from plugins.channels.web import finding
    monkeypatch.setattr(listing, "COUNT_CAP", 2)
    real_find = finding.find
    monkeypatch.setattr(finding, "find", lambda *a, **k: real_find(*a, **{**k, "limit": 1}))
    assert "2+ contacts match." in text(client.get("/cdsp/search", query_string={"status": "submitted"}))


@pytest.mark.parametrize("query, field, message", [
    ({"due_from": "2026-03-05", "due_to": "2026-03-01"}, "due_to", "before the start"),
    ({"assignee": "someone"}, "assignee", "Choose me"),
    ({"allowance": "maybe"}, "allowance", "Choose outside"),
])
def test_bad_new_fields_are_explained(client, login_as, contacts, query, field, message):
    login_as("agent")
    response = client.get("/cdsp/search", query_string=query)
    assert response.status_code == 400 and message in text(response)
