"""The route matrix: every route says who may reach it, and the app agrees.

Each route in ``app.url_map`` must be listed in ROUTES with the principals that may
use it; the test then calls every method of it as each of them, with the request in
REQUESTS that makes it succeed (a valid form, a file, a sign-in begun). A refused
principal must get a 401, 403, 404 or the sign-in page, and change nothing in the
database; an allowed one must really succeed: a 2xx, or a redirect that is neither the
sign-in page nor followed by an error message. Nobody ever gets a 5xx.
"""
import io
import itertools
from datetime import timedelta

import pyotp
import pytest

from core import apikeys, clock, maintenance, sandbox
from core.actors import SystemActor
from core.contacts import act, raise_contact
from core.db import db
from core.lso import create_user
from core.models import User
from tests.support.confirm import confirmed
from tests.support.principals import PASSWORD, TOTP_SECRET

PRINCIPALS = ("anonymous", "user_a", "lso_a", "user_b", "lso_b", "other_tenant", "agent", "admin")
EVERYONE = set(PRINCIPALS)
SHIPPERS = {"user_a", "lso_a", "user_b", "lso_b"}

# endpoint -> [(tenant in the URL, principals allowed[, {method: principals allowed}])]
ROUTES = {
    "static": [(None, EVERYONE)],
    "root.index": [(None, EVERYONE)],
    "root.health": [(None, EVERYONE)],
    "root.ready": [(None, EVERYONE)],
    "root.metrics": [(None, set())],   # closed (404) without CMS_METRICS_TOKEN; tests/operations
    "root.favicon": [(None, EVERYONE)],
    "home.theme": [("shipper", EVERYONE)],
    "auth.login": [("shipper", EVERYONE), ("cdsp", EVERYONE)],
    "home.home": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    # public: they act only on a sign-in begun with the right password in the same browser
    "auth.second_factor": [("shipper", EVERYONE)],
    "auth.enrol": [("shipper", EVERYONE)],
    "auth.manage_two_factor": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "auth.logout": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "auth.change_password": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "users.index": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "audit.index": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "audit.export": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "users.create": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    # the target user belongs to organisation A
    "users.edit": [("shipper", {"lso_a"}), ("cdsp", {"admin"})],
    "users.act": [("shipper", {"lso_a"}), ("cdsp", {"admin"})],
    "users.reset_password": [("shipper", {"lso_a"}), ("cdsp", {"admin"})],
    "users.reset_two_factor": [("shipper", {"lso_a"}), ("cdsp", {"admin"})],
    "admin.organisations": [("cdsp", {"admin"}), ("shipper", set())],
    "admin.create_organisation": [("cdsp", {"admin"}), ("shipper", set())],
    "admin.organisation": [("cdsp", {"admin"}), ("shipper", set())],
    "admin.appoint_lso": [("cdsp", {"admin"}), ("shipper", set())],
    "admin.switch_sandbox": [("cdsp", {"admin"}), ("shipper", set())],
    "admin.plugins": [("cdsp", {"admin"}), ("shipper", set())],
    "admin.group_view": [("cdsp", {"admin"}), ("shipper", set())],
    "apikeys.index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.guide": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.search_guides": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.send_feedback": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.feedback_report": [("cdsp", {"admin"}), ("shipper", set())],
    "guides.contact_us": [("shipper", EVERYONE), ("cdsp", EVERYONE)],
    "apikeys.revoke": [("shipper", {"lso_a"}), ("cdsp", {"admin"})],  # the key is user_a's
    # Access Controls: anyone asks for an account; the request in the URL is organisation
    # A's, which has an LSO (so the CDSP's admins do not decide it)
    "access.ask": [("shipper", EVERYONE), ("cdsp", EVERYONE)],
    "access.mine": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "access.pending": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "access.review": [("shipper", {"lso_a"}), ("cdsp", set())],
    "access.approve": [("shipper", {"lso_a"}), ("cdsp", set())],
    "access.decline": [("shipper", {"lso_a"}), ("cdsp", set())],
    # organisation A has a sandbox (core.sandbox), B none; the sandbox key is lso_a's
    "apikeys.sandbox_keys": [("shipper", {"lso_a"}), ("cdsp", set())],
    "apikeys.revoke_sandbox": [("shipper", {"lso_a"}), ("cdsp", {"admin"})],  # as any key
    # The REST API takes API keys, never session cookies: no signed-in browser gets in.
    # Who may use each endpoint with a key is tested in tests/api/test_isolation.py.
    "api-docs.openapi_json": [(None, EVERYONE)],
    "contact-types.list_types": [(None, set())],
    "contact-types.type_schema": [(None, set())],
    "contact-types.type_layout": [(None, set())],
    "contacts.index": [(None, set())],
    "contacts.create": [(None, set())],
    "contacts.read": [(None, set())],
    "contacts.action": [(None, set())],
    "contacts.message": [(None, set())],
    "contacts.upload": [(None, set())],
    "contacts.download": [(None, set())],
    "contacts.bulk_action": [(None, set())],
    "contacts.list_notes": [(None, set())],
    "contacts.create_note": [(None, set())],
    "links.index": [(None, set())],
    "links.create": [(None, set())],
    "links.delete": [(None, set())],
    "theft.read": [(None, set())],
    "theft.accept": [(None, set())],
    "theft.object_to": [(None, set())],
    "theft.decide": [(None, set())],
    "watchers.index": [(None, set())],
    "watchers.follow": [(None, set())],
    "watchers.stop": [(None, set())],
    "templates.index": [(None, set())],
    "templates.create": [(None, set())],
    "templates.read": [(None, set())],
    "templates.replace": [(None, set())],
    "templates.delete": [(None, set())],
    "templates.preview": [(None, set())],
    "escalation-rules.index": [(None, set())],
    "escalation-rules.create": [(None, set())],
    "escalation-rules.delete": [(None, set())],
    "views.index": [(None, set())],
    "views.create": [(None, set())],
    "views.read": [(None, set())],
    "views.delete": [(None, set())],
    "views.contacts": [(None, set())],
    "contact-templates.index": [(None, set())],
    "contact-templates.read": [(None, set())],
    "contact-templates.raise_from": [(None, set())],
    # Operations: the public status page, maintenance for CDSP admins, notifications,
    # webhooks (the LSO's own organisation), reports (a monthly report of organisation A).
    "status.page": [(None, EVERYONE)],
    "maintenance.admin": [("cdsp", {"admin"}), ("shipper", set())],
    "maintenance.cancel": [("cdsp", {"admin"}), ("shipper", set())],
    "maintenance.declare": [("cdsp", {"admin"}), ("shipper", set())],
    "maintenance.end": [("cdsp", {"admin"}), ("shipper", set())],
    "notifications.settings": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "webhooks.index": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "webhooks.delete": [("shipper", {"lso_a"}), ("cdsp", set())],  # the webhook is A's
    "webhooks.sandbox_index": [("shipper", {"lso_a"}), ("cdsp", set())],
    "reports.index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.chart": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.export": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.theft": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.theft_export": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.monthly_index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.publish": [("cdsp", {"admin"}), ("shipper", set())],
    "reports.monthly_report": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "reports.monthly_csv": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "reports.standards_index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.standards_csv": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.standards_chart": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.kpi": [("cdsp", {"agent", "admin"}), ("shipper", set())],
    "reports.recipients": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "reports.allowance": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.allowance_csv": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    # The reports on the API (keys only): the query allowance and the standards of service
    "query-allowance.index": [(None, set())],
    "query-allowance.organisation_month": [(None, set())],
    "standards-of-service.index": [(None, set())],
    # Batch files: the API (keys only) and the portal's Files pages (the file is A's)
    "batch-files.submit": [(None, set())],
    "batch-files.read": [(None, set())],
    "batch-files.response": [(None, set())],
    "batch-checks.check": [(None, set())],
    # Notifications on the API: each key's owner's own choices (keys only)
    "notification-preferences.read": [(None, set())],
    "notification-preferences.replace": [(None, set())],
    # the CDSP's staff send files too (a TOG's TRAS notice names its Shipper)
    "batch.index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "batch.detail": [("shipper", {"user_a", "lso_a"})],
    "batch.download_response": [("shipper", {"user_a", "lso_a"})],
    "batch.download_original": [("shipper", {"user_a", "lso_a"})],
    # The portal's contact pages (the contact and its attachment are organisation A's)
    "web.asset": [("shipper", EVERYONE)],
    "web.raise_start": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.raise_form": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.contact": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "web.take_action": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "web.attach": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "web.attachment": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    # a theft notice's answers and decision: the matrix's contact is no TRAS notice, so every
    # one is 404 (who may answer and decide: tests/contacts/test_theft_channels.py)
    "web.theft_accept": [("shipper", set()), ("cdsp", set())],
    "web.theft_object": [("shipper", set()), ("cdsp", set())],
    "web.theft_decide": [("shipper", set()), ("cdsp", set())],
    "web.queue_page": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.queue_bulk": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"agent", "admin"})],
    "web.all_queues": [("cdsp", {"agent", "admin"}), ("shipper", set())],
    "web.search": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.export": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.profile": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    # Saved views: the one in the URL is user_a's, shared with organisation A
    "web.views": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.save_search": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.view": [("shipper", {"user_a", "lso_a"})],
    "web.delete_saved_view": [("shipper", {"user_a"})],
    "web.bulk": [("shipper", {"user_a", "lso_a"})],
    "web.add_note": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "web.link": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "web.escalation": [("cdsp", {"admin"}), ("shipper", set())],
    "web.save_escalation": [("cdsp", {"admin"}), ("shipper", set())],
    "web.delete_escalation": [("cdsp", {"admin"}), ("shipper", set())],
    "web.follow": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    # Response templates: everyone lists their own; the template in the URL is A's, kept
    # by its LSO; a new one is saved by an LSO or a CDSP admin
    "web.response_templates": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.response_template": [("shipper", {"user_a", "lso_a"}), ("cdsp", set())],
    "web.save_response_template": [("shipper", {"lso_a"}), ("cdsp", set())],
    "web.delete_response_template": [("shipper", {"lso_a"}), ("cdsp", set())],
    "web.unlink": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    # Contact templates: everyone lists those they may raise from; an LSO (supervisor) or a
    # CDSP admin adds them; the one in the URL is A's, kept by its LSO
    "web.contact_templates": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.new_contact_template": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "web.create_contact_template": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"admin"})],
    "web.contact_template": [("shipper", {"lso_a"}), ("cdsp", set())],
    "web.update_contact_template": [("shipper", {"lso_a"}), ("cdsp", set())],
    "web.confirm_delete_contact_template": [("shipper", {"lso_a"}), ("cdsp", set())],
    "web.delete_contact_template_page": [("shipper", {"lso_a"}), ("cdsp", set())],
}


def url_values(world):
    """Values for URL variables: objects of organisation A."""
    return {"user_id": world["target"].id, "code": "ALP", "action": "unlock",
            "filename": "cms.css", "reference": world["contact"].reference,
            "attachment_id": world["attachment"].id, "key_id": world["key"].id, "slug": "faqs",
            "window_id": 999999, "outage_id": 999999, "name": "volumes", "organisation": "ALP",
            "view_id": saved_view_of(world["users"]["user_a"]).id,
            "type_code": "ENQ", "asset": "web.js", "other": world["contact"].reference,
            "file_id": batch_file_of(world["target"]).id,
            "rule_id": rule_of(world["users"]["admin"]).id,
            "template_id": template_of(world["users"]["lso_a"]).id,
            "contact_template_id": contact_template_of(world["users"]["lso_a"]).id,
            "request_id": access_request_of(world).id, **operations_values(world)}


def access_request_of(world=None):
    """A new account request for organisation A."""
    from core.models import AccessRequest, Organisation
    return AccessRequest.create(kind="account", organisation=Organisation.by_code("ALP"),
                                email=f"asks{next(_unique)}@alp.example.com", name="Asks",
                                services="contacts", reason="New starter")


def rule_of(admin):
    """An escalation rule (made once per test)."""
    from core.models import EscalationRule
    return EscalationRule.get_or_none() or EscalationRule.create(
        name="Matrix", trigger="breached", action="priority")


def template_of(lso):
    """A message template of organisation A (made once per test)."""
    from core.contacts import save_template, templates_for
    return next(iter(templates_for(lso)), None) or save_template(
        lso, {"name": "Chaser", "use": "message", "body": "Any news on {reference}?"})


def contact_template_of(lso):
    """A contact template of organisation A (made once per test)."""
    from core.contacts import managed_templates, save_contact_template
    return next(iter(managed_templates(lso)), None) or save_contact_template(
        lso, {"name": "Matrix", "contact_type": "ENQ", "values": {"summary": "Matrix"}})


def saved_view_of(user):
    """A view user_a saved and shares with organisation A (made once per test)."""
    from core.contacts import save_view, views_for
    return next(iter(views_for(user)), None) or save_view(user, "Open ENQs", {"contact_type": "ENQ"},
                                                          shared=True)


def batch_file_of(user):
    """A QMP of organisation A, processed, with its response."""
    from plugins.channels.batch import pipeline
    from plugins.channels.batch.intake import register
    from plugins.channels.batch.writers import write_qmp
    data = write_qmp("ALP", 1, [("M1", "ENQ", "", "Matrix", "data", "?")])
    return pipeline.process(register(user.organisation, data, "matrix.qmp", "portal", user).id)


def operations_values(world):
    """A webhook and a published monthly report of organisation A (made once per test)."""
    from plugins.reports.models import PublishedReport
    from plugins.webhooks.models import Webhook
    org = world["target"].organisation
    hook, _ = Webhook.get_or_create(organisation=org.id, url="https://example.com/hook",
                                    defaults={"events": "contact.raised", "secret": "s"})
    from plugins.reports.monthly import compute
    report, _ = PublishedReport.get_or_create(organisation=org.id, month="2026-01",
                                              defaults={"data": compute(org, "2026-01")})
    return {"webhook_id": hook.id, "report_id": report.id}


# The request that makes each (endpoint, method) succeed for an allowed principal. A
# builder gets (world, principal, client) and answers keyword arguments for
# client.open, plus optionally "values" overriding the URL's variables. Methods not
# listed are sent bare (a GET page, a POST button).
_unique = itertools.count(1)


def _org_of(principal):
    return {"user_b": "BET", "lso_b": "BET", "other_tenant": "NWG"}.get(principal, "ALP")


def _form(**data):
    return lambda world, principal, client: {"data": data}


def _file(name, content):
    return {"content_type": "multipart/form-data", "data": {"file": (io.BytesIO(content), name)}}


def _qmp(world, principal, client):
    from plugins.channels.batch.writers import write_qmp
    data = write_qmp(_org_of(principal), 100 + next(_unique),
                     [("M1", "ENQ", "", "Matrix", "data", "?")])
    return _file("upload.qmp", data)


def _new_user(world, principal, client):
    n = next(_unique)
    return {"data": {"email": f"new{n}@{_org_of(principal).lower()}.example.com", "name": "New",
                     "role": "user", "organisation": _org_of(principal)}}


def _begin_sign_in(enrolled):
    """Give the right password for an LSO in this client, leaving the second factor pending."""
    def begin(world, principal, client):
        org = world["target"].organisation
        user, _ = create_user(SystemActor("test"), f"pending{next(_unique)}@alp.example.com",
                              org, "lso", "Pending LSO", PASSWORD)
        if enrolled:
            User.update(totp_secret=User.totp_secret.seal(user.id, TOTP_SECRET)).where(User.id == user.id).execute()
        response = client.post("/shipper/login", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302, response.get_data(as_text=True)
        return user
    return begin


def _second_factor_get(world, principal, client):
    _begin_sign_in(enrolled=True)(world, principal, client)
    return {}


def _second_factor(world, principal, client):
    _begin_sign_in(enrolled=True)(world, principal, client)
    return {"data": {"code": pyotp.TOTP(TOTP_SECRET).now()}}


def _enrol_get(world, principal, client):
    _begin_sign_in(enrolled=False)(world, principal, client)
    return {}


def _enrol_post(world, principal, client):
    _begin_sign_in(enrolled=False)(world, principal, client)
    client.get("/shipper/login/enrol")  # shows the secret to scan
    with client.session_transaction() as session:
        secret = session["pending_sign_in"]["secret"]
    return {"data": {"code": pyotp.TOTP(secret).now()}}


def _login(world, principal, client):
    return {"data": {"email": world["target"].email, "password": PASSWORD}}


def _cdsp_login(world, principal, client):
    return {"data": {"email": world["staff"].email, "password": PASSWORD}}


def _window(world, principal, client):
    starts = clock.now() + timedelta(days=3)
    window = maintenance.schedule(SystemActor("test"), starts, starts + timedelta(hours=1), "Upgrade")
    return {"values": {"window_id": window.id}}


def _outage(world, principal, client):
    outage = maintenance.declare_outage(SystemActor("test"), "The batch intake is slow.")
    return {"values": {"outage_id": outage.id}}


def _raise(world, principal, client):
    data = {"mprn": "3938424403", "summary": "Matrix", "topic": "data", "question": "?"}
    if principal in ("agent", "admin"):
        data["to_org"] = "ALP"
    return {"data": data}


def _assign(world, principal, client):
    """Take a contact the principal's organisation holds: the CDSP raises one to a participant."""
    user = world["users"].get(principal, world["target"])
    contact = world["contact"]
    if principal not in ("agent", "admin", "anonymous"):
        contact = raise_contact(world["staff"], "ENQ", {"mprn": "3938424403", "summary": "To you",
                                                       "topic": "data", "question": "?"}, "web",
                                to_org=_org_of(principal))
    return {"data": confirmed(reference=contact.reference, operation=f"assign:{user.id}")}


def _plugin(world, principal, client):
    from core import tenancy
    return {"data": confirmed(tenant="shipper", plugin=tenancy.toggleable_plugins()[0], enabled="1")}


def _publish(world, principal, client):
    return {"data": confirmed(organisation="ALP", month="2026-02")}


def _another_contact(world):
    """Another contact of organisation A, for linking to the world's."""
    return raise_contact(world["target"], "ENQ", {"mprn": "3938424403", "summary": "Another",
                                                  "topic": "data", "question": "?"}, "web")


def _link(world, principal, client):
    return {"data": {"reference": _another_contact(world).reference, "kind": "related"}}


def _unlink(world, principal, client):
    from core.contacts import link_contacts
    other = _another_contact(world)
    link_contacts(world["staff"], world["contact"], other.reference)
    return {"values": {"other": other.reference}}


def _password(world, principal, client):
    return {"data": {"current_password": PASSWORD, "new_password": "a much longer secret 2",
                     "confirm_password": "a much longer secret 2"}}


REQUESTS = {
    ("auth.login", "POST"): _login,
    ("auth.login@cdsp", "POST"): _cdsp_login,
    ("auth.second_factor", "GET"): _second_factor_get,
    ("auth.second_factor", "POST"): _second_factor,
    ("auth.enrol", "GET"): _enrol_get,
    ("auth.enrol", "POST"): _enrol_post,
    ("auth.manage_two_factor", "POST"): _form(password=PASSWORD),
    ("auth.change_password", "POST"): _password,
    ("users.create", "POST"): _new_user,
    ("users.edit", "POST"): lambda w, p, c: {"data": {"email": w["target"].email,
                                                      "name": "Renamed", "role": "user"}},
    ("admin.create_organisation", "POST"): _form(code="NEW", tenant="shipper", name="New Gas"),
    ("admin.appoint_lso", "POST"): lambda w, p, c: {"data": {
        "email": f"lso{next(_unique)}@alp.example.com", "name": "New LSO"}},
    ("admin.plugins", "POST"): _plugin,
    ("admin.group_view", "POST"): _form(enabled="0"),   # ALP has no children here
    ("apikeys.index", "POST"): lambda w, p, c: {"data": {"password": PASSWORD,
                                                         "name": f"key {next(_unique)}"}},
    ("guides.send_feedback", "POST"): _form(helpful="yes", comment="Clear."),
    ("maintenance.admin", "POST"): lambda w, p, c: {"data": {
        "start_date": (clock.now() + timedelta(days=2)).strftime("%Y-%m-%d"), "start_time": "02:00",
        "end_date": (clock.now() + timedelta(days=2)).strftime("%Y-%m-%d"), "end_time": "03:00",
        "reason": "Upgrade"}},
    ("maintenance.cancel", "POST"): _window,
    ("maintenance.declare", "POST"): _form(message="The batch intake is slow."),
    ("maintenance.end", "POST"): _outage,
    ("reports.publish", "POST"): _publish,
    ("reports.standards_chart", "GET"): lambda w, p, c: {"values": {"name": "sectors"}},
    ("batch.index", "POST"): _qmp,
    ("web.raise_form", "POST"): _raise,
    ("web.take_action", "POST"): _form(action="message", text="Any news?"),
    ("web.attach", "POST"): lambda w, p, c: _file("more.pdf", b"%PDF-1.4\n%%EOF\n"),
    ("web.queue_bulk", "POST"): _assign,
    ("web.add_note", "POST"): _form(note="Check the reads first."),
    ("web.link", "POST"): _link,
    ("web.follow", "POST"): _form(follow="1"),
    ("web.save_escalation", "POST"): lambda w, p, c: {"data": {
        "name": f"Rule {next(_unique)}", "trigger": "breached", "action": "priority"}},
    ("web.save_response_template", "POST"): lambda w, p, c: {"data": {
        "name": f"Template {next(_unique)}", "use": "message", "body": "News on {reference}?"}},
    ("web.unlink", "POST"): _unlink,
    ("web.new_contact_template", "GET"): lambda w, p, c: {"query_string": {"type": "ENQ"}},
    ("web.create_contact_template", "POST"): lambda w, p, c: {"data": {
        "template_type": "ENQ", "template_name": f"Template {next(_unique)}", "topic": "data"}},
    ("web.update_contact_template", "POST"): lambda w, p, c: {"data": {
        "template_name": f"Template {next(_unique)}", "summary": "Matrix"}},
    ("web.bulk", "POST"): lambda w, p, c: {"data": confirmed(operation="message", text="Any news?",
                                                            reference=w["contact"].reference)},
    # what asks first (core.web.confirm_or) is posted as its confirmation page posts it
    ("users.reset_password", "POST"): _form(**confirmed()),
    ("users.reset_two_factor", "POST"): _form(**confirmed()),
    ("apikeys.revoke", "POST"): _form(**confirmed()),
    ("apikeys.sandbox_keys", "POST"): lambda w, p, c: {"data": {"password": PASSWORD,
                                                                "name": f"key {next(_unique)}"}},
    ("apikeys.revoke_sandbox", "POST"): lambda w, p, c: {
        "data": confirmed(), "values": {"key_id": w["sandbox_key"].id}},
    ("admin.switch_sandbox", "POST"): _form(on="1"),
    ("webhooks.sandbox_index", "POST"): lambda w, p, c: {"data": {
        "url": f"https://example.com/hook{next(_unique)}", "events": "contact.raised"}},
    ("web.save_search", "POST"): lambda w, p, c: {"data": {"view_name": f"View {next(_unique)}"},
                                                  "query_string": {"type": "ENQ"}},
    ("access.ask", "POST"): lambda w, p, c: {"data": {
        "name": "New Starter", "email": f"starter{next(_unique)}@alp.example.com",
        "organisation": "ALP", "services": "contacts", "reason": "I joined the team."}},
    ("access.mine", "POST"): lambda w, p, c: {"data": {
        "role": {"agent": "admin", "admin": "agent"}.get(p, "read_only"), "reason": "Cover."}},
    ("access.approve", "POST"): lambda w, p, c: {
        "data": {"role": "user", "services": "contacts"},
        "values": {"request_id": access_request_of().id}},
    ("access.decline", "POST"): lambda w, p, c: {
        "data": confirmed(reason="Not one of ours."),
        "values": {"request_id": access_request_of().id}},
    ("webhooks.index", "POST"): lambda w, p, c: {"data": {
        "url": f"https://example.com/hook{next(_unique)}", "events": "contact.raised"}},
}


def cases():
    for endpoint, entries in sorted(ROUTES.items()):
        for tenant, allowed, *by_method in entries:
            allowed = {method: allowed for method in ("GET", "POST", "PUT", "PATCH", "DELETE")} | dict(*by_method)
            yield pytest.param(endpoint, tenant, allowed, id=f"{endpoint}@{tenant or '-'}")


def test_every_route_is_listed(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    missing = sorted(endpoints - set(ROUTES))
    assert not missing, f"routes missing from the route matrix in tests/test_routes.py: {missing}"
    stale = sorted(set(ROUTES) - endpoints)
    assert not stale, f"the route matrix lists routes that no longer exist: {stale}"


def test_every_request_builder_is_for_a_real_method(app):
    methods = {(rule.endpoint, m) for rule in app.url_map.iter_rules() for m in rule.methods}
    stale = sorted((e, m) for e, m in REQUESTS if (e.partition("@")[0], m) not in methods)
    assert not stale, f"REQUESTS builds requests for methods no route has: {stale}"


def test_every_view_declares_its_access(app):
    undeclared = [endpoint for endpoint, view in app.view_functions.items()
                  if endpoint != "static" and not hasattr(view, "access")]
    assert not undeclared, f"views without @access(...): {undeclared}"


@pytest.fixture
def world(app, principals):
    principals.org("ALP")
    principals.org("BET")
    principals.org("NWG")
    clients, users = {"anonymous": app.test_client()}, {}
    for name, role, org in [("user_a", "user", "ALP"), ("lso_a", "lso", "ALP"),
                            ("user_b", "user", "BET"), ("lso_b", "lso", "BET"),
                            ("other_tenant", "lso", "NWG"), ("agent", "agent", None),
                            ("admin", "admin", None)]:
        clients[name], users[name] = principals.client(role, org or "ALP")
    target = principals.user("user", "ALP")
    staff = principals.user("agent")
    contact = raise_contact(target, "ENQ", {"mprn": "3938424403", "summary": "Matrix",
                                            "topic": "data", "question": "?"}, "web")
    attachment = act(target, contact, "attach", "web", filename="a.pdf",
                     content=b"%PDF-1.4\n%%EOF\n").attachments.get()
    key, _ = apikeys.create_key(target, target, "matrix")
    sandbox.switch(SystemActor("test"), principals.org("ALP"), True)
    sandbox_key, _ = apikeys.create_key(users["lso_a"], users["lso_a"], "sandbox", in_sandbox=True)
    return {"clients": clients, "users": users, "target": target, "staff": staff, "contact": contact,
            "attachment": attachment, "key": key, "sandbox_key": sandbox_key}


def refused(response):
    location = response.headers.get("Location", "")
    return response.status_code in (401, 403, 404) or (response.status_code == 302 and "/login?next=" in location)


def succeeded(response, client):
    """A 2xx, or a redirect that is not to the sign-in page and flashed no error."""
    if 200 <= response.status_code < 300:
        return True
    if response.status_code not in (301, 302, 303) or "/login?next=" in response.headers["Location"]:
        return False
    with client.session_transaction() as session:
        return not any(category == "error" for category, _ in session.get("_flashes", []))


def snapshot():
    """Every row of every table but the migration histories."""
    return {table: sorted(map(repr, db.execute_sql(f'SELECT * FROM "{table}"').fetchall()))
            for table in db.get_tables() if not table.startswith("schema_migration")}


def _url(app, endpoint, values):
    with app.test_request_context():
        from flask import url_for
        return url_for(endpoint, **values)


@pytest.mark.parametrize("endpoint, tenant, allowed", list(cases()))
def test_route_matrix(app, world, endpoint, tenant, allowed):
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    base = {k: v for k, v in url_values(world).items() if k in rule.arguments}
    missing = rule.arguments - set(base) - {"tenant"}
    assert not missing, f"add a value for {missing} to url_values()"
    if "tenant" in rule.arguments:
        base["tenant"] = tenant
    for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
        builder = (REQUESTS.get((f"{endpoint}@{tenant}", method))
                   or REQUESTS.get((endpoint, method), lambda w, p, c: {}))
        for principal in sorted(PRINCIPALS, key=lambda p: p in allowed[method]):  # refused first
            client = world["clients"][principal]
            kwargs = dict(builder(world, principal, client) or {})
            url = _url(app, endpoint, {**base, **kwargs.pop("values", {})})
            before = snapshot()
            response = client.open(url, method=method, **kwargs)
            assert response.status_code < 500, f"{principal}: {method} {url} answered {response.status_code}"
            if principal in allowed[method]:
                assert succeeded(response, client), (
                    f"{principal} should succeed at {method} {url}, got {response.status_code} "
                    f"{response.headers.get('Location', '')}")
            else:
                assert refused(response), f"{principal} must not reach {method} {url}, got {response.status_code}"
                assert snapshot() == before, f"{principal}'s refused {method} {url} changed something"
