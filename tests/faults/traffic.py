"""The service as it runs for real (gunicorn and ``cms worker`` processes), clients that keep
it busy while a test breaks what it stands on, and the books that prove nothing was lost.

Clients behave as the README asks of a careful caller: every POST carries an
Idempotency-Key and is sent again, unchanged, after a 503 or a cut connection until it gets
its answer; a file is uploaded again, byte for byte, until it is accepted. The ledger keeps
every answer, so that afterwards :func:`check_books` can say whether any contact was lost
(a 201 not readable) or made twice, whether a retry of an answered key replays it, and
whether any batch file was left half done.
"""
import http.client
import itertools
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import psycopg

from core.contacts.mprn import check_digits
from plugins.channels.batch.writers import write_qmp

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"
PASSWORD = "correct horse battery staple"     # tests.support.principals' password
RETRY_PAUSE = 0.2        # the clients' pause before a retry (Retry-After is checked, not waited)
UNAVAILABLE_TITLES = (b"Service temporarily unavailable", b"Service busy")


def mprn(n):
    body = f"{39384244 + n % 9_000_000:08d}"
    return body + check_digits(body)


def service_env(database_url, data_dir, **settings):
    """The settings of the service's processes: this machine's database and data folder, no
    maintenance window (a real app has one every night), cheap password hashing."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CMS_")}
    env.update({"CMS_DATABASE_URL": database_url, "CMS_DATA_DIR": str(data_dir),
                "CMS_SECRET_KEY": "faults-secret-key-0123456789abcdef",
                "CMS_MAINTENANCE_WINDOW": "", "CMS_WEB_WORKERS": "2",
                "CMS_ARGON2_TIME_COST": "1", "CMS_ARGON2_MEMORY_KIB": "1024",
                "CMS_ARGON2_PARALLELISM": "1", "CMS_API_RATE_LIMIT": "0",
                "CMS_BATCH_LEASE_SECONDS": "4", "CMS_BATCH_CHECK_PROCESSES": "1",
                "PYTHONPATH": str(ROOT)})
    env.update({k: str(v) for k, v in settings.items()})
    return env


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
    return sorted(found)


class Service:
    """gunicorn (``gunicorn.conf.py``, ``wsgi:app``) and ``cms worker`` processes."""

    def __init__(self, env, folder, port=None, preexec_fn=None):
        from tests.faults.services import free_port
        self.env, self.folder = env, Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.preexec_fn = preexec_fn
        self.web = None
        self.workers = []

    def _spawn(self, command, log_name):
        """Start ``command``; its output reaches the log through a pipe, copied by a thread of
        the test's, so that a process under a file-size limit can still be heard."""
        process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, start_new_session=True,
                                   preexec_fn=self.preexec_fn)

        def copy():
            with open(self.folder / log_name, "ab", buffering=0) as log:
                for line in process.stdout:
                    log.write(line)
        threading.Thread(target=copy, daemon=True, name=f"log-{log_name}").start()
        return process

    def log(self, name="web.log"):
        try:
            return (self.folder / name).read_text(errors="replace")
        except OSError:
            return ""

    def start_web(self, timeout=60):
        self.web = self._spawn([str(BIN / "gunicorn"), "--config", "gunicorn.conf.py",
                                "--bind", f"{HOST}:{self.port}", "wsgi:app"], "web.log")
        deadline = time.monotonic() + timeout
        while True:
            if self.web.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.web.returncode}:\n{self.log()[-3000:]}")
            try:
                if request(self.port, "GET", "/healthz")[0] == 200:
                    return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"/healthz never answered 200:\n{self.log()[-3000:]}")
            time.sleep(0.2)

    def start_worker(self, *args, module="tests.faults.worker_main"):
        """A ``cms worker`` (by default with the tests' impatient reaper, see worker_main)."""
        name = f"worker-{len(self.workers) + 1}.log"
        worker = self._spawn([sys.executable, "-m", module, "worker", "--workers", "2", *args],
                             name)
        self.workers.append((worker, name))
        deadline = time.monotonic() + 60
        while "worker ready" not in self.log(name):
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the worker did not start:\n{self.log(name)[-3000:]}")
            time.sleep(0.1)
        return worker

    def web_workers(self):
        return children(self.web.pid) if self.web else []

    def pids(self):
        """Every process of the service: gunicorn's master and workers, the queue's workers."""
        alive = [p.pid for p in [self.web, *(w for w, _ in self.workers)]
                 if p is not None and p.poll() is None]
        return alive + self.web_workers()

    def worker_logs(self):
        return "".join(self.log(name) for _, name in self.workers)

    def stop(self):
        for process in [self.web, *(w for w, _ in self.workers)]:
            if process is None or process.poll() is not None:
                continue
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
            except ProcessLookupError:
                pass


def request(port, method, path, body=None, headers=None, timeout=30):
    """One request on a connection of its own: ``(status, headers, body bytes)``."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def multipart(filename, data):
    boundary = f"faults{uuid.uuid4().hex}"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{filename}\"\r\nContent-Type: text/plain\r\n\r\n").encode() + data + \
        f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def sign_in(port, tenant, email):
    """A portal session cookie for ``email`` (through the real form, with its CSRF token)."""
    status, headers, page = request(port, "GET", f"/{tenant}/login")
    token = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', page).group(1).decode()
    cookie = headers["set-cookie"].split(";")[0]
    body = f"csrf_token={token}&email={email}&password={PASSWORD.replace(' ', '+')}"
    status, headers, page = request(port, "POST", f"/{tenant}/login", body, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie,
        "Referer": f"http://{HOST}:{port}/{tenant}/login"})
    assert status == 302, (status, page[:500])
    return headers["set-cookie"].split(";")[0]


class Ledger:
    """Every answer the clients got, and what the service promised in them."""

    def __init__(self):
        self.lock = threading.Lock()
        self.answers = Counter()            # (kind, status or error name) -> how many
        self.problems = []                  # answers no fault excuses (a 500, a 503 unexplained)
        self.raised = {}                    # Idempotency-Key -> reference of its 201
        self.bodies = {}                    # Idempotency-Key -> the body sent with it
        self.run = ""                       # the prefix of this run's originator refs
        self.unanswered = []                # keys that never got their 201 before the deadline
        self.files = {}                     # sequence -> [(file id, status at upload)]
        self.file_refs = {}                 # sequence -> originator refs of its records
        self.faults = Counter()             # what was done to the service, by kind

    def count(self, kind, outcome):
        with self.lock:
            self.answers[kind, outcome] += 1

    def problem(self, text):
        with self.lock:
            self.problems.append(text)

    def fault(self, kind, n=1):
        with self.lock:
            self.faults[kind] += n

    def total(self):
        return sum(self.answers.values())

    def by_outcome(self):
        totals = Counter()
        for (_, outcome), n in self.answers.items():
            totals[outcome] += n
        return totals

    def summary(self):
        outcomes = self.by_outcome()
        by_outcome = ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items(), key=str))
        return (f"{self.total()} requests ({by_outcome}); "
                f"faults: {dict(self.faults)}; contacts raised: {len(self.raised)}; "
                f"files: {len(self.files)}")


class Traffic:
    """``clients`` threads, each sending the mix below until :meth:`stop`: raising contacts
    by API (retried with the same Idempotency-Key until answered), reading them back,
    listing, uploading QMP files (``upload_every``: one in that many actions; 0: none) and,
    with a portal session, opening the portal's home page."""

    def __init__(self, port, token, ledger, clients=4, org="ALP", tenant="shipper",
                 portal_cookie=None, upload_every=8, records_per_file=5, expect=(),
                 retry_on=(503,), give_up_after=45):
        self.port, self.token, self.ledger = port, token, ledger
        self.clients, self.org, self.tenant = clients, org, tenant
        self.portal_cookie = portal_cookie
        self.upload_every, self.records_per_file = upload_every, records_per_file
        self.expect = set(expect)          # statuses other than 2xx/503 that are fine (e.g. 507)
        self.retry_on = set(retry_on)      # statuses after which a write is sent again
        self.give_up_after = give_up_after
        self.run = ledger.run = uuid.uuid4().hex[:6].upper()
        self.keys = itertools.count(1)
        self.sequences = itertools.count(random.randint(1000, 900_000))
        self._stopping = threading.Event()
        self._deadline = None
        self._threads = []

    # ---------------------------------------------------------------- driving

    def start(self):
        for n in range(self.clients):
            thread = threading.Thread(target=self._client, args=(n,), daemon=True,
                                      name=f"client-{n}")
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self):
        """Stop starting new actions; a request still being retried goes on until answered
        (or ``give_up_after`` seconds, when it is listed as unanswered)."""
        self._deadline = time.monotonic() + self.give_up_after
        self._stopping.set()
        for thread in self._threads:
            thread.join(self.give_up_after + 30)

    def _client(self, n):
        rng = random.Random(n)
        conn = [None]
        while not self._stopping.is_set():
            roll = rng.random()
            if self.upload_every and rng.randrange(self.upload_every) == 0:
                self._upload(conn)
            elif roll < 0.45:
                self._raise(conn, rng)
            elif roll < 0.7 and self.ledger.raised:
                reference = rng.choice(list(self.ledger.raised.values()))
                self._send(conn, "read", "GET", f"/api/v1/contacts/{reference}")
            elif roll < 0.85 or not self.portal_cookie:
                self._send(conn, "list", "GET", "/api/v1/contacts?limit=20")
            else:
                self._send(conn, "portal", "GET", f"/{self.tenant}/",
                           headers={"Cookie": self.portal_cookie}, api=False)

    def _send(self, conn, kind, method, path, body=None, headers=None, api=True):
        """One request on the client's connection (opened again when cut): ``(status,
        headers, body)``, status None when the connection failed. Judges the answer."""
        headers = dict(headers or {})
        if api:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            if conn[0] is None:
                conn[0] = http.client.HTTPConnection(HOST, self.port, timeout=30)
            conn[0].request(method, path, body=body, headers=headers)
            response = conn[0].getresponse()
            status, data = response.status, response.read()
            answer = {k.lower(): v for k, v in response.getheaders()}
        except (OSError, http.client.HTTPException) as exc:
            if conn[0] is not None:
                conn[0].close()
            conn[0] = None
            self.ledger.count(kind, type(exc).__name__)
            return None, {}, b""
        self.ledger.count(kind, status)
        if status == 503:
            if not answer.get("retry-after", "").isdigit():
                self.ledger.problem(f"{kind} {path}: 503 without Retry-After")
            if api and b'"message"' not in data:
                self.ledger.problem(f"{kind} {path}: a 503 that is not the API's JSON: {data[:200]!r}")
            if not api and not any(title in data for title in UNAVAILABLE_TITLES):
                self.ledger.problem(f"{kind} {path}: a 503 page that does not say why: {data[:200]!r}")
        elif status >= 300 and status not in self.expect:
            self.ledger.problem(f"{kind} {method} {path}: {status} {data[:300]!r}")
        return status, answer, data

    def _retrying(self, conn, kind, method, path, body, headers, done):
        """Send until ``done(status)`` or the give-up deadline; the last answer."""
        while True:
            status, answer, data = self._send(conn, kind, method, path, body, headers)
            if status is not None and (done(status) or status not in self.retry_on):
                return status, answer, data
            if self._deadline is not None and time.monotonic() > self._deadline:
                return status, answer, data
            time.sleep(RETRY_PAUSE)

    def _raise(self, conn, rng):
        key = f"F{self.run}-{next(self.keys)}"
        body = json.dumps({"type": "ENQ", "mprn": mprn(rng.randrange(10**6)), "summary": "Faults",
                           "originator_ref": key,
                           "fields": {"topic": "data", "question": "Still there?"}})
        status, answer, data = self._retrying(
            conn, "raise", "POST", "/api/v1/contacts", body,
            {"Content-Type": "application/json", "Idempotency-Key": key}, lambda s: s == 201)
        if status == 201:
            with self.ledger.lock:
                self.ledger.raised[key] = json.loads(data)["reference"]
                self.ledger.bodies[key] = body
        elif status is None or status in self.retry_on:
            with self.ledger.lock:
                self.ledger.unanswered.append(key)

    def _upload(self, conn):
        sequence = next(self.sequences)
        refs = [f"F{self.run}-Q{sequence}-{i}" for i in range(self.records_per_file)]
        data = write_qmp(self.org, sequence, [(ref, "ENQ", mprn(sequence * 10 + i), f"File {sequence}",
                                                "files", "Where is it?") for i, ref in enumerate(refs)])
        body, headers = multipart(f"faults-{sequence}.qmp", data)
        with self.ledger.lock:
            self.ledger.file_refs[sequence] = refs
        status, answer, data = self._retrying(conn, "upload", "POST", "/api/v1/batch-files", body,
                                              headers, lambda s: s == 202)
        if status == 202:
            described = json.loads(data)
            with self.ledger.lock:
                self.ledger.files.setdefault(sequence, []).append((described["id"], described["status"]))


# -------------------------------------------------------------------- the books

def wait_for_files(database_url, ledger, timeout=90):
    """Wait until every file the run registered is finished and delivered; answer the ids
    still unfinished when time ran out."""
    ids = [file_id for uploads in ledger.files.values() for file_id, _ in uploads]
    deadline = time.monotonic() + timeout
    while ids:
        try:
            with psycopg.connect(database_url, connect_timeout=5) as conn:
                pending = [row[0] for row in conn.execute(
                    "SELECT id FROM batch_file WHERE id = ANY(%s) AND (status NOT IN "
                    "('processed', 'rejected') OR delivered_at IS NULL)", (ids,))]
        except psycopg.OperationalError:
            pending = ids
        if not pending or time.monotonic() > deadline:
            return pending
        time.sleep(0.5)
    return []


def check_books(database_url, ledger, port, token, data_dir=None):
    """Everything the run was promised, checked against the database and the service:
    ``{problem kind: [examples]}`` (empty when nothing was lost, doubled or half done)."""
    problems = {}

    def note(kind, example):
        problems.setdefault(kind, []).append(example)

    for text in ledger.problems:
        note("unexpected answer", text)
    for key in ledger.unanswered:
        note("never answered", key)
    prefix = f"F{ledger.run}-"
    with psycopg.connect(database_url, connect_timeout=5) as conn:
        counts = dict(conn.execute(
            "SELECT originator_ref, count(*) FROM contact WHERE originator_ref LIKE %s "
            "GROUP BY originator_ref", (prefix + "%",)).fetchall())
        files = {row[0]: row for row in conn.execute(
            "SELECT id, status, sequence, record_count, accepted_count, rejected_count, "
            "response_key, delivered_at, error_code FROM batch_file WHERE organisation_id = "
            "(SELECT id FROM organisation WHERE code = 'ALP') AND filename LIKE 'faults-%%'")}
    for ref, n in counts.items():
        if n > 1:
            note("duplicated", f"{ref} x{n}")
    # every 201 is readable, and its key replays the same answer
    for key, reference in sorted(ledger.raised.items()):
        if counts.get(key) != 1:
            note("lost", f"{key} ({reference}): {counts.get(key, 0)} contacts")
        status, _, data = request(port, "GET", f"/api/v1/contacts/{reference}",
                                  headers={"Authorization": f"Bearer {token}"})
        if status != 200:
            note("lost", f"{reference}: GET answered {status}")
    for key, reference in sorted(ledger.raised.items()):
        status, headers, data = request(port, "POST", "/api/v1/contacts", ledger.bodies[key], {
            "Authorization": f"Bearer {token}", "Content-Type": "application/json",
            "Idempotency-Key": key})
        if status != 201 or headers.get("idempotent-replayed") != "true" or \
                json.loads(data).get("reference") != reference:
            note("retry not replayed",
                 f"{key}: {status} {headers.get('idempotent-replayed')} {data[:200]!r}")
    # files: each sequence has one file that was processed, with each record once
    registered = {file_id: row for file_id, row in files.items()}
    for sequence, refs in ledger.file_refs.items():
        mine = [row for row in registered.values() if row[2] == sequence]
        live = [row for row in mine if row[1] != "rejected"]
        accepted = sequence in ledger.files
        if accepted and len(live) != 1:
            note("file lost or doubled", f"sequence {sequence}: {[(r[0], r[1]) for r in mine]}")
        for row in mine:
            if row[1] not in ("processed", "rejected") or row[7] is None or row[6] is None:
                note("file half done", f"file {row[0]}: {row[1]}, response {row[6]}, delivered {row[7]}")
            if row[1] == "processed" and (row[4] != len(refs) or row[3] != len(refs)):
                note("file half done", f"file {row[0]}: {row[4]} of {row[3]} accepted, {len(refs)} sent")
            if row[1] == "rejected" and row[8] != "FIL004":
                note("file rejected", f"file {row[0]}: {row[8]}")
        made = sum(counts.get(ref, 0) for ref in refs)
        if live and live[0][1] == "processed" and made != len(refs):
            note("file half done", f"sequence {sequence}: {made} contacts for {len(refs)} records")
        if not live and made:
            note("file half done", f"sequence {sequence}: {made} contacts but no live file")
    return problems


class Recovering:
    """Queues ``jobs`` (the periodic recovery jobs) every second until stopped: their
    schedules (a quarter minute to five minutes) sped up, so a test need not wait for them."""

    def __init__(self, queue, *jobs):
        self.queue, self.jobs, self.done = queue, jobs, threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def run(self):
        while not self.done.wait(1):
            for job in self.jobs:
                self.queue.offer(job)

    def stop(self):
        self.done.set()
        self.thread.join(10)


def wait_for(url, count_sql, timeout=60):
    """Poll ``count_sql`` until it answers 0 (or time runs out); answer its last count."""
    deadline = time.monotonic() + timeout
    while True:
        with psycopg.connect(url) as conn:
            left = conn.execute(count_sql).fetchone()[0]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.5)
