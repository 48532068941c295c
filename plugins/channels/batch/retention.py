"""Batch files past their tenant's retention period (``[retention] batch_files``): the stored
content of the file and of its response is removed; the row stays, so its sequence number is
never used again, the reports still know what they covered and the file's list says what
it was (its name, size, SHA-256, counts). A file still being worked on, or whose response
has not reached the organisation's outbox yet, is kept."""
from core import audit
from core.models import Organisation, Tenant
from core.storage import storage_for
from plugins.channels.batch.intake import DONE
from plugins.channels.batch.models import BatchFile

BATCH = 500


def purge(tenant, cutoff):
    """Remove the content of ``tenant``'s files received before ``cutoff``; answer how many."""
    storage = storage_for()
    orgs = Organisation.select(Organisation.id).join(Tenant).where(Tenant.code == tenant)
    query = (BatchFile.select().where(
        BatchFile.organisation.in_(orgs) & (BatchFile.received_at < cutoff) &
        BatchFile.status.in_(list(DONE)) &
        (BatchFile.response_key.is_null() | BatchFile.delivered_at.is_null(False)))
        .order_by(BatchFile.id))
    purged, after = [], 0
    while True:
        rows = list(query.where(BatchFile.id > after).limit(BATCH))
        if not rows:
            break
        after = rows[-1].id
        for row in rows:
            removed = [storage.delete(key) for key in (row.storage_key, row.response_key) if key]
            if any(removed):
                purged.append(row)
    for start in range(0, len(purged), BATCH):
        chunk = purged[start:start + BATCH]
        audit.record("retention.batch_files_purged", target_type="tenant", target_id=tenant,
                     detail={"files": [f"{r.id} {r.file_type} {r.filename}" for r in chunk],
                             "count": len(chunk), "received_before": cutoff.isoformat()})
    return len(purged)


def purge_sandbox(organisation_ids, cutoff):
    """Remove the sandbox organisations' files received before ``cutoff``, rows and stored
    content (a sandbox's sequences are its own to use again); answer how many."""
    storage = storage_for()
    rows = list(BatchFile.select().where(BatchFile.organisation.in_(list(organisation_ids)) &
                                         (BatchFile.received_at < cutoff)))
    for row in rows:
        for key in (row.storage_key, row.response_key):
            if key:
                storage.delete(key)
    if rows:
        BatchFile.delete().where(BatchFile.id.in_([r.id for r in rows])).execute()
        audit.record("sandbox.batch_files_purged", target_type="files",
                     target_id=f"{len(rows)} files",
                     detail={"files": [f"{r.id} {r.file_type} {r.filename}" for r in rows],
                             "count": len(rows), "received_before": cutoff.isoformat()})
    return len(rows)
