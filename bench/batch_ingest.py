"""Benchmark: a QMP of N valid records of mixed types, processed end to end, against the
raw cost of inserting the same rows, and checking the same file without sending it.

    python bench/batch_ingest.py                      # 100,000 records, SQLite (+ PostgreSQL
                                                      #   when CMS_BENCH_POSTGRES_URL answers)
    python bench/batch_ingest.py -n 500000            # the largest file the format allows
    python bench/batch_ingest.py -n 20000 --postgres postgresql://postgres@127.0.0.1:5432/bench

End to end is what a worker does with a registered file: read and parse it, check every
record, create the contacts with their parties and first events, write and store the QMR
(``plugins.channels.batch.pipeline.process``). The raw baselines insert the very rows that
run created (contacts, parties, events) again into emptied tables, in one transaction and
nothing else: on PostgreSQL with one ``COPY ... FROM STDIN`` per table (psycopg's
``write_row``, the way the pipeline writes there) and with one ``executemany`` per table; on
SQLite with one ``executemany`` per table. It prints records/s for each and the ratios.

Each database is run in a fresh process of its own, so that the memory high-water mark it
prints (``resource.getrusage``: the worker's own, and the forked child that checks half the
records when there is one) is that database's alone, measured right after the end-to-end
run. ``--profile`` prints where the end-to-end time goes (cProfile, cumulative).
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


GOAL_RATIO_COPY = 3.0              # end to end within 3x of a raw COPY (PostgreSQL)
GOAL_SQLITE_SECONDS_PER_100K = 10.0
GOAL_MEMORY = 2 * 1024 ** 3        # bytes


def table_rows(model):
    cursor = database.db.execute_sql(f'SELECT * FROM "{model._meta.table_name}" ORDER BY id')
    columns = [d[0] for d in cursor.description]
    return columns, cursor.fetchall()


TABLES = (Contact, ContactParty, ContactEvent)


def _empty_tables():
    with database.transaction():
        if database.is_sqlite():
            for model in reversed(TABLES):
                model.delete().execute()
        else:   # fresh tables, as the end-to-end run found them (no dead rows to step over)
            names = ", ".join(f'"{model._meta.table_name}"' for model in TABLES)
            database.db.execute_sql(f"TRUNCATE {names} CASCADE")


def raw_baselines():
    """Insert the rows the run created again into emptied tables, one transaction each way:
    ``{"COPY": seconds, "executemany": seconds}`` (COPY on PostgreSQL only)."""
    tables = [(model, *table_rows(model)) for model in TABLES]
    if not database.is_sqlite():
        from psycopg.types.json import Json
        tables = [(m, cols, [tuple(Json(v) if isinstance(v, (dict, list)) else v for v in row)
                             for row in rows]) for m, cols, rows in tables]
    ways = {"executemany": _executemany}
    if not database.is_sqlite():
        ways = {"COPY": _copy, **ways}
    seconds = {}
    for name, way in ways.items():
        _empty_tables()
        start = time.perf_counter()
        with database.transaction():
            for model, columns, rows in tables:
                way(model._meta.table_name, ", ".join(f'"{column}"' for column in columns),
                    columns, rows)
        seconds[name] = time.perf_counter() - start
    return seconds


def _executemany(table, names, columns, rows):
    marks = ", ".join([database.db.param] * len(columns))
    database.db.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def _copy(table, names, columns, rows):
    with database.db.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def high_water():
    """The memory high-water marks so far, in bytes: this process's and its (waited-for)
    children's, the largest of them (Linux reports ru_maxrss in KiB)."""
    import resource
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)


def run(url, n, path, blocked=(), profile=False):
    """One database, in a process of its own: answers the figures as a dict."""
    with tempfile.TemporaryDirectory() as data_dir:
        app = make_app(url, Path(data_dir), blocked)
        with app.app_context(), clock.frozen(NOW):
            database.db.connect(reuse_if_open=True)
            user = setup_world()
            from plugins.channels.batch import pipeline
            from plugins.channels.batch.intake import register
            from plugins.channels.batch.models import BatchFile
            with open(path, "rb") as handle:
                batch_file = register(user.organisation, handle, "bench.qmp", "cli",
                                      uploaded_by=user)
            profiler = _profiler(profile)
            start = time.perf_counter()
            batch_file = pipeline.process(batch_file.id)
            seconds = time.perf_counter() - start
            memory = high_water()
            if profiler is not None:
                profiler.disable()
            assert batch_file.status == "processed", (batch_file.status, batch_file.error_text)
            assert batch_file.accepted_count == n, (batch_file.accepted_count,
                                                    _first_rejection(batch_file))
            assert Contact.select().count() == n and ContactEvent.select().count() == n
            assert ContactParty.select().count() == 2 * n
            raw = raw_baselines()
            # checking the same file (writing nothing) needs its sequence and references free
            _empty_tables()
            BatchFile.delete().where(BatchFile.id == batch_file.id).execute()
            data = Path(path).read_bytes()
            start = time.perf_counter()
            checked = pipeline.check(user, data)
            check_seconds = time.perf_counter() - start
            assert (checked.response_type, checked.accepted) == ("QMR", n), checked.error_text
            database.db.close()
    return {"seconds": seconds, "raw": raw, "check": check_seconds, "memory": memory,
            "profile": _profile_text(profiler)}


def _profiler(wanted):
    if not wanted:
        return None
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
    return profiler


def _profile_text(profiler, top=30):
    if profiler is None:
        return None
    import io
    import pstats
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top // 2)
    return out.getvalue()


def run_apart(*args):
    """:func:`run` in a fresh process (spawned, not forked: nothing of this one's memory)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(run, *args).result()


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


def report(name, n, result):
    seconds, raw, check = result["seconds"], result["raw"], result["check"]
    rate = n / seconds
    print(f"{name:10} end to end {seconds:6.2f} s = {rate:9,.0f} records/s", end="")
    for way, taken in raw.items():
        print(f" | raw {way} {taken:6.2f} s = {n / taken:9,.0f} records/s, "
              f"ratio {seconds / taken:4.1f}x", end="")
    print()
    if "COPY" in raw:
        ratio = seconds / raw["COPY"]
        print(f"{'':10} goal: end to end within {GOAL_RATIO_COPY:.0f}x of the raw COPY: "
              f"{ratio:4.2f}x, {'met' if ratio <= GOAL_RATIO_COPY else 'NOT met'}")
    else:
        limit = GOAL_SQLITE_SECONDS_PER_100K * n / 100_000
        print(f"{'':10} goal: end to end under {limit:.3g} s ({GOAL_SQLITE_SECONDS_PER_100K:.0f} s "
              f"per 100,000 records): {'met' if seconds < limit else 'NOT met'}")
    print(f"{'':10} check only (batch-checks: nothing written) {check:6.2f} s = "
          f"{n / check:9,.0f} records/s | {check / seconds:4.2f}x of end to end")
    own, child = result["memory"]
    top = max(own, child)
    print(f"{'':10} memory high-water (getrusage, end to end): worker {own / 2**20:6,.0f} MiB, "
          f"forked checker {child / 2**20:6,.0f} MiB | largest {top / GOAL_MEMORY:4.2f}x of "
          f"the 2 GiB goal: {'met' if top < GOAL_MEMORY else 'NOT met'} | the two added "
          f"{(own + child) / GOAL_MEMORY:4.2f}x (an upper bound: the checker ends before the "
          f"write, and pages they share are counted twice)")
    if result["profile"]:
        print(result["profile"])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--records", type=int, default=100_000)
    parser.add_argument("--postgres", default=os.environ.get("CMS_BENCH_POSTGRES_URL", DEFAULT_POSTGRES),
                        help="a PostgreSQL database the benchmark may wipe (skipped when unreachable)")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--postgres-only", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="print where the end-to-end time goes (cProfile)")
    parser.add_argument("--block", action="append", default=[], metavar="PLUGIN",
                        help="run without this plugin (e.g. one whose contact_created hook "
                             "is costly); may be repeated")
    args = parser.parse_args(argv)
    data = qmp(args.records)
    print(f"QMP of {args.records:,} records, {len(data) / 1e6:.1f} MB, {len(SAMPLES)} types"
          + (f"; plugins blocked: {', '.join(args.block)}" if args.block else ""))
    targets = [] if args.postgres_only else [("SQLite", None)]
    if not args.sqlite_only:
        if reachable(args.postgres):
            targets.append(("PostgreSQL", args.postgres))
        else:
            print(f"PostgreSQL at {args.postgres} not reachable: skipped")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.qmp"
        path.write_bytes(data)
        del data
        for name, url in targets:
            url = url or f"sqlite:///{folder}/bench.sqlite3"
            report(name, args.records, run_apart(url, args.records, str(path), args.block,
                                                 args.profile))


if __name__ == "__main__":
    main()
