"""Fill a database with a realistic market, fast: COPY on PostgreSQL, executemany on SQLite.

    python bench/seed.py --url sqlite:///instance/bench.sqlite3            # 1,000,000 contacts
    python bench/seed.py --url postgresql://postgres@127.0.0.1:5432/cms_bench --contacts 10000000

6 participant tenants, 300 organisations, 10,000 users (all with the password printed
at the end), and contacts spread over three years, each with its parties and 1 to 4
events, in the statuses a mature service has (most closed, some open, some breached).
The database is migrated first; it should be empty of contacts (use a new one).

On PostgreSQL the contact tables' secondary indexes are dropped first (their definitions
read from ``pg_indexes``); ``--parts`` processes make the rows as they send them (nothing
holds every row), each streaming into three COPYs at once, one connection per table; then
the same indexes are built again, three at a time, checked against ``pg_indexes``, and
``VACUUM ANALYZE`` ends it. Foreign keys are not checked row by row during the load
(``session_replication_role``): the rows are made consistent. The run first times a raw
COPY of ready-made contact rows, the baseline its own rate is compared with.
"""
import argparse
import contextlib
import datetime
import itertools
import os
import queue
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import create_app
from core import db as database
from core.cli import upgrade_database
from core.contacts.mprn import check_digits
from core.models import (
    Contact,
    ContactEvent,
    ContactParty,
    Organisation,
    ReferenceCounter,
    Tenant,
    User,
    UserService,
)
from core.passwords import hash_password
from core.services import ALL as SERVICE_CODES

PASSWORD = "bench market password 2026"
ORGS_PER_TENANT = {"shipper": 120, "gt": 8, "igt": 30, "mra": 40, "dmsp": 30, "uip": 72}
STATUSES = [("closed", 62), ("resolved", 8), ("rejected", 6), ("cancelled", 3), ("in_progress", 9),
            ("accepted", 4), ("awaiting_originator", 3), ("submitted", 5)]
CHUNK = 5000
TABLES = ("contact", "contact_party", "contact_event")
CONTACT_COLUMNS = ("id", "reference", "contact_type", "status", "originator_org_id", "originator_user_id",
                   "holder_org_id", "recipient_org_id", "mprn", "originator_ref", "summary", "fields",
                   "channel", "raised_at", "updated_at", "due_at", "open_due_at", "paused_seconds",
                   "paused_days", "sla_days", "breached_at", "resolved_at", "closed_at",
                   "rejection_code", "rejection_text", "resolution_text", "outside_allowance", "version")
PARTY_COLUMNS = ("contact_id", "organisation_id", "role", "added_at", "raised_at", "open_due_at",
                 "status", "contact_type")
EVENT_COLUMNS = ("contact_id", "at", "actor_org_id", "channel", "kind", "from_status", "to_status",
                 "data")
COLUMNS = dict(zip(TABLES, (CONTACT_COLUMNS, PARTY_COLUMNS, EVENT_COLUMNS)))
FINISHED = ("closed", "resolved", "rejected", "cancelled")


def mprn(rng):
    body = str(rng.randint(10_000_000, 99_999_999))
    return body + check_digits(body)


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
    # every user holds every service, as one created without a choice does (core.services)
    services = [{"user": user_id, "service": code, "granted_at": datetime.datetime(2023, 1, 1)}
                for (user_id,) in User.select(User.id).tuples() for code in SERVICE_CODES]
    with database.transaction():
        for start in range(0, len(services), CHUNK):
            UserService.insert_many(services[start:start + CHUNK]).execute()
    return cdsp, orgs


def plan(app, cdsp, orgs):
    """What each organisation raises and who may raise it, as plain data (looked up once,
    and handed to the loading processes)."""
    registry = app.extensions["cms"].contact_types
    types_by_tenant = {}
    for ctype in registry:
        for ptype in ctype.raised_by:
            types_by_tenant.setdefault(ptype, []).append(
                (ctype.code, f"{ctype.name} for meter point", ctype.service_level_days))
    users_by_org = {}
    for row in User.select(User.id, User.organisation).tuples():
        users_by_org.setdefault(row[1], []).append(row[0])
    tenant_of = {o.id: o.tenant.code for o in Organisation.select(Organisation, Tenant).join(Tenant)}
    return cdsp.id, [(o.id, types_by_tenant.get(tenant_of[o.id]) or types_by_tenant["shipper"],
                      users_by_org.get(o.id) or [None]) for o in orgs]


def market(plan, rng, ids, years, counters, part=0, parts=1):
    """Yield ``(contact, parties, events)`` row tuples (COLUMNS' order) for the contacts
    ``ids``, one at a time. Of ``parts`` makers, this one numbers references part+1,
    part+1+parts, ... per prefix; ``counters`` ends with each prefix's last number."""
    cdsp_id, per_org = plan
    statuses = [s for s, _ in STATUSES]
    cum_weights = list(itertools.accumulate(w for _, w in STATUSES))
    end = datetime.datetime(2026, 11, 27)
    recent = end - datetime.timedelta(days=20)
    span = years * 365 * 86400
    two_hours = datetime.timedelta(hours=2)
    channels = ("web", "api", "batch", "batch")
    random_, choice, choices, uniform = rng.random, rng.choice, rng.choices, rng.uniform
    timedelta = datetime.timedelta
    seen = {}
    for contact_id in ids:
        org_id, types, user_ids = choice(per_org)
        code, summary, days = choice(types)
        raised = end - timedelta(seconds=int(span * (random_() ** 0.8)))
        prefix = f"{code}-{raised.year}"
        seen[prefix] = seen.get(prefix, 0) + 1
        number = counters[prefix] = (seen[prefix] - 1) * parts + part + 1
        status = choices(statuses, cum_weights=cum_weights)[0]
        if raised > recent and status in ("closed", "resolved"):
            status = "in_progress"
        due = raised + timedelta(days=days * 7 // 5 + 1)
        finished = raised + timedelta(days=uniform(0.5, days * 1.6)) if status in FINISHED else None
        holder = org_id if status == "awaiting_originator" else cdsp_id
        open_due = None if status in ("closed", "rejected", "cancelled") else due   # migration 0017
        resolved = status in ("closed", "resolved")
        contact = (contact_id, f"{prefix}-{number:06d}", code, status, org_id, choice(user_ids),
                   holder, cdsp_id, mprn(rng), f"B{contact_id}", summary, "{}",
                   choice(channels), raised, finished or raised, due, open_due, 0, 0, days,
                   due if (finished or end) > due and status not in ("rejected", "cancelled") else None,
                   finished if resolved else None,
                   finished if status in ("closed", "rejected", "cancelled") else None,
                   "RJ01" if status == "rejected" else None,
                   "Dates are wrong." if status == "rejected" else None,
                   "Adjusted as requested." if resolved else None, False, 1)
        parties = ((contact_id, org_id, "originator", raised, raised, open_due, status, code),
                   (contact_id, cdsp_id, "recipient", raised, raised, open_due, status, code))
        events = [(contact_id, raised, org_id, "web", "raised", None, "submitted", "{}")]
        if status != "submitted":
            events.append((contact_id, raised + two_hours, cdsp_id, "web", "status", "submitted",
                           "accepted", "{}"))
        if finished:
            events.append((contact_id, finished, cdsp_id, "web", "status", "in_progress", status, "{}"))
        yield contact, parties, events


def sql_insert(table, columns):
    marks = ", ".join([database.db.param] * len(columns))
    return f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})'


def load_sqlite(rows, progress):
    """executemany in transactions of CHUNK * 4 contacts."""
    chunk = {t: [] for t in TABLES}
    sql = {t: sql_insert(t, COLUMNS[t]) for t in TABLES}

    def flush():
        with database.transaction():
            cursor = database.db.cursor()
            for table in TABLES:
                cursor.executemany(sql[table], chunk[table])
                chunk[table].clear()

    for done, (contact, parties, events) in enumerate(rows, 1):
        chunk["contact"].append(contact)
        chunk["contact_party"].extend(parties)
        chunk["contact_event"].extend(events)
        if done % (CHUNK * 4) == 0:
            flush()
            progress(done)
    flush()


# -- PostgreSQL ---------------------------------------------------------------------------

def secondary_indexes(conn):
    """(name, definition) of the contact tables' indexes that back no constraint."""
    return conn.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i "
        "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s) AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || "
        "quote_ident(i.indexname))::regclass) ORDER BY i.tablename, i.indexname",
        (list(TABLES),)).fetchall()


def all_indexes(conn):
    return conn.execute("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = "
                        "current_schema() AND tablename = ANY(%s) ORDER BY 1, 2", (list(TABLES),)).fetchall()


def copy_sql(table):
    return f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN"


def copy_baseline(url, rows):
    """Contacts per second of a raw COPY of ready-made rows into a temporary copy of the
    table (no making of rows, no index but its key): what the load's rate is measured against."""
    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TEMPORARY TABLE seed_baseline (LIKE contact INCLUDING DEFAULTS, "
                     "PRIMARY KEY (id))")
        started = time.perf_counter()
        with conn.cursor().copy(copy_sql("contact").replace("contact", "seed_baseline", 1)) as copy:
            for row in rows:
                copy.write_row(row)
        return len(rows) / (time.perf_counter() - started)


def cpu_seconds(pid):
    """CPU seconds used so far by process ``pid`` of this machine (a server process), or 0."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_part(url, plan, ids, years, seed, part, parts, done, results):
    """One maker: streams its contacts' rows into three COPYs at once, one connection per
    table, so three server processes take them in while this one makes more."""
    import psycopg
    rng = random.Random(seed * 1000 + part)
    counters = {}
    conns = [psycopg.connect(url) for _ in TABLES]
    for conn in conns:
        conn.execute("SET session_replication_role = replica")   # no per-row foreign-key checks
        conn.execute("SET synchronous_commit = off")
    with contextlib.ExitStack() as stack:
        copies = [stack.enter_context(conn.cursor().copy(copy_sql(t))) for conn, t in zip(conns, TABLES)]
        contact_copy, party_copy, event_copy = (c.write_row for c in copies)
        rows = {"contact_party": 0, "contact_event": 0}
        for n, (contact, parties, events) in enumerate(market(plan, rng, ids, years, counters, part, parts), 1):
            contact_copy(contact)
            for row in parties:
                party_copy(row)
            for row in events:
                event_copy(row)
            rows["contact_party"] += len(parties)
            rows["contact_event"] += len(events)
            if n % 10_000 == 0:
                with done.get_lock():
                    done.value += 10_000
    server_cpu = {}
    for table, conn in zip(TABLES, conns):
        conn.commit()
        server_cpu[table] = cpu_seconds(conn.info.backend_pid)
        conn.close()
    results.put((counters, rows, time.process_time(), server_cpu))


def build_indexes(url, indexes, threads):
    """CREATE INDEX for each definition, ``threads`` at a time (the largest tables first):
    {name: seconds}."""
    import concurrent.futures

    import psycopg
    todo = sorted(indexes, key=lambda i: (TABLES.index(i[2]) * -1, i[0]))
    seconds = {}

    def build(index):
        name, definition, _ = index
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("SET maintenance_work_mem = '512MB'")
            started = time.perf_counter()
            conn.execute(definition)
            seconds[name] = time.perf_counter() - started

    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        list(pool.map(build, todo))
    return seconds


def load_postgres(url, plan, first_id, n, years, seed, parts, progress, timings):
    """Secondary indexes dropped, rows COPYed by ``parts`` makers, indexes built again."""
    import multiprocessing

    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        before = all_indexes(conn)
        indexes = [(name, definition, next(t for t, i, _ in before if i == name))
                   for name, definition in secondary_indexes(conn)]
        for name, _, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
    context = multiprocessing.get_context("fork")
    done, results = context.Value("q", 0), context.Queue()
    bounds = [first_id + n * k // parts for k in range(parts + 1)]
    started = time.perf_counter()
    makers = [context.Process(target=load_part, args=(url, plan, range(bounds[k], bounds[k + 1]), years,
                                                      seed, k, parts, done, results))
              for k in range(parts)]
    for maker in makers:
        maker.start()
    outcomes = []
    while len(outcomes) < parts:
        try:
            outcomes.append(results.get(timeout=2))
        except queue.Empty:
            if any(m.exitcode not in (None, 0) for m in makers):
                sys.exit("seed: a loading process failed (the database is incomplete: seed a new one)")
        progress(done.value)
    for maker in makers:
        maker.join()
    timings["copy"] = time.perf_counter() - started
    timings["maker cpu"] = sum(o[2] for o in outcomes)
    counters = {}
    timings["server cpu"] = {t: sum(o[3][t] for o in outcomes) for t in TABLES}
    for found, rows, _, _ in outcomes:
        for prefix, last in found.items():
            counters[prefix] = max(last, counters.get(prefix, 0))
        for table, count in rows.items():
            timings[table] = timings.get(table, 0) + count
    started = time.perf_counter()
    timings["indexes"] = build_indexes(url, indexes, threads=3)
    timings["index build"] = time.perf_counter() - started
    with psycopg.connect(url, autocommit=True) as conn:
        for table in TABLES:
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"COALESCE((SELECT MAX(id) FROM {table}), 1))")
        after = all_indexes(conn)
        if after != before:
            sys.exit(f"seed: the indexes differ after the load:\n  before {before}\n  after {after}")
        print(f"\n  {len(indexes)} secondary indexes dropped and built again; pg_indexes the same "
              f"before and after ({len(after)} indexes)")
        started = time.perf_counter()
        conn.execute("VACUUM ANALYZE contact, contact_party, contact_event")
        timings["vacuum analyze"] = time.perf_counter() - started
    return counters


def seed_contacts(app, rng, cdsp, orgs, n, years, url, seed, parts, baseline_rows):
    next_id = (Contact.select(Contact.id).order_by(Contact.id.desc()).scalar() or 0) + 1
    market_plan = plan(app, cdsp, orgs)
    started = time.perf_counter()

    def progress(done):
        rate = done / (time.perf_counter() - started)
        print(f"\r  {done:,} contacts ({rate:,.0f}/s)", end="", flush=True)

    timings = {}
    postgres = not database.is_sqlite()
    if postgres:
        sample = [c for c, _, _ in market(market_plan, random.Random(0), range(1, baseline_rows + 1),
                                          years, {})]
        baseline = copy_baseline(url, sample)
        del sample
        print(f"  baseline: raw COPY of {baseline_rows:,} ready-made contact rows into a table with "
              f"only its key: {baseline:,.0f} rows/s")
        database.db.close()   # nothing of peewee's crosses into the loading processes
        started = time.perf_counter()
        counters = load_postgres(url, market_plan, next_id, n, years, seed, parts, progress, timings)
    else:
        counters = {}
        load_sqlite(market(market_plan, rng, range(next_id, next_id + n), years, counters), progress)
    elapsed = time.perf_counter() - started
    print()
    with database.transaction():
        for prefix, last in counters.items():
            (ReferenceCounter.insert(prefix=prefix, last=last)
             .on_conflict(conflict_target=[ReferenceCounter.prefix],
                          update={ReferenceCounter.last: last}).execute())
    if postgres:
        copy = timings["copy"]
        print(f"  COPY by {parts} makers x 3 connections: {copy:.1f} s = {n / copy:,.0f} contacts/s "
              f"with {timings['contact_party']:,} parties ({timings['contact_party'] / copy:,.0f}/s) "
              f"and {timings['contact_event']:,} events ({timings['contact_event'] / copy:,.0f}/s); "
              f"the makers' CPU {timings['maker cpu']:.1f} s")
        print("  server CPU s in the COPYs (when the server runs on this machine): "
              + ", ".join(f"{t} {v:.1f}" for t, v in timings["server cpu"].items()))
        for name, seconds in sorted(timings["indexes"].items(), key=lambda x: -x[1])[:3]:
            print(f"    index {name}: {seconds:.1f} s")
        print(f"  index build {timings['index build']:.1f} s (3 at a time), "
              f"VACUUM ANALYZE {timings['vacuum analyze']:.1f} s")
        rate = n / elapsed
        print(f"  contacts/s overall {rate:,.0f}, COPY alone {n / copy:,.0f}; against the raw COPY "
              f"baseline's {baseline:,.0f} rows/s: {rate / baseline:.2f} and {n / copy / baseline:.2f}")
    else:
        database.db.execute_sql("ANALYZE")
    return elapsed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("CMS_DATABASE_URL", "sqlite:///instance/bench.sqlite3"))
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--baseline", type=int, default=200_000,
                        help="PostgreSQL: contact rows in the raw COPY baseline (made before timing)")
    parser.add_argument("--parts", type=int, default=2,
                        help="PostgreSQL: processes making rows, each with a COPY per table")
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
        elapsed = seed_contacts(app, rng, cdsp, orgs, args.contacts, args.years, args.url, args.seed,
                                args.parts, min(args.baseline, max(args.contacts, 1000)))
        counts = {m.__name__: m.select().count() for m in (Contact, ContactParty, ContactEvent)}
        print(f"{counts} in {elapsed:.1f} s ({args.contacts / elapsed:,.0f} contacts/s); "
              f"total {time.perf_counter() - t0:.1f} s")
        if not database.is_sqlite():
            size = database.db.execute_sql("SELECT pg_size_pretty(pg_database_size(current_database()))")
            print(f"database size {size.fetchone()[0]}")
        print(f"every user's password: {PASSWORD!r}; e.g. u{len(orgs)}@... (role user)")


if __name__ == "__main__":
    main()
