"""What the doors ask of the batch channel: submit a file, find one, read its response.

The portal, ``cms batch`` and the API (through the channel registry, since plugins do not
import each other) all call these, so a file is the same whichever way it came in. An
organisation sees only its own files: anyone else's is not found.
"""
import logging
from dataclasses import dataclass

from flask import current_app

from core.errors import Forbidden, NotFound
from core.jobs import get_queue
from core.permissions import allowed
from core.storage import FileTooLarge, storage_for
from plugins.channels.batch import pipeline, reader
from plugins.channels.batch.intake import register
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.writers import ResponseRow

JOB = "batch.process"
log = logging.getLogger("cms.batch")


def enqueue(batch_file):
    """Ask a worker to process the file. If the queue is unreachable the file waits for the
    reaper: it is registered, and the database is the source of truth."""
    try:
        get_queue().enqueue(JOB, batch_file.id)
    except Exception:  # noqa: BLE001  (any queue failure: the reaper picks the file up)
        log.exception("could not enqueue batch file %s; the reaper will", batch_file.id)


def submit(actor, source, filename, channel):
    """Register a QMP sent by ``actor`` (bytes or a binary file) and queue it; answer the
    BatchFile. Forbidden for those who may not raise contacts by file; FileTooLarge past
    the limit."""
    if not allowed(actor, "batch.submit", actor.organisation):
        raise Forbidden("Your role cannot send contact files.")
    batch_file = register(actor.organisation, source, filename, channel, uploaded_by=actor)
    enqueue(batch_file)
    return batch_file


def check(actor, source):
    """What sending the QMP ``source`` (bytes or a binary file) would be answered, with
    nothing created, registered or used (:func:`pipeline.check`): a :class:`pipeline.Checked`.
    Forbidden for those who may not send contact files; FileTooLarge past the limit."""
    if not allowed(actor, "batch.submit", actor.organisation):
        raise Forbidden("Your role cannot send contact files.")
    data = source if isinstance(source, (bytes, bytearray)) else source.read(max_bytes() + 1)
    if len(data) > max_bytes():
        raise FileTooLarge(max_bytes())
    checked = pipeline.check(actor, bytes(data))
    log.info("batch file checked for %s: %s, %s accepted, %s rejected %s", actor.organisation.code,
             checked.response_type, checked.accepted, checked.rejected, checked.error_code)
    return checked


def get_file(actor, file_id):
    """The actor's organisation's file ``file_id``; NotFound for any other."""
    try:
        file_id = int(file_id)
    except (TypeError, ValueError):
        raise NotFound("No such file.") from None
    batch_file = BatchFile.get_or_none((BatchFile.id == file_id) &
                                       (BatchFile.organisation == actor.organisation_id))
    if batch_file is None or not allowed(actor, "batch.view", batch_file.organisation):
        raise NotFound("No such file.")
    return batch_file


def response(actor, file_id):
    """``(BatchFile, bytes)`` of the file's response (QMR or QMJ), or of a report itself;
    NotFound while there is none yet."""
    batch_file = get_file(actor, file_id)
    if not batch_file.response_key:
        raise NotFound("The file has no response yet: it is still being processed.")
    return batch_file, _content(batch_file.response_key)


def original(actor, file_id):
    """``(BatchFile, bytes)`` of the file as it was received."""
    batch_file = get_file(actor, file_id)
    return batch_file, _content(batch_file.storage_key)


def _content(key):
    try:
        return storage_for().read_bytes(key)
    except FileNotFoundError:
        raise NotFound("The file's content is no longer kept: it was older than the "
                       "retention period.") from None


def files(actor, file_type=None, status=None, sequence=None, limit=100):
    """The organisation's files (sent and received), newest first, filtered."""
    query = BatchFile.select().where(BatchFile.organisation == actor.organisation_id)
    if file_type:
        query = query.where(BatchFile.file_type == file_type)
    if status:
        query = query.where(BatchFile.status == status)
    if sequence is not None:
        query = query.where(BatchFile.sequence == sequence)
    return list(query.order_by(BatchFile.received_at.desc(), BatchFile.id.desc()).limit(limit))


def describe(batch_file):
    """A plain dict of a file's state, for the API and the portal."""
    progress = pipeline.read_progress(batch_file) if batch_file.status == "processing" else None
    return {
        "id": batch_file.id, "file_type": batch_file.file_type, "filename": batch_file.filename,
        "sequence": batch_file.sequence, "channel": batch_file.channel,
        "status": batch_file.status, "size": batch_file.size, "sha256": batch_file.sha256,
        "received_at": batch_file.received_at, "finished_at": batch_file.finished_at,
        "record_count": batch_file.record_count, "accepted_count": batch_file.accepted_count,
        "rejected_count": batch_file.rejected_count, "error_code": batch_file.error_code,
        "error_text": batch_file.error_text, "response_type": batch_file.response_type,
        "progress": {"done": progress[0], "total": progress[1]} if progress else None,
    }


def max_bytes():
    return int(current_app.config["CMS_BATCH_MAX_BYTES"])


OUTCOME_WORDS = {"AC": "Accepted", "WN": "Accepted with a warning", "RJ": "Rejected"}
STATUS_WORDS = {"received": "Received", "processing": "Being processed",
                "processed": "Processed", "rejected": "Rejected whole"}
ROWS_PER_PAGE = 100


@dataclass
class ResponsePage:
    rows: list            # [(record number, ResponseRow)]
    total: int            # rows matching the filter
    start: int            # index of the first row shown
    counts: dict          # outcome -> how many, over the whole file


def response_rows(actor, file_id, outcome=None, start=0, limit=None):
    """The outcomes of a processed QMP's QMR as rows (record number, :class:`ResponseRow`),
    only those with ``outcome`` (AC, WN or RJ) when given, ``limit`` from ``start``; None
    when the file has no QMR (still processing, or rejected whole)."""
    batch_file = get_file(actor, file_id)
    limit = limit or ROWS_PER_PAGE
    if batch_file.response_type != "QMR" or not batch_file.response_key:
        return None
    envelope = reader.read_file(storage_for().read_bytes(batch_file.response_key), "QMR")
    rows = [(number, ResponseRow(*record.fields[1:6]))
            for number, record in enumerate(envelope.records, start=1)]
    counts = {code: 0 for code in OUTCOME_WORDS}
    for _, row in rows:
        counts[row.outcome] = counts.get(row.outcome, 0) + 1
    if outcome:
        rows = [(n, row) for n, row in rows if row.outcome == outcome]
    start = max(0, min(int(start), max(len(rows) - 1, 0)))
    return ResponsePage(rows[start:start + limit], len(rows), start, counts)
