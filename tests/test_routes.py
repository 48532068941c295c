"""The route matrix: every route says who may reach it, and the app agrees.

Each route in ``app.url_map`` must be listed in ROUTES with the principals that may
use it; the test then calls it as each of them. A refused principal must get a 403,
a 404 or the sign-in page, and change nothing; an allowed one must get through.
"""
import pytest

from core import apikeys
from core.contacts import act, raise_contact
from core.models import AuditEntry, User

PRINCIPALS = ("anonymous", "user_a", "lso_a", "user_b", "lso_b", "other_tenant", "agent", "admin")
EVERYONE = set(PRINCIPALS)
SHIPPERS = {"user_a", "lso_a", "user_b", "lso_b"}

# endpoint -> [(tenant in the URL, principals allowed)]
ROUTES = {
    "static": [(None, EVERYONE)],
    "root.index": [(None, EVERYONE)],
    "root.health": [(None, EVERYONE)],
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
    "admin.plugins": [("cdsp", {"admin"}), ("shipper", set())],
    "apikeys.index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.guide": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.search_guides": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.send_feedback": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "guides.feedback_report": [("cdsp", {"admin"}), ("shipper", set())],
    "guides.contact_us": [("shipper", EVERYONE), ("cdsp", EVERYONE)],
    "apikeys.revoke": [("shipper", {"lso_a"}), ("cdsp", {"admin"})],  # the key is user_a's
    # The REST API takes API keys, never session cookies: no signed-in browser gets in.
    # Who may use each endpoint with a key is tested in tests/api/test_isolation.py.
    "api-docs.openapi_json": [(None, EVERYONE)],
    "contact-types.list_types": [(None, set())],
    "contacts.index": [(None, set())],
    "contacts.create": [(None, set())],
    "contacts.read": [(None, set())],
    "contacts.action": [(None, set())],
    "contacts.message": [(None, set())],
    "contacts.upload": [(None, set())],
    "contacts.download": [(None, set())],
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
    "reports.index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.chart": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.export": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.monthly_index": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "reports.publish": [("cdsp", {"admin"}), ("shipper", set())],
    "reports.monthly_report": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    "reports.monthly_csv": [("shipper", {"user_a", "lso_a"}), ("cdsp", {"agent", "admin"})],
    # Batch files: the API (keys only) and the portal's Files pages (the file is A's)
    "batch-files.submit": [(None, set())],
    "batch-files.read": [(None, set())],
    "batch-files.response": [(None, set())],
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
    "web.queue_page": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.queue_bulk": [("shipper", {"lso_a", "lso_b"}), ("cdsp", {"agent", "admin"})],
    "web.all_queues": [("cdsp", {"agent", "admin"}), ("shipper", set())],
    "web.search": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.export": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
    "web.profile": [("shipper", SHIPPERS), ("cdsp", {"agent", "admin"})],
}


def url_values(world):
    """Values for URL variables: objects of organisation A."""
    return {"user_id": world["target"].id, "code": "ALP", "action": "unlock",
            "filename": "cms.css", "reference": world["contact"].reference,
            "attachment_id": world["attachment"].id, "key_id": world["key"].id, "slug": "faqs",
            "window_id": 999999, "outage_id": 999999, "name": "volumes",
            "type_code": "ENQ", "asset": "web.js",
            "file_id": batch_file_of(world["target"]).id, **operations_values(world)}


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


def cases():
    for endpoint, entries in sorted(ROUTES.items()):
        for tenant, allowed in entries:
            yield pytest.param(endpoint, tenant, allowed, id=f"{endpoint}@{tenant or '-'}")


def test_every_route_is_listed(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    missing = sorted(endpoints - set(ROUTES))
    assert not missing, f"routes missing from the route matrix in tests/test_routes.py: {missing}"
    stale = sorted(set(ROUTES) - endpoints)
    assert not stale, f"the route matrix lists routes that no longer exist: {stale}"


def test_every_view_declares_its_access(app):
    undeclared = [endpoint for endpoint, view in app.view_functions.items()
                  if endpoint != "static" and not hasattr(view, "access")]
    assert not undeclared, f"views without @access(...): {undeclared}"


@pytest.fixture
def world(app, principals):
    principals.org("ALP")
    principals.org("BET")
    principals.org("NWG")
    clients = {"anonymous": app.test_client()}
    for name, role, org in [("user_a", "user", "ALP"), ("lso_a", "lso", "ALP"),
                            ("user_b", "user", "BET"), ("lso_b", "lso", "BET"),
                            ("other_tenant", "lso", "NWG"), ("agent", "agent", None),
                            ("admin", "admin", None)]:
        clients[name], _ = principals.client(role, org or "ALP")
    target = principals.user("user", "ALP")
    contact = raise_contact(target, "ENQ", {"mprn": "3938424403", "summary": "Matrix",
                                            "topic": "data", "question": "?"}, "web")
    attachment = act(target, contact, "attach", "web", filename="a.pdf",
                     content=b"%PDF-1.4\n%%EOF\n").attachments.get()
    key, _ = apikeys.create_key(target, target, "matrix")
    return {"clients": clients, "target": target, "contact": contact, "attachment": attachment,
            "key": key}


def refused(response):
    location = response.headers.get("Location", "")
    return response.status_code in (401, 403, 404) or (response.status_code == 302 and "/login?next=" in location)


def snapshot(target):
    user = User.get_by_id(target.id)
    audit = AuditEntry.select().where(~AuditEntry.action.startswith("login.")).count()
    return (user.email, user.status, user.password_hash, user.role_id, audit)


@pytest.mark.parametrize("endpoint, tenant, allowed", list(cases()))
def test_route_matrix(app, world, endpoint, tenant, allowed):
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    values = {k: v for k, v in url_values(world).items() if k in rule.arguments}
    missing = rule.arguments - set(values) - {"tenant"}
    assert not missing, f"add a value for {missing} to url_values()"
    if "tenant" in rule.arguments:
        values["tenant"] = tenant
    with app.test_request_context():
        from flask import url_for
        url = url_for(endpoint, **values)
    method = "GET" if "GET" in rule.methods else "POST"
    order = sorted(PRINCIPALS, key=lambda p: p in allowed)  # refused first, then allowed
    for principal in order:
        before = snapshot(world["target"])
        response = world["clients"][principal].open(url, method=method)
        if principal in allowed:
            assert not refused(response), f"{principal} should reach {method} {url}, got {response.status_code}"
        else:
            assert refused(response), f"{principal} must not reach {method} {url}, got {response.status_code}"
            assert snapshot(world["target"]) == before, f"{principal}'s refused {method} {url} changed something"
