"""Files under the data directory (``CMS_DATA_DIR``): stored content and organisations' mailboxes.

Content is stored under a key the service makes (``2026/11/<32 hex digits>``),
never under a name a client chose; its SHA-256 and size are computed while it
is written, and a size limit stops the copy as soon as it is passed, before
the rest of the body is read. Files are owner-only (0600), in owner-only folders
(0700). Every write goes to a hidden temporary file in
the same folder, is flushed to disk, then renamed into place, so a reader (or
a participant collecting from a mailbox) never sees half a file.

Layout::

    <data>/files/YYYY/MM/<key>       stored content (uploads, batch files, responses)
    <data>/mailboxes/<ORG>/in/       files a participant drops for the service
    <data>/mailboxes/<ORG>/out/      files the service leaves for the participant
"""
import hashlib
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from core.db import utcnow
from core.errors import CmsError

CHUNK_BYTES = 64 * 1024
TEMP_PREFIX = ".tmp-"
_KEY = re.compile(r"[0-9]{4}/[0-9]{2}/[0-9a-f]{32}")
_ORG_CODE = re.compile(r"[A-Z0-9]{1,20}(?:-SBX)?")   # -SBX: a sandbox's (core.sandbox)
_FILENAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class FileTooLarge(CmsError):
    """A file over its size limit; nothing of it is kept."""
    status = 413

    def __init__(self, limit):
        super().__init__(f"The file is larger than the limit of {limit:,} bytes; "
                         "send a smaller file.", {"file": f"at most {limit:,} bytes"})
        self.limit = limit


@dataclass(frozen=True)
class StoredFile:
    key: str
    sha256: str
    size: int


class Storage:
    """The files of one data directory."""

    def __init__(self, data_dir):
        self.data_dir = Path(data_dir)
        self.files = self.data_dir / "files"
        self.mailboxes = self.data_dir / "mailboxes"

    # ------------------------------------------------------------ content by key

    def put(self, source, max_bytes=None):
        """Store ``source`` (bytes, a binary file object or an iterable of byte chunks) under a
        new key; :class:`FileTooLarge` once more than ``max_bytes`` have been read."""
        now = utcnow()
        key = f"{now:%Y}/{now:%m}/{secrets.token_hex(16)}"
        digest, size = _write_atomic(self.files / key, _chunks(source), max_bytes)
        return StoredFile(key, digest, size)

    def path(self, key):
        """The path of stored content; ValueError for anything that is not a key."""
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValueError(f"not a storage key: {key!r}")
        return self.files / key

    def open(self, key):
        """The stored content, opened for reading in binary (FileNotFoundError when gone)."""
        return open(self.path(key), "rb")

    def read_bytes(self, key):
        return self.path(key).read_bytes()

    def exists(self, key):
        return self.path(key).is_file()

    def delete(self, key):
        """Remove stored content; True when there was something to remove."""
        try:
            self.path(key).unlink()
        except FileNotFoundError:
            return False
        return True

    # ------------------------------------------------------------ mailboxes

    def inbox(self, org_code):
        """``<data>/mailboxes/<ORG>/in/``, made on first use."""
        return self._mailbox(org_code, "in")

    def outbox(self, org_code):
        """``<data>/mailboxes/<ORG>/out/``, made on first use."""
        return self._mailbox(org_code, "out")

    def inbox_files(self, org_code):
        """The files waiting in an organisation's inbox, oldest first (skipping hidden ones,
        which are still being written)."""
        entries = [p for p in self.inbox(org_code).iterdir()
                   if not p.name.startswith(".") and p.is_file()]
        return sorted(entries, key=lambda p: (p.stat().st_mtime, p.name))

    def organisations_with_mailboxes(self):
        """The organisation codes that have a mailbox folder."""
        if not self.mailboxes.is_dir():
            return []
        return sorted(p.name for p in self.mailboxes.iterdir()
                      if p.is_dir() and _ORG_CODE.fullmatch(p.name))

    def write_outbox(self, org_code, filename, data):
        """Leave ``data`` (bytes) in an organisation's outbox as ``filename``, atomically."""
        if not _FILENAME.fullmatch(filename or ""):
            raise ValueError(f"not a safe file name: {filename!r}")
        path = self.outbox(org_code) / filename
        write_atomic(path, data)
        return path

    def _mailbox(self, org_code, side):
        if not isinstance(org_code, str) or not _ORG_CODE.fullmatch(org_code):
            raise ValueError(f"not an organisation code: {org_code!r}")
        folder = self.mailboxes / org_code / side
        make_folder(folder)
        return folder

    # ------------------------------------------------------------ housekeeping

    def stored_keys(self, older_than_seconds=0):
        """The keys of the stored content written more than ``older_than_seconds`` ago (not
        the temporary files of writes still going on)."""
        cutoff = time.time() - older_than_seconds
        if not self.files.is_dir():
            return
        for path in self.files.glob("*/*/*"):
            key = path.relative_to(self.files).as_posix()
            try:
                if _KEY.fullmatch(key) and path.stat().st_mtime < cutoff:
                    yield key
            except FileNotFoundError:
                pass  # removed meanwhile

    def sweep_temporary(self, older_than_seconds=3600):
        """Remove temporary files left by writes that never finished (a killed process);
        answer how many were removed."""
        cutoff = time.time() - older_than_seconds
        removed = 0
        for root in (self.files, self.mailboxes):
            if not root.is_dir():
                continue
            for path in root.rglob(TEMP_PREFIX + "*"):
                try:
                    if path.is_file() and path.stat().st_mtime < cutoff:
                        path.unlink()
                        removed += 1
                except FileNotFoundError:
                    pass  # finished or swept by someone else meanwhile
        return removed


def storage_for(app=None):
    """The :class:`Storage` of ``app`` (default: the current app)."""
    if app is None:
        from flask import current_app
        app = current_app
    return Storage(app.config["CMS_DATA_DIR"])


def write_atomic(path, data):
    """Write ``data`` (bytes) to ``path`` by way of a hidden temporary file and a rename."""
    _write_atomic(Path(path), iter((bytes(data),)), None)
    return Path(path)


def _chunks(source):
    if isinstance(source, (bytes, bytearray, memoryview)):
        view = memoryview(source)
        for start in range(0, len(view), CHUNK_BYTES):
            yield view[start:start + CHUNK_BYTES]
    elif hasattr(source, "read"):
        while True:
            chunk = source.read(CHUNK_BYTES)
            if not chunk:
                return
            yield chunk
    else:
        yield from source


def _write_atomic(path, chunks, max_bytes):
    """``(sha256 hex, size)`` of what was written to ``path``; nothing is left on failure."""
    folder = path.parent
    make_folder(folder)
    temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
    digest = hashlib.sha256()
    size = 0
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                size += len(chunk)
                if max_bytes is not None and size > max_bytes:
                    raise FileTooLarge(max_bytes)
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
    return digest.hexdigest(), size


def make_folder(folder):
    """Make ``folder`` and its missing parents owner-only (0700): ``mkdir(parents=True)``
    would make the parents with the process's default mode."""
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        try:
            each.mkdir(mode=0o700)
        except FileExistsError:
            pass  # made meanwhile by another process


def _fsync_dir(folder):
    """Make the rename itself survive a power cut."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
