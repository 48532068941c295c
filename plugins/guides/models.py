"""What the guides plugin stores: the answers to "Was this helpful?"."""
from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField, fn

from core.db import BaseModel, utcnow
from core.models import Organisation, User


class GuideFeedback(BaseModel):
    tenant = CharField(max_length=20)
    guide = CharField(max_length=100)          # the guide's slug
    helpful = BooleanField()
    comment = TextField(default="")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL")
    at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "guide_feedback"
        indexes = ((("guide", "at"), False), (("at",), False))

    @classmethod
    def recent(cls, guide=None, limit=200):
        query = cls.select().order_by(cls.at.desc(), cls.id.desc())
        if guide:
            query = query.where(cls.guide == guide)
        return list(query.limit(limit))

    @classmethod
    def tallies(cls):
        """{(tenant, guide): [yes, no]} over every answer."""
        rows = (cls.select(cls.tenant, cls.guide, cls.helpful, fn.COUNT(cls.id).alias("n"))
                .group_by(cls.tenant, cls.guide, cls.helpful))
        tallies = {}
        for row in rows:
            tallies.setdefault((row.tenant, row.guide), [0, 0])[0 if row.helpful else 1] += row.n
        return tallies
