"""``GET /api/v1/standards-of-service``: the portal's standards-of-service figures on the API.
A participant reads its own organisation's (another organisation's code is as unknown as a
made-up one: 404); CDSP staff every organisation's, or one's, with a table by organisation;
a bad period is answered 422 saying what to fix."""
import pytest

from core import clock
from tests.operations.test_standards import LATER, resolved  # noqa: F401  (a fixture)

URL = "/api/v1/standards-of-service"
PERIOD = "from=2026-03&to=2026-04"


def shares(rows, key):
    return [(r[key], r["sector"], r["allowance"], r["resolved"], r["within_4"], r["within_4_pct"],
             r["within_10"], r["within_10_pct"], r["within_20"], r["within_20_pct"]) for r in rows]


def get(client, headers, query=PERIOD):
    with clock.frozen(LATER):
        return client.get(f"{URL}?{query}", headers=headers)


def test_a_participant_reads_its_own_figures(app, resolved, api_key, client):  # noqa: F811
    answer = get(client, api_key(resolved["alp"]))
    body = answer.get_json()
    assert answer.status_code == 200
    assert (body["from"], body["to"], body["organisation"]) == ("2026-03", "2026-04", "ALP")
    assert shares(body["by_type"], "type") == [
        ("ENQ", "unknown", "outside", 1, 0, 0.0, 0, 0.0, 1, 100.0),    # after 20
        ("RFA", "ic", "inside", 1, 0, 0.0, 1, 100.0, 1, 100.0),        # after 5
        ("RFA", "domestic", "inside", 3, 1, 33.3, 2, 66.7, 2, 66.7),   # after 4, 10 and 23
    ]
    assert [(r["sector"], r["allowance"], r["resolved"], r["within_10_pct"])
            for r in body["by_sector"]] == [
        ("ic", "inside", 1, 100.0), ("ic", "all", 1, 100.0),
        ("domestic", "inside", 3, 66.7), ("domestic", "all", 3, 66.7),
        ("unknown", "outside", 1, 0.0), ("unknown", "all", 1, 0.0)]
    assert "by_organisation" not in body                     # the CDSP's table
    assert get(client, api_key(resolved["alp"]), PERIOD + "&organisation=alp").get_json() == body


def test_another_organisations_code_is_as_unknown_as_a_made_up_one(app, resolved, api_key, client):  # noqa: F811
    alp = api_key(resolved["alp"])
    theirs = get(client, alp, PERIOD + "&organisation=BET")
    made_up = get(client, alp, PERIOD + "&organisation=ZZZ")
    assert (theirs.status_code, made_up.status_code) == (404, 404)
    assert theirs.get_json()["message"] == made_up.get_json()["message"].replace("ZZZ", "BET")
    bet = get(client, api_key(resolved["bet"])).get_json()
    assert shares(bet["by_type"], "type") == [("ENQ", "unknown", "inside", 1, 1, 100.0, 1, 100.0,
                                               1, 100.0)]                 # never ALP's RFAs


def test_the_cdsp_reads_every_organisation_or_one(app, resolved, api_key, client):  # noqa: F811
    agent = api_key(resolved["agent"])
    every = get(client, agent).get_json()
    one = get(client, agent, PERIOD + "&organisation=BET").get_json()
    unknown = get(client, agent, PERIOD + "&organisation=ZZZ")
    assert every["organisation"] is None
    assert [(r["type"], r["sector"], r["allowance"], r["resolved"]) for r in every["by_type"]] == [
        ("ENQ", "unknown", "inside", 1), ("ENQ", "unknown", "outside", 1),
        ("RFA", "ic", "inside", 1), ("RFA", "domestic", "inside", 3)]
    assert shares(every["by_organisation"], "organisation") == [
        ("ALP", "ic", "inside", 1, 0, 0.0, 1, 100.0, 1, 100.0),
        ("ALP", "domestic", "inside", 3, 1, 33.3, 2, 66.7, 2, 66.7),
        ("ALP", "unknown", "outside", 1, 0, 0.0, 0, 0.0, 1, 100.0),
        ("BET", "unknown", "inside", 1, 1, 100.0, 1, 100.0, 1, 100.0)]
    assert one["organisation"] == "BET"
    assert [(r["organisation"], r["resolved"]) for r in one["by_organisation"]] == [("BET", 1)]
    assert unknown.status_code == 404 and "ZZZ" in unknown.get_json()["message"]


@pytest.mark.parametrize("query, field, says", [
    ("from=2026-13", "from", "YYYY-MM"),
    ("to=March", "to", "YYYY-MM"),
    ("from=2026-05&to=2026-03", "from", "must not be after the last"),
    ("from=2020-01&to=2026-04", "from", "at most 60 months"),
])
def test_a_bad_period_is_explained(app, resolved, api_key, client, query, field, says):  # noqa: F811
    answer = get(client, api_key(resolved["alp"]), query)
    assert answer.status_code == 422
    assert says in str(answer.get_json()["errors"]["query"][field])
