"""Batch files, registered before they are processed: the database is their source of truth."""
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from core.db import BaseModel, utcnow
from core.models import Organisation, User


class BatchFile(BaseModel):
    organisation = ForeignKeyField(Organisation, backref="batch_files")
    uploaded_by = ForeignKeyField(User, null=True)
    file_type = CharField(max_length=3, default="QMP")
    sequence = IntegerField(null=True)
    filename = CharField(max_length=255)
    sha256 = CharField(max_length=64)
    size = IntegerField()
    storage_key = CharField(max_length=255)
    channel = CharField(max_length=10)
    status = CharField(max_length=16, default="received")
    received_at = DateTimeField(default=utcnow)
    started_at = DateTimeField(null=True)
    finished_at = DateTimeField(null=True)
    lease_until = DateTimeField(null=True)
    attempts = IntegerField(default=0)
    record_count = IntegerField(default=0)
    accepted_count = IntegerField(default=0)
    rejected_count = IntegerField(default=0)
    error_code = CharField(max_length=10, null=True)
    response_type = CharField(max_length=3, null=True)
    response_key = CharField(max_length=255, null=True)
    delivered_at = DateTimeField(null=True)      # the response reached the organisation's outbox
    error_text = TextField(null=True)            # why a file was rejected whole (its QMJ's text)
    covers_to = IntegerField(null=True)          # QCL/QEX: the last contact event they cover

    class Meta:
        indexes = ((("organisation", "received_at"), False), (("status", "lease_until"), False),
                   (("organisation", "file_type", "sequence"), False))
        # The plugin's migration 0002 also adds a partial unique index: one file per
        # (organisation, file_type, sequence) among those not rejected whole.
