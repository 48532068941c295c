"""The API's own table: idempotency records."""
from peewee import CharField, DateTimeField, IntegerField, TextField

from core.db import BaseModel, utcnow


class IdempotencyRecord(BaseModel):
    """The first answer to a POST sent with an Idempotency-Key, kept for replays."""
    org_id = IntegerField()
    key = CharField(max_length=255)
    request_hash = CharField(max_length=64)
    state = CharField(max_length=12, default="running")  # running | done
    status = IntegerField(null=True)
    body = TextField(null=True)
    location = CharField(max_length=255, null=True)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "api_idempotency"
        indexes = ((("org_id", "key"), True), (("created_at",), False))
