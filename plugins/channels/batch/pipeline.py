"""Processing a registered QMP: exactly once, whatever happens to the worker.

A file moves ``received`` -> ``processing`` (claimed with a lease) -> ``processed`` (a QMR)
or ``rejected`` (a QMJ), then its response is delivered to the organisation's outbox. The
work is safe to run twice and to cut short at any point:

* a worker claims a file by one UPDATE that only succeeds on a file still received, or whose
  lease has expired, and bumps ``attempts``; a heartbeat renews the short lease while the
  worker works, and stops the work when another attempt has taken the file
  (:mod:`plugins.channels.batch.lease`);
* every contact of the file, the query allowance's log, the response's registration and the
  status ``processed`` are written in ONE transaction, which first checks that this attempt
  still owns the file. A worker killed before the commit leaves nothing behind (the response
  it may have stored is an orphan no row points to); one killed after it leaves a finished
  file. Each record therefore yields exactly one contact or one rejection;
* delivery writes the response to the outbox under a fixed name (writing it twice is
  harmless), then records ``delivered_at`` and calls the ``batch_file_processed`` hook;
* the reaper (a periodic job, swept every ``REAP_EVERY_SECONDS``) re-enqueues files whose
  lease expired, files received but never started, rejections without their QMJ and
  responses not yet delivered: a dead worker's file is taken again within a lease and a
  sweep (55 s with the defaults).
"""
import datetime
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

from core import clock
from core import db as database
from core.contacts import batch_record, check_many, raise_many
from core.errors import CmsError, one_line
from core.gcpause import collector_paused
from core.observability import metrics
from core.storage import storage_for, write_atomic
from core.tenancy import call_for_tenants
from plugins.channels.batch import codes
from plugins.channels.batch.format import ParsedFile, parse_qmp
from plugins.channels.batch.intake import (DONE, PROCESSED, PROCESSING, RECEIVED, REJECTED,
                                           max_bytes, sender_of)
from plugins.channels.batch.lease import DEFAULT_LEASE_SECONDS, Heartbeat, LeaseLost, renew
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.writers import ResponseRow, write_qmj, write_qmr

CHANNEL = "batch"              # the channel named on contacts raised from files
STALE_SECONDS = 60             # a received file no worker started after this is re-enqueued
REAP_EVERY_SECONDS = 15        # the reaper's sweeps: at each minute, then 15, 30 and 45 s on
OUTSIDE_ALLOWANCE = "WRN001"
log = logging.getLogger("cms.batch")


def lease_seconds():
    return int(current_app.config.get("CMS_BATCH_LEASE_SECONDS", DEFAULT_LEASE_SECONDS))


def process(batch_file_id, progress=None):
    """Bring the file to its end: processed or rejected, response written and delivered.
    Safe to call any number of times, from any number of workers. ``progress(done, total)``
    hears how the records are going. Answers the BatchFile (None when there is none)."""
    batch_file = BatchFile.get_or_none(BatchFile.id == batch_file_id)
    if batch_file is None:
        return None
    if batch_file.status == REJECTED and not batch_file.response_key:
        _answer_rejection(batch_file)
    elif batch_file.status in (RECEIVED, PROCESSING):
        attempt = claim(batch_file)
        if attempt is None:
            return BatchFile.get_by_id(batch_file_id)
        try:
            with Heartbeat(batch_file.id, attempt, lease_seconds()) as heartbeat, \
                    collector_paused():
                _run(batch_file, attempt, progress, heartbeat)
        except LeaseLost:
            log.warning("batch file %s: attempt %s lost its lease; another finishes it",
                        batch_file_id, attempt)
            return BatchFile.get_by_id(batch_file_id)
    batch_file = BatchFile.get_by_id(batch_file_id)
    if batch_file.status in DONE and batch_file.response_key and batch_file.delivered_at is None:
        deliver(batch_file)
    return BatchFile.get_by_id(batch_file_id)


def claim(batch_file):
    """Take the file for one attempt: its attempt number, or None when another attempt holds
    an unexpired lease or the file is finished."""
    now = clock.now()
    with database.transaction():
        taken = (BatchFile.update(status=PROCESSING, started_at=now, attempts=BatchFile.attempts + 1,
                                  lease_until=now + datetime.timedelta(seconds=lease_seconds()))
                 .where((BatchFile.id == batch_file.id) &
                        ((BatchFile.status == RECEIVED) |
                         ((BatchFile.status == PROCESSING) & (BatchFile.lease_until < now))))
                 .execute())
        if not taken:
            return None
        attempt = BatchFile.select(BatchFile.attempts).where(BatchFile.id == batch_file.id).scalar()
    log.info("batch file %s: claimed (attempt %s)", batch_file.id, attempt)
    return attempt


def _own(batch_file, attempt, heartbeat):
    """Inside the writing transaction: this attempt still holds the file (and now locks it
    until the transaction ends, so the heartbeat stops here)."""
    heartbeat.stop()
    if not renew(batch_file.id, attempt, lease_seconds()):
        raise LeaseLost()


def _run(batch_file, attempt, progress, heartbeat):
    data = storage_for().read_bytes(batch_file.storage_key)
    parsed = parse_qmp(data, max_bytes())
    del data
    heartbeat.check()
    if not isinstance(parsed, ParsedFile):
        return _finish_rejected(batch_file, attempt, heartbeat, parsed.code, parsed.text,
                                parsed.sequence)
    if parsed.org_code != batch_file.organisation.file_code:
        return _finish_rejected(batch_file, attempt, heartbeat, codes.WRONG_ORGANISATION,
                                f"the header names organisation {parsed.org_code} but the file "
                                f"was sent by {batch_file.organisation.file_code}", parsed.sequence)
    total = len(parsed.records)
    written_report = _progress_writer(batch_file, total, progress)

    def report(done, final=False):
        if not final:
            heartbeat.check()       # between chunks: stop once another attempt took the file
        written_report(done, final)
    actor = sender_of(batch_file)
    rows, records, places, refs = _records(parsed)
    written = {}

    def respond(outcomes):
        """In the transaction that writes the contacts: the QMR and the status processed."""
        _answer(rows, refs, places, outcomes)
        accepted = sum(1 for row in rows if row.outcome != "RJ")
        now = clock.now()
        stored = storage_for().put(write_qmr(parsed.sequence, rows, now))
        BatchFile.update(status=PROCESSED, finished_at=now, lease_until=None,
                         record_count=total, accepted_count=accepted,
                         rejected_count=total - accepted, response_type="QMR",
                         response_key=stored.key).where(BatchFile.id == batch_file.id).execute()
        written["accepted"] = accepted

    def claim():
        """Once every record is checked, before the write: this attempt still owns the file.
        The engine's records are done with then; letting go of them keeps a large file's
        memory down while its contacts are written."""
        records.clear()
        _own(batch_file, attempt, heartbeat)

    raise_many(actor, records, CHANNEL, progress=report,
               processes=int(current_app.config.get("CMS_BATCH_CHECK_PROCESSES", 1)),
               claim=claim, then=respond)
    report(total, final=True)
    log.info("batch file %s: processed, %s accepted, %s rejected", batch_file.id,
             written["accepted"], total - written["accepted"])
    metrics.batch_file_done("processed", written["accepted"], total - written["accepted"])


def _records(parsed):
    """``(rows, records, places, refs)``: the response rows of records the file format
    refused (None for the others), the engine's records for the rest, their places in the
    file and every record's originator reference. That reference is all the response needs
    of the parsed records: ``parsed`` lets go of them (a large file's memory)."""
    rows, records, places = [None] * len(parsed.records), [], []
    for index, record in enumerate(parsed.records):
        try:
            records.append(_record(record))
            places.append(index)
        except CmsError as exc:     # refused by the file format before the engine sees it
            rows[index] = _rejected(record.originator_ref, exc.code, exc.message)
    refs = [record.originator_ref for record in parsed.records]
    parsed.records = None
    return rows, records, places, refs


def _answer(rows, refs, places, outcomes):
    """Fill ``rows`` with the engine's ``outcomes`` for the records at ``places``."""
    for place, outcome in zip(places, outcomes):
        rows[place] = _row(refs[place], outcome)


@dataclass(frozen=True)
class Checked:
    """What a file would be answered, from :func:`check`: ``response_type`` QMR or QMJ, the
    response's ``content`` (bytes), and its counts (a QMJ's code and text)."""
    response_type: str
    content: bytes
    accepted: int = 0
    rejected: int = 0
    error_code: str = ""
    error_text: str = ""
    rows: tuple = ()           # a QMR's ResponseRows, in the file's order


def check(actor, data):
    """What processing ``data`` (a QMP's bytes) as ``actor``'s file would answer, creating
    and registering nothing and using no file sequence, reference or query allowance: the
    same parsing, record conversion and checks as :func:`process` (down to references
    already open, a sequence already used and the allowance each record would fall
    outside of), without the write. Accepted records carry no CMS reference."""
    org, now = actor.organisation, clock.now()
    parsed = parse_qmp(data, max_bytes())
    if not isinstance(parsed, ParsedFile):
        return _checked_qmj(parsed.sequence, parsed.code, parsed.text, now)
    if parsed.org_code != org.file_code:
        return _checked_qmj(parsed.sequence, codes.WRONG_ORGANISATION,
                            f"the header names organisation {parsed.org_code} but the file "
                            f"would be sent by {org.file_code}", now)
    if sequence_in_use(org, parsed.sequence):
        return _checked_qmj(parsed.sequence, codes.SEQUENCE_USED,
                            f"FILE_SEQUENCE {parsed.sequence} is already used by another of "
                            "your files: give each file the next sequence number", now)
    rows, records, places, refs = _records(parsed)
    _answer(rows, refs, places, check_many(
        actor, records, processes=int(current_app.config.get("CMS_BATCH_CHECK_PROCESSES", 1))))
    accepted = sum(1 for row in rows if row.outcome != "RJ")
    return Checked("QMR", write_qmr(parsed.sequence, rows, now, check=True), accepted,
                   len(rows) - accepted, rows=tuple(rows))


def _checked_qmj(sequence, code, text, now):
    return Checked("QMJ", write_qmj(sequence or 0, code, text, now), error_code=code,
                   error_text=text)


def sequence_in_use(org, sequence):
    """Whether a file of ``org`` not rejected whole already has FILE_SEQUENCE ``sequence``
    (intake's unique index refuses a second one: FIL004)."""
    return sequence is not None and BatchFile.select().where(
        (BatchFile.organisation == org.id) & (BatchFile.file_type == "QMP") &
        (BatchFile.sequence == sequence) & (BatchFile.status != REJECTED)).exists()


def _record(record):
    """A parsed R01 as the engine's record; a record the format refused raises its error."""
    if record.error is not None:
        exc = CmsError(record.error.text)
        exc.code = record.error.code
        raise exc
    data = {"contact_type": record.contact_type, "mprn": record.mprn,
            "summary": record.summary, "originator_ref": record.originator_ref}
    try:
        data.update(batch_record(record.contact_type, record.fields))
    except CmsError as exc:
        exc.code = codes.for_reason(exc.code)
        exc.message = one_line(exc.errors) or exc.message
        raise
    return {k: v for k, v in data.items() if v != ""}


def _rejected(originator_ref, code, text):
    return ResponseRow(originator_ref, "RJ", "", code, text or "")


def _row(originator_ref, outcome):
    if not outcome.accepted:
        return _rejected(originator_ref, codes.for_reason(outcome.code), outcome.text)
    contact = outcome.contact        # None for a check: nothing was raised
    reference = contact.reference if contact else ""
    if contact.outside_allowance if contact else outcome.outside_allowance:
        return ResponseRow(originator_ref, "WN", reference, OUTSIDE_ALLOWANCE,
                           "accepted outside your organisation's daily query allowance: "
                           "outside the service level")
    return ResponseRow(originator_ref, "AC", reference)


def _finish_rejected(batch_file, attempt, heartbeat, code, text, sequence):
    now = clock.now()
    with database.transaction():
        _own(batch_file, attempt, heartbeat)
        stored = storage_for().put(write_qmj(sequence or 0, code, text, now))
        BatchFile.update(status=REJECTED, finished_at=now, lease_until=None, error_code=code,
                         error_text=text, sequence=sequence or batch_file.sequence,
                         response_type="QMJ", response_key=stored.key
                         ).where(BatchFile.id == batch_file.id).execute()
    log.info("batch file %s: rejected whole, %s %s", batch_file.id, code, text)
    metrics.batch_file_done("rejected")


def _answer_rejection(batch_file):
    """The QMJ of a file rejected when it arrived (FIL004, FIL005)."""
    now = clock.now()
    stored = storage_for().put(write_qmj(batch_file.sequence or 0, batch_file.error_code,
                                         batch_file.error_text or codes.meaning(batch_file.error_code), now))
    with database.transaction():
        (BatchFile.update(finished_at=now, response_type="QMJ", response_key=stored.key)
         .where((BatchFile.id == batch_file.id) & BatchFile.response_key.is_null()).execute())


def outbox_name(batch_file):
    """The response's name in the outbox: type, organisation, sequence and the file's id."""
    if batch_file.file_type == "QMP":
        return (f"{batch_file.response_type}-{batch_file.organisation.code}-"
                f"{batch_file.sequence or 0:06d}-{batch_file.id}.csv")
    return f"{batch_file.file_type}-{batch_file.organisation.code}-{batch_file.sequence:06d}.csv"


def outbox_path(batch_file):
    return storage_for().outbox(batch_file.organisation.code) / outbox_name(batch_file)


def deliver(batch_file):
    """Leave the response in the organisation's outbox, then say so (once) to the hook."""
    storage = storage_for()
    storage.write_outbox(batch_file.organisation.code, outbox_name(batch_file),
                         storage.read_bytes(batch_file.response_key))
    with database.transaction():
        first = (BatchFile.update(delivered_at=clock.now())
                 .where((BatchFile.id == batch_file.id) & BatchFile.delivered_at.is_null())
                 .execute())
    batch_file = BatchFile.get_by_id(batch_file.id)
    if first and batch_file.file_type == "QMP":
        call_for_tenants("batch_file_processed", {batch_file.organisation.tenant.code},
                         batch_file=batch_file)
    return batch_file


def reap(enqueue, now=None):
    """Re-enqueue every file a worker should be busy with but is not: expired leases,
    received files never started, rejections without their answer, undelivered responses.
    Answers the ids enqueued."""
    now = now or clock.now()
    stale = now - datetime.timedelta(seconds=STALE_SECONDS)
    query = (BatchFile.select(BatchFile.id).where(
        ((BatchFile.status == PROCESSING) & (BatchFile.lease_until < now)) |
        ((BatchFile.status == RECEIVED) & (BatchFile.received_at < stale)) |
        ((BatchFile.status == REJECTED) & BatchFile.response_key.is_null()) |
        (BatchFile.status.in_(DONE) & BatchFile.response_key.is_null(False) &
         BatchFile.delivered_at.is_null() & (BatchFile.finished_at < stale)))
        .order_by(BatchFile.id))
    ids = [row.id for row in query]
    for file_id in ids:
        enqueue(file_id)
    if ids:
        log.warning("reaper re-enqueued batch files %s", ids)
    return ids


# ------------------------------------------------------------------ progress

def progress_path(batch_file_id):
    return Path(current_app.config["CMS_DATA_DIR"]) / "batch-progress" / f"{batch_file_id}.json"


def read_progress(batch_file):
    """``(checked, total)`` while a file is being processed, else None."""
    try:
        data = json.loads(progress_path(batch_file.id).read_text())
        return data["done"], data["total"]
    except (OSError, ValueError, KeyError):
        return None


def _progress_writer(batch_file, total, callback):
    path = progress_path(batch_file.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    step = max(total // 20, 1000)
    last = [-step]

    def report(done, final=False):
        if callback is not None:
            callback(done, total)
        if final:
            path.unlink(missing_ok=True)
        elif done - last[0] >= step:
            last[0] = done
            write_atomic(path, json.dumps({"done": done, "total": total}).encode())
    report(0)
    return report
