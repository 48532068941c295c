"""Secrets at rest: values the service must read back in clear (TOTP secrets, webhook signing
secrets) are stored sealed with AES-256-GCM under a key kept apart from the database.

A sealed value reads ``cms1:<key id>:<base64url(nonce | ciphertext | tag)>``: ``cms1`` is the
format's version, the key id names the key that opens it (so a rotation tells old from new),
and the associated data ``cms1:<table>.<column>.<row id>`` binds it to its place: a value
copied into another row or column does not open.

Keys come from ``CMS_ENCRYPTION_KEY`` (one or more 32-byte keys in base64, comma-separated)
or else from the file ``<data dir>/encryption_keys`` (the same, one a line), made owner-only
(0600) on first use. The first key seals; every key listed opens. A key's id is the first 8
hex digits of a SHA-256 of it. ``cms secrets rotate-key`` (:func:`rotate_key`) reseals every
secret under a new key and drops the old one once nothing needs it.

Columns that hold sealed values are :class:`SecretField`\\ s; :func:`rotate_key` finds them in
every model, the core's and the plugins'.
"""
import base64
import binascii
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import peewee
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import current_app

from core.errors import CmsError

VERSION = "cms1"
KEY_FILE = "encryption_keys"
KEY_BYTES = 32
NONCE_BYTES = 12
BATCH = 500


class SecretsError(CmsError):
    """A sealed value that cannot be opened (a missing or wrong key, a value not sealed, or
    moved from another row), or keys that cannot be read: the operator must act."""
    status = 500


@dataclass(frozen=True)
class Keyring:
    keys: dict            # key id -> key (bytes), the sealing key first
    source: str           # where they came from, for messages
    path: Path = None     # the key file; None when they come from the environment

    @property
    def current(self):
        return next(iter(self.keys))


def key_id(key):
    return hashlib.sha256(b"cms key id\0" + key).hexdigest()[:8]


def new_key():
    """A new random key, as it is written in the key file or ``CMS_ENCRYPTION_KEY``."""
    return base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode()


def parse_keys(text, source):
    """The keys in ``text`` (comma- or line-separated base64, standard or URL-safe)."""
    keys = []
    for part in text.replace(",", "\n").split():
        try:
            key = base64.urlsafe_b64decode(part.replace("+", "-").replace("/", "_") + "=" * (-len(part) % 4))
        except (binascii.Error, ValueError):
            key = b""
        if len(key) != KEY_BYTES:
            raise SecretsError(f"{source} must hold keys of {KEY_BYTES} random bytes in base64 "
                               "(make one with `openssl rand -base64 32`)")
        keys.append(key)
    if not keys:
        raise SecretsError(f"{source} holds no key")
    return keys


def _ring(keys, source, path=None):
    return Keyring({key_id(k): k for k in keys}, source, path)


_cache = {}


def keyring(config=None):
    """The keys of ``config`` (default: the current app's), the key file made on first use.
    The file is read again whenever it changes, so every process sees a rotation."""
    config = current_app.config if config is None else config
    raw = config.get("CMS_ENCRYPTION_KEY") or ""
    if raw:
        return _ring(parse_keys(raw, "CMS_ENCRYPTION_KEY"), "CMS_ENCRYPTION_KEY")
    path = Path(config["CMS_DATA_DIR"]) / KEY_FILE
    if not path.exists():
        _write_key_file(path, [new_key()], replace=False)
    try:
        stat = path.stat()
        seen = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        cached = _cache.get(path)
        if cached is None or cached[0] != seen:
            cached = _cache[path] = (seen, _ring(parse_keys(path.read_text(), str(path)), str(path), path))
    except OSError as exc:
        raise SecretsError(f"the key file {path} cannot be read: {exc.strerror}") from None
    return cached[1]


def _write_key_file(path, lines, replace=True):
    """Write the key file owner-only by way of a temporary file: a reader sees the old keys or
    the new ones, never half; without ``replace`` a file made meanwhile by another process wins."""
    temp = path.with_name(f".{path.name}-{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as out:
            out.write("".join(line + "\n" for line in lines))
            out.flush()
            os.fsync(out.fileno())
        if replace:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)
            except FileExistsError:
                pass
    finally:
        temp.unlink(missing_ok=True)


def _place(table, column, row_id):
    return f"{VERSION}:{table}.{column}.{row_id}".encode()


def is_sealed(value):
    return isinstance(value, str) and value.startswith(VERSION + ":")


def seal(value, table, column, row_id, ring=None):
    """``value`` (str) sealed under the current key for its place."""
    ring = ring or keyring()
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(ring.keys[ring.current]).encrypt(nonce, value.encode(), _place(table, column, row_id))
    return f"{VERSION}:{ring.current}:{base64.urlsafe_b64encode(nonce + sealed).decode().rstrip('=')}"


def unseal(token, table, column, row_id, ring=None):
    """The clear value of ``token`` stored at its place; :class:`SecretsError` saying why not."""
    where = f"{table}.{column} of row {row_id}"
    if not is_sealed(token) or token.count(":") != 2:
        raise SecretsError(f"{where} is not sealed: run `cms db upgrade` to encrypt it")
    ring = ring or keyring()
    _, kid, body = token.split(":")
    if kid not in ring.keys:
        raise SecretsError(f"{where} was sealed with key {kid}, which is not among the keys "
                           f"of {ring.source} ({', '.join(ring.keys)}): give the key it was sealed with")
    try:
        data = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        clear = AESGCM(ring.keys[kid]).decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:],
                                               _place(table, column, row_id))
    except (InvalidTag, binascii.Error, ValueError):
        raise SecretsError(f"{where} does not open with key {kid}: the value was altered or "
                           "moved from another row") from None
    return clear.decode()


def _convert_column(db, table, column, convert):
    """Apply ``convert(value, row id)`` to every value of a column (for migrations, which
    name tables rather than models)."""
    rows = db.execute_sql(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()
    for row_id, value in rows:
        changed = convert(value, row_id)
        if changed != value:
            db.execute_sql(f"UPDATE {table} SET {column} = {db.param} WHERE id = {db.param}",
                           (changed, row_id))
    return len(rows)


def seal_column(db, table, column):
    """Seal every clear value of ``table.column`` for its row; sealed ones are left alone."""
    return _convert_column(db, table, column, lambda value, row_id: value if is_sealed(value)
                           else seal(value, table, column, row_id))


def open_column(db, table, column):
    """Put back in clear every sealed value of ``table.column`` (a migration's ``down``)."""
    return _convert_column(db, table, column, lambda value, row_id: unseal(value, table, column, row_id)
                           if is_sealed(value) else value)


class SecretField(peewee.TextField):
    """A column holding sealed values; ``Model.field.seal(row_id, value)`` and ``.unseal``."""

    def seal(self, row_id, value, ring=None):
        return seal(value, self.model._meta.table_name, self.column_name, row_id, ring)

    def unseal(self, row_id, token, ring=None):
        return unseal(token, self.model._meta.table_name, self.column_name, row_id, ring)


def secret_fields():
    """Every :class:`SecretField` of every model whose table exists."""
    from core.db import BaseModel
    found, todo = {}, [BaseModel]
    while todo:
        model = todo.pop()
        todo.extend(model.__subclasses__())
        for field in model._meta.sorted_fields:
            if isinstance(field, SecretField):
                found.setdefault((model._meta.table_name, field.column_name), field)
    return [field for _, field in sorted(found.items()) if field.model.table_exists()]


def reseal_all(ring):
    """Reseal under ``ring``'s current key every value sealed under another; answers how many.
    Each batch is one transaction; a value changed meanwhile is left for the next pass."""
    from core.db import transaction
    resealed = 0
    for field in secret_fields():
        model, pk = field.model, field.model._meta.primary_key
        while True:
            stale = list(model.select(pk, field)
                         .where(field.is_null(False) & ~field.startswith(f"{VERSION}:{ring.current}:"))
                         .order_by(pk).limit(BATCH).tuples())
            if not stale:
                break
            with transaction():
                for row_id, token in stale:
                    fresh = field.seal(row_id, field.unseal(row_id, token, ring), ring)
                    resealed += (model.update({field: fresh})
                                 .where((pk == row_id) & (field == token)).execute())
    return resealed


def rotate_key():
    """Seal every secret under a new key, then forget the old one. With the key file: a new
    key goes in front and the old stay until every value is resealed, so a rotation stopped
    half way is finished by running it again. With ``CMS_ENCRYPTION_KEY``, the operator puts
    the new key first; this reseals, and they remove the old ones afterwards.
    Answers (new key id, retired key ids, values resealed)."""
    from core import audit
    ring = keyring()
    if ring.path is None and len(ring.keys) == 1:
        raise SecretsError("CMS_ENCRYPTION_KEY holds one key: put a new key in front of it "
                           "(KEY_NEW,KEY_OLD), run this again, then remove the old one")
    if ring.path is not None and len(ring.keys) == 1:
        _write_key_file(ring.path, [new_key()] + ring.path.read_text().split())
        ring = keyring()
    retired = [kid for kid in ring.keys if kid != ring.current]
    resealed = reseal_all(ring)
    if ring.path is not None:
        lines = ring.path.read_text().split()
        _write_key_file(ring.path, [line for line in lines
                                    if key_id(parse_keys(line, ring.source)[0]) == ring.current])
    audit.record("secrets.key_rotated", target_type="encryption_key", target_id=ring.current,
                 detail={"retired": retired, "resealed": resealed})
    return ring.current, retired, resealed
