"""Attachments: checked by their content (magic bytes), limited in size, kept as files under
the data directory (``<CMS_DATA_DIR>/attachments/ab/cd/<sha256>``), never in the database.

The limit is ``CMS_ATTACHMENT_MAX_BYTES`` (default 10 MiB). A file is accepted when its
content is one of the allowed kinds *and* its name's extension fits that kind, so a
program renamed ``report.pdf`` is refused, and so is a PDF named ``data.csv``.
"""
import contextlib
import hashlib
import io
import os
import tempfile
import zipfile
from pathlib import Path

from flask import current_app

from core.errors import Invalid, NotFound
from core.contacts.visibility import require_visible
from core.models import Attachment, User

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# kind -> (content type, allowed extensions)
KINDS = {
    "pdf": ("application/pdf", {".pdf"}),
    "png": ("image/png", {".png"}),
    "jpeg": ("image/jpeg", {".jpg", ".jpeg"}),
    "gif": ("image/gif", {".gif"}),
    "tiff": ("image/tiff", {".tif", ".tiff"}),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", {".docx"}),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {".xlsx"}),
    "ole": ("application/vnd.ms-office", {".doc", ".xls", ".msg"}),
    "text": ("text/plain", {".txt", ".csv", ".log"}),
}
ALLOWED_TEXT = "PDF, PNG, JPEG, GIF, TIFF, Word, Excel, CSV or plain text"


def max_bytes():
    return int(current_app.config.get("CMS_ATTACHMENT_MAX_BYTES", DEFAULT_MAX_BYTES))


def sniff(content):
    """The kind of ``content`` by its first bytes (and, for zip files, what is inside)."""
    head = content[:16]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        return _office_kind(content)
    if _is_text(content):
        return "text"
    return None


def _office_kind(content):
    try:
        names = set(zipfile.ZipFile(io.BytesIO(content)).namelist())
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    return None


def _is_text(content):
    if b"\x00" in content:
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def check(filename, content):
    """(safe file name, content type) for an acceptable file; else raise Invalid."""
    name = Path(str(filename or "").replace("\\", "/")).name.strip()
    if not name or len(name) > 255:
        raise Invalid("The file was not attached.", {"file": "Give the file a name."})
    if content is None or len(content) == 0:
        raise Invalid("The file was not attached.", {"file": "The file is empty."})
    limit = max_bytes()
    if len(content) > limit:
        raise Invalid("The file was not attached.",
                      {"file": f"The file is {len(content):,} bytes; the limit is {limit:,} bytes."})
    kind = sniff(content)
    if kind is None:
        raise Invalid("The file was not attached.",
                      {"file": f"Files of this kind are not accepted: attach {ALLOWED_TEXT}."})
    content_type, extensions = KINDS[kind]
    if Path(name).suffix.lower() not in extensions:
        raise Invalid("The file was not attached.",
                      {"file": f"{name} holds {kind.upper()} content: its name must end in "
                               f"{' or '.join(sorted(extensions))}."})
    return name, content_type


def storage_root():
    return Path(current_app.config["CMS_DATA_DIR"]) / "attachments"


def path_for(storage_key):
    return storage_root() / storage_key


def store(content):
    """Write ``content`` once, named by its SHA-256; return (sha256, storage key)."""
    digest = hashlib.sha256(content).hexdigest()
    key = f"{digest[:2]}/{digest[2:4]}/{digest}"
    target = path_for(key)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.replace(tmp, target)
        except BaseException:       # a full disk, a file-size limit: leave nothing behind
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return digest, key


def add(actor, contact, filename, content, now, message=None):
    """Check and store a file and record its row (call inside the action's transaction)."""
    if hasattr(content, "read"):
        content = content.read(max_bytes() + 1)
    name, content_type = check(filename, content)
    digest, key = store(content)
    return Attachment.create(
        contact=contact, message=message, filename=name, content_type=content_type,
        size=len(content), sha256=digest, storage_key=key,
        uploaded_by=actor if isinstance(actor, User) else None,
        uploaded_org=actor.organisation_id, at=now)


def open_attachment(actor, attachment_id):
    """(Attachment, bytes) when ``actor`` may see its contact; else NotFound."""
    item = Attachment.get_or_none(Attachment.id == attachment_id)
    if item is None:
        raise NotFound("There is no such file, or you may not see it.")
    require_visible(actor, item.contact)
    return item, path_for(item.storage_key).read_bytes()
