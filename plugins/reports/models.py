"""What the reports plugin stores: monthly performance reports published to organisations."""
from peewee import CharField, DateTimeField, ForeignKeyField, JSONField

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
