"""QCL and QEX: what happened to an organisation's contacts since its previous reports.

Both cover the contact events after the last one the organisation's previous QEX covered
(``BatchFile.covers_to``) up to the newest committed event: status changes and CED changes
in the QEX, closures (closed, rejected, cancelled) in the QCL, each with the CDSP's query
allowance verdict when it gave one (VALID, NO_CHALLENGE, INCORRECT_DATA: its last field). Sequences count up per
organisation and file type. The high-water mark is exact: on PostgreSQL the report takes a
SHARE lock on the events table, which waits for transactions still writing events and holds
off new ones for the moment it takes to read; on SQLite the write lock does the same.
"""
import logging

from core import clock
from core import db as database
from core.contacts import CANCELLED, CLOSED, REJECTED
from core.models import Contact, ContactEvent
from core.storage import storage_for
from plugins.channels.batch.intake import PROCESSED
from plugins.channels.batch.models import BatchFile
from plugins.channels.batch.writers import ClosedRow, EventRow, write_qcl, write_qex

CLOSED_OUTCOMES = {CLOSED: "RESOLVED", REJECTED: "REJECTED",
                   CANCELLED: "CANCELLED"}
log = logging.getLogger("cms.batch")


def _previous_mark(org):
    return (BatchFile.select(BatchFile.covers_to)
            .where((BatchFile.organisation == org.id) & (BatchFile.file_type == "QEX"))
            .order_by(BatchFile.sequence.desc()).limit(1).scalar()) or 0


def _next_sequence(org, file_type):
    top = (BatchFile.select(BatchFile.sequence)
           .where((BatchFile.organisation == org.id) & (BatchFile.file_type == file_type))
           .order_by(BatchFile.sequence.desc()).limit(1).scalar())
    return (top or 0) + 1


def changes(org, after_event, up_to_event):
    """``(closed_rows, event_rows)`` for ``org``'s contacts between two event ids."""
    query = (ContactEvent.select(ContactEvent, Contact)
             .join(Contact, on=(ContactEvent.contact == Contact.id))
             .where((Contact.originator_org == org.id) & (ContactEvent.id > after_event) &
                    (ContactEvent.id <= up_to_event) &
                    (ContactEvent.to_status.is_null(False) | (ContactEvent.kind == "ced")))
             .order_by(ContactEvent.id))
    closed, happened = [], []
    for event in query:
        contact = event.contact
        data = event.data or {}
        status = event.to_status or contact.status
        ced = (data.get("after") or {}).get("ced") if event.kind == "ced" else contact.ced
        happened.append(EventRow(contact.reference, contact.originator_ref or "",
                                 contact.contact_type, event.at, status, ced or "",
                                 data.get("text") or ""))
        if event.to_status in CLOSED_OUTCOMES:
            text = (contact.rejection_text if event.to_status == REJECTED
                    else contact.resolution_text) or data.get("text") or ""
            closed.append(ClosedRow(contact.reference, contact.originator_ref or "",
                                    contact.contact_type, contact.mprn or "", event.at,
                                    CLOSED_OUTCOMES[event.to_status],
                                    contact.rejection_code or "", text,
                                    (contact.allowance_verdict or "").upper()))
    return closed, happened


def write_reports(org, only_if_changed=False):
    """Write ``org``'s next QCL and QEX (registered as its files and left in its outbox);
    answer them, or [] when ``only_if_changed`` and nothing changed."""
    from plugins.channels.batch.pipeline import deliver
    storage = storage_for()
    with database.transaction():
        if not database.is_sqlite():
            database.db.execute_sql(f'LOCK TABLE "{ContactEvent._meta.table_name}" IN SHARE MODE')
        after = _previous_mark(org)
        up_to = ContactEvent.select(ContactEvent.id).order_by(ContactEvent.id.desc()).limit(1).scalar() or 0
        closed, happened = changes(org, after, max(up_to, after))
        if only_if_changed and not happened:
            return []
        now = clock.now()
        made = []
        for file_type, writer, rows in (("QCL", write_qcl, closed), ("QEX", write_qex, happened)):
            sequence = _next_sequence(org, file_type)
            data = writer(sequence, rows, now)
            stored = storage.put(data)
            made.append(BatchFile.create(
                organisation=org.id, file_type=file_type, sequence=sequence,
                filename=f"{file_type}-{org.code}-{sequence:06d}.csv", sha256=stored.sha256,
                size=stored.size, storage_key=stored.key, channel="report", status=PROCESSED,
                received_at=now, started_at=now, finished_at=now, record_count=len(rows),
                accepted_count=len(rows), response_type=file_type, response_key=stored.key,
                covers_to=max(up_to, after)))
    log.info("reports for %s: QCL %s (%s closed), QEX %s (%s events)", org.code,
             made[0].sequence, len(closed), made[1].sequence, len(happened))
    return [deliver(batch_file) for batch_file in made]
