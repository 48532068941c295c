"""What the reports plugin stores: monthly performance reports published to organisations,
who receives them by email and when each month's was sent, and the business-day calendar
the standards-of-service figures count with."""
from peewee import (BooleanField, CharField, DateField, DateTimeField, ForeignKeyField,
                    IntegerField, JSONField)

from core.db import BaseModel, utcnow
from core.models import Organisation, User


class PublishedReport(BaseModel):
    """A month's performance figures for one organisation, fixed when a CDSP admin publishes
    them (publishing again replaces them)."""
    organisation = ForeignKeyField(Organisation, backref="+", on_delete="CASCADE")
    month = CharField(max_length=7)           # "YYYY-MM"
    data = JSONField(default=dict)
    published_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    published_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "published_report"
        indexes = ((("organisation", "month"), True),)


class ReportRecipient(BaseModel):
    """A user of an organisation who is emailed its monthly performance report."""
    organisation = ForeignKeyField(Organisation, backref="+", on_delete="CASCADE")
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE")
    added_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    added_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "report_recipient"
        indexes = ((("organisation", "user"), True),)


class ReportDelivery(BaseModel):
    """One organisation's monthly report sent by the scheduled job: the row is the claim
    (unique per organisation and month), so a month is mailed once however often or on how
    many workers the job runs. ``sent_at`` null: being sent (since ``claimed_at``) or to be
    tried again (``claimed_at`` null)."""
    organisation = ForeignKeyField(Organisation, backref="+", on_delete="CASCADE")
    month = CharField(max_length=7)
    report = ForeignKeyField(PublishedReport, null=True, backref="+", on_delete="SET NULL")
    claimed_at = DateTimeField(null=True)
    claimed_by = CharField(max_length=32, default="")   # the claiming run's token
    sent_at = DateTimeField(null=True)
    recipients = IntegerField(default=0)
    attempts = IntegerField(default=0)
    failed = BooleanField(default=False)
    error = CharField(max_length=200, default="")

    class Meta:
        table_name = "report_delivery"
        indexes = ((("organisation", "month"), True),)


class BusinessDay(BaseModel):
    """The business-day calendar as a table, so the database counts business days: for each
    local day of a time zone, the UTC moment it starts and how many business days there have
    been up to and including it (``core.contacts`` calendar: weekends and England & Wales bank
    holidays skipped). Filled a year at a time as reports need it (``business_days.py``)."""
    zone = CharField(max_length=64)
    day = DateField()
    starts_at = DateTimeField()
    business_days = IntegerField()

    class Meta:
        table_name = "report_business_day"
        indexes = ((("zone", "day"), True), (("zone", "starts_at"), False))
