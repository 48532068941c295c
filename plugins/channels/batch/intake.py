"""Files coming in: stored, then registered (organisation, sequence, SHA-256) before anything
is processed. The database, not the queue, is the source of truth of each file's state.

Every door (portal, API, mailbox, command line) calls :func:`register`. The header is read
at once so that a sequence already used by a live file (FIL004) or an organisation that is
not the sender's (FIL005) is settled by the database when the file arrives: a partial
unique index (migration 0008) keeps one live file per organisation, file type and sequence,
so two uploads of the same sequence can never both be accepted.
"""
import logging
import os
import secrets
from pathlib import Path

import peewee
from flask import current_app

from core import clock, maintenance, sandbox
from core import db as database
from core.models import Organisation, Role, User
from core.storage import FileTooLarge, storage_for
from plugins.channels.batch import codes
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.reader import BOM, FileRejection, _read_header, split_records
from plugins.channels.batch.writers import write_qmj

RECEIVED, PROCESSING, PROCESSED, REJECTED = "received", "processing", "processed", "rejected"
DONE = (PROCESSED, REJECTED)
PEEK_BYTES = 4096
log = logging.getLogger("cms.batch")


class OrganisationActor:
    """The organisation itself, for files with no signed-in sender (its mailbox, the command
    line): it raises contacts as one of its users would, and no user is named on them."""
    id = None
    role_id = "user"
    is_authenticated = True

    def __init__(self, organisation, label):
        self.organisation = organisation
        self.organisation_id = organisation.id
        self.email = label

    @property
    def role(self):
        return Role.get_by_id(self.role_id)


def sender_of(batch_file):
    """The actor a file's contacts are raised as: its uploader, else its organisation (a
    sandbox's file, sent with a sandbox key: its uploader acting in the sandbox)."""
    if batch_file.uploaded_by_id:
        user = User.get_by_id(batch_file.uploaded_by_id)
        if batch_file.organisation.sandbox:
            return sandbox.acting_in(user, batch_file.organisation)
        return user
    return OrganisationActor(batch_file.organisation, f"{batch_file.channel}:{batch_file.organisation.code}")


def max_bytes():
    return int(current_app.config["CMS_BATCH_MAX_BYTES"])


def peek_header(head):
    """``(org_code, sequence)`` from the first bytes of a QMP, or None when they cannot be
    read as its header (processing then rejects the file with the right code)."""
    if head.startswith(BOM):
        head = head[len(BOM):]
    cut = head.find(b"\n")
    try:
        text = (head if cut < 0 else head[:cut]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    records, _ = split_records(text, 1)
    if not records:
        return None
    header = _read_header(records[0], "QMP")
    if isinstance(header, FileRejection):
        return None
    return header[0], header[1]


def register(organisation, source, filename, channel, uploaded_by=None):
    """Store ``source`` (bytes or a binary file) and register it as a QMP of
    ``organisation``; answer the :class:`BatchFile`. Raises FileTooLarge (FIL008) past
    ``CMS_BATCH_MAX_BYTES``, keeping nothing."""
    storage = storage_for()
    stored = storage.put(source, max_bytes())
    with storage.open(stored.key) as handle:
        header = peek_header(handle.read(PEEK_BYTES))
    row = dict(organisation=organisation.id, uploaded_by=getattr(uploaded_by, "id", None),
               file_type="QMP", filename=_safe_name(filename), sha256=stored.sha256,
               size=stored.size, storage_key=stored.key, channel=channel, received_at=clock.now())
    with database.transaction():
        if header is None:
            batch_file = BatchFile.create(**row)
        elif header[0] != organisation.file_code:
            batch_file = BatchFile.create(
                **row, sequence=header[1], status=REJECTED, error_code=codes.WRONG_ORGANISATION,
                error_text=f"the header names organisation {header[0]} but the file was sent "
                           f"by {organisation.file_code}: send your own organisation's files")
        else:
            try:
                with database.db.atomic():
                    batch_file = BatchFile.create(**row, sequence=header[1])
            except peewee.IntegrityError:
                batch_file = BatchFile.create(
                    **row, sequence=header[1], status=REJECTED, error_code=codes.SEQUENCE_USED,
                    error_text=f"FILE_SEQUENCE {header[1]} is already used by another of your "
                               "files: give each file the next sequence number")
    log.info("batch file %s registered: %s %s from %s (%s bytes, %s)", batch_file.id,
             batch_file.filename, batch_file.status, organisation.code, stored.size, channel)
    return batch_file


def _safe_name(filename):
    name = Path(str(filename or "")).name.strip() or "upload.qmp"
    return name[:255]


# ------------------------------------------------------------------ mailboxes

def scan_mailboxes(enqueue=None):
    """Register every file waiting in an organisation's ``in/`` folder and move it aside
    (``in/.registered/``); answer the registered files. During a maintenance window the
    files wait where they are and are taken once the window ends."""
    window = maintenance.active()
    if window is not None:
        log.info("maintenance until %s: mailbox files wait", window.ends_at)
        return []
    storage = storage_for()
    registered = []
    for code in storage.organisations_with_mailboxes():
        org = Organisation.by_code(code)
        if org is None or not org.is_active:
            continue
        inbox = storage.inbox(code)
        _recover(org, inbox, registered)
        for path in storage.inbox_files(code):
            taken = _move(path, inbox / ".taken", f"{secrets.token_hex(4)}-{path.name}")
            _register_taken(org, taken, path.name, registered)
    for batch_file in registered:
        if enqueue is not None:
            enqueue(batch_file)
    return registered


def _register_taken(org, taken, filename, registered):
    try:
        with open(taken, "rb") as handle:
            batch_file = register(org, handle, filename, "mailbox")
    except FileTooLarge as exc:
        _reject_unstored(org, filename, exc)
        _move(taken, taken.parent.parent / ".rejected", taken.name)
        return
    _move(taken, taken.parent.parent / ".registered", f"{batch_file.id}-{filename}")
    registered.append(batch_file)


def _recover(org, inbox, registered):
    """Files taken by a scan that stopped before moving them on: registered already (same
    name and content), or registered now."""
    taken_dir = inbox / ".taken"
    if not taken_dir.is_dir():
        return
    import hashlib
    for path in sorted(taken_dir.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        filename = path.name.split("-", 1)[-1]
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        done = (BatchFile.select().where((BatchFile.organisation == org.id) &
                                         (BatchFile.channel == "mailbox") &
                                         (BatchFile.filename == filename) &
                                         (BatchFile.sha256 == digest)).first())
        if done is not None:
            _move(path, inbox / ".registered", f"{done.id}-{filename}")
        else:
            _register_taken(org, path, filename, registered)


def _reject_unstored(org, filename, exc):
    """A mailbox file over the size limit: a QMJ in the outbox, nothing registered."""
    text = f"{filename} is larger than the limit of {exc.limit:,} bytes: split it into smaller files"
    storage_for().write_outbox(org.code, f"QMJ-{org.code}-000000-{secrets.token_hex(4)}.csv",
                               write_qmj(0, codes.TOO_LARGE, text))
    log.warning("mailbox file %s of %s rejected: too large", filename, org.code)


def _move(path, folder, name):
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    os.replace(path, target)
    return target
