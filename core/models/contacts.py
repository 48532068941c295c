"""Contacts and everything that happens to them: parties, events, messages, attachments,
correspondence. The rules live in :mod:`core.contacts`; these are the rows."""
from peewee import (SQL, BooleanField, CharField, DateTimeField, ForeignKeyField,
                    IntegerField, JSONField, TextField)

from core import db as database
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
    # The organisation the contact was raised to (after routing): the side that works it.
    recipient_org = ForeignKeyField(Organisation, null=True, backref="received_contacts")
    # While allocated to a third party: the holder it goes back to when the party answers.
    allocated_from_org = ForeignKeyField(Organisation, null=True, backref="+")
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
    open_due_at = DateTimeField(null=True)       # due_at while open, else null: kept by a trigger
    paused_at = DateTimeField(null=True)
    paused_seconds = IntegerField(default=0)
    paused_days = IntegerField(default=0)        # business days spent waiting on the originator
    sla_days = IntegerField(null=True)           # the target, fixed when raised
    breached_at = DateTimeField(null=True)
    resolved_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    rejection_code = CharField(max_length=10, null=True)
    rejection_text = TextField(null=True)
    resolution_text = TextField(null=True)
    resolution_code = CharField(max_length=10, null=True)
    priority = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])   # 1: raised by an escalation rule
    outside_allowance = BooleanField(default=False)
    sandbox = BooleanField(default=False)        # raised by a sandbox twin (core.sandbox)
    # The CDSP's verdict when it cleared a participant's contact (core.contacts.verdicts,
    # core.allowance: UNC Mod 565), and when it was given.
    allowance_verdict = CharField(max_length=16, null=True)
    verdict_at = DateTimeField(null=True)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("originator_org", "originator_ref"), False),
            (("holder_org", "status", "raised_at"), False),
            (("originator_org", "raised_at"), False),
            (("updated_at", "id"), False),
            (("status", "due_at"), False),
            (("open_due_at", "id"), False),             # migration 0017: open ones, due order
            (("contact_type", "open_due_at", "id"), False),
            (("status", "open_due_at", "id"), False),
            (("recipient_org", "raised_at"), False),   # migration 0006: reports, allowance
            (("closed_at",), False),
            (("resolved_at",), False),
            (("raised_at", "id"), False),               # migration 0009: lists over everything
            (("status", "raised_at", "id"), False),
            (("contact_type", "raised_at", "id"), False),
            (("originator_ref",), False),
            (("originator_org", "verdict_at"), False),  # migration 0023: the shadow log
        )
        # Migration 0002 also adds a partial unique index: one open contact per
        # (originator_org, contact_type, originator_ref) while closed_at IS NULL.

    # What was read along with the contact (its parties, history): a
    # core.contacts.reading.ReadAlong, or None. Not a column.
    read_along = None

    @property
    def is_open(self):
        return self.closed_at is None

    @classmethod
    def locked(cls, contact_id):
        """The contact, re-read for a change: locked until the transaction ends (SELECT ...
        FOR UPDATE on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already holds the write lock)."""
        query = cls.select().where(cls.id == contact_id)
        if not database.is_sqlite():
            query = query.for_update()
        return query.get()


class ContactParty(BaseModel):
    """An organisation that may see a contact: its originator, holders and allocated parties."""
    contact = ForeignKeyField(Contact, backref="parties", on_delete="CASCADE")
    organisation = ForeignKeyField(Organisation, backref="contact_parties")
    role = CharField(max_length=16)
    added_at = DateTimeField(default=utcnow)
    raised_at = DateTimeField(null=True)  # the contact's, copied: an organisation's list order
    open_due_at = DateTimeField(null=True)  # the contact's, kept by a trigger (migration 0017)
    status = CharField(max_length=24, null=True)  # the contact's, kept by it too (migration 0019)
    contact_type = CharField(max_length=8, null=True)  # the contact's, never changes (migration 0020)

    class Meta:
        indexes = ((("contact", "organisation"), True), (("organisation", "contact"), False),
                   (("organisation", "raised_at", "contact", "status", "contact_type"), False),
                   (("organisation", "open_due_at", "contact", "status", "contact_type"), False))


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


class InternalNote(BaseModel):
    """A note on a contact seen only by one side: ``side`` is the organisation whose users
    read it (the CDSP for its staff's notes, a participant for its own users')."""
    contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    side = ForeignKeyField(Organisation, backref="+")
    author_user = ForeignKeyField(User, null=True, backref="+")
    body = TextField()
    at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "internal_note"
        indexes = ((("contact", "side", "at"), False),)


class Watch(BaseModel):
    """A user following a contact: told of its changes (as their notification choices say)."""
    contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE")
    at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "contact_watch"
        indexes = ((("contact", "user"), True), (("user", "contact"), False))


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


class Correspondence(BaseModel):
    """A Data Clarification Request (DCR), Configuration Change Request (CCR) or Request For
    Information (RFI) sent on a contact, answered by the other side or auto-closed when due."""
    contact = ForeignKeyField(Contact, backref="correspondence", on_delete="CASCADE")
    kind = CharField(max_length=4)
    from_org = ForeignKeyField(Organisation, backref="+")
    to_org = ForeignKeyField(Organisation, backref="+")
    sent_by = ForeignKeyField(User, null=True, backref="+")
    body = TextField()
    sent_at = DateTimeField(default=utcnow)
    due_at = DateTimeField()
    status = CharField(max_length=12, default="open")   # open, answered, auto_closed
    response = TextField(null=True)
    responded_by = ForeignKeyField(User, null=True, backref="+")
    responded_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    consequence = CharField(max_length=12, null=True)

    class Meta:
        indexes = ((("status", "due_at"), False), (("contact", "sent_at"), False))
