"""Real services a fault test may break: a PostgreSQL cluster and a redis-server of its own,
each on a spare port, which the test stops, restarts and cuts off at will.

Nothing here is a stand-in: the cluster is made with ``initdb`` and run by ``pg_ctl``, Redis
is the ``redis-server`` binary. ``initdb`` refuses to run as root, so as root the cluster is
made and run by the ``postgres`` user (``runuser``), in a folder that user owns.
"""
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bin():
    """The folder holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").is_file() and Path(folder, "pg_ctl").is_file():
            return Path(folder)
    return None


def cluster_user():
    """Who runs the cluster: ourselves, or ``postgres`` when we are root (initdb refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        return None


class PostgresCluster:
    """A throw-away PostgreSQL cluster on a spare port, trusting local connections."""

    def __init__(self, bindir):
        self.bindir = Path(bindir)
        self.port = free_port()
        self.user = cluster_user()
        # not under a test's tmp_path: the cluster's user must be able to reach the folder
        self.root = Path(tempfile.mkdtemp(prefix="cms-faults-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        if self.user is not None:
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        os.chmod(self.root, 0o700)

    def _run(self, *args, timeout=120):
        command = [str(self.bindir / args[0]), *map(str, args[1:])]
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr or done.stdout}"
                               f"\n{self.server_log()}")
        return done

    def server_log(self):
        try:
            return self.log.read_text()[-4000:]
        except OSError:
            return ""

    def init(self):
        self._run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--no-sync", "--no-instructions")
        return self

    def start(self):
        """Start the server and wait until it takes connections."""
        # fsync off: a crash of the server (``stop("immediate")``) keeps what it wrote, only a
        # crash of the machine would not. synchronous_commit stays on: without it a commit is
        # answered before its WAL is written, and a server crash loses it (seen here: a 201
        # whose contact was gone after an immediate stop).
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
                   "-c fsync=off -c max_connections=60")
        self._run("pg_ctl", "-D", self.data, "-l", self.log, "-o", options, "-w", "-t", "60",
                  "start")
        return self

    def stop(self, mode="fast"):
        """Stop the server: ``fast`` ends every session at once and shuts down cleanly,
        ``immediate`` is a crash (recovery runs at the next start)."""
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "60", "stop")

    def running(self):
        return (self.data / "postmaster.pid").exists()

    def destroy(self):
        if self.running():
            try:
                self.stop("immediate")
            except (RuntimeError, subprocess.TimeoutExpired):
                pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database="postgres"):
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self):
        """A fresh autocommit connection to the cluster's ``postgres`` database."""
        return psycopg.connect(self.url(), autocommit=True, connect_timeout=5)

    def create_database(self, name, template=None):
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def terminate_backends(self, database):
        """``pg_terminate_backend`` on every session connected to ``database`` but our own:
        each is cut off wherever it is (idle in the pool, or in the middle of a query).
        Answers how many were ended."""
        with self.admin() as conn:
            return sum(1 for (ended,) in conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()", (database,)) if ended)


class RedisServer:
    """A ``redis-server`` of the test's own on a spare port, nothing saved to disk."""

    def __init__(self, binary, folder):
        self.binary = binary
        self.port = free_port()
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}"

    def start(self):
        log = open(self.folder / "redis.log", "a")
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start: "
                                   f"{(self.folder / 'redis.log').read_text()[-2000:]}")
            time.sleep(0.05)

    def stop(self):
        """Stop the server (SIGTERM; with --save '' nothing is kept: a restart is empty)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None


class FullDisk:
    """A data folder the test fills and frees at will, in one of two ways:

    * ``tmpfs``: a small filesystem of its own (``mount -t tmpfs``, root only), filled with
      a filler file until a write fails with ENOSPC, as a real disk fills;
    * ``fsize``: where mounting is not allowed, a file-size limit of 0 (RLIMIT_FSIZE, set on
      the running processes with ``prlimit`` and on new ones as they start), under which
      every write that grows a file fails with EFBIG, as on a full disk.
    """

    FILLER = ".faults-filler"

    def __init__(self, folder, mode, size="16m"):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.mode = mode
        self.full = False
        self.mounted = False
        if mode == "tmpfs":
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                                   str(self.folder)], capture_output=True, text=True)
            if done.returncode != 0:
                raise PermissionError(done.stderr.strip() or "mount -t tmpfs failed")
            self.mounted = True

    @staticmethod
    def can_mount():
        if os.geteuid() != 0 or not shutil.which("mount"):
            return False
        probe = Path(tempfile.mkdtemp(prefix="cms-faults-mount-"))
        try:
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)],
                                  capture_output=True)
            if done.returncode == 0:
                subprocess.run(["umount", str(probe)], capture_output=True)
            return done.returncode == 0
        finally:
            probe.rmdir()

    def preexec_fn(self):
        """For processes started by the test: the file-size limit while the disk is 'full'."""
        if self.mode == "fsize" and self.full:
            import resource
            resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    def fill(self, pids=()):
        self.full = True
        if self.mode == "tmpfs":
            chunk = b"\0" * (1024 * 1024)
            with open(self.folder / self.FILLER, "ab", buffering=0) as filler:
                try:
                    while True:
                        filler.write(chunk)
                except OSError:
                    pass
                try:
                    while True:
                        filler.write(b"\0" * 512)
                except OSError:
                    pass
        else:
            import resource
            for pid in pids:
                resource.prlimit(pid, resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    def free(self, pids=()):
        self.full = False
        if self.mode == "tmpfs":
            (self.folder / self.FILLER).unlink(missing_ok=True)
        else:
            import resource
            for pid in pids:
                resource.prlimit(pid, resource.RLIMIT_FSIZE,
                                 (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    def files(self):
        """Every file under the folder but the filler (paths relative to it)."""
        return sorted(str(p.relative_to(self.folder)) for p in self.folder.rglob("*")
                      if p.is_file() and p.name != self.FILLER)

    def destroy(self):
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], capture_output=True)
            self.mounted = False
