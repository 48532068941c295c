"""Stored files no batch file names. A file is stored before its row is inserted
(:func:`.intake.register`), and a response before its row names it (:mod:`.pipeline`): a
failure in between (the database gone, the process killed) leaves content nobody will read.
The hourly sweep removes such content once it is an hour old (a younger file may be about to
be named), and says so in the log and the audit."""
import logging

from core import audit
from core.storage import storage_for
from plugins.channels.batch.models import BatchFile

AGE_SECONDS = 3600
log = logging.getLogger("cms.batch")


def sweep(older_than_seconds=AGE_SECONDS):
    """Remove the stored files older than ``older_than_seconds`` that no batch file names;
    answer their keys."""
    storage = storage_for()
    candidates = list(storage.stored_keys(older_than_seconds))
    if not candidates:
        return []
    named = {key for row in BatchFile.select(BatchFile.storage_key, BatchFile.response_key).tuples()
             for key in row if key}
    removed = [key for key in candidates if key not in named and storage.delete(key)]
    if removed:
        log.warning("removed %d stored files no batch file names (an upload or a response "
                    "whose row was never written): %s", len(removed), ", ".join(removed[:20]))
        audit.record("batch.orphans_removed", target_type="storage",
                     detail={"count": len(removed), "keys": removed[:100]})
    return removed
