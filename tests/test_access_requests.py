"""Access Controls: asking for an account on the sign-in page, the LSO's decision, the
requester told by email; no account enumeration; limits; the CDSP's admin for an
organisation with no LSO."""
import email
import re
from pathlib import Path

import pytest

from core import access_requests
from core.models import AccessRequest, AuditEntry, User
from tests.support.confirm import confirmed

FORM = {"name": "Nia New", "email": "nia@alp.example.com", "organisation": "ALP",
        "services": ["contacts", "files"], "reason": "I joined the settlement team."}


def ask(client, tenant="shipper", **changes):
    return client.post(f"/{tenant}/request-access", data={**FORM, **changes})


def page(response):
    """The page's text without the anti-forgery tokens (signed with the time)."""
    return re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token"',
                  response.get_data(as_text=True))


def outbox(app):
    folder = Path(app.config["CMS_DATA_DIR"]) / "outbox"
    if not folder.is_dir():
        return []
    return [email.message_from_bytes(p.read_bytes()) for p in sorted(folder.glob("*.eml"))]


def otp_from(response):
    return response.get_data(as_text=True).split("<code>")[1].split("</code>")[0]


def test_the_sign_in_page_links_to_the_request_form(client):
    assert "/shipper/request-access" in client.get("/shipper/login").get_data(as_text=True)
    assert client.get("/shipper/request-access").status_code == 200


def test_a_request_is_approved_and_the_requester_signs_in_with_the_one_time_password(
        app, client, principals):
    principals.org("ALP")
    assert ask(client).status_code == 200
    request = AccessRequest.get()
    assert (request.status, request.kind, request.service_codes) == ("pending", "account",
                                                                    ["contacts", "files"])
    lso_client, _ = principals.client("lso", "ALP")
    assert "1 access request waiting" in lso_client.get("/shipper/users").get_data(as_text=True)
    listed = lso_client.get("/shipper/users/requests").get_data(as_text=True)
    assert "nia@alp.example.com" in listed
    answer = lso_client.post(f"/shipper/users/requests/{request.id}/approve",
                             data={"role": "user", "services": ["contacts", "files"]})
    assert answer.status_code == 200 and "User created" in answer.get_data(as_text=True)
    user = User.by_email("nia@alp.example.com")
    assert user.must_change_password and user.organisation.code == "ALP"
    from core import services
    assert services.held(user) == {"contacts", "files"}
    assert AccessRequest.get_by_id(request.id).status == "approved"
    requester = app.test_client()
    signed = requester.post("/shipper/login", data={"email": user.email,
                                                    "password": otp_from(answer)})
    assert signed.status_code == 302                    # signed in, to choose a password first
    assert requester.get("/shipper/").headers["Location"].endswith("/shipper/password")
    mails = outbox(app)
    assert [m["To"] for m in mails] == ["nia@alp.example.com"]
    assert "approved" in mails[0]["Subject"] and otp_from(answer) not in mails[0].get_payload()
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert "access.requested" in actions and "access.approved" in actions


def test_declining_asks_first_and_tells_the_requester_why(app, client, principals):
    principals.org("ALP")
    ask(client)
    request = AccessRequest.get()
    lso_client, _ = principals.client("lso", "ALP")
    url = f"/shipper/users/requests/{request.id}/decline"
    empty = lso_client.post(url, data={"reason": " "})
    assert empty.status_code == 422 and "Enter the reason" in empty.get_data(as_text=True)
    asked = lso_client.post(url, data={"reason": "Use the team's shared account."})
    assert asked.status_code == 200 and "Are you sure" in asked.get_data(as_text=True)
    assert AccessRequest.get_by_id(request.id).status == "pending"
    done = lso_client.post(url, data=confirmed(reason="Use the team's shared account."))
    assert done.status_code == 302
    assert AccessRequest.get_by_id(request.id).status == "declined"
    assert User.by_email(FORM["email"]) is None
    (mail,) = outbox(app)
    assert "declined" in mail["Subject"] and "shared account" in mail.get_payload()
    again = lso_client.post(url, data=confirmed(reason="Twice."))
    assert again.status_code == 302 and AccessRequest.get_by_id(request.id).decline_reason \
        == "Use the team's shared account."


def test_no_account_enumeration(app, principals):
    """An organisation that exists or not, of this portal or another, an address with an
    account or a request waiting: the same page and status, and only the first is kept."""
    principals.org("ALP")
    principals.org("NWG")
    taken = principals.user("user", "ALP", email="taken@alp.example.com")
    answers = [ask(app.test_client(), email=f"fresh{i}@alp.example.com", **changes)
               for i, changes in enumerate([{}, {"organisation": "ZZZ"}, {"organisation": "NWG"}])]
    answers.append(ask(app.test_client(), email=taken.email))
    answers.append(ask(app.test_client(), email="fresh0@alp.example.com"))   # waiting already
    assert {a.status_code for a in answers} == {200}
    assert len({page(a) for a in answers}) == 1
    assert [r.email for r in AccessRequest.select()] == ["fresh0@alp.example.com"]
    dropped = AuditEntry.select().where(AuditEntry.action == "access.request_dropped")
    assert sorted(e.detail["reason"] for e in dropped) == sorted([
        "no such organisation in this portal", "no such organisation in this portal",
        "the address already has an account", "a request from this address is already waiting"])
    assert all(e.org_id is None for e in dropped)      # the CDSP's to read, not an LSO's


def test_a_form_not_filled_in_is_refused_naming_the_fields(client):
    response = ask(client, name="", email="not an address", services=[], reason="")
    assert response.status_code == 422
    text = response.get_data(as_text=True)
    for message in ("Enter your full name", "Enter an email address like",
                    "Choose at least one service", "Enter why you need access"):
        assert message in text
    assert AccessRequest.select().count() == 0


def test_asking_is_rate_limited_the_same_whatever_the_address(app, monkeypatch, principals):
    principals.org("ALP")
    monkeypatch.setattr(access_requests, "REQUESTS_PER_ADDRESS_HOUR", 2)
    statuses = [ask(app.test_client(), email=f"p{i}@alp.example.com",
                    organisation="ALP" if i % 2 else "ZZZ").status_code for i in range(4)]
    assert statuses == [200, 200, 429, 429]


def test_an_lso_sees_and_decides_only_their_organisations_requests(app, principals):
    principals.org("ALP")
    principals.org("BET")
    ask(app.test_client())
    request = AccessRequest.get()
    beta, _ = principals.client("lso", "BET")
    assert "nia@alp.example.com" not in beta.get("/shipper/users/requests").get_data(as_text=True)
    assert beta.get(f"/shipper/users/requests/{request.id}").status_code == 404
    assert beta.post(f"/shipper/users/requests/{request.id}/approve",
                     data={"role": "user", "services": "contacts"}).status_code == 404
    assert AccessRequest.get_by_id(request.id).status == "pending"


def test_the_cdsps_admin_decides_for_an_organisation_with_no_lso(app, principals):
    principals.org("ALP")
    principals.org("BET")
    principals.user("lso", "BET")
    ask(app.test_client())                                        # ALP: no LSO
    ask(app.test_client(), email="ben@bet.example.com", organisation="BET")
    admin, _ = principals.client("admin")
    listed = admin.get("/cdsp/users/requests").get_data(as_text=True)
    assert "nia@alp.example.com" in listed and "ben@bet.example.com" not in listed
    alp = AccessRequest.get(AccessRequest.email == "nia@alp.example.com")
    answer = admin.post(f"/cdsp/users/requests/{alp.id}/approve",
                        data={"role": "lso", "services": ["contacts"]})
    assert answer.status_code == 200 and User.by_email("nia@alp.example.com").role_id == "lso"
    principals.user("lso", "ALP")
    ask(app.test_client(), email="second@alp.example.com")       # now ALP has an LSO
    assert "second@alp.example.com" not in admin.get("/cdsp/users/requests").get_data(as_text=True)


def test_a_user_asks_for_a_service_and_the_lso_gives_it(app, principals):
    from core import services
    client, user = principals.client("user", "ALP")
    lso_client, lso = principals.client("lso", "ALP")
    services.set_services(lso, user, ["contacts"])
    answer = client.post("/shipper/access", data={"services": ["reports"], "reason": "Monthly"})
    assert answer.status_code == 302
    again = client.post("/shipper/access", data={"services": ["api"], "reason": "Also"})
    assert again.status_code == 409                     # one request at a time
    request = AccessRequest.get()
    assert (request.kind, request.user_id, request.service_codes) == ("change", user.id, ["reports"])
    done = lso_client.post(f"/shipper/users/requests/{request.id}/approve",
                           data={"role": "user", "services": ["reports"]})
    assert done.status_code == 302
    assert services.held(User.get_by_id(user.id)) == {"contacts", "reports"}
    assert client.get("/shipper/reports").status_code == 200


@pytest.mark.parametrize("changes, message", [
    ({"services": [], "role": ""}, "Choose a service you do not have yet, or a role"),
    ({"services": ["reports"], "role": "admin"}, "Choose one of the roles listed"),
    ({"services": ["reports"], "reason": ""}, "Enter why you need it"),
])
def test_a_change_request_that_says_nothing_is_refused(principals, changes, message):
    client, _ = principals.client("user", "ALP")
    answer = client.post("/shipper/access", data={"reason": "Because", **changes})
    assert answer.status_code == 422 and message in answer.get_data(as_text=True)


def test_erasing_a_person_reaches_their_requests(app, principals, runner):
    client, _ = principals.client("user", "ALP", email="eve@alp.example.com", name="Eve Erased")
    client.post("/shipper/access", data={"role": "supervisor", "reason": "Cover for Eve Erased"})
    result = runner.invoke(args=["user", "erase", "eve@alp.example.com", "--yes"])
    assert result.exit_code == 0, result.output
    (request,) = AccessRequest.select()
    assert "eve" not in f"{request.email} {request.name} {request.reason}".lower()
