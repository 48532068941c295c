"""An attempt's lease on a batch file: short, and kept alive by a heartbeat while it works.

A claim gives the attempt the file until ``lease_until`` (``CMS_BATCH_LEASE_SECONDS``, 40 s by
default). While the attempt works, a :class:`Heartbeat` thread pushes ``lease_until`` on
every quarter of the lease, so a live worker keeps a file however long it takes, and a dead
worker's file is free again within one lease. Each renewal is a compare-and-set on the
attempt number (the claim bumps it): it succeeds only while no other attempt has taken the
file. A heartbeat that finds the file taken says so (``lost``), and the attempt stops at its
next step (:meth:`Heartbeat.check` raises :class:`LeaseLost`) without writing anything more.

The heartbeat stops when the attempt opens the transaction that writes its results; that
transaction renews the lease once more as its first statement (:func:`renew`), which holds the
file's row (PostgreSQL) or the write lock (SQLite) until it commits, so no other attempt can
take the file while it is being written.
"""
import datetime
import logging
import threading

import peewee

from core import clock
from core import db as database
from plugins.channels.batch.intake import PROCESSING
from plugins.channels.batch.models import BatchFile

DEFAULT_LEASE_SECONDS = 40     # a dead worker's file is free again after this
RENEWALS = 4                   # renewals per lease: three may fail before the lease runs out
log = logging.getLogger("cms.batch")


class LeaseLost(Exception):
    """Another attempt owns the file now: this one's work is rolled back."""


def renew(file_id, attempt, seconds):
    """Push the lease of ``attempt`` on the file to ``seconds`` from now; False when another
    attempt has taken the file or it is no longer being processed."""
    with database.transaction():
        held = (BatchFile.update(lease_until=clock.now() + datetime.timedelta(seconds=seconds))
                .where((BatchFile.id == file_id) & (BatchFile.status == PROCESSING) &
                       (BatchFile.attempts == attempt)).execute())
    return bool(held)


class Heartbeat:
    """``with Heartbeat(file_id, attempt, seconds) as heartbeat:`` renews the attempt's lease
    from a thread of its own (with its own database connection) until :meth:`stop`."""

    def __init__(self, file_id, attempt, seconds):
        self.file_id, self.attempt, self.seconds = file_id, attempt, seconds
        self.every = seconds / RENEWALS
        self.lost = False
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True,
                                        name=f"batch-lease-{file_id}")

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        self._thread.join(timeout=5)   # a renewal waiting on the row it can no longer change

    def stop(self):
        """No more renewals (the attempt's writing transaction takes the lease over)."""
        self._stopped.set()

    def check(self):
        """Raise LeaseLost when the heartbeat found the file taken by another attempt."""
        if self.lost:
            raise LeaseLost()

    def _beat(self):
        try:
            while not self._stopped.wait(self.every):
                try:
                    held = renew(self.file_id, self.attempt, self.seconds)
                except (peewee.DatabaseError, peewee.InterfaceError) as exc:  # busy, cut off: retry
                    log.warning("batch file %s: lease not renewed (%s)", self.file_id, exc)
                    database.db.close()
                    continue
                if not held and not self._stopped.is_set():
                    self.lost = True
                    log.warning("batch file %s: attempt %s found its lease taken", self.file_id,
                                self.attempt)
                    return
        finally:
            if not database.db.is_closed():
                database.db.close()
