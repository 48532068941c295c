"""Saved views: a named set of list filters a user keeps, alone or shared with their
organisation (for CDSP staff, the CDSP team)."""
from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, JSONField

from core.db import BaseModel, utcnow
from core.models.accounts import User
from core.models.tenancy import Organisation


class SavedView(BaseModel):
    owner = ForeignKeyField(User, backref="saved_views", on_delete="CASCADE")
    organisation = ForeignKeyField(Organisation, backref="+")
    name = CharField(max_length=60)
    shared = BooleanField(default=False)
    filters = JSONField(default=dict)    # core.contacts.listing's names, JSON-safe values
    order = CharField(max_length=10, default="received")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "saved_view"
        indexes = ((("owner", "name"), True), (("organisation", "shared"), False))
