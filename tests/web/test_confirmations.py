"""Destructive and wide-reaching portal actions ask first (core.web.confirm_or): the button
leads to a page that asks "Are you sure you want to ...?", names who or what is affected and
says what will happen; only its own button (``confirmed=yes``) acts, then the page returned
to says so in a banner. A POST without the confirmation changes nothing at all."""
import re

import pytest

from core import apikeys
from core.db import db
from core.models import ApiKey, AuditEntry, Contact, TenantPlugin, User
from core.tenancy import plugin_enabled
from tests.support.confirm import confirmed
from tests.support.principals import TOTP_SECRET
from tests.web.conftest import text

MARKUP = re.compile(r"<[^>]+>")


def words(response):
    """The page's text without its markup, spaces run together."""
    return " ".join(MARKUP.sub(" ", text(response)).replace("&#39;", "'").split())


def snapshot():
    """Every row of every table but the migration histories."""
    return {table: sorted(map(repr, db.execute_sql(f'SELECT * FROM "{table}"').fetchall()))
            for table in db.get_tables() if not table.startswith("schema_migration")}


@pytest.fixture
def ann(principals):
    """A user of organisation A with a second factor, an API key and a session of her own."""
    user = principals.user("user", "ALP", name="Ann Archer", email="ann@alp.example.com")
    User.update(totp_secret=User.totp_secret.seal(user.id, TOTP_SECRET)).where(
        User.id == user.id).execute()
    key, token = apikeys.create_key(user, user, "Billing system")
    client = principals.sign_in(principals.app.test_client(), user)
    return {"user": user, "key": key, "token": token, "client": client}


def signed_in(client):
    return client.get("/shipper/").status_code == 200


def key_works(app, token):
    return app.test_client().get("/api/v1/contacts", headers={
        "Authorization": f"Bearer {token}"}).status_code == 200


# Each action that asks first: (who asks, the POST, what its confirmation page must say)
def _held(principals, n=2):
    from core.contacts import raise_contact
    principals.org("ALP")
    agent = principals.user("agent")
    return [raise_contact(agent, "ENQ", {"summary": f"Held {i}", "topic": "data",
                                         "question": "?"}, "web", to_org="ALP")
            for i in range(n)]


def cases(principals, ann):
    from core.contacts import save_view
    held = _held(principals)
    agent = principals.user("agent", name="Agent Avery")
    supervisor = principals.user("supervisor", "ALP", name="Sue Supervisor")
    view = save_view(agent, "Everything", {"contact_type": "ENQ"})
    user = ann["user"]
    refs = [c.reference for c in held]
    return {
        "delete": ("lso", f"/shipper/users/{user.id}/delete", {},
                   ["Are you sure you want to delete Ann Archer?", "ann@alp.example.com",
                    "You cannot undo this", "Disable instead", "Delete user"]),
        "disable": ("lso", f"/shipper/users/{user.id}/disable", {},
                    ["Are you sure you want to disable Ann Archer's account?",
                     "ann@alp.example.com", "signed out everywhere", "Disable account"]),
        "reset password": ("lso", f"/shipper/users/{user.id}/reset-password", {},
                           ["Are you sure you want to reset Ann Archer's password?",
                            "one-time password", "Reset password"]),
        "reset second factor": ("lso", f"/shipper/users/{user.id}/reset-two-factor", {},
                                ["Are you sure you want to reset Ann Archer's second factor?",
                                 "recovery codes", "Reset second factor"]),
        "revoke key": ("lso", f"/shipper/api-keys/{ann['key'].id}/revoke", {},
                       ["Are you sure you want to revoke the key Billing system?",
                        f"cms_{ann['key'].prefix}_", "Ann Archer (ann@alp.example.com)",
                        "You cannot undo this", "Revoke key"]),
        "plugin off": ("admin", "/cdsp/admin/plugins",
                       {"tenant": "shipper", "plugin": "reports", "enabled": "0"},
                       ["Are you sure you want to turn", "off for Shipper portal?",
                        "The reports plugin", "Alpha Gas Shipping (ALP)", "Turn reports off"]),
        "publish report": ("admin", "/cdsp/reports/monthly",
                           {"organisation": "ALP", "month": "2026-01"},
                           ["Are you sure you want to publish the January 2026 report to Alpha "
                            "Gas Shipping?", "You cannot withdraw a published report",
                            "Publish report"]),
        "queue bulk": (supervisor, "/shipper/queue",
                       {"reference": refs, "operation": f"assign:{supervisor.id}"},
                       ["Are you sure you want to assign 2 contacts to Sue Supervisor?",
                        *refs, "Held 0", "Assign to Sue Supervisor"]),
        "view bulk": (agent, f"/cdsp/views/{view.id}/bulk",
                      {"reference": refs, "operation": "reject", "code": "REJ004",
                       "text": "Raise it as another type."},
                      ["Are you sure you want to reject 2 contacts?", *refs,
                       "Raise it as another type.", "You cannot undo this", "Reject"]),
    }


ACTIONS = ["delete", "disable", "reset password", "reset second factor", "revoke key",
           "plugin off", "publish report", "queue bulk", "view bulk"]


def _client(principals, who):
    if isinstance(who, str):
        return principals.client(who, "ALP")[0]
    return principals.sign_in(principals.app.test_client(), who)


@pytest.mark.parametrize("action", ACTIONS)
def test_nothing_happens_without_the_confirmation(app, principals, ann, action):
    who, url, data, says = cases(principals, ann)[action]
    client = _client(principals, who)
    before = snapshot()
    for sent in (data, {**data, "confirmed": "no"}, {**data, "confirmed": ""}):
        page = client.post(url, data=sent)
        assert page.status_code == 200, action
        shown = words(page)
        for phrase in says:
            assert phrase in shown, f"{action}: {phrase!r} not on the confirmation page"
        # the page's own button posts the same form back, confirmed, with a Cancel link beside
        assert 'name="confirmed" value="yes"' in text(page)
        assert re.search(r'<a href="/[^"]+">Cancel</a>', text(page))
    assert snapshot() == before, f"{action} changed something without the confirmation"
    # and in the terms of each action: the person, the key, the plugin, the contacts as they were
    user = User.get_by_id(ann["user"].id)
    assert user.is_active and user.deleted_at is None and user.totp_secret is not None
    assert signed_in(ann["client"]) and key_works(app, ann["token"])
    assert principals.sign_in(app.test_client(), user)   # the password still works
    assert plugin_enabled("shipper", "reports") and TenantPlugin.select().count() == 0
    assert not AuditEntry.select().where(AuditEntry.action.in_([
        "user.deleted", "user.disabled", "user.password_reset", "user.two_factor_reset",
        "apikey.revoked", "plugin.disabled", "report.published"])).exists()
    assert {(c.assignee_id, c.status, c.holder_org.code) for c in Contact.select()} == {
        (None, "submitted", "ALP")}


def test_confirmed_delete_deletes_and_says_so(app, principals, ann):
    client, _ = principals.client("lso", "ALP")
    done = client.post(f"/shipper/users/{ann['user'].id}/delete", data=confirmed())
    assert done.status_code == 302 and done.headers["Location"].endswith("/shipper/users")
    assert User.get_by_id(ann["user"].id).deleted_at is not None
    assert not signed_in(ann["client"]) and not key_works(app, ann["token"])
    banner = re.search(r'<div class="notification-banner notification-banner--success" role="alert"'
                       r'[^>]*><h2 [^>]*>Success</h2><p class="notification-banner__heading">([^<]*)</p>',
                       text(client.get(done.headers["Location"])))
    assert banner and banner.group(1) == "The user is deleted."


def test_delete_offers_disable_instead(app, principals, ann):
    client, _ = principals.client("lso", "ALP")
    page = text(client.post(f"/shipper/users/{ann['user'].id}/delete"))
    button = re.search(r'<button class="button button--secondary" type="submit" '
                       r'formaction="([^"]+)">Disable instead</button>', page)
    assert button and button.group(1) == f"/shipper/users/{ann['user'].id}/disable"
    done = client.post(button.group(1), data=confirmed())   # the same form, sent there
    user = User.get_by_id(ann["user"].id)
    assert user.disabled_at is not None and user.deleted_at is None
    assert "The user is disabled and signed out." in text(client.get(done.headers["Location"]))
    # a disabled user's delete page offers nothing gentler
    assert "Disable instead" not in text(client.post(f"/shipper/users/{user.id}/delete"))


def test_confirmed_resets_and_revocation_act(app, principals, ann):
    client, _ = principals.client("lso", "ALP")
    user_id = ann["user"].id
    issued = client.post(f"/shipper/users/{user_id}/reset-password", data=confirmed())
    assert issued.status_code == 200 and "One-time password" in text(issued)
    assert User.get_by_id(user_id).must_change_password and not signed_in(ann["client"])
    done = client.post(f"/shipper/users/{user_id}/reset-two-factor", data=confirmed())
    assert User.get_by_id(user_id).totp_secret is None
    assert "second factor is cleared" in text(client.get(done.headers["Location"]))
    done = client.post(f"/shipper/api-keys/{ann['key'].id}/revoke", data=confirmed())
    assert ApiKey.get_by_id(ann["key"].id).revoked_at is not None
    assert not key_works(app, ann["token"])
    assert "is revoked: it no longer works" in text(client.get(done.headers["Location"]))


def test_turning_a_plugin_on_does_not_ask_but_off_does(app, principals):
    from flask import g
    client, _ = principals.client("admin")
    off = {"tenant": "shipper", "plugin": "reports", "enabled": "0"}
    assert client.post("/cdsp/admin/plugins", data=off).status_code == 200   # asks
    done = client.post("/cdsp/admin/plugins", data=confirmed(off))
    g.pop("_enabled_plugins", None)
    assert done.status_code == 302 and not plugin_enabled("shipper", "reports")
    assert "reports is now disabled for Shipper portal (shipper)." in text(
        client.get(done.headers["Location"]))
    done = client.post("/cdsp/admin/plugins", data={**off, "enabled": "1"})   # no question
    g.pop("_enabled_plugins", None)
    assert done.status_code == 302 and plugin_enabled("shipper", "reports")


def test_publishing_asks_after_checking_the_form_and_names_a_report_it_replaces(app, principals):
    principals.org("ALP")
    client, _ = principals.client("admin")
    refused = client.post("/cdsp/reports/monthly", data={"organisation": "ALP", "month": "01/2026"})
    assert refused.status_code == 302   # a bad month is refused at once, not asked about
    assert "YYYY-MM" in text(client.get(refused.headers["Location"]))
    done = client.post("/cdsp/reports/monthly", data=confirmed(organisation="ALP", month="2026-01"))
    assert done.status_code == 302 and "/reports/monthly/" in done.headers["Location"]
    assert "The 2026-01 report is published to Alpha Gas Shipping (ALP)." in text(
        client.get(done.headers["Location"]))
    again = words(client.post("/cdsp/reports/monthly", data={"organisation": "alp",
                                                             "month": "2026-01"}))
    assert "It replaces the January 2026 report published on" in again


def test_a_transfer_warns_and_names_where_the_contacts_go(app, principals):
    held = _held(principals, 1)
    principals.org("ALK")
    client, _ = principals.client("supervisor", "ALP")
    page = words(client.post("/shipper/queue", data={"reference": held[0].reference,
                                                     "operation": "transfer:ALK"}))
    assert "Are you sure you want to transfer 1 contact to Alpha Gas Kids (child of ALP) (ALK)?" in page
    assert "Warning To bring them back" in page
    assert Contact.get_by_id(held[0].id).holder_org.code == "ALP"


def test_bulk_confirmation_names_only_contacts_the_actor_may_see(app, principals, raised):
    held = _held(principals, 1)
    theirs = raised(principals.user("user", "BET"), summary="Beta's secret")
    client, supervisor = principals.client("supervisor", "ALP")
    page = words(client.post("/shipper/queue", data={
        "reference": [held[0].reference, theirs.reference], "operation": "unassign"}))
    assert "Held 0" in page and "Beta's secret" not in page
    assert f"{theirs.reference} Not found, or not visible to you" in page


def test_the_confirmation_page_carries_its_csrf_token(app, principals, ann):
    client, lso = principals.client("lso", "ALP")
    app.config["WTF_CSRF_ENABLED"] = True   # from now on, as in production
    edit = text(client.get(f"/shipper/users/{ann['user'].id}"))
    token = re.search(r'name="csrf_token" value="([^"]+)"', edit).group(1)
    page = text(client.post(f"/shipper/users/{ann['user'].id}/delete", data={"csrf_token": token}))
    form = re.search(r'<form method="post" action="([^"]+)" novalidate>(.*?)</form>', page, re.S)
    assert form.group(1) == f"/shipper/users/{ann['user'].id}/delete"
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', form.group(2)))
    assert set(fields) == {"csrf_token", "confirmed"} and fields["confirmed"] == "yes"
    forged = client.post(form.group(1), data={"confirmed": "yes"})   # confirmed, but no token
    assert forged.status_code == 400 and User.get_by_id(ann["user"].id).deleted_at is None
    assert client.post(form.group(1), data=fields).status_code == 302
    assert User.get_by_id(ann["user"].id).deleted_at is not None


def test_refused_people_are_not_asked(app, principals, ann):
    """The confirmation page comes after the permission checks: nobody learns of a user or
    key they may not touch, and a role that may not act gets no page asking it to."""
    other_lso, _ = principals.client("lso", "BET")
    colleague, _ = principals.client("user", "ALP")
    assert other_lso.post(f"/shipper/users/{ann['user'].id}/delete").status_code == 404
    assert colleague.post(f"/shipper/users/{ann['user'].id}/delete").status_code == 403
    assert other_lso.post(f"/shipper/api-keys/{ann['key'].id}/revoke").status_code == 404
    assert colleague.post("/shipper/reports/monthly", data={"organisation": "ALP",
                                                            "month": "2026-01"}).status_code == 404
    assert User.get_by_id(ann["user"].id).is_active
