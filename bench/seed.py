"""Fill a database with a realistic market, fast: bulk inserts in large chunks.

    python bench/seed.py --url sqlite:///instance/bench.sqlite3            # 1,000,000 contacts
    python bench/seed.py --url postgresql://postgres@127.0.0.1:5432/cms_bench --contacts 200000

6 participant tenants, 300 organisations, 10,000 users (all with the password printed
at the end), and contacts spread over three years, each with its parties and 1 to 4
events, in the statuses a mature service has (most closed, some open, some breached).
The database is migrated first; it should be empty of contacts (use a new one).
"""
import argparse
import datetime
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import create_app  # noqa: E402
from core import db as database  # noqa: E402
from core.cli import upgrade_database  # noqa: E402
from core.contacts.mprn import check_digits  # noqa: E402
from core.models import (Contact, ContactEvent, ContactParty, Organisation, ReferenceCounter,  # noqa: E402
                         Tenant, User, UserService)
from core.passwords import hash_password  # noqa: E402

PASSWORD = "bench market password 2026"
ORGS_PER_TENANT = {"shipper": 120, "gt": 8, "igt": 30, "mra": 40, "dmsp": 30, "uip": 72}
STATUSES = [("closed", 62), ("resolved", 8), ("rejected", 6), ("cancelled", 3), ("in_progress", 9),
            ("accepted", 4), ("awaiting_originator", 3), ("submitted", 5)]
CHUNK = 5000


def mprn(rng):
    body = str(rng.randint(10_000_000, 99_999_999))
    return body + check_digits(body)


def weighted(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def bulk_insert(model, rows):
    """One executemany of plain tuples: several times faster than building model rows."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(model._meta.fields[c].column_name for c in columns)
    marks = ", ".join([database.db.param] * len(columns))
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
    json_columns = {c for c in columns if c in ("fields", "data")}
    values = [tuple(json.dumps(r[c]) if c in json_columns else r[c] for c in columns) for r in rows]
    cursor = database.db.cursor()
    cursor.executemany(sql, values)


def seed_orgs_and_users(app, rng, n_users):
    cdsp = Organisation.by_code("CDSP")
    tenants = {t.code: t for t in Tenant.select()}
    rows = []
    for tenant, count in ORGS_PER_TENANT.items():
        for i in range(1, count + 1):
            rows.append({"code": f"{tenant[:2].upper()}{i:03d}", "name": f"{tenant.upper()} participant {i}",
                         "tenant": tenants[tenant].id, "is_active": True, "customer_advocate": "",
                         "created_at": datetime.datetime(2023, 1, 1)})
    with database.transaction():
        Organisation.insert_many(rows).execute()
    orgs = list(Organisation.select().where(Organisation.id != cdsp.id))
    password_hash = hash_password(PASSWORD)  # one hash, shared: hashing 10,000 would take minutes
    users, roles = [], ["lso", "supervisor", "user", "user", "user", "read_only"]
    for i in range(n_users):
        org = orgs[i % len(orgs)]
        role = "lso" if i < len(orgs) else rng.choice(roles[1:])
        users.append({"email": f"u{i}@{org.code.lower()}.bench.example.com", "name": f"User {i}",
                      "organisation": org.id, "role": role, "password_hash": password_hash,
                      "created_at": datetime.datetime(2023, 1, 1), "failed_logins": 0,
                      "must_change_password": False, "totp_last_step": 0})
    with database.transaction():
        for start in range(0, len(users), CHUNK):
            User.insert_many(users[start:start + CHUNK]).execute()
    for role in ("agent", "admin"):
        with database.transaction():
            User.insert(email=f"{role}@cdsp.bench.example.com", name=role, organisation=cdsp.id,
                        role=role, password_hash=password_hash, failed_logins=0,
                        must_change_password=False, totp_last_step=0).execute()
    grant_every_service()
    return cdsp, orgs


def grant_every_service():
    """Every user holds the four services, as one created without a choice does
    (core.services): the load runs ask the API, the portal and files of any of them."""
    from core.services import ALL
    user_service = UserService._meta.table_name
    with database.transaction():
        for code in ALL:
            database.db.execute_sql(
                f'INSERT INTO "{user_service}" ("user_id", "service", "granted_at") '
                f'SELECT "id", {database.db.param}, {database.db.param} FROM "{User._meta.table_name}" '
                f'WHERE "email" LIKE {database.db.param}',
                (code, datetime.datetime(2023, 1, 1), "%.bench.example.com"))


def seed_contacts(app, rng, cdsp, orgs, n, years):
    types_by_tenant = {}
    registry = app.extensions["cms"].contact_types
    for ctype in registry:
        for ptype in ctype.raised_by:
            types_by_tenant.setdefault(ptype, []).append(ctype)
    users_by_org = {}
    for row in User.select(User.id, User.organisation).tuples():
        users_by_org.setdefault(row[1], []).append(row[0])
    tenant_of = {o.id: o.tenant.code for o in Organisation.select(Organisation, Tenant).join(Tenant)}
    end = datetime.datetime(2026, 11, 27)
    span = years * 365 * 86400
    counters = {}
    next_id = (Contact.select(Contact.id).order_by(Contact.id.desc()).scalar() or 0) + 1
    contacts, parties, events = [], [], []
    started = time.perf_counter()

    def flush():
        with database.transaction():
            for table, rows in ((Contact, contacts), (ContactParty, parties), (ContactEvent, events)):
                bulk_insert(table, rows)
        contacts.clear(), parties.clear(), events.clear()

    for i in range(n):
        org = rng.choice(orgs)
        ctype = rng.choice(types_by_tenant.get(tenant_of[org.id]) or types_by_tenant["shipper"])
        raised = end - datetime.timedelta(seconds=int(span * (rng.random() ** 0.8)))
        prefix = f"{ctype.code}-{raised.year}"
        counters[prefix] = counters.get(prefix, 0) + 1
        status = weighted(rng, STATUSES)
        if raised > end - datetime.timedelta(days=20) and status in ("closed", "resolved"):
            status = "in_progress"
        days = ctype.service_level_days
        due = raised + datetime.timedelta(days=days * 7 // 5 + 1)
        took = datetime.timedelta(days=rng.uniform(0.5, days * 1.6))
        finished = raised + took if status in ("closed", "resolved", "rejected", "cancelled") else None
        holder = org.id if status in ("awaiting_originator",) else cdsp.id
        open_due = None if status in ("closed", "rejected", "cancelled") else due   # migration 0017
        contact_id = next_id + i
        user_ids = users_by_org.get(org.id) or [None]
        contacts.append({
            "id": contact_id, "reference": f"{prefix}-{counters[prefix]:06d}", "contact_type": ctype.code,
            "status": status, "originator_org": org.id, "originator_user": rng.choice(user_ids),
            "holder_org": holder, "recipient_org": cdsp.id, "mprn": mprn(rng),
            "originator_ref": f"B{contact_id}", "summary": f"{ctype.name} for meter point",
            "fields": {}, "channel": rng.choice(("web", "api", "batch", "batch")),
            "raised_at": raised, "updated_at": finished or raised, "due_at": due, "open_due_at": open_due,
            "paused_seconds": 0, "paused_days": 0, "sla_days": days,
            "breached_at": due if (finished or end) > due and status not in ("rejected", "cancelled") else None,
            "resolved_at": finished if status in ("closed", "resolved") else None,
            "closed_at": finished if status in ("closed", "rejected", "cancelled") else None,
            "rejection_code": "RJ01" if status == "rejected" else None, "ced": None,
            "assignee": None, "parent": None, "allocated_from_org": None, "paused_at": None,
            "rejection_text": "Dates are wrong." if status == "rejected" else None,
            "resolution_text": "Adjusted as requested." if status in ("closed", "resolved") else None,
            "outside_allowance": False, "version": 1,
        })
        parties.append({"contact": contact_id, "organisation": org.id, "role": "originator",
                        "added_at": raised, "raised_at": raised, "open_due_at": open_due,
                        "status": status, "contact_type": ctype.code})
        parties.append({"contact": contact_id, "organisation": cdsp.id, "role": "recipient",
                        "added_at": raised, "raised_at": raised, "open_due_at": open_due,
                        "status": status, "contact_type": ctype.code})
        events.append({"contact": contact_id, "at": raised, "actor_org": org.id, "channel": "web",
                       "kind": "raised", "from_status": None, "to_status": "submitted", "data": {}})
        if status != "submitted":
            events.append({"contact": contact_id, "at": raised + datetime.timedelta(hours=2),
                           "actor_org": cdsp.id, "channel": "web", "kind": "status",
                           "from_status": "submitted", "to_status": "accepted", "data": {}})
        if finished:
            events.append({"contact": contact_id, "at": finished, "actor_org": cdsp.id, "channel": "web",
                           "kind": "status", "from_status": "in_progress", "to_status": status, "data": {}})
        if len(contacts) >= CHUNK * 4:
            flush()
            done = i + 1
            rate = done / (time.perf_counter() - started)
            print(f"\r  {done:,} contacts ({rate:,.0f}/s)", end="", flush=True)
    flush()
    print()
    with database.transaction():
        for prefix, last in counters.items():
            (ReferenceCounter.insert(prefix=prefix, last=last)
             .on_conflict(conflict_target=[ReferenceCounter.prefix],
                          update={ReferenceCounter.last: last}).execute())
    if not database.is_sqlite():
        for table in ("contact", "contact_party", "contact_event"):
            database.db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                    f"(SELECT MAX(id) FROM {table}))")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("CMS_DATABASE_URL", "sqlite:///instance/bench.sqlite3"))
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    app = create_app({"CMS_DATABASE_URL": args.url})
    rng = random.Random(args.seed)
    with app.app_context():
        t0 = time.perf_counter()
        upgrade_database()
        if Contact.select().limit(1).exists() or Organisation.select().count() > 1:
            sys.exit("seed: the database already has data; seed a new, empty one")
        cdsp, orgs = seed_orgs_and_users(app, rng, args.users)
        t1 = time.perf_counter()
        print(f"{len(orgs)} organisations and {args.users:,} users in {t1 - t0:.1f} s")
        seed_contacts(app, rng, cdsp, orgs, args.contacts, args.years)
        t2 = time.perf_counter()
        database.db.execute_sql("ANALYZE")
        counts = {m.__name__: m.select().count() for m in (Contact, ContactParty, ContactEvent)}
        print(f"{counts} in {t2 - t1:.1f} s ({args.contacts / (t2 - t1):,.0f} contacts/s); "
              f"total {time.perf_counter() - t0:.1f} s")
        print(f"every user's password: {PASSWORD!r}; e.g. u{len(orgs)}@... (role user)")


if __name__ == "__main__":
    main()
