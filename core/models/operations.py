"""Running the service: scheduled maintenance windows, declared outages, and the shadow log of
contacts refused as invalid (which counts against an organisation's query allowance)."""
from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from core.db import BaseModel, utcnow
from core.models.accounts import User
from core.models.tenancy import Organisation


class MaintenanceWindow(BaseModel):
    """A window a CDSP admin scheduled, on top of the daily one (times in naive UTC)."""
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    reason = CharField(max_length=300)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)
    cancelled_at = DateTimeField(null=True)
    cancelled_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        table_name = "maintenance_window"
        indexes = ((("ends_at", "starts_at"), False),)

    @classmethod
    def live_between(cls, start, end):
        """Windows not cancelled that overlap [start, end)."""
        return list(cls.select().where(cls.cancelled_at.is_null() & (cls.starts_at < end) &
                                       (cls.ends_at > start)).order_by(cls.starts_at))


class ServiceOutage(BaseModel):
    """An outage a CDSP admin declared, shown on the status page until it is ended."""
    message = TextField()
    declared_at = DateTimeField(default=utcnow)
    declared_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    ended_at = DateTimeField(null=True)
    ended_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        table_name = "service_outage"

    @classmethod
    def current(cls):
        return list(cls.select().where(cls.ended_at.is_null()).order_by(cls.declared_at.desc()))


class RejectedSubmission(BaseModel):
    """A submission refused at intake (any channel): logged, never a contact. Reported as the
    organisation's "refused at intake" figure; not the query allowance's shadow log, whose
    invalid queries are verdicts given when contacts are cleared (core.allowance)."""
    organisation = ForeignKeyField(Organisation, backref="+", on_delete="CASCADE")
    day = DateField()                          # the UK business calendar's date
    at = DateTimeField(default=utcnow)
    contact_type = CharField(max_length=8, default="")
    channel = CharField(max_length=10)
    code = CharField(max_length=24, default="")  # a neutral reason (core.contacts.reasons)
    reason = CharField(max_length=500, default="")

    class Meta:
        table_name = "rejected_submission"
        indexes = ((("organisation", "day"), False),)
