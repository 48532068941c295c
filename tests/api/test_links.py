"""Linked contacts on the API: list, link, unlink, mark a duplicate; another organisation's
contact is a 404 on every route, and a link never names a contact the caller cannot see."""
import pytest

from core.models import ContactLink
from tests.api.conftest import enq


def delete(caller, path):
    return caller.client.delete(f"/api/v1{path}", headers=caller.headers())


@pytest.fixture
def two(api):
    alp = api("user", "ALP")
    return alp, [alp.post("/contacts", json=enq(originator_ref=r)).json["reference"]
                 for r in ("R-A", "R-B")]


def test_link_list_and_unlink_related_contacts(two):
    alp, (a, b) = two
    made = alp.post(f"/contacts/{a}/links", json={"reference": b})
    assert made.status_code == 201, made.json
    assert (made.json["role"], made.json["reference"], made.json["removable"]) == ("related", b, True)
    assert made.json["by"] == alp.user.email and made.json["contact"] == f"/api/v1/contacts/{b}"
    assert made.headers["Location"] == f"/api/v1/contacts/{a}/links"
    assert [l["reference"] for l in alp.get(f"/contacts/{b}/links").json["items"]] == [a]
    again = alp.post(f"/contacts/{b}/links", json={"reference": a})
    assert again.status_code == 409 and again.json["message"]
    assert delete(alp, f"/contacts/{b}/links/{a}").status_code == 204
    assert alp.get(f"/contacts/{a}/links").json["items"] == []
    assert delete(alp, f"/contacts/{b}/links/{a}").status_code == 404


def test_linking_a_contact_that_is_not_there_is_404_naming_it(two):
    alp, (a, _) = two
    response = alp.post(f"/contacts/{a}/links", json={"reference": "ENQ-2099-000001"})
    assert response.status_code == 404, response.json
    assert "ENQ-2099-000001" in response.json["errors"]["reference"]
    assert ContactLink.select().count() == 0


@pytest.mark.parametrize("body, field", [({"reference": "self"}, "reference"),
                                         ({"reference": ""}, "reference"),
                                         ({}, "reference"),
                                         ({"reference": "x", "kind": "cousin"}, "kind")])
def test_a_bad_link_is_422_saying_what_to_fix(two, body, field):
    alp, (a, _) = two
    if body.get("reference") == "self":
        body = {"reference": a}
    response = alp.post(f"/contacts/{a}/links", json=body)
    assert response.status_code == 422 and field in str(response.json["errors"]), response.json
    assert ContactLink.select().count() == 0


def test_mark_a_duplicate_by_link_or_by_action(two, api):
    alp, (a, b) = two
    agent = api("agent")
    made = agent.post(f"/contacts/{b}/links", json={"reference": a, "kind": "duplicate_of"})
    assert made.status_code == 201 and made.json["role"] == "duplicate_of"
    assert alp.get(f"/contacts/{b}").json["status"] == "closed"
    assert [(l["role"], l["reference"]) for l in alp.get(f"/contacts/{a}/links").json["items"]] == \
        [("duplicated_by", b)]
    assert delete(alp, f"/contacts/{b}/links/{a}").status_code == 409
    third = alp.post("/contacts", json=enq(originator_ref="R-C")).json["reference"]
    assert "mark_duplicate" in agent.get(f"/contacts/{third}").json["actions"]
    refused = agent.post(f"/contacts/{third}/actions", json={"action": "mark_duplicate", "of": b})
    assert refused.status_code == 422 and "reference" in refused.json["errors"]
    done = agent.post(f"/contacts/{third}/actions", json={"action": "mark_duplicate", "of": a,
                                                          "text": "Raised twice"})
    assert done.status_code == 200 and done.json["status"] == "closed"
    closed = agent.post(f"/contacts/{third}/actions", json={"action": "mark_duplicate", "of": a})
    assert closed.status_code == 409


def test_another_organisations_contact_is_404_on_every_link_route(two, api):
    alp, (a, b) = two
    alp.post(f"/contacts/{a}/links", json={"reference": b})
    bet = api("user", "BET")
    mine = bet.post("/contacts", json=enq(originator_ref="R-Z")).json["reference"]
    for response in (bet.get(f"/contacts/{a}/links"),
                     bet.post(f"/contacts/{a}/links", json={"reference": mine}),
                     bet.post(f"/contacts/{a}/links", json={"reference": mine, "kind": "duplicate_of"}),
                     delete(bet, f"/contacts/{a}/links/{b}")):
        assert response.status_code == 404 and a not in response.get_data(as_text=True)
    linking_theirs = bet.post(f"/contacts/{mine}/links", json={"reference": a})
    assert linking_theirs.status_code == 404 and ContactLink.select().count() == 1
    assert linking_theirs.json["errors"] == {"reference": f"There is no contact {a} that you may see."}


def test_a_link_never_names_a_contact_the_caller_cannot_see(two, api):
    alp, (a, _) = two
    bet = api("user", "BET")
    theirs = bet.post("/contacts", json=enq(originator_ref="R-Z")).json["reference"]
    agent = api("agent")
    assert agent.post(f"/contacts/{a}/links", json={"reference": theirs}).status_code == 201
    assert [l["reference"] for l in agent.get(f"/contacts/{a}/links").json["items"]] == [theirs]
    assert alp.get(f"/contacts/{a}/links").json["items"] == []
    assert theirs not in alp.get(f"/contacts/{a}").get_data(as_text=True)
    assert bet.get(f"/contacts/{theirs}/links").json["items"] == []
    assert delete(alp, f"/contacts/{a}/links/{theirs}").status_code == 404


def test_the_links_are_in_the_openapi_document(client):
    spec = client.get("/api/v1/openapi.json").json
    assert {"get", "post"} <= set(spec["paths"]["/api/v1/contacts/{reference}/links"])
    assert "delete" in spec["paths"]["/api/v1/contacts/{reference}/links/{other}"]
    assert "mark_duplicate" in str(spec["components"]["schemas"]["ActionIn"])
