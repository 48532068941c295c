"""The audit log: append-only, one row per security-relevant act."""
from peewee import CharField, DateTimeField, IntegerField, JSONField

from core.db import BaseModel, utcnow


class AuditEntry(BaseModel):
    at = DateTimeField(default=utcnow)
    action = CharField(max_length=64)
    actor_id = IntegerField(null=True)
    actor_email = CharField(max_length=254, default="")
    actor_org_id = IntegerField(null=True)
    org_id = IntegerField(null=True)  # the organisation the act concerns, for LSO views
    target_type = CharField(max_length=32, default="")
    target_id = CharField(max_length=64, default="")
    source_address = CharField(max_length=64, default="")
    detail = JSONField(default=dict)

    class Meta:
        indexes = ((("org_id", "at"), False), (("action", "at"), False))

    def save(self, *args, **kwargs):
        if self.id is not None:
            raise RuntimeError("audit entries are append-only")
        return super().save(*args, **kwargs)
