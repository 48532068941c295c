"""Backups and restore: the database and the data folder's files, with a manifest of checksums.

A backup is a new folder::

    manifest.json            what it holds: see :func:`create_backup`
    database.sqlite3         SQLite: a copy made by SQLite's online backup API
    database.pgdump          PostgreSQL: ``pg_dump --format=custom``
    data/...                 the data folder's files (attachments, stored and batch files,
                             mailboxes, the mail outbox, plugins' files)

The database is copied from one snapshot while the service keeps writing (SQLite's backup
API holds one read transaction; on PostgreSQL ``pg_dump --snapshot`` dumps the snapshot the
manifest's counts were read in). Files are copied after it, so every file a row of the
snapshot names is there (a file written meanwhile comes along too, harmlessly).

Left out: the job queue (the database is the truth; periodic jobs find the work again), the
session-signing key (``secret_key``: a new one is made, so everyone signs in again),
temporary files, and the encryption key file unless asked for (``include_key``): a backup
holding its own key is a backup of the sealed secrets in clear.

:func:`restore_backup` checks every checksum before it writes anything, and restores only
into an empty installation (a database with no tables, a data folder with no files).
"""
import datetime
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from core.errors import CmsError
from core.secrets_at_rest import KEY_FILE, key_id, parse_keys
from core.storage import make_folder

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"
DATA = "data"
CHUNK = 1024 * 1024
SESSION_KEY_FILE = "secret_key"
QUEUE_FILE = "queue.sqlite3"
COUNTED = {"contacts": "contact", "audit_entries": "audit_entry", "users": "app_user",
           "attachments": "attachment"}


class BackupError(CmsError):
    """A backup that cannot be taken, or a restore refused: the message says why and what to do."""
    status = 400


# ------------------------------------------------------------------ the database's kind

def sqlite_path(url):
    """The file of a ``sqlite:///`` URL, or None for any other database."""
    return url[len("sqlite:///"):] if url.startswith("sqlite:///") else None


def _pg_url(url):
    """(URL without its password, environment with PGPASSWORD) for libpq's tools."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    parts = urlsplit(url)
    env = dict(os.environ)
    if parts.password is not None:
        env["PGPASSWORD"] = unquote(parts.password)
        host = parts.hostname or ""
        netloc = f"{parts.username}@{host}" if parts.username else host
        if parts.port:
            netloc += f":{parts.port}"
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts), env


def _tool_major(tool):
    path = shutil.which(tool)
    if path is None:
        raise BackupError(f"{tool} is not installed: install the PostgreSQL client tools of the "
                          "server's major version (Debian: postgresql-client)")
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=False).stdout
    found = re.search(r"(\d+)(?:\.\d+)?", out)
    if not found:
        raise BackupError(f"{tool} --version said {out.strip()!r}: cannot tell its version")
    return path, int(found.group(1))


def _check_tool(tool, server_major):
    path, major = _tool_major(tool)
    if major < server_major:
        raise BackupError(f"{tool} is version {major} but the server is PostgreSQL {server_major}: "
                          f"install the client tools of version {server_major} or later")
    return path


# ------------------------------------------------------------------ files

def _digest_copy(source, target):
    """Copy ``source`` to ``target`` (owner-only) and answer (sha256, size) of what was copied."""
    digest, size = hashlib.sha256(), 0
    make_folder(target.parent)
    temp = target.with_name(f".tmp-{secrets.token_hex(8)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size


def file_digest(path):
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _left_out(config):
    """Names at the top of the data folder that are never backed up (nor block a restore)."""
    names = {SESSION_KEY_FILE, KEY_FILE}
    for base in (QUEUE_FILE,):
        names.update({base, f"{base}-wal", f"{base}-shm", f"{base}-journal"})
    db_file = sqlite_path(config["CMS_DATABASE_URL"])
    data_dir = Path(config["CMS_DATA_DIR"]).resolve()
    if db_file and Path(db_file).resolve().parent == data_dir:
        name = Path(db_file).name
        names.update({name, f"{name}-wal", f"{name}-shm", f"{name}-journal"})
    return names


def data_files(config):
    """The data folder's files to back up, as paths relative to it, sorted."""
    root = Path(config["CMS_DATA_DIR"])
    left_out = _left_out(config)
    found = []
    for folder, dirs, files in os.walk(root):
        rel_folder = Path(folder).relative_to(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            rel = rel_folder / name
            if name.startswith(".") or (rel_folder == Path(".") and name in left_out):
                continue   # temporary files of writes in progress; keys, queue, database
            found.append(rel)
    return found


# ------------------------------------------------------------------ taking a backup

def _sqlite_snapshot(db_file, target):
    """Copy the live database with SQLite's online backup API (one read transaction, so one
    consistent snapshot while others write), then read the manifest's facts from the copy."""
    source = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        return _facts(copy.execute, lambda: [r[0] for r in copy.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")])
    finally:
        copy.close()
        source.close()


def _facts(execute, tables):
    """Counts, migrations applied and the audit chain's head, read through ``execute``."""
    names = set(tables())
    counts = {label: (execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                      if table in names else 0) for label, table in COUNTED.items()}
    migrations = {}
    for table in sorted(t for t in names if t == "schema_migration" or t.startswith("schema_migration_")):
        label = "core" if table == "schema_migration" else table[len("schema_migration_"):]
        migrations[label] = [r[0] for r in execute(f'SELECT name FROM "{table}" ORDER BY name').fetchall()]
    head = None
    if "audit_head" in names:
        row = execute("SELECT last_id, last_hash, count FROM audit_head WHERE id = 1").fetchone()
        if row:
            head = {"last_id": row[0], "last_hash": row[1], "count": row[2]}
    return {"counts": counts, "migrations": migrations, "audit_head": head}


def _pg_snapshot(url, target):
    """Dump with ``pg_dump --format=custom --snapshot``: the snapshot this transaction exported,
    so the counts read here are exactly what the dump holds."""
    import psycopg
    plain_url, env = _pg_url(url)
    with psycopg.connect(url) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        server_major = conn.info.server_version // 10000
        pg_dump = _check_tool("pg_dump", server_major)
        snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        facts = _facts(conn.execute, lambda: [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")])
        done = subprocess.run([pg_dump, "--format=custom", "--no-owner", "--no-privileges",
                               f"--snapshot={snapshot}", f"--file={target}", f"--dbname={plain_url}"],
                              capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            raise BackupError(f"pg_dump failed: {_first_line(done.stderr)}")
        facts["server_version"] = conn.info.server_version
    return facts


def _first_line(text):
    return (text.strip().splitlines() or ["(no message)"])[0]


def create_backup(config, path, include_key=False, now=None):
    """Write a backup of the installation ``config`` describes to the new folder ``path``;
    answer its manifest. The manifest (``manifest.json``) holds ``format``, ``created_at``,
    ``database`` (its ``kind``, the file), ``migrations`` (applied, per history table),
    ``counts`` (contacts, audit entries, users, attachments in the snapshot), ``audit_head``,
    ``key_included``, ``key_ids`` (the keys that seal its secrets) and ``files`` (each file's
    ``path``, ``sha256`` and ``size``, the database's first)."""
    path = Path(path)
    if path.exists():
        raise BackupError(f"{path} already exists: give the name of a new folder for the backup")
    if not path.parent.is_dir():
        raise BackupError(f"{path.parent} is not a folder: make it first")
    key_ids, key_file = present_keys(config)
    work = path.with_name(f".{path.name}.partial-{secrets.token_hex(4)}")
    make_folder(work)
    try:
        url = config["CMS_DATABASE_URL"]
        db_file = sqlite_path(url)
        if db_file:
            kind, name = "sqlite", SQLITE_FILE
            facts = _sqlite_snapshot(db_file, work / name)
        elif url.startswith(("postgresql://", "postgres://")):
            kind, name = "postgresql", PG_FILE
            facts = _pg_snapshot(url, work / name)
        else:
            raise BackupError(f"cannot back up a database of this kind: {url.split(':')[0]}")
        os.chmod(work / name, 0o600)
        sha, size = file_digest(work / name)
        files = [{"path": name, "sha256": sha, "size": size}]
        data_dir = Path(config["CMS_DATA_DIR"])
        for rel in data_files(config):
            try:
                sha, size = _digest_copy(data_dir / rel, work / DATA / rel)
            except FileNotFoundError:
                continue   # removed meanwhile (a swept temporary file, a purged one)
            files.append({"path": f"{DATA}/{rel.as_posix()}", "sha256": sha, "size": size})
        if include_key:
            if key_file is None:
                raise BackupError("the keys come from CMS_ENCRYPTION_KEY, not a key file: "
                                  "keep that setting with the backup yourself")
            sha, size = _digest_copy(key_file, work / KEY_FILE)
            files.append({"path": KEY_FILE, "sha256": sha, "size": size})
        manifest = {
            "format": FORMAT,
            "created_at": (now or datetime.datetime.now(datetime.timezone.utc)).isoformat(),
            "database": {"kind": kind, "file": name,
                         **({"server_version": facts.pop("server_version")}
                            if "server_version" in facts else {})},
            **facts,
            "key_included": bool(include_key),
            "key_ids": key_ids,
            "files": files,
        }
        _write_json(work / MANIFEST, manifest)
        os.rename(work, path)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return manifest


def _write_json(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(data, out, indent=1, sort_keys=True)
        out.write("\n")
        out.flush()
        os.fsync(out.fileno())


# ------------------------------------------------------------------ restoring one

def read_manifest(path):
    path = Path(path)
    try:
        manifest = json.loads((path / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{path} holds no {MANIFEST}: give the folder `cms backup` made") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BackupError(f"{path / MANIFEST} is not valid JSON ({exc}): the backup is damaged") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or \
            not isinstance(manifest.get("files"), list):
        raise BackupError(f"{path / MANIFEST} is not a manifest of format {FORMAT}")
    return manifest


def verify_backup(path, manifest):
    """Check every file the manifest lists against its size and SHA-256; the first that
    differs (or is missing, or lies outside the backup) raises, naming it."""
    root = Path(path).resolve()
    for item in manifest["files"]:
        rel = str(item.get("path", ""))
        target = (root / rel).resolve()
        if not rel or root not in target.parents:
            raise BackupError(f"the manifest names {rel!r}, which is not inside the backup: "
                              "the backup is damaged; nothing was restored")
        if not target.is_file():
            raise BackupError(f"the backup's file {rel} is missing: the backup is damaged; "
                              "nothing was restored")
        sha, size = file_digest(target)
        if sha != item.get("sha256") or size != item.get("size"):
            raise BackupError(f"the backup's file {rel} does not match its checksum in the "
                              "manifest: the backup is damaged; nothing was restored")


def installation_contents(config):
    """What makes the installation not empty: [descriptions]; [] when it is empty."""
    found = []
    url = config["CMS_DATABASE_URL"]
    db_file = sqlite_path(url)
    if db_file:
        if Path(db_file).is_file() and Path(db_file).stat().st_size:
            with sqlite3.connect(db_file) as conn:
                tables = [r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'")]
            conn.close()
            if tables:
                found.append(f"the database holds {len(tables)} tables")
    else:
        import psycopg
        with psycopg.connect(url) as conn:
            count = conn.execute("SELECT count(*) FROM pg_tables "
                                 "WHERE schemaname = current_schema()").fetchone()[0]
        if count:
            found.append(f"the database holds {count} tables")
    files = data_files(config)
    if files:
        found.append(f"the data folder holds {len(files)} files (such as {files[0].as_posix()})")
    return found


def restore_backup(config, path):
    """Restore the backup at ``path`` into the empty installation ``config`` describes; answer
    the manifest. Nothing is written until every checksum matched and the installation was
    found empty."""
    from core import db as database
    manifest = read_manifest(path)
    verify_backup(path, manifest)
    url = config["CMS_DATABASE_URL"]
    kind = manifest["database"]["kind"]
    here = "sqlite" if sqlite_path(url) else "postgresql"
    if kind != here:
        raise BackupError(f"the backup is of a {kind} database but CMS_DATABASE_URL names a "
                          f"{here} one: restore into the same kind of database")
    contents = installation_contents(config)
    if contents:
        raise BackupError("restore only into an empty installation (a new database and an empty "
                          f"data folder): {'; '.join(contents)}")
    source = Path(path) / manifest["database"]["file"]
    if not database.db.is_closed():
        database.db.close()
    if kind == "sqlite":
        with sqlite3.connect(source) as src, sqlite3.connect(sqlite_path(url)) as dst:
            src.backup(dst)
        src.close()
        dst.close()
    else:
        _pg_restore(url, source)
    data_dir = Path(config["CMS_DATA_DIR"])
    for item in manifest["files"]:
        rel = item["path"]
        if rel.startswith(DATA + "/"):
            target = data_dir / rel[len(DATA) + 1:]
        elif rel == KEY_FILE:
            target = data_dir / KEY_FILE
        else:
            continue
        sha, size = _digest_copy(Path(path) / rel, target)
        if sha != item["sha256"]:
            raise BackupError(f"{rel} changed while it was restored: run the restore again")
    return manifest


def _pg_restore(url, source):
    import psycopg
    plain_url, env = _pg_url(url)
    with psycopg.connect(url) as conn:
        server_major = conn.info.server_version // 10000
    pg_restore = _check_tool("pg_restore", server_major)
    done = subprocess.run([pg_restore, "--exit-on-error", "--single-transaction", "--no-owner",
                           "--no-privileges", f"--dbname={plain_url}", str(source)],
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed, nothing was restored: {_first_line(done.stderr)}")


def present_keys(config):
    """(ids of the encryption keys this installation has, the key file or None), making no
    key file where there is none."""
    raw = config.get("CMS_ENCRYPTION_KEY") or ""
    if raw:
        return [key_id(k) for k in parse_keys(raw, "CMS_ENCRYPTION_KEY")], None
    path = Path(config["CMS_DATA_DIR"]) / KEY_FILE
    if not path.is_file():
        return [], None
    return [key_id(k) for k in parse_keys(path.read_text(), str(path))], path


def missing_keys(config, manifest):
    """The key ids the backup's secrets were sealed with that this installation does not have."""
    have = set(present_keys(config)[0])
    return [kid for kid in manifest.get("key_ids", []) if kid not in have]
