"""What the webhooks plugin stores: the endpoints, each delivery and every attempt at it."""
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from core.db import BaseModel, utcnow
from core.models import Organisation, User
from core.secrets_at_rest import SecretField

PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"


class Webhook(BaseModel):
    organisation = ForeignKeyField(Organisation, backref="+", on_delete="CASCADE")
    url = CharField(max_length=500)
    events = CharField(max_length=200)        # comma-separated event names
    secret = SecretField()                    # shown once; kept sealed to sign deliveries
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)

    class Meta:
        table_name = "webhook"
        indexes = ((("organisation", "deleted_at"), False),)

    @property
    def event_names(self):
        return [e for e in self.events.split(",") if e]

    def signing_secret(self):
        """The secret in clear, opened from its sealed value."""
        return Webhook.secret.unseal(self.id, self.secret)


class WebhookDelivery(BaseModel):
    """One event to send to one webhook: retried with backoff until delivered or given up."""
    webhook = ForeignKeyField(Webhook, backref="deliveries", on_delete="CASCADE")
    event = CharField(max_length=40)
    reference = CharField(max_length=32, default="")
    body = TextField()
    status = CharField(max_length=10, default=PENDING)
    attempts = IntegerField(default=0)
    created_at = DateTimeField(default=utcnow)
    next_attempt_at = DateTimeField(default=utcnow)
    lease_until = DateTimeField(null=True)
    finished_at = DateTimeField(null=True)
    last_status = IntegerField(null=True)

    class Meta:
        table_name = "webhook_delivery"
        indexes = ((("status", "next_attempt_at"), False), (("webhook", "created_at"), False))


class WebhookAttempt(BaseModel):
    delivery = ForeignKeyField(WebhookDelivery, backref="attempt_rows", on_delete="CASCADE")
    at = DateTimeField(default=utcnow)
    status_code = IntegerField(null=True)     # None: no answer (refused, timed out, ...)
    error = CharField(max_length=300, default="")
    duration_ms = IntegerField(default=0)

    class Meta:
        table_name = "webhook_attempt"
        indexes = ((("delivery", "at"), False),)
