"""Escalation rules (a CDSP admin's): when a contact of a type and portal becomes at risk,
breaches, or has correspondence about to close itself, tell the holder's supervisors,
raise its priority, or move it to another queue. Each rule acts on a contact once."""
from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField

from core.db import BaseModel, utcnow
from core.models.accounts import User
from core.models.contacts import Contact
from core.models.tenancy import Tenant


class EscalationRule(BaseModel):
    name = CharField(max_length=80, unique=True)
    tenant = ForeignKeyField(Tenant, null=True, backref="+")     # None: every portal
    contact_type = CharField(max_length=8, null=True)           # None: every type
    trigger = CharField(max_length=16)        # at_risk, breached, closing
    action = CharField(max_length=16)         # notify, priority, move
    target = CharField(max_length=20, null=True)   # move: the organisation (queue) code
    active = BooleanField(default=True)
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "escalation_rule"


class Escalation(BaseModel):
    """That ``rule`` acted on ``contact`` (or could not: ``outcome`` says)."""
    rule = ForeignKeyField(EscalationRule, backref="+", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    outcome = CharField(max_length=200, default="done")
    at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "escalation"
        indexes = ((("rule", "contact"), True),)
