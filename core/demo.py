"""Demo data: one organisation per participant tenant with an LSO, a supervisor and a user,
a second one per tenant (the Shipper's with a child, and the group view on, with a
supervisor who sees the group's contacts), a CDSP admin and agent, and a living
market (:mod:`core.demo_market`, and the plugins' ``demo_market`` parts). Loading twice
changes nothing."""
from flask import current_app

from core.demo_market import load_market, load_templates
from core.demo_theft import load_theft_notices
from core.lso import create_user
from core.actors import SystemActor
from core.db import transaction
from core.models import CDSP_ORG, AccessRequest, Organisation, User, UserService
from core.orgs import create_organisation, set_group_view

DEMO_PASSWORD = "demo gas contacts 2026"

SECOND_ORGS = (
    # code, tenant, name, parent
    ("BET", "shipper", "Beta Energy Supply Ltd", None),
    ("BTR", "shipper", "Beta Retail Ltd", "BET"),        # BET's LSO runs its child's users
    ("SWN", "gt", "Southwest Networks", None),
    ("FPL", "igt", "Fenland Pipelines Ltd", None),
    ("RDR", "mra", "Reliable Readers Ltd", None),
    ("DMT", "dmsp", "Datameter Ltd", None),
    ("UCX", "uip", "Utility Connections Extra", None),
)

GROUP_PARENT = "BET"   # a parent with the group view (core.contacts.group_view)

DEMO_ORGS = (
    # code, tenant, name
    ("ALP", "shipper", "Alpha Gas Shipping Ltd"),
    ("NWG", "gt", "Northway Gas Networks"),
    ("IPL", "igt", "Independent Pipelines Ltd"),
    ("MRC", "mra", "MeterRead Co"),
    ("DMS", "dmsp", "DailyMeter Services"),
    ("UCN", "uip", "Utility Connect"),
)


def _ensure_user(email, org, role, name):
    if User.by_email(email) is None:
        create_user(SystemActor("demo"), email, org, role, name, password=DEMO_PASSWORD)


DEMO_REQUESTS = (
    # organisation, email, name, services, reason: an account asked for on the sign-in page
    ("ALP", "new.starter@alp.example.com", "Sam Starter", "contacts,files",
     "I joined the settlement team on Monday and will raise and work RFAs."),
    ("NWG", "contractor@nwg.example.com", "Kit Contractor", "reports",
     "Three-month contract to review our service-level figures."),
)


def _load_access_requests():
    """Requests waiting for ALP's and NWG's LSOs (Manage, Access requests), and one user's
    request for more (the user of BET, Beta Energy, asks for the API)."""
    for code, email, name, services, reason in DEMO_REQUESTS:
        if not AccessRequest.select().where(AccessRequest.email == email).exists():
            AccessRequest.create(kind="account", organisation=Organisation.by_code(code),
                                 email=email, name=name, services=services, reason=reason)
    asker = User.by_email("user@bet.example.com")
    if not AccessRequest.select().where(AccessRequest.user == asker.id).exists():
        with transaction():
            UserService.delete().where((UserService.user == asker.id) &
                                       (UserService.service == "api")).execute()
            AccessRequest.create(kind="change", organisation=asker.organisation_id,
                                 user=asker.id, email=asker.email, name=asker.name,
                                 services="api", reason="Our billing system will raise ENQs.")


def load_demo():
    """Create what is missing; return the lines to print (the logins)."""
    installer = SystemActor("demo")
    lines = [f"Demo logins (password for all: {DEMO_PASSWORD!r}):"]
    cdsp = Organisation.by_code(CDSP_ORG)
    for role in ("admin", "agent"):
        email = f"{role}@cdsp.example.com"
        _ensure_user(email, cdsp, role, f"CDSP {role.title()}")
        lines.append(f"  /cdsp/login     {email:32} CDSP {role}")
    for code, tenant, name in DEMO_ORGS:
        org = Organisation.by_code(code) or create_organisation(
            installer, code, tenant, name,
            customer_advocate="Priya Shah, Customer Advocate (priya.shah@cdsp.example.com)")
        for role in ("lso", "supervisor", "user"):
            email = f"{role}@{code.lower()}.example.com"
            _ensure_user(email, org, role, f"{name} {role}")
            lines.append(f"  /{tenant}/login{' ' * (9 - len(tenant))}{email:32} {code} {role}")
    for code, tenant, name, parent in SECOND_ORGS:
        org = Organisation.by_code(code) or create_organisation(installer, code, tenant, name,
                                                                 parent_code=parent)
        for role in ("lso", "user"):
            _ensure_user(f"{role}@{code.lower()}.example.com", org, role, f"{name} {role}")
    group = Organisation.by_code(GROUP_PARENT)      # its supervisor sees its children's too
    _ensure_user(f"supervisor@{GROUP_PARENT.lower()}.example.com", group, "supervisor",
                 f"{group.name} supervisor")
    set_group_view(User.by_email("admin@cdsp.example.com"), group, True)   # once: then no-op
    lines.append("  and a second organisation per portal with an LSO and a user each ("
                 + ", ".join(f"{role}@{code.lower()}.example.com" for code, *_ in SECOND_ORGS[:1]
                             for role in ("lso", "user"))
                 + ", and so on for " + ", ".join(code for code, *_ in SECOND_ORGS[1:])
                 + "); BTR is BET's child, and BET has the group view: "
                 + f"supervisor@{GROUP_PARENT.lower()}.example.com sees and works BTR's contacts")
    people = {"admin": User.by_email("admin@cdsp.example.com"),
              "agent": User.by_email("agent@cdsp.example.com")}
    people.update({code: User.by_email(f"user@{code.lower()}.example.com")
                   for code, *_ in DEMO_ORGS + SECOND_ORGS})
    _load_access_requests()
    raised = load_market({k: v for k, v in people.items() if k != "admin"})
    load_templates(people)
    load_theft_notices(people)
    current_app.extensions["cms"].pm.hook.demo_market(people=people)
    lines.append(f"The market: {raised} contacts of every type and status, raised and worked "
                 "over the last six weeks, two files and last month's reports.")
    lines.append("Access requests wait for lso@alp.example.com, lso@bet.example.com and "
                 "lso@nwg.example.com "
                 "(Manage, Access requests).")
    lines += ["LSOs and CDSP staff set up a second factor when they first sign in: scan the code",
              "the page shows with an authenticator app (any TOTP app, e.g. Aegis, Google or",
              "Microsoft Authenticator) and keep the recovery codes it gives. Users and supervisors",
              "sign in with the password alone."]
    return lines
