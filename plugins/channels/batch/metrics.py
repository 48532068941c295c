"""The batch channel's gauges, read when ``/metrics`` is scraped (the ``collect_gauges``
hook): files by status, and files still processing after their lease ran out (a worker
died or stalled, and the reaper has not yet taken the file back)."""
from peewee import fn

from plugins.channels.batch.intake import PROCESSED, PROCESSING, RECEIVED, REJECTED
from plugins.channels.batch.models import BatchFile

STATUSES = (RECEIVED, PROCESSING, PROCESSED, REJECTED)


def collect(gauges, now):
    by_status = dict(BatchFile.select(BatchFile.status, fn.COUNT(BatchFile.id))
                     .group_by(BatchFile.status).tuples())
    for status in STATUSES:
        gauges.add("cms_batch_files", "Batch files by status", by_status.get(status, 0),
                   status=status)
    processing = BatchFile.status == PROCESSING
    gauges.add("cms_batch_files_past_lease", "Batch files processing whose worker's lease "
               "ran out (should be 0 but briefly)",
               BatchFile.select().where(processing & (BatchFile.lease_until < now)).count())
    oldest = (BatchFile.select(BatchFile.started_at).where(processing & BatchFile.started_at.is_null(False))
              .order_by(BatchFile.started_at).first())
    started = oldest.started_at if oldest else None
    gauges.add("cms_batch_oldest_processing_seconds", "How long the file processing longest "
               "has been at it (0: none)",
               max(0.0, (now - started).total_seconds()) if started else 0)
