"""How the read, search, list and queue latencies grow with the number of contacts: runs
bench/load.py's phases on each seeded database in turn and prints p95 per operation side by
side, with each database's contact count and size (PostgreSQL).

    python bench/seed.py --url postgresql://postgres@127.0.0.1:5432/cms_bench_100k --contacts 100000
    python bench/seed.py --url postgresql://postgres@127.0.0.1:5432/cms_bench_1m --contacts 1000000
    python bench/growth.py --seconds 15 \\
        postgresql://postgres@127.0.0.1:5432/cms_bench_100k postgresql://postgres@127.0.0.1:5432/cms_bench_1m

The goal it is read against: p95 under 100 ms at 16 clients for every operation.
"""
import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"api_read": "read (GET /contacts/{ref})", "api_search": "search (mprn, originator ref)",
         "api_list": "list 50 (filters)", "agent_queue": "CDSP agent's queues",
         "agent_view": "CDSP agent's saved views", "queue": "participant's queues",
         "view": "participant's shared views", "bare": "bare primary-key read (baseline)"}
ROW = re.compile(r"^  (\w+)\s+([\d,]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)$")


def size_of(url):
    with psycopg.connect(url) as conn:
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return contacts, size


def run_load(url, args):
    """bench/load.py's output for ``url``, and {kind: (p95 ms, errors)} read from it."""
    cmd = [sys.executable, "bench/load.py", "--url", url, "--phases", args.phases,
           "--seconds", str(args.seconds), "--clients", str(args.clients), "--port", str(args.port)]
    out = subprocess.run(cmd, check=False, cwd=ROOT, capture_output=True, text=True)
    figures = {}
    for line in out.stdout.splitlines():
        match = ROW.match(line)
        if match and match.group(1) in KINDS:
            figures[match.group(1)] = (float(match.group(5)), int(match.group(8)))
    return out, figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("urls", nargs="+", help="seeded PostgreSQL databases, smallest first")
    parser.add_argument("--seconds", type=int, default=15, help="for each phase")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--phases", default="reads,lists,queues")
    parser.add_argument("--port", type=int, default=8411, help="for bench/load.py's service")
    parser.add_argument("--verbose", action="store_true", help="print bench/load.py's own output too")
    args = parser.parse_args(argv)
    columns = []
    for url in args.urls:
        contacts, size = size_of(url)
        print(f"{contacts:,} contacts ({size / 2**30:.1f} GiB): bench/load.py --phases {args.phases} "
              f"--seconds {args.seconds} --clients {args.clients} ...", flush=True)
        load = os.getloadavg()[0]
        out, figures = run_load(url, args)
        load = max(load, os.getloadavg()[0])
        if args.verbose or out.returncode or not figures:
            print(out.stdout, out.stderr[-3000:], sep="\n")
        columns.append((contacts, size, figures, load))
    heads = [f"{c[0]:,}" for c in columns]
    width = max(12, *(len(h) for h in heads))
    print(f"\np95 ms at {args.clients} clients (goal < 100), by contacts in the database:")
    print(f"  {'operation':34}" + "".join(f"{h:>{width}}" for h in heads)
          + (f"  {'x largest/smallest':>18}" if len(columns) > 1 else ""))
    for kind, label in KINDS.items():
        values = [c[2].get(kind) for c in columns]
        if not any(values):
            continue
        cells = "".join(f"{v[0]:>{width}.1f}" if v else f"{'-':>{width}}" for v in values)
        flags = " errors: " + ", ".join(str(v[1]) for v in values) if any(v and v[1] for v in values) else ""
        ratio = (f"  {values[-1][0] / values[0][0]:>18.2f}" if len(values) > 1 and values[0] and values[-1]
                 and values[0][0] else "")
        print(f"  {label:34}{cells}{ratio}{flags}")
    print(f"  {'database size (GiB)':34}" + "".join(f"{c[1] / 2**30:>{width}.2f}" for c in columns))
    print(f"  {'machine load average (1 min, max)':34}" + "".join(f"{c[3]:>{width}.1f}" for c in columns)
          + f"   ({os.cpu_count()} CPUs)")
    over = [(KINDS[k], f"{c[0]:,}") for c in columns for k, (p95, _) in c[2].items()
            if k != "bare" and p95 >= 100]
    print("every operation under 100 ms at every size" if not over else f"over 100 ms: {over}")


if __name__ == "__main__":
    main()
