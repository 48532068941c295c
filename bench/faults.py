"""A soak with faults injected at random: the service under load while its PostgreSQL, its
Redis and its data folder fail under it, then the books.

    python bench/faults.py                  # 10 minutes
    python bench/faults.py --seconds 120 --clients 6 --seed 7

Everything runs on this machine and is the script's own: a PostgreSQL cluster (initdb on a
spare port; as root it runs as the ``postgres`` user), a redis-server (queue and limits), a
data folder on a tmpfs it can fill (as root; elsewhere a file-size limit on the service's
processes stands for a full disk), gunicorn (``gunicorn.conf.py``) and two ``cms worker``s
with the real reaper. Clients raise contacts by API (retried with their Idempotency-Key
until answered), read and list them, open the portal and upload QMP files (sent again after
a 503 or a 507), while every 5 to 20 seconds one fault strikes:

* ``pg_terminate_backend``: a burst of sessions ended wherever they are;
* PostgreSQL stopped for 1 to 4 seconds, cleanly (``-m fast``) or as a crash (``immediate``);
* Redis stopped for 2 to 8 seconds (it comes back empty: the queue's entries are gone);
* the data folder full for 3 to 8 seconds.

At the end it waits for the periodic jobs (the reaper, the webhook sweep) to finish the work
the faults held up, then prints the requests by outcome, the faults by kind, the errors by
kind, and the contacts lost or doubled, the batch files half done, the webhook deliveries
never made: all of which must be 0. The exit status is 1 when any is not.
"""
import argparse
import json
import random
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.faults.services import (FullDisk, PostgresCluster, RedisServer,  # noqa: E402
                                   postgres_bin)
from tests.faults.traffic import (Ledger, Service, Traffic, check_books,  # noqa: E402
                                  service_env, sign_in, wait_for, wait_for_files)


def prepare(url, data_dir, receiver_url):
    """Migrate the database; a shipper's user with an API key, and its LSO's webhook."""
    from core import apikeys, create_app
    from core import db as database
    from core.cli import upgrade_database
    from core.tenancy import sync_tenants
    from plugins.webhooks import registry
    from tests.support.principals import Principals
    app = create_app({"CMS_DATABASE_URL": url, "CMS_DATA_DIR": str(data_dir),
                      "CMS_SECRET_KEY": "faults-secret-key-0123456789abcdef",
                      "CMS_ARGON2_TIME_COST": 1, "CMS_ARGON2_MEMORY_KIB": 1024,
                      "CMS_ARGON2_PARALLELISM": 1, "CMS_WEBHOOK_ALLOW_PRIVATE": True})
    with app.app_context():
        upgrade_database()
        sync_tenants(app.extensions["cms"].tenants)
        principals = Principals(app)
        user = principals.user("user", "ALP")
        _, token = apikeys.create_key(user, user, "bench/faults.py")
        lso = principals.user("lso", "ALP")
        registry.create(lso, lso.organisation, receiver_url, ["contact.raised"])
        email = user.email
        database.db.close_all()
    return email, token


class Injector:
    """Strikes one fault at a time, at random, until stopped; every fault is undone before
    the next (and before :meth:`stop` returns)."""

    def __init__(self, rng, ledger, cluster, database, redis_server, disk, service, log):
        self.rng, self.ledger, self.log = rng, ledger, log
        self.cluster, self.database = cluster, database
        self.redis, self.disk, self.service = redis_server, disk, service
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True, name="faults")

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.done.set()
        self.thread.join(120)

    def run(self):
        faults = [self.end_sessions, self.restart_postgres, self.crash_postgres,
                  self.stop_redis, self.fill_disk]
        while not self.done.wait(self.rng.uniform(5, 20)):
            fault = self.rng.choice(faults)
            try:
                fault()
            except Exception as exc:  # noqa: BLE001  (a fault that could not be struck or undone)
                self.ledger.fault(f"injector error: {type(exc).__name__}")
                self.log(f"  the fault {fault.__name__} failed: {exc}")

    def _hold(self, low, high):
        time.sleep(self.rng.uniform(low, high))

    def end_sessions(self):
        ended = 0
        for _ in range(self.rng.randint(3, 8)):
            ended += self.cluster.terminate_backends(self.database)
            time.sleep(self.rng.uniform(0.1, 0.6))
        self.ledger.fault("pg_terminate_backend bursts")
        self.ledger.fault("PostgreSQL sessions ended", ended)
        self.log(f"  ended {ended} PostgreSQL sessions")

    def restart_postgres(self, mode="fast"):
        self.cluster.stop(mode)
        self.ledger.fault(f"PostgreSQL stopped ({mode})")
        try:
            self._hold(1, 4)
        finally:
            self.cluster.start()
        self.log(f"  PostgreSQL stopped ({mode}) and started again")

    def crash_postgres(self):
        self.restart_postgres("immediate")

    def stop_redis(self):
        self.redis.stop()
        self.ledger.fault("Redis stopped")
        try:
            self._hold(2, 8)
        finally:
            self.redis.start()
        self.log("  Redis stopped and started again (empty)")

    def fill_disk(self):
        self.disk.fill(self.service.pids())
        self.ledger.fault(f"data folder full ({self.disk.mode})")
        try:
            self._hold(3, 8)
        finally:
            self.disk.free(self.service.pids())
        self.log("  the data folder was full, then freed")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=600, help="how long the faults go on")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seed", type=int, default=None, help="the faults' random seed")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    rng = random.Random(seed)

    def log(text):
        print(text, flush=True)

    bindir, redis_binary = postgres_bin(), shutil.which("redis-server")
    if bindir is None or redis_binary is None:
        sys.exit("bench/faults.py needs PostgreSQL's initdb and pg_ctl and redis-server")
    from tests.operations.receiver import Receiver
    work = Path(tempfile.mkdtemp(prefix="cms-faults-soak-"))
    cluster = PostgresCluster(bindir).init().start()
    redis_server = RedisServer(redis_binary, work / "redis").start()
    disk = FullDisk(work / "data", "tmpfs" if FullDisk.can_mount() else "fsize", size="1g")
    service = None
    ledger = Ledger()
    try:
        database = f"cms_soak_{uuid.uuid4().hex[:8]}"
        url = cluster.create_database(database)
        with Receiver() as receiver:
            email, token = prepare(url, disk.folder, receiver.url)
            env = service_env(url, disk.folder, CMS_QUEUE_URL=f"{redis_server.url}/0",
                              CMS_RATE_LIMIT_REDIS_URL=f"{redis_server.url}/1",
                              CMS_API_RATE_LIMIT=1_000_000, CMS_WEBHOOK_ALLOW_PRIVATE="true",
                              CMS_BATCH_LEASE_SECONDS=10)
            service = Service(env, work / "logs", preexec_fn=disk.preexec_fn)
            service.start_web()
            for _ in range(2):
                service.start_worker(module="core.cli")
            log(f"faults soak: {args.seconds} s, {args.clients} clients, seed {seed}, data folder "
                f"on {disk.mode}; PostgreSQL on port {cluster.port}, Redis on {redis_server.port}, "
                f"gunicorn on {service.port}; logs in {work / 'logs'}")
            cookie = sign_in(service.port, "shipper", email)
            traffic = Traffic(service.port, token, ledger, clients=args.clients,
                              portal_cookie=cookie, expect={507}, retry_on=(503, 507),
                              give_up_after=90).start()
            injector = Injector(rng, ledger, cluster, database, redis_server, disk, service,
                                log).start()
            started = time.monotonic()
            while time.monotonic() - started < args.seconds:
                time.sleep(min(30, args.seconds - (time.monotonic() - started)))
                log(f" {time.monotonic() - started:5.0f} s: {ledger.total()} requests, "
                    f"faults {dict(ledger.faults)}")
            injector.stop()
            traffic.stop()
            elapsed = time.monotonic() - started
            log("faults over; waiting for the periodic jobs (reaper, webhook sweep) to finish "
                "the work they held up ...")
            unfinished = wait_for_files(url, ledger, timeout=240)
            undelivered = wait_for(url, "SELECT count(*) FROM webhook_delivery "
                                        "WHERE status <> 'delivered'", timeout=120)
            problems = check_books(url, ledger, service.port, token)
            import psycopg
            with psycopg.connect(url) as conn:
                contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
                deliveries = conn.execute("SELECT count(*) FROM webhook_delivery").fetchone()[0]
            received = len({r["headers"]["x-cms-delivery"] for r in receiver.requests})
    finally:
        if service is not None:
            service.stop()
        redis_server.stop()
        disk.destroy()
        cluster.destroy()

    outcomes = ledger.by_outcome()
    errors = Counter({kind: len(found) for kind, found in problems.items()})
    if unfinished:
        errors["batch file never finished"] += len(unfinished)
    if undelivered or received < deliveries or deliveries != contacts:
        errors["webhook delivery not made"] += max(undelivered, deliveries - received,
                                                   contacts - deliveries)
    lost = len(problems.get("lost", []))
    doubled = len(problems.get("duplicated", []))
    log(f"\nfaults soak: {ledger.total():,} requests in {elapsed:.0f} s with "
        f"{args.clients} clients (seed {seed})")
    log("  requests by outcome: " + ", ".join(f"{k}: {v:,}" for k, v in
                                              sorted(outcomes.items(), key=lambda kv: str(kv[0]))))
    log("  faults: " + ", ".join(f"{k}: {v}" for k, v in sorted(ledger.faults.items())))
    log(f"  contacts: {contacts:,} ({len(ledger.raised):,} raised by API, the rest by "
        f"{len(ledger.files):,} files); webhook deliveries: {deliveries:,}, received {received:,}")
    log(f"  errors by kind: {dict(errors) or 'none'}")
    log(f"  lost contacts: {lost}, duplicated contacts: {doubled}")
    for kind, found in problems.items():
        log(f"  {kind}: {json.dumps(found[:5])}")
    ok = not errors and not lost and not doubled
    log("faults soak: PASSED" if ok else "faults soak: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
