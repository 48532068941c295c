"""Load and soak runs against the service on this machine (127.0.0.1 only).

    python bench/load.py --url sqlite:///instance/bench.sqlite3            # after bench/seed.py
    python bench/load.py --url postgresql://postgres@127.0.0.1:5432/cms_bench --clients 16
    python bench/load.py --url ... --soak 600       # 10 minutes, a worker killed every minute

It starts the service under gunicorn (gunicorn.conf.py) and, for the baseline, a bare Flask
app doing one primary-key read on the same database (bench/bare.py), then drives them with
``--clients`` concurrent clients of its own (persistent HTTP/1.1 connections):

* the mix: portal page views, API list and search, API reads, API writes, file uploads,
  from many organisations at once; throughput, p50/p95/p99 and max per kind, errors; any request over 5 s is a stall, named at the end, and the run exits 1;
* API contact list and search alone, to compare with the goal (p95 < 100 ms at 16 clients);
  then each kind of page of fifty alone (a participant's own contacts and open ones soonest
  due; the CDSP agent's every contact and its queue) against a bare page reading the same
  50 rows with one keyset query, dumped with the standard library's json (bench/bare.py's
  ``/bare/page``, started beside the service): req/s, p50/p95/p99 and the ratio service/bare
  (the goal: at least 0.5);
* the filtered queues and saved views alone (a CDSP agent's over every contact, then
  participants' within their wall: several statuses, at risk or breached, nobody assigned,
  soonest due first, with totals), against the same goal;
* authenticated API reads against the bare endpoint's primary-key reads: the ratio;
* ``--phases raise``: raising contacts alone (each POST with its own Idempotency-Key) against
  the bare app inserting the same contact, party and event rows in one transaction: the ratio.

In soak mode it also runs ``cms worker`` processes, kills one with SIGKILL and starts a new
one every minute (and a gunicorn web worker, which gunicorn replaces; the client sends a
request cut off that way once more, with its Idempotency-Key), and at the end checks that
every contact the run wrote exists exactly once and every uploaded file has its response.
"""
import argparse
import http.client
import itertools
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"
BENCH_PASSWORD = "bench market password 2026"  # bench/seed.py's


def start(cmd, env, port):
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    for _ in range(300):
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/healthz" if "wsgi:app" in cmd else "/bare/contacts/1")
            conn.getresponse().read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    sys.exit(f"load: {' '.join(cmd)} did not start on port {port}")


def stop(proc):
    if proc and proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


class Client:
    """One persistent connection, with the caller's API key or portal session."""

    def __init__(self, port, api_key=None):
        self.port, self.api_key, self.cookie = port, api_key, None
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        if self.cookie:
            headers["Cookie"] = self.cookie
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                cookie = response.getheader("Set-Cookie")
                if cookie:
                    self.cookie = cookie.split(";", 1)[0]
                return response.status, data
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
                if attempt == 2:
                    return 599, b""

    def sign_in(self, tenant, email):
        status, page = self.request("GET", f"/{tenant}/login")
        token = re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()
        body = f"csrf_token={token}&email={email}&password={BENCH_PASSWORD.replace(' ', '+')}"
        status, _ = self.request("POST", f"/{tenant}/login", body,
                                 {"Content-Type": "application/x-www-form-urlencoded"})
        return status == 302


def prepare(url, n_keys):
    """API keys for users of many organisations, portal logins, and ids for reads."""
    from core import apikeys, create_app
    from core.models import Contact, Organisation, Tenant, User
    app = create_app({"CMS_DATABASE_URL": url})
    with app.app_context():
        users = list(User.select(User, Organisation, Tenant).join(Organisation).join(Tenant)
                     .where((User.role == "user") & (Tenant.code != "cdsp"))
                     .order_by(User.id).limit(n_keys * 3))
        random.Random(1).shuffle(users)
        keyed = []
        for user in users[:n_keys]:
            _, token = apikeys.create_key(user, user, "bench/load.py")
            keyed.append((user, token))
        contacts = {}
        for user, _ in keyed:
            contacts[user.organisation_id] = [
                (c.id, c.reference, c.mprn, c.originator_ref) for c in
                Contact.select(Contact.id, Contact.reference, Contact.mprn, Contact.originator_ref)
                .where(Contact.originator_org == user.organisation_id).order_by(Contact.id.desc()).limit(50)]
        ids = [r[0] for r in Contact.select(Contact.id).order_by(Contact.id.desc()).limit(5000).tuples()]
        logins = [(u.organisation.tenant.code, u.email) for u in users[n_keys:n_keys * 2]]
        return [(u.organisation_id, u.organisation.code, token) for u, token in keyed], contacts, ids, logins


def qmp(org_code, sequence, n):
    from core.contacts.mprn import check_digits
    lines = [f"A00,{org_code},QMP,20261128,120000,{sequence}"]
    for i in range(n):
        body = str(random.randint(10_000_000, 99_999_999))
        lines.append(f'Q01,LOADF{sequence}R{i},ENQ,{body}{check_digits(body)},"Load test enquiry",data,"Why?"')
    lines.append(f"Z99,{n}")
    return ("\n".join(lines) + "\n").encode()


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = defaultdict(list)
        self.errors = defaultdict(int)
        self.written = []   # originator refs of contacts the API accepted
        self.files = []     # batch file ids

    def add(self, kind, seconds, ok):
        with self.lock:
            self.latency[kind].append(seconds)
            if not ok:
                self.errors[kind] += 1


OPEN = "submitted,accepted,in_progress,awaiting_originator,awaiting_party"
# The CDSP agent's filtered queues (over every contact) and a participant's (within its
# wall): several statuses and types, at risk or breached, nobody assigned yet, soonest due
# first, with the total asked for (counts per filter), as the portal's search and views ask.
AGENT_QUEUES = [f"status={OPEN}&type=RFA&at_risk=true&order=due&total=true",
                f"status={OPEN}&type=RFA,ENQ&breached=true&assignee=nobody&order=due",
                f"status={OPEN}&holder=CDSP&assignee=nobody&total=true",
                "status=submitted&raised_from=2026-01-01&order=due",
                f"status={OPEN}&outside_allowance=false&type=AQQ&order=due&total=true"]
PARTICIPANT_QUEUES = [f"status={OPEN}&order=due&total=true",
                      f"status={OPEN}&at_risk=true&order=due",
                      "status=resolved&total=true", f"status={OPEN}&type=RFA,ENQ&breached=true"]


def api_action(client, kind, org_contacts, rec, org_code, counter, queues=None):
    if kind == "agent_queue":
        return client.request("GET", f"/api/v1/contacts?limit=50&{random.choice(AGENT_QUEUES)}")
    if kind == "queue":
        return client.request("GET", f"/api/v1/contacts?limit=50&{random.choice(PARTICIPANT_QUEUES)}")
    if kind == "agent_view":
        return client.request("GET", f"/api/v1/views/{random.choice(queues[kind])}/contacts?limit=50")
    if kind == "view":      # the organisation's own shared view (another's is not found)
        return client.request("GET", f"/api/v1/views/{queues[kind][org_code]}/contacts?limit=50")
    if kind == "api_list":
        status = random.choice(["", "&status=in_progress", "&status=closed", "&type=RFA", "&breached=true"])
        return client.request("GET", f"/api/v1/contacts?limit=50{status}")
    if kind == "api_search":
        _, ref, mprn, oref = random.choice(org_contacts)
        query = random.choice([f"mprn={mprn}", f"originator_ref={oref}"])
        return client.request("GET", f"/api/v1/contacts?{query}")
    if kind == "api_read":
        _, ref, _, _ = random.choice(org_contacts)
        return client.request("GET", f"/api/v1/contacts/{ref}")
    if kind == "api_write":
        oref = f"LOAD{os.getpid()}-{next(counter)}"
        body = {"type": "ENQ", "mprn": random.choice(org_contacts)[2], "summary": "Load test",
                "originator_ref": oref, "fields": {"topic": "data", "question": "Why?"}}
        status, data = client.request("POST", "/api/v1/contacts", json.dumps(body),
                                      {"Content-Type": "application/json", "Idempotency-Key": oref})
        if status == 201:
            with rec.lock:
                rec.written.append(oref)
        return status, data
    if kind in ("raise", "bare_raise"):
        return raise_action(client, kind, org_contacts, org_code, counter, queues)
    if kind == "upload":
        boundary = "loadboundary"
        sequence = int(time.time() * 1000) % 1_000_000_000 + next(counter)
        payload = qmp(org_code, sequence, 20)
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.qmp\"\r\n"
                f"Content-Type: text/plain\r\n\r\n").encode() + payload + f"\r\n--{boundary}--\r\n".encode()
        status, data = client.request("POST", "/api/v1/batch-files", body,
                                      {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        if status == 202:
            with rec.lock:
                rec.files.append(json.loads(data)["id"])
        return status, data
    raise ValueError(kind)


OK = {"agent_queue": {200}, "queue": {200}, "agent_view": {200}, "view": {200}, "api_list": {200}, "api_search": {200}, "api_read": {200}, "api_write": {201},
      "upload": {202}, "portal": {200}, "bare": {200}, "raise": {201}, "bare_raise": {201}}
MIX = [("portal", 20), ("api_list", 25), ("api_search", 20), ("api_read", 15), ("api_write", 12),
       ("upload", 8)]


def prepare_queues(url, keys):
    """An API key for a CDSP agent, and saved views: the agent's (at-risk RFAs, soonest
    due) and one shared by each keyed organisation (its open contacts, soonest due)."""
    from core import apikeys, create_app
    from core.contacts import save_view
    from core.models import Organisation, User
    app = create_app({"CMS_DATABASE_URL": url})
    with app.app_context():
        agent = User.get(User.email == "agent@cdsp.bench.example.com")
        _, token = apikeys.create_key(agent, agent, "bench/load.py")
        statuses = OPEN.split(",")
        views = {"agent_view": [], "view": {}}
        for n, filters in enumerate(({"status": statuses, "contact_type": ["RFA"], "at_risk": True},
                                     {"status": statuses, "assignee": "nobody", "breached": True})):
            views["agent_view"].append(save_view(agent, f"Bench {os.getpid()} {n}", filters,
                                                 order="due").id)
        for org_id, org_code, _ in keys:
            user = User.get((User.organisation == org_id) & (User.role == "user"))
            views["view"][org_code] = save_view(user, f"Bench {os.getpid()} {org_id}",
                                                {"status": statuses}, order="due", shared=True).id
        cdsp = Organisation.by_code("CDSP")
        return (cdsp.id, "CDSP", token), views


def run_clients(worker, clients):
    """Run ``worker(n)`` for each of ``clients`` threads at once; the seconds they took."""
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


def drive(port, keys, contacts, logins, seconds, clients, kinds, rec, bare_ids=None,
          queues=None):
    import itertools
    counter = itertools.count(1)
    stop_at = time.perf_counter() + seconds

    def worker(n):
        org_id, org_code, token = keys[n % len(keys)]
        api = Client(port, token)
        portal = None
        if logins and any(k == "portal" for k, _ in kinds):
            tenant, email = logins[n % len(logins)]
            portal = Client(port)
            if not portal.sign_in(tenant, email):
                rec.add("portal", 0, False)
                portal = None
        while time.perf_counter() < stop_at:
            kind = random.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
            t0 = time.perf_counter()
            if kind == "bare":
                status, _ = api.request("GET", f"/bare/contacts/{random.choice(bare_ids)}")
            elif kind == "portal":
                if portal is None:
                    continue
                tenant = logins[n % len(logins)][0]
                status, _ = portal.request("GET", random.choice([f"/{tenant}/", f"/{tenant}/api-keys",
                                                                 f"/{tenant}/help"]))
            else:
                status, _ = api_action(api, kind, contacts.get(org_id) or [(0, "X", "3938424403", "X")],
                                       rec, org_code, counter, queues)
            rec.add(kind, time.perf_counter() - t0, status in OK[kind])

    return run_clients(worker, clients)


STALL_SECONDS = 5     # any request slower than this is a stall: the run says so and fails
stalls = []           # (phase, kind, seconds) of every stall seen in this run


def report(title, rec, elapsed):
    total = sum(len(v) for v in rec.latency.values())
    errors = sum(rec.errors.values())
    print(f"\n{title}: {total:,} requests in {elapsed:.1f} s = {total / elapsed:,.1f} req/s, "
          f"{errors} errors")
    print(f"  {'kind':12} {'count':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
          f"{'max ms':>8} {'errors':>7}")
    for kind, values in sorted(rec.latency.items()):
        q = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
        print(f"  {kind:12} {len(values):>7,} {len(values) / elapsed:>8.1f} {q[49] * 1000:>8.1f} "
              f"{q[94] * 1000:>8.1f} {q[98] * 1000:>8.1f} {max(values) * 1000:>8.1f} "
              f"{rec.errors[kind]:>7}")
        slow = [v for v in values if v > STALL_SECONDS]
        if slow:
            stalls.extend((title, kind, v) for v in slow)
            print(f"  STALL: {len(slow)} {kind} requests over {STALL_SECONDS} s "
                  f"(the slowest {max(slow):.1f} s)")
    return total / elapsed


def stalled():
    """1, naming them, when any request of the run took over STALL_SECONDS; else 0."""
    if not stalls:
        return 0
    print(f"\nFAILED: {len(stalls)} requests over {STALL_SECONDS} s:", file=sys.stderr)
    for title, kind, seconds in stalls[:20]:
        print(f"  {seconds:6.1f} s  {kind} ({title})", file=sys.stderr)
    return 1


def check_exactly_once(url, rec):
    from core import create_app
    from core.models import Contact
    from plugins.channels.batch.models import BatchFile
    app = create_app({"CMS_DATABASE_URL": url})
    with app.app_context():
        from peewee import fn
        dupes = (Contact.select(Contact.originator_ref, fn.COUNT(Contact.id).alias("n"))
                 .where(Contact.originator_ref.startswith("LOAD")).group_by(Contact.originator_ref)
                 .having(fn.COUNT(Contact.id) > 1).count())
        found = Contact.select().where(Contact.originator_ref.in_(rec.written)).count() if rec.written else 0
        files = list(BatchFile.select().where(BatchFile.id.in_(rec.files))) if rec.files else []
        unanswered = [f.id for f in files if not f.response_key]
        print(f"\nexactly once: {len(rec.written):,} contacts written by the API, {found:,} found, "
              f"{dupes} originator refs on more than one contact")
        print(f"files: {len(files)} uploaded, {len(unanswered)} without a response {unanswered[:10]}")
        return found == len(rec.written) and dupes == 0 and not unanswered


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the seeded database (bench/seed.py)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=30, help="for each phase")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers (default: gunicorn.conf.py)")
    parser.add_argument("--port", type=int, default=8411)
    parser.add_argument("--soak", type=int, default=0, help="soak for this many seconds instead")
    parser.add_argument("--phases", default="mix,lists,queues,reads",
                        help="which of mix, lists, queues, raise, reads to run (raise and reads "
                             "also run their bare baselines; raise writes contacts)")
    parser.add_argument("--lease", type=int, default=30,
                        help="soak: batch-file lease in seconds (how soon a killed worker's file is redone)")
    args = parser.parse_args(argv)

    # no rate limits, and no daily maintenance window: a run after midnight UK time would
    # otherwise measure the service's 503s
    env = dict(os.environ, CMS_DATABASE_URL=args.url, CMS_API_RATE_LIMIT="0",
               CMS_SIGNIN_LIMIT_PER_ADDRESS="0", CMS_SIGNIN_LIMIT_PER_ACCOUNT="0",
               CMS_MAINTENANCE_WINDOW="")
    if args.workers:
        env["CMS_WEB_WORKERS"] = str(args.workers)
    keys, contacts, ids, logins = prepare(args.url, n_keys=max(args.clients, 16))
    gunicorn = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                "--access-logfile", "/dev/null", "--bind", f"{HOST}:{args.port}"]
    service = start(gunicorn + ["wsgi:app"], env, args.port)
    workers = []
    try:
        if args.soak:
            return soak(args, env, keys, contacts, logins, workers, service)
        phases = set(args.phases.split(","))
        if "mix" in phases:
            rec = Recorder()
            elapsed = drive(args.port, keys, contacts, logins, args.seconds, args.clients, MIX, rec)
            report(f"the mix at {args.clients} clients", rec, elapsed)
        if "lists" in phases:
            rec = Recorder()
            elapsed = drive(args.port, keys, contacts, [], args.seconds, args.clients,
                            [("api_list", 1), ("api_search", 1)], rec)
            report("API contact list and search alone", rec, elapsed)
            pages_against_bare(args, env, gunicorn, keys)
        if "queues" in phases:
            agent_key, views = prepare_queues(args.url, keys)
            rec = Recorder()
            elapsed = drive(args.port, [agent_key], contacts, [], args.seconds, args.clients,
                            [("agent_queue", 1), ("agent_view", 1)], rec, queues=views)
            report("the CDSP agent's filtered queues and saved views (every contact)", rec, elapsed)
            rec = Recorder()
            elapsed = drive(args.port, keys, contacts, [], args.seconds, args.clients,
                            [("queue", 1), ("view", 1)], rec, queues=views)
            report("participants' filtered queues and shared views (their own contacts)", rec,
                   elapsed)
        if "raise" in phases:
            raise_phase(args, env, gunicorn, keys, contacts)
        if "reads" not in phases:
            return
        rec = Recorder()
        elapsed = drive(args.port, keys, contacts, [], args.seconds, args.clients, [("api_read", 1)], rec)
        api_rate = report("authenticated API reads (GET /api/v1/contacts/{reference})", rec, elapsed)
    finally:
        stop(service)
    bare = start(gunicorn + ["bench.bare:app"], env, args.port)
    try:
        rec = Recorder()
        elapsed = drive(args.port, keys, contacts, [], args.seconds, args.clients, [("bare", 1)], rec,
                        bare_ids=ids)
        bare_rate = report("bare Flask primary-key read (the baseline)", rec, elapsed)
    finally:
        stop(bare)
    print(f"\nauthenticated API reads / bare primary-key reads = {api_rate / bare_rate:.2f} "
          f"(goal: at least 0.5)")


# A page of fifty, each kind alone, and the bare page that reads the same rows
# (bench/bare.py's /bare/page): (kind, whose key, the API's query, the bare page's query).
PAGES = [("own", "participant", "", "org={org_id}"),
         ("own_open_due", "participant", f"status={OPEN}&order=due",
          f"org={{org_id}}&status={OPEN}&order=due"),
         ("agent_all", "agent", "", ""),
         ("agent_queue", "agent", f"status={OPEN}&holder=CDSP&order=due",
          f"status={OPEN}&holder={{cdsp_id}}&order=due")]


def drive_pages(port, keys, seconds, clients, path_of):
    """``clients`` clients (each with a key of ``keys`` in turn) asking for ``path_of(org_id)``
    for ``seconds``: (latencies, errors, elapsed)."""
    latencies, errors, lock = [], [0], threading.Lock()
    stop_at = time.perf_counter() + seconds

    def worker(n):
        org_id, _, token = keys[n % len(keys)]
        client, path, mine = Client(port, token), path_of(org_id), []
        while time.perf_counter() < stop_at:
            t0 = time.perf_counter()
            status, _ = client.request("GET", path)
            mine.append(time.perf_counter() - t0)
            if status != 200:
                with lock:
                    errors[0] += 1
        with lock:
            latencies.extend(mine)

    elapsed = run_clients(worker, clients)
    return latencies, errors[0], elapsed


def pages_against_bare(args, env, gunicorn, keys):
    """The goal of a page of fifty (p95 under 100 ms at 16 clients, and at least half the
    throughput of a bare app reading the same 50 rows with one keyset query and dumping them
    with the standard library's json): each kind of :data:`PAGES` alone on the service, then
    its bare page alone, with the service idle on its port meanwhile."""
    from core import apikeys, create_app
    from core.models import Organisation, User
    with create_app({"CMS_DATABASE_URL": args.url}).app_context():
        cdsp_id = Organisation.by_code("CDSP").id
        agent = User.get(User.email == "agent@cdsp.bench.example.com")
        agent_key = (cdsp_id, "CDSP", apikeys.create_key(agent, agent, "bench/load.py pages")[1])
    bare_port = args.port + 1
    bare = start(gunicorn[:-1] + [f"{HOST}:{bare_port}", "bench.bare:app"], env, bare_port)
    rows = []
    try:
        for kind, whose, api_query, bare_query in PAGES:   # the same rows, in the same order
            org_id, _, token = keys[0] if whose == "participant" else agent_key
            pages = []
            for port, path in ((args.port, f"/api/v1/contacts?limit=50&{api_query}"),
                               (bare_port, f"/bare/page?limit=50&{bare_query}")):
                status, body = Client(port, token).request(
                    "GET", path.format(org_id=org_id, cdsp_id=cdsp_id))
                pages.append([c["reference"] for c in json.loads(body)["items"]] if status == 200 else status)
            print(f"  {kind}: the service's first page and the bare page hold "
                  f"{'the same' if pages[0] == pages[1] else 'DIFFERENT'} {len(pages[0])} contacts")
        for kind, whose, api_query, bare_query in PAGES:
            who = keys if whose == "participant" else [agent_key]
            measured = []
            for port, path in ((args.port, "/api/v1/contacts?limit=50" + (f"&{api_query}" if api_query else "")),
                               (bare_port, "/bare/page?limit=50" + (f"&{bare_query}" if bare_query else ""))):
                latencies, errors, elapsed = drive_pages(
                    port, who, args.seconds, args.clients,
                    lambda org_id, path=path: path.format(org_id=org_id, cdsp_id=cdsp_id))
                q = statistics.quantiles(latencies, n=100)
                measured.append((len(latencies) / elapsed, q[49] * 1000, q[94] * 1000, q[98] * 1000, errors))
            rows.append((kind, measured))
    finally:
        stop(bare)
    print(f"\na page of fifty at {args.clients} clients, {args.seconds} s each, service then bare "
          f"(goal: p95 < 100 ms, service/bare >= 0.5)")
    print(f"  {'kind':14} {'':8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind, measured in rows:
        for name, (rate, p50, p95, p99, errors) in zip(("service", "bare"), measured):
            print(f"  {kind:14} {name:8} {rate:>8.1f} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f} {errors:>7}")
        print(f"  {kind:14} {'ratio':8} {measured[0][0] / measured[1][0]:>8.2f}   "
              f"p95 {'met' if measured[0][2] < 100 else 'NOT met'}")
RUN = f"{int(time.time()) % 10_000_000}"   # a run's own prefix for keys and references
RAISED = itertools.count(1)   # across phases: no reference is sent twice


def raise_action(client, kind, org_contacts, org_code, counter, queues):
    """POST one ENQ (every participant type raises them), with its own Idempotency-Key, to
    the service or to the bare insert endpoint (which is told the ids the service works out)."""
    oref = f"R{RUN}-{os.getpid()}-{next(RAISED)}"
    body = {"type": "ENQ", "mprn": random.choice(org_contacts)[2], "summary": "Load test raise",
            "originator_ref": oref, "fields": {"topic": "data", "question": "Why is it so?"}}
    if kind == "bare_raise":
        org_id, user_id, cdsp_id = queues["raise"][org_code]
        body.update(originator_org=org_id, originator_user=user_id, holder_org=cdsp_id)
        return client.request("POST", "/bare/contacts", json.dumps(body),
                              {"Content-Type": "application/json"})
    return client.request("POST", "/api/v1/contacts", json.dumps(body),
                          {"Content-Type": "application/json", "Idempotency-Key": oref})


def raise_phase(args, env, gunicorn, keys, contacts):
    """Raising alone (``POST /api/v1/contacts`` with an Idempotency-Key, each client for its
    own organisation), then the bare app's insert of the same rows in one transaction
    (``POST /bare/contacts``) on the next port: the ratio, and the goal (p95 < 100 ms)."""
    from core import create_app
    from core.models import Organisation, User
    app = create_app({"CMS_DATABASE_URL": args.url})
    with app.app_context():
        cdsp_id = Organisation.by_code("CDSP").id
        ids = {org_code: (org_id, User.select(User.id).where(User.organisation == org_id)
                          .order_by(User.id).scalar(), cdsp_id) for org_id, org_code, _ in keys}
    rec = Recorder()
    elapsed = drive(args.port, keys, contacts, [], args.seconds, args.clients, [("raise", 1)], rec)
    rate = report(f"raising a contact (POST /api/v1/contacts with an Idempotency-Key) at "
                  f"{args.clients} clients", rec, elapsed)
    p95 = statistics.quantiles(rec.latency["raise"], n=100)[94] * 1000
    bare = start(gunicorn[:-1] + [f"{HOST}:{args.port + 1}", "bench.bare:app"], env, args.port + 1)
    try:
        rec = Recorder()
        elapsed = drive(args.port + 1, keys, contacts, [], args.seconds, args.clients,
                        [("bare_raise", 1)], rec, queues={"raise": ids})
        bare_rate = report("bare Flask insert of the same rows in one transaction (the baseline)",
                           rec, elapsed)
    finally:
        stop(bare)
    print(f"\nraising / bare insert = {rate / bare_rate:.2f} (goal: at least 0.5); raising p95 "
          f"{p95:.0f} ms (goal: under 100 ms)")


def children(pid):
    """The process ids whose parent is ``pid`` (gunicorn's workers under its master)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def soak(args, env, keys, contacts, logins, workers, service):
    # A file in the hands of a killed worker waits for its lease to run out before the reaper
    # hands it to another: a short lease lets the run see every recovery before it ends.
    env = dict(env, CMS_BATCH_LEASE_SECONDS=str(args.lease))

    def new_worker():
        return subprocess.Popen([sys.executable, "-m", "core.cli", "worker"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
    workers.extend([new_worker(), new_worker()])
    rec = Recorder()
    done = threading.Event()

    def killer():
        while not done.wait(60):
            victim = workers.pop(0)
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait()
            workers.append(new_worker())
            web = children(service.pid)
            if web:     # a web worker too, mid-request: gunicorn starts another
                os.kill(random.choice(web), signal.SIGKILL)
            print(f"  killed queue worker {victim.pid} with SIGKILL, started {workers[-1].pid}; "
                  f"killed a web worker", flush=True)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    elapsed = drive(args.port, keys, contacts, logins, args.soak, args.clients, MIX, rec)
    done.set()
    report(f"soak: the mix for {args.soak} s with a worker killed every minute", rec, elapsed)
    print("waiting for the workers to finish the queue ...", flush=True)
    deadline = time.time() + 300
    ok = False
    while time.time() < deadline:
        if check_exactly_once(args.url, rec):
            ok = True
            break
        time.sleep(10)
    for w in workers:
        stop(w)
    print("soak: PASSED" if ok else "soak: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main() or stalled())
