"""A stored batch file whose row was never written (the insert failed, the process died) is
removed by the hourly sweep once it is an hour old, logged and audited; a file a row names,
and one too young to judge, are kept."""
import logging
import os
import time

import peewee
import pytest

from core.jobs import get_queue
from core.models import AuditEntry
from core.storage import storage_for
from plugins.channels.batch import orphans
from plugins.channels.batch.intake import register
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq, qmp


def _age(key, seconds=2 * 3600):
    path = storage_for().path(key)
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_file_whose_row_insert_failed_is_swept_after_an_hour(app, clock, shipper, monkeypatch,
                                                               caplog):
    kept = register(shipper.organisation, qmp([enq("Q1")]), "kept.qmp", "portal", shipper)
    _age(kept.storage_key)

    def broken(**row):
        raise peewee.OperationalError("the database went away")
    with monkeypatch.context() as patched:
        patched.setattr(BatchFile, "create", broken)
        with pytest.raises(peewee.OperationalError):
            register(shipper.organisation, qmp([enq("Q2")], sequence=2), "lost.qmp", "portal",
                     shipper)
    [lost] = [k for k in storage_for().stored_keys() if k != kept.storage_key]
    assert orphans.sweep() == []            # an hour has not passed: it may yet be named
    _age(lost)
    with caplog.at_level(logging.WARNING, logger="cms.batch"):
        assert orphans.sweep() == [lost]
    assert not storage_for().exists(lost) and storage_for().exists(kept.storage_key)
    assert "removed 1 stored files no batch file names" in caplog.text and lost in caplog.text
    entry = AuditEntry.select().where(AuditEntry.action == "batch.orphans_removed").get()
    assert entry.detail == {"count": 1, "keys": [lost]}
    assert orphans.sweep() == []


def test_a_response_a_row_names_is_kept(app, clock, shipper):
    from plugins.channels.batch import pipeline
    done = pipeline.process(register(shipper.organisation, qmp([enq("Q1")]), "a.qmp", "portal",
                                     shipper).id)
    for key in (done.storage_key, done.response_key):
        _age(key)
    assert orphans.sweep() == []


def test_the_sweep_is_an_hourly_job(app):
    job = get_queue(app).jobs.get("batch.sweep_orphans")
    assert job.schedule is not None
