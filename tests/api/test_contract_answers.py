"""Answers the OpenAPI document promises where a schema alone could not say it (issue 16
item 9): a name already used is 409, an object a body names that is not there is 404 naming
the field, a query parameter given twice or a list filter with an empty item is 422 naming it,
a view's JSON booleans are true or false only, and /contacts/bulk-actions allows only POST."""
import pytest

from tests.api.conftest import enq


def test_a_view_of_a_name_already_used_is_409(api):
    agent = api("agent")
    assert agent.post("/views", json={"name": "Mine"}).status_code == 201
    again = agent.post("/views", json={"name": " Mine "})
    assert again.status_code == 409 and "Mine" in again.json["errors"]["name"]


def test_a_template_of_a_name_already_used_is_409(api):
    lso = api("lso", "ALP")
    first = lso.post("/templates", json={"name": "Hi", "use": "message", "body": "Hello."})
    other = lso.post("/templates", json={"name": "Bye", "use": "message", "body": "Bye."})
    assert first.status_code == other.status_code == 201
    assert lso.post("/templates", json={"name": "Hi", "use": "message",
                                        "body": "Again."}).status_code == 409
    renamed = lso.client.put(f"/api/v1/templates/{other.json['id']}", headers=lso.headers(),
                             json={"name": "Hi", "use": "message", "body": "Bye."})
    assert renamed.status_code == 409 and "name" in renamed.json["errors"]
    both = lso.post("/templates", json={"name": "Hi", "use": "message", "body": " "})
    assert both.status_code == 422 and set(both.json["errors"]) == {"name", "body"}


def test_a_template_the_body_names_that_is_not_yours_is_404_naming_it(api):
    alp, agent = api("supervisor", "ALP"), api("agent")
    ref = alp.post("/contacts", json=enq()).json["reference"]
    theirs = alp.post("/templates", json={"name": "Ours", "use": "message", "body": "Hi."}).json["id"]
    for response in (agent.post(f"/contacts/{ref}/messages", json={"template": theirs}),
                     agent.post(f"/contacts/{ref}/actions", json={"action": "resolve",
                                                                 "template": 99999}),
                     agent.post("/contacts/bulk-actions", json={"references": [ref],
                                                                "action": "message",
                                                                "template": theirs})):
        assert response.status_code == 404, response.json
        assert "template" in response.json["errors"]
    duplicate_of = agent.post(f"/contacts/{ref}/actions", json={"action": "mark_duplicate",
                                                               "of": "ENQ-2099-000009"})
    assert duplicate_of.status_code == 404 and "ENQ-2099-000009" in duplicate_of.json["errors"]["of"]


@pytest.mark.parametrize("query, name", [("status=open&status=closed", "status"),
                                         ("limit=5&limit=6", "limit"),
                                         ("type=ENQ,,RFA", "type"),
                                         ("type=", "type"),
                                         ("type=ENQ,null", "type"),
                                         ("status=%20,submitted", "status")])
def test_a_parameter_twice_or_an_empty_list_item_is_422_naming_it(api, query, name):
    response = api("agent").get(f"/contacts?{query}")
    assert response.status_code == 422 and list(response.json["errors"]) == [name], response.json


@pytest.mark.parametrize("value", [0, 1, "true", "1"])
def test_a_views_booleans_are_json_true_or_false(api, value):
    agent = api("agent")
    for body in ({"name": "V", "filters": {"watching": value}}, {"name": "V", "shared": value}):
        response = agent.post("/views", json=body)
        assert response.status_code == 422, response.json
    assert agent.post("/views", json={"name": "V", "shared": True,
                                      "filters": {"watching": False}}).status_code == 201


def test_bulk_actions_allows_only_post_and_a_contact_only_get(api):
    agent = api("agent")
    allowed = agent.client.options("/api/v1/contacts/bulk-actions", headers=agent.headers())
    assert set(allowed.headers["Allow"].split(", ")) == {"POST", "OPTIONS"}
    assert agent.get("/contacts/bulk-actions").status_code == 405
    contact = agent.client.options("/api/v1/contacts/ENQ-2026-000001", headers=agent.headers())
    assert set(contact.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
