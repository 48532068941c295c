"""What the notifications plugin stores: each user's choices, and every notification made."""
from peewee import (BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField,
                    TextField)

from core.db import BaseModel, utcnow
from core.models import Contact, User

EACH, DIGEST = "each", "digest"


class NotificationPreference(BaseModel):
    """A user's choice of events (a comma-separated list of kinds) and how they arrive."""
    user = ForeignKeyField(User, unique=True, backref="+", on_delete="CASCADE")
    events = CharField(max_length=200, default="")
    delivery = CharField(max_length=10, default=EACH)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "notification_preference"

    @property
    def kinds(self):
        return {k for k in self.events.split(",") if k}


class Notification(BaseModel):
    """One event for one user. ``key`` makes it once-only (a scan may see an event twice).
    Sent alone (``each``) or gathered into the daily digest; ``sent_at`` once mailed."""
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE")
    kind = CharField(max_length=20)
    contact = ForeignKeyField(Contact, null=True, backref="+", on_delete="CASCADE")
    key = CharField(max_length=120)
    subject = CharField(max_length=300)
    body = TextField()
    delivery = CharField(max_length=10, default=EACH)
    created_at = DateTimeField(default=utcnow)
    sent_at = DateTimeField(null=True)
    attempts = IntegerField(default=0)
    failed = BooleanField(default=False)

    class Meta:
        table_name = "notification"
        indexes = ((("user", "key"), True), (("sent_at", "delivery", "created_at"), False))


class ScanCursor(BaseModel):
    """How far a periodic scan of the contact events has read (by event id)."""
    name = CharField(max_length=50, unique=True)
    last_id = IntegerField(default=0)

    class Meta:
        table_name = "notification_cursor"
