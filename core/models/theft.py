"""Theft of gas notified through TRAS: the Shipper's window to object to the volume, and
the outcome. The rules live in :mod:`core.theft`; this is the row."""
from peewee import CharField, DateField, DateTimeField, DecimalField, ForeignKeyField, \
    IntegerField, TextField

from core.db import BaseModel
from core.models.accounts import User
from core.models.contacts import Contact
from core.models.tenancy import Organisation


class TheftNotice(BaseModel):
    """One TOG contact the CDSP raised to a Shipper from a TRAS notice."""
    contact = ForeignKeyField(Contact, unique=True, backref="theft_notices", on_delete="CASCADE")
    shipper_org = ForeignKeyField(Organisation, backref="+")
    tras_reference = CharField(max_length=40)
    notified_energy = DecimalField(max_digits=14, decimal_places=0)      # kWh, as notified
    window_days = IntegerField()
    window_closes_on = DateField()              # the last business day to object
    outcome = CharField(max_length=16, default="pending")
    objection_reason = CharField(max_length=32, null=True)
    objection_text = TextField(null=True)
    objected_at = DateTimeField(null=True)
    objected_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    evidence_id = IntegerField(null=True)       # the Attachment sent with the objection
    settled_energy = DecimalField(max_digits=14, decimal_places=0, null=True)  # kWh settled
    decided_at = DateTimeField(null=True)       # when the outcome became final
    decision_text = TextField(null=True)
    raised_at = DateTimeField()                 # the contact's, copied: reports by month

    class Meta:
        table_name = "theft_notice"
        indexes = ((("outcome", "window_closes_on"), False),
                   (("shipper_org", "raised_at"), False),
                   (("raised_at",), False))
