"""The audit log: append-only and hash-chained, one row per security-relevant act."""
from peewee import CharField, DateTimeField, IntegerField, JSONField, TextField

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
    prev_hash = CharField(max_length=64, default="")
    hash = CharField(max_length=64, default="")

    class Meta:
        indexes = ((("org_id", "at"), False), (("action", "at"), False))

    def save(self, *args, **kwargs):
        if self.id is not None:
            raise RuntimeError("audit entries are append-only")
        return super().save(*args, **kwargs)


class AuditHead(BaseModel):
    """One row: the chain's last entry, its hash and the number of entries."""
    last_id = IntegerField(default=0)
    last_hash = CharField(max_length=64, default="")
    count = IntegerField(default=0)


class AuditPerson(BaseModel):
    """A personal value of the audit log (an address, a name), kept out of the hash chain:
    the chain hashes ``digest`` (SHA-256 of ``salt`` and ``value``) in its place. Once the
    person is erased, ``value`` and ``salt`` are gone and ``pseudonym`` stands in the entries
    (see core.audit_people)."""
    value = TextField(null=True, unique=True)
    salt = CharField(max_length=32, null=True)
    digest = CharField(max_length=64)
    pseudonym = CharField(max_length=100, null=True, unique=True)
    erased_at = DateTimeField(null=True)

    class Meta:
        table_name = "audit_person"


class ThrottleCounter(BaseModel):
    """Attempts per key (an account, an address, an organisation) in one time window."""
    key = CharField(max_length=200)
    window = IntegerField()
    count = IntegerField(default=0)

    class Meta:
        indexes = ((("key", "window"), True),)
