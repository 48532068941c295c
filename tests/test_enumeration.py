"""Nobody learns who has an account in another organisation.

An LSO adding or editing a user is told plainly about an address already used in the
organisations they run, and only neutrally (the same words whoever has it, the attempt
audited for the CDSP) about one used anywhere else. Assigning a contact by email answers an
unknown address and a person of another organisation alike, on the API (one contact or
many) and in the portal.
"""
import re

import pytest
from markupsafe import escape

from core import apikeys
from core.actors import SystemActor
from core.contacts import raise_contact
from core.errors import Invalid
from core.lso import ADDRESS_NOT_USABLE, create_user
from core.models import AuditEntry, Organisation, User
from tests.api.conftest import VALID_MPRN, ApiCaller

NOBODY = "nobody-at-all@example.com"


def create(client, email, org="ALP"):
    return client.post("/shipper/users/new", data={"organisation": org, "email": email,
                                                   "role": "user", "name": "New Person"})


def page_without(response, email=None):
    """The page's text without the address typed into its form and the forms' anti-forgery
    tokens (signed with the time): what else it says."""
    text = re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token"',
                  response.get_data(as_text=True))
    return text.replace(email, "ADDRESS") if email else text


# ------------------------------------------------------------------ the LSO's user forms

def test_an_address_used_in_another_organisation_is_refused_without_saying_by_whom(
        client, login_as, principals):
    beta = principals.user("user", "BET", email="taken@bet.example.com")
    agent = principals.user("agent", email="taken@cdsp.example.com")
    login_as("lso", "ALP")
    answers = [create(client, user.email) for user in (beta, agent)]
    assert [a.status_code for a in answers] == [422, 422]
    texts = [page_without(a, u.email) for a, u in zip(answers, (beta, agent))]
    assert texts[0] == texts[1]
    assert escape(ADDRESS_NOT_USABLE) in texts[0]
    assert "already" not in texts[0] and "BET" not in texts[0] and "Beta Energy" not in texts[0]
    assert User.select().where(User.email.in_([beta.email, agent.email])).count() == 2


def test_an_address_used_in_the_lsos_own_organisations_is_named_plainly(client, login_as,
                                                                        principals):
    principals.user("user", "ALK", email="kid@alk.example.com")
    login_as("lso", "ALP")
    response = create(client, "kid@alk.example.com", org="ALP")
    assert response.status_code == 422
    assert "A user of ALK already has this email address" in response.get_data(as_text=True)


def test_the_refusal_is_audited_for_the_cdsp_and_not_in_the_lsos_log(client, login_as,
                                                                      principals):
    beta = principals.user("user", "BET", email="taken@bet.example.com")
    lso = login_as("lso", "ALP")
    create(client, beta.email)
    entry = AuditEntry.get(AuditEntry.action == "user.email_refused")
    assert entry.actor_id == lso.id and entry.org_id is None
    assert entry.target_id == str(beta.id) and entry.detail["email"] == beta.email
    assert "email_refused" not in client.get("/shipper/audit").get_data(as_text=True)


def test_changing_a_users_address_to_one_used_elsewhere_is_refused_alike(client, login_as,
                                                                         principals):
    beta = principals.user("user", "BET", email="taken@bet.example.com")
    alpha = principals.user("user", "ALP")
    login_as("lso", "ALP")
    response = client.post(f"/shipper/users/{alpha.id}", data={
        "email": beta.email, "name": alpha.name, "role": alpha.role_id})
    text = response.get_data(as_text=True)
    assert response.status_code == 422 and escape(ADDRESS_NOT_USABLE) in text
    assert "BET" not in text
    assert principals.reload(alpha).email != beta.email


def test_a_cdsp_admin_and_the_command_line_are_told_plainly(app, runner, principals):
    principals.user("user", "BET", email="taken@bet.example.com")
    alpha = principals.org("ALP")
    with pytest.raises(Invalid) as caught:
        create_user(SystemActor(), "taken@bet.example.com", alpha, "user")
    assert caught.value.errors["email"].startswith("A user of BET already has")
    result = runner.invoke(args=["user", "create", "taken@bet.example.com", "--org", "ALP",
                                 "--role", "user"])
    assert result.exit_code != 0 and "A user of BET already has" in result.output
    assert not AuditEntry.select().where(AuditEntry.action == "user.email_refused").exists()


# ------------------------------------------------------------ assigning a contact by email

def caller(app, user):
    _, token = apikeys.create_key(user, user, "tests")
    return ApiCaller(app.test_client(), user, token)


@pytest.fixture
def held_by_alpha(app, principals):
    """A contact the CDSP allocated to ALP, ALP's supervisor (who may assign it), and a
    person of BET (whom ALP does not see)."""
    for code in ("ALP", "BET"):
        principals.org(code)
    agent = principals.user("agent")
    contact = raise_contact(agent, "ENQ", {
        "mprn": VALID_MPRN, "summary": "Why was my read rejected?", "originator_ref": "REF-1",
        "topic": "data", "question": "Why?"}, "api", to_org="ALP")
    return {"reference": contact.reference,
            "supervisor": caller(app, principals.user("supervisor", "ALP")),
            "user": caller(app, principals.user("user", "ALP")),
            "beta": principals.user("supervisor", "BET"),
            "agent": agent}


def assign(api, reference, email):
    return api.post(f"/contacts/{reference}/actions", json={"action": "assign", "assignee": email})


def test_an_unknown_address_and_another_organisations_person_get_the_same_answer(held_by_alpha):
    world = held_by_alpha
    answers = [assign(world["supervisor"], world["reference"], email)
               for email in (NOBODY, world["beta"].email, world["agent"].email)]
    assert {a.status_code for a in answers} == {422}
    assert answers[0].json == answers[1].json == answers[2].json
    assert "assignee" in answers[0].json["errors"]


def test_the_same_answer_when_the_caller_may_not_assign_at_all(held_by_alpha):
    world = held_by_alpha
    unknown = assign(world["user"], world["reference"], NOBODY)
    other = assign(world["user"], world["reference"], world["beta"].email)
    assert unknown.status_code == other.status_code == 403
    assert unknown.json == other.json


def test_bulk_assign_answers_an_unknown_address_and_another_organisations_person_alike(
        held_by_alpha):
    world = held_by_alpha
    answers = [world["supervisor"].post("/contacts/bulk-actions", json={
        "references": [world["reference"]], "action": "assign", "assignee": email})
        for email in (NOBODY, world["beta"].email)]
    assert answers[0].status_code == answers[1].status_code == 200
    assert answers[0].json == answers[1].json
    assert answers[0].json["done"] == []


def test_assigning_by_email_to_a_person_of_the_holder_still_works(held_by_alpha, principals):
    world = held_by_alpha
    colleague = principals.user("user", "ALP")
    answer = assign(world["supervisor"], world["reference"], f" {colleague.email.upper()} ")
    assert answer.status_code == 200 and answer.json["assignee"] == colleague.email
    answer = assign(world["supervisor"], world["reference"], None)
    assert answer.status_code == 200 and answer.json["assignee"] is None


def test_the_portals_assign_form_answers_an_unknown_and_another_organisations_person_alike(
        held_by_alpha, client, principals):
    world = held_by_alpha
    principals.sign_in(client, world["supervisor"].user)
    missing = User.select().order_by(User.id.desc()).first().id + 1000
    answers = [client.post(f"/shipper/contacts/{world['reference']}/act",
                           data={"action": "assign", "assignee": str(user_id)})
               for user_id in (missing, world["beta"].id)]
    assert answers[0].status_code == answers[1].status_code == 422
    assert page_without(answers[0]) == page_without(answers[1])
    assert Organisation.by_code("BET").name not in page_without(answers[0])
