"""Benchmark: a QMP of N valid records of mixed types, processed end to end, against the
raw cost of inserting the same rows, and checking the same file without sending it.

    python bench/batch_ingest.py                      # 100,000 records, SQLite (+ PostgreSQL
                                                      #   when CMS_BENCH_POSTGRES_URL answers)
    python bench/batch_ingest.py -n 20000 --postgres postgresql://postgres@127.0.0.1:5432/bench

End to end is what a worker does with a registered file: read and parse it, check every
record, create the contacts with their parties and first events, write and store the QMR
(``plugins.channels.batch.pipeline.process``). The raw baseline inserts the very rows that
run created (contacts, parties, events) again, with one ``executemany`` per table in one
transaction, and nothing else. It prints records/s for both and their ratio.
"""
import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import clock, create_app  # noqa: E402
from core import db as database  # noqa: E402
from core.actors import SystemActor  # noqa: E402
from core.cli import upgrade_database  # noqa: E402
from core.contacts.mprn import check_digits  # noqa: E402
from core.lso import create_user  # noqa: E402
from core.models import Contact, ContactEvent, ContactParty  # noqa: E402
from core.orgs import create_organisation  # noqa: E402

NOW = datetime.datetime(2026, 4, 2, 9, 0)     # a Thursday: the sample values fit its rules
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/cms_ingest"
ORGS = [("ALP", "shipper", "Alpha Gas Shipping"), ("BET", "shipper", "Beta Energy"),
        ("DMS", "dmsp", "DailyMeter Services")]


def mprn(n):
    body = f"{39000000 + n % 900000:08d}"
    return body + check_digits(body)


# Each type's fields after SUMMARY, in its batch order, as a sender writes them.
SAMPLES = {
    "RFA": lambda n: ["M123", "3", "50000", "20250101", "20250630", "inaccurate_read"],
    "CDQ": lambda n: ["M123", "20250101", "20250331", "wrong_read", "1200", "20250201"],
    "TOG": lambda n: ["20260101", "", "bypass"],
    "ADD": lambda n: ["2", "Low St", "Birmingham", "B1 1AA"],
    "AQQ": lambda n: ["10000", "20000", "20260501", "change_of_use"],
    "ENQ": lambda n: ["files", f"What does WN mean in QMR number {n}?"],
    "INV": lambda n: [f"INV{n:08d}", "20260301", "commodity", "125.50"],
    "DUP": lambda n: [mprn(n + 1)],
    "SAR": lambda n: ["S1", "20260301", "5000", "BET", "4000"],
    "DMQ": lambda n: ["DMS", "D-1", "20260330", "missing_reads"],
}


def qmp(n):
    from plugins.channels.batch.writers import write_qmp
    codes = list(SAMPLES)
    records = []
    for i in range(n):
        code = codes[i % len(codes)]
        records.append((f"B{i:07d}", code, "" if code in ("ENQ", "INV") else mprn(i),
                        f"Benchmark contact {i}", *SAMPLES[code](i)))
    return write_qmp("ALP", 1, records, now=NOW)


def make_app(url, data_dir, blocked=()):
    if url.startswith("postgresql://"):
        import psycopg
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
    app = create_app({"CMS_DATABASE_URL": url, "CMS_DATA_DIR": str(data_dir),
                      "CMS_SECRET_KEY": "bench-secret-key-0123456789", "TESTING": True,
                      "CMS_BLOCKED_PLUGINS": tuple(blocked)})
    return app


def setup_world():
    upgrade_database()
    for code, tenant, name in ORGS:
        create_organisation(SystemActor("bench"), code, tenant, name, None)
    from core.models import Organisation
    user, _ = create_user(SystemActor("bench"), "bench@alp.example.com",
                          Organisation.by_code("ALP"), "user", "Bench", "correct horse battery staple")
    return user


def table_rows(model):
    cursor = database.db.execute_sql(f'SELECT * FROM "{model._meta.table_name}" ORDER BY id')
    columns = [d[0] for d in cursor.description]
    return columns, cursor.fetchall()


def raw_baseline():
    """Insert the rows the run created again, one executemany per table, one transaction;
    answer the seconds it took."""
    tables = [(model, *table_rows(model)) for model in (Contact, ContactParty, ContactEvent)]
    if not database.is_sqlite():
        from psycopg.types.json import Json
        tables = [(m, cols, [tuple(Json(v) if isinstance(v, (dict, list)) else v for v in row)
                             for row in rows]) for m, cols, rows in tables]
    with database.transaction():
        for model in (ContactEvent, ContactParty, Contact):
            model.delete().execute()
    start = time.perf_counter()
    with database.transaction():
        for model, columns, rows in tables:
            names = ", ".join(f'"{column}"' for column in columns)
            marks = ", ".join([database.db.param] * len(columns))
            database.db.cursor().executemany(
                f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})', rows)
    return time.perf_counter() - start


def run(url, n, data, blocked=()):
    with tempfile.TemporaryDirectory() as data_dir:
        app = make_app(url, Path(data_dir), blocked)
        with app.app_context(), clock.frozen(NOW):
            database.db.connect(reuse_if_open=True)
            user = setup_world()
            from plugins.channels.batch import pipeline
            from plugins.channels.batch.intake import register
            start = time.perf_counter()           # checking it first writes nothing
            checked = pipeline.check(user, data)
            check_seconds = time.perf_counter() - start
            assert (checked.response_type, checked.accepted) == ("QMR", n), checked.error_text
            assert Contact.select().count() == 0
            batch_file = register(user.organisation, data, "bench.qmp", "cli", uploaded_by=user)
            start = time.perf_counter()
            batch_file = pipeline.process(batch_file.id)
            seconds = time.perf_counter() - start
            assert batch_file.status == "processed", (batch_file.status, batch_file.error_text)
            assert batch_file.accepted_count == n, (batch_file.accepted_count,
                                                    _first_rejection(batch_file))
            assert Contact.select().count() == n and ContactEvent.select().count() == n
            assert ContactParty.select().count() == 2 * n
            raw = raw_baseline()
            database.db.close()
    return seconds, raw, check_seconds


def _first_rejection(batch_file):
    from core.storage import storage_for
    lines = storage_for().read_bytes(batch_file.response_key).decode().splitlines()
    return next((line for line in lines if ",RJ," in line), None)


def reachable(url):
    try:
        import psycopg
        with psycopg.connect(url, connect_timeout=3, autocommit=True):
            return True
    except Exception:  # noqa: BLE001
        return False


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--records", type=int, default=100_000)
    parser.add_argument("--postgres", default=os.environ.get("CMS_BENCH_POSTGRES_URL", DEFAULT_POSTGRES),
                        help="a PostgreSQL database the benchmark may wipe (skipped when unreachable)")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--block", action="append", default=[], metavar="PLUGIN",
                        help="run without this plugin (e.g. one whose contact_created hook "
                             "is costly); may be repeated")
    args = parser.parse_args(argv)
    data = qmp(args.records)
    print(f"QMP of {args.records:,} records, {len(data) / 1e6:.1f} MB, {len(SAMPLES)} types"
          + (f"; plugins blocked: {', '.join(args.block)}" if args.block else ""))
    targets = [("SQLite", None)]
    if not args.sqlite_only:
        if reachable(args.postgres):
            targets.append(("PostgreSQL", args.postgres))
        else:
            print(f"PostgreSQL at {args.postgres} not reachable: skipped")
    for name, url in targets:
        with tempfile.TemporaryDirectory() as folder:
            url = url or f"sqlite:///{folder}/bench.sqlite3"
            seconds, raw, check = run(url, args.records, data, args.block)
        rate, raw_rate = args.records / seconds, args.records / raw
        print(f"{name:10} end to end {seconds:6.2f} s = {rate:9,.0f} records/s | raw executemany "
              f"{raw:6.2f} s = {raw_rate:9,.0f} records/s | ratio {seconds / raw:4.1f}x")
        print(f"{'':10} check only (batch-checks: nothing written) {check:6.2f} s = "
              f"{args.records / check:9,.0f} records/s | {check / seconds:4.2f}x of end to end")


if __name__ == "__main__":
    main()
