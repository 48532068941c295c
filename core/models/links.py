"""Links between contacts: one is related to, or a duplicate of, another. Which of them a
reader is shown is decided in :mod:`core.contacts.links` (both ends must be visible)."""
from peewee import CharField, DateTimeField, ForeignKeyField

from core.db import BaseModel, utcnow
from core.models.accounts import User
from core.models.contacts import Contact
from core.models.tenancy import Organisation


class ContactLink(BaseModel):
    """``from_contact`` is ``kind`` (``related`` or ``duplicate_of``) ``to_contact``."""
    from_contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    to_contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    kind = CharField(max_length=16)
    created_by = ForeignKeyField(User, null=True, backref="+")
    created_org = ForeignKeyField(Organisation, null=True, backref="+")
    at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "contact_link"
        indexes = ((("from_contact", "to_contact"), True), (("to_contact",), False))
