"""This service against a peer, django-helpdesk, on the same machine, load and operations.

    bench/peers/setup_helpdesk.sh 100000                  # the peer: its own venv and database
    python bench/seed.py --url sqlite:///instance/peers.sqlite3 --contacts 100000
    python bench/peers/compare.py --url sqlite:///instance/peers.sqlite3 --seconds 20

For each operation it starts this service under gunicorn, drives it from ``--clients``
concurrent clients (persistent HTTP/1.1 connections) for ``--seconds`` and stops it, then
does the same with the peer: the same client code, workers (gunicorn.conf.py's, or
``--workers``) and worker timeout (``--timeout``; a request not answered by then is an
error). It prints req/s (answered as expected) and p95 for each, and the ratio; when the
peer answered none of an operation, one request of it is timed alone (``--alone``).

The operations, this service / django-helpdesk 2.6.1 (Django REST framework, SQLite):

* read one:   GET /api/v1/contacts/{reference}      / GET /api/tickets/{id}/
* search:     GET /api/v1/contacts?mprn=...         / the staff ticket search (the list page's
              JSON, /datatables_ticket_list/{query}?length=50, the MPRN as its search string):
              its REST API has no search, only a status filter
* list:       GET /api/v1/contacts?limit=50         / GET /api/tickets/?page_size=50
* raise:      POST /api/v1/contacts, Idempotency-Key / POST /api/tickets/ (it takes no such key)

Reads, searches and lists are a CDSP agent's (this service: every contact visible) and the
helpdesk superuser's (every ticket visible), over contacts and tickets sampled across the
whole table; contacts are raised by 16 participants' keys.
"""
import argparse
import base64
import http.client
import itertools
import json
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from bench import load

HOST = load.HOST
OPS = ["read", "search", "list", "raise"]
TITLES = {"read": "read one contact / ticket", "search": "search by MPRN",
          "list": "list, first page of 50", "raise": "raise one (POST)"}


class Connection:
    """One persistent connection; no retry (a failed request is an error, counted)."""

    def __init__(self, port, headers, timeout):
        self.port, self.headers, self.timeout = port, headers, timeout
        self.conn = http.client.HTTPConnection(HOST, port, timeout=timeout)

    def request(self, method, path, body=None, headers=None):
        try:
            self.conn.request(method, path, body=body, headers={**self.headers, **(headers or {})})
            response = self.conn.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, OSError):
            self.conn.close()
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            return 599, b""


def grant_services(url):
    """Every user bench/seed.py made holds the four services (as a user created without a
    choice does, core/services.py): the seed inserts users in bulk and grants none, and an
    API key needs the API service."""
    from peewee import JOIN, Value

    from core import create_app
    from core.db import transaction, utcnow
    from core.models import User, UserService
    from core.services import ALL
    app = create_app({"CMS_DATABASE_URL": url})
    with app.app_context(), transaction():
        for code in ALL:
            holders = UserService.alias()
            lacking = (User.select(User.id, Value(code), Value(utcnow()))
                       .join(holders, JOIN.LEFT_OUTER, on=(holders.user == User.id) &
                             (holders.service == code))
                       .where(holders.id.is_null()))
            UserService.insert_from(lacking, [UserService.user, UserService.service,
                                              UserService.granted_at]).execute()


def ours(url):
    """Keys and samples for this service: a CDSP agent's key, 16 participants' keys."""
    from core import apikeys, create_app
    from core.models import Contact, User
    grant_services(url)
    participants, contacts, _, _ = load.prepare(url, n_keys=16)
    app = create_app({"CMS_DATABASE_URL": url})
    with app.app_context():
        agent = User.get(User.email == "agent@cdsp.bench.example.com")
        _, agent_key = apikeys.create_key(agent, agent, "bench/peers/compare.py")
        total = Contact.select().count()
        sample = list(Contact.select(Contact.reference, Contact.mprn)
                      .where(Contact.id % max(1, total // 5000) == 0).tuples())
    mprns = {org_id: [c[2] for c in rows] for org_id, rows in contacts.items()}
    raisers = [(token, mprns.get(org_id) or ["3938424403"]) for org_id, _, token in participants]
    return agent_key, sample, raisers, total


def our_request(kind, n, agent_key, sample, raisers, counter):
    """(method, path, body, headers, expected status) of one request of ``kind``."""
    if kind == "raise":
        token, org_mprns = raisers[n % len(raisers)]
        ref = f"PEERS{os.getpid()}-{next(counter)}"
        body = {"type": "ENQ", "mprn": random.choice(org_mprns), "summary": "Bench enquiry",
                "originator_ref": ref, "fields": {"topic": "data", "question": "Why?"}}
        return ("POST", "/api/v1/contacts", json.dumps(body),
                {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                 "Idempotency-Key": ref}, 201)
    auth = {"Authorization": f"Bearer {agent_key}"}
    reference, mprn = random.choice(sample)
    if kind == "read":
        return "GET", f"/api/v1/contacts/{reference}", None, auth, 200
    if kind == "search":
        return "GET", f"/api/v1/contacts?mprn={mprn}", None, auth, 200
    return "GET", "/api/v1/contacts?limit=50", None, auth, 200


def helpdesk_request(kind, n, creds, counter):
    auth = {"Authorization": f"Token {creds['token']}"}
    ticket_id, mprn = random.choice(creds["sample"])
    if kind == "read":
        return "GET", f"/api/tickets/{ticket_id}/", None, auth, 200
    if kind == "search":
        query = base64.b64encode(json.dumps({"search_string": mprn, "sorting": "created",
                                             "sortreverse": True}).encode()).decode()
        return ("GET", f"/datatables_ticket_list/{query}?length=50", None,
                {**auth, "Cookie": f"sessionid={creds['sessionid']}"}, 200)
    if kind == "list":
        return "GET", "/api/tickets/?page_size=50", None, auth, 200
    body = {"queue": creds["queue"], "title": f"Enquiry for meter point {mprn}",
            "description": "Why?", "submitter_email": f"peers{next(counter)}@bench.example.com",
            "priority": 3}
    return ("POST", "/api/tickets/", json.dumps(body),
            {**auth, "Content-Type": "application/json"}, 201)


def drive(port, make, seconds, clients, timeout):
    """``clients`` threads sending ``make(n)``'s requests for ``seconds``; returns the
    latencies of the requests answered as expected, the error count and the elapsed time
    (until the last request started in the window is done or has timed out)."""
    lock = threading.Lock()
    latencies, errors = [], [0]
    stop_at = time.perf_counter() + seconds

    def worker(n):
        conn = Connection(port, {}, timeout)
        while True:     # one request at least, then as many as start in the window
            method, path, body, headers, expected = make(n)
            t0 = time.perf_counter()
            status, _ = conn.request(method, path, body, headers)
            with lock:
                if status == expected:
                    latencies.append(time.perf_counter() - t0)
                else:
                    errors[0] += 1
            if time.perf_counter() >= stop_at:
                break
        conn.conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors[0], time.perf_counter() - started


def figures(latencies, errors, elapsed):
    rate = len(latencies) / elapsed
    if len(latencies) > 1:
        q = statistics.quantiles(latencies, n=100)
        p50, p95 = q[49] * 1000, q[94] * 1000
    else:
        p50 = p95 = latencies[0] * 1000 if latencies else float("nan")
    return {"rate": rate, "p50": p50, "p95": p95, "n": len(latencies), "errors": errors,
            "elapsed": elapsed}


def row(title, a, b):
    """One line of the table. When the peer answered none in its run, its rate is below one
    request in the time it had, and the ratio above ours times that time."""
    if b["n"]:
        peer, ratio = f"{b['rate']:>8.2f}", f"{a['rate'] / b['rate']:,.1f}x"
    else:
        peer, ratio = f"<{1 / b['elapsed']:>7.3f}", f"> {a['rate'] * b['elapsed']:,.0f}x (peer: none answered)"
    p95 = f"{b['p95']:>9.0f}" if b["n"] else f"{'-':>9}"
    return (f"  {title:27} {a['rate']:>8.1f} {a['p95']:>8.0f} {a['errors']:>5}   "
            f"{peer} {p95} {b['errors']:>5}   {ratio}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="this service's database (bench/seed.py)")
    parser.add_argument("--helpdesk-venv", default=os.environ.get("HELPDESK_VENV", str(HERE / ".venv")))
    parser.add_argument("--helpdesk-database", default=os.environ.get("HELPDESK_DATABASE"),
                        help="default: <venv>/helpdesk.sqlite3 (setup_helpdesk.sh's)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=20, help="for each operation, each side")
    parser.add_argument("--timeout", type=int, default=60,
                        help="gunicorn's worker timeout for both (gunicorn.conf.py's) and the "
                             "client's wait for one answer")
    parser.add_argument("--workers", type=int, default=None,
                        help="gunicorn workers for both (default: gunicorn.conf.py's)")
    parser.add_argument("--ops", default=",".join(OPS), help=f"which of {','.join(OPS)}")
    parser.add_argument("--alone", type=int, default=600,
                        help="when the peer answers none of an operation under load, time one "
                             "request of it by itself, waiting this long (0: don't)")
    parser.add_argument("--port", type=int, default=8431, help="ours; the peer's is the next")
    args = parser.parse_args(argv)
    venv = Path(args.helpdesk_venv)
    database = Path(args.helpdesk_database or venv / "helpdesk.sqlite3")
    try:
        creds = json.loads(Path(f"{database}.json").read_text())
    except FileNotFoundError:
        sys.exit(f"compare: no {database}.json: run bench/peers/setup_helpdesk.sh first")
    ops = [op for op in args.ops.split(",") if op]
    if set(ops) - set(OPS):
        sys.exit(f"compare: --ops takes {', '.join(OPS)}")

    import multiprocessing
    workers = args.workers or int(os.environ.get("CMS_WEB_WORKERS", multiprocessing.cpu_count() + 1))
    agent_key, sample, raisers, contacts = ours(args.url)
    env = dict(os.environ, CMS_DATABASE_URL=args.url, CMS_API_RATE_LIMIT="0",
               CMS_SIGNIN_LIMIT_PER_ADDRESS="0", CMS_SIGNIN_LIMIT_PER_ACCOUNT="0",
               CMS_MAINTENANCE_WINDOW="", CMS_WEB_WORKERS=str(workers))
    peer_port = args.port + 1

    def service():
        return load.start([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                           "--timeout", str(args.timeout), "--access-logfile", "/dev/null",
                           "--bind", f"{HOST}:{args.port}", "wsgi:app"], env, args.port)

    def peer(timeout):
        return load.start([str(venv / "bin" / "gunicorn"), "--config",
                           str(HERE / "helpdesk_site" / "gunicorn_conf.py"), "--chdir", str(HERE),
                           "--workers", str(workers), "--timeout", str(timeout),
                           "--bind", f"{HOST}:{peer_port}", "helpdesk_site.wsgi:application"],
                          dict(os.environ, HELPDESK_DATABASE=str(database)), peer_port)

    def measured(start, port, make, clients, seconds, timeout):
        # a server of its own for each operation: requests the clients gave up on stay in
        # its queue and would slow the next operation down
        proc = start()
        try:
            return figures(*drive(port, make, seconds, clients, timeout))
        finally:
            load.stop(proc)

    print(f"this service: {contacts:,} contacts; django-helpdesk: {creds['tickets']:,} tickets "
          f"({creds['followups']:,} follow-ups); {workers} gunicorn workers each, "
          f"{args.clients} clients, {args.seconds} s per operation and side", flush=True)
    counter = itertools.count(1)
    results, alone = {}, {}
    for op in ops:
        a = measured(service, args.port, lambda n, op=op: our_request(
            op, n, agent_key, sample, raisers, counter), args.clients, args.seconds, args.timeout)
        b = measured(lambda: peer(args.timeout), peer_port,
                     lambda n, op=op: helpdesk_request(op, n, creds, counter),
                     args.clients, args.seconds, args.timeout)
        results[op] = (a, b)
        print(f"  {op}: ours {a['n']:,} in {a['elapsed']:.1f} s ({a['errors']} errors), "
              f"django-helpdesk {b['n']:,} in {b['elapsed']:.1f} s ({b['errors']} errors)",
              flush=True)
        if not b["n"] and args.alone:
            # none answered in time under load: how long one takes by itself
            c = measured(lambda: peer(args.alone), peer_port,
                         lambda n, op=op: helpdesk_request(op, n, creds, counter), 1, 0, args.alone)
            alone[op] = c
            print(f"  {op}: django-helpdesk, one request alone: "
                  + (f"{c['p50'] / 1000:.1f} s" if c["n"] else f"none in {args.alone} s"), flush=True)
    print(f"\n  {'operation':27} {'this service':>23}   {'django-helpdesk 2.6.1':>24}   ours/peer")
    print(f"  {'':27} {'req/s':>8} {'p95 ms':>8} {'err':>5}   {'req/s':>8} {'p95 ms':>9} {'err':>5}")
    for op, (a, b) in results.items():
        print(row(TITLES[op], a, b))
    print("\n  req/s counts requests answered as expected (200, 201) over the time until the last "
          "one started in the window was answered or timed out;\n  err: other answers, "
          f"timeouts ({args.timeout} s) and dropped connections.")
    for op, c in alone.items():
        print(f"  django-helpdesk answered no {op} under load; one {op} request alone, its worker's "
              f"timeout raised to {args.alone} s: "
              + (f"{c['p50'] / 1000:.1f} s" if c["n"] else "not answered"))

if __name__ == "__main__":
    main()
