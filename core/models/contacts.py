"""Contacts and everything that happens to them: parties, events, messages, attachments."""
from peewee import (BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField,
                    JSONField, TextField)

from core.db import BaseModel, utcnow
from core.models.accounts import User
from core.models.tenancy import Organisation


class ReferenceCounter(BaseModel):
    """The last number handed out per reference prefix (e.g. ``RFA-2026``)."""
    prefix = CharField(max_length=20, unique=True)
    last = IntegerField(default=0)


class Contact(BaseModel):
    reference = CharField(max_length=32, unique=True)
    contact_type = CharField(max_length=8)
    status = CharField(max_length=24, default="submitted")
    ced = CharField(max_length=8, null=True)
    originator_org = ForeignKeyField(Organisation, backref="raised_contacts")
    originator_user = ForeignKeyField(User, null=True, backref="raised_contacts")
    holder_org = ForeignKeyField(Organisation, backref="held_contacts")
    assignee = ForeignKeyField(User, null=True, backref="assigned_contacts")
    parent = ForeignKeyField("self", null=True, backref="follow_ups")
    mprn = CharField(max_length=11, null=True, index=True)
    originator_ref = CharField(max_length=64, null=True)
    summary = CharField(max_length=500, default="")
    fields = JSONField(default=dict)
    channel = CharField(max_length=10)
    raised_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    due_at = DateTimeField(null=True)
    paused_at = DateTimeField(null=True)
    paused_seconds = IntegerField(default=0)
    resolved_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    rejection_code = CharField(max_length=10, null=True)
    rejection_text = TextField(null=True)
    resolution_text = TextField(null=True)
    outside_allowance = BooleanField(default=False)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("originator_org", "originator_ref"), False),
            (("holder_org", "status", "raised_at"), False),
            (("originator_org", "raised_at"), False),
            (("updated_at", "id"), False),
        )


class ContactParty(BaseModel):
    """An organisation that may see a contact: its originator, holders and allocated parties."""
    contact = ForeignKeyField(Contact, backref="parties", on_delete="CASCADE")
    organisation = ForeignKeyField(Organisation, backref="contact_parties")
    role = CharField(max_length=16)
    added_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("contact", "organisation"), True), (("organisation", "contact"), False))


class ContactEvent(BaseModel):
    """Append-only history: every change to a contact, with who, when, how and what."""
    contact = ForeignKeyField(Contact, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=utcnow)
    actor_user = ForeignKeyField(User, null=True)
    actor_org = ForeignKeyField(Organisation, null=True)
    channel = CharField(max_length=10)
    kind = CharField(max_length=32)
    from_status = CharField(max_length=24, null=True)
    to_status = CharField(max_length=24, null=True)
    data = JSONField(default=dict)

    class Meta:
        indexes = ((("contact", "at"), False),)


class Message(BaseModel):
    contact = ForeignKeyField(Contact, backref="messages", on_delete="CASCADE")
    author_user = ForeignKeyField(User, null=True)
    author_org = ForeignKeyField(Organisation)
    body = TextField()
    channel = CharField(max_length=10)
    at = DateTimeField(default=utcnow)


class Attachment(BaseModel):
    contact = ForeignKeyField(Contact, backref="attachments", on_delete="CASCADE")
    message = ForeignKeyField(Message, null=True, backref="attachments")
    filename = CharField(max_length=255)
    content_type = CharField(max_length=100)
    size = IntegerField()
    sha256 = CharField(max_length=64)
    storage_key = CharField(max_length=255)
    uploaded_by = ForeignKeyField(User, null=True)
    uploaded_org = ForeignKeyField(Organisation)
    at = DateTimeField(default=utcnow)
