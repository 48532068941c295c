"""Demo data: one organisation per participant tenant with an LSO, a supervisor and a user,
plus a CDSP admin and agent. Loading twice changes nothing."""
from core.lso import create_user
from core.actors import SystemActor
from core.models import CDSP_ORG, Organisation, User
from core.orgs import create_organisation

DEMO_PASSWORD = "demo gas contacts 2026"

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
    lines += ["LSOs and CDSP staff set up a second factor when they first sign in: scan the code",
              "the page shows with an authenticator app (any TOTP app, e.g. Aegis, Google or",
              "Microsoft Authenticator) and keep the recovery codes it gives. Users and supervisors",
              "sign in with the password alone."]
    return lines
