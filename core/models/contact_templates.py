"""Contact templates (the Contact Generator's "Top 50"): a named, partly filled contact of
one type that an organisation keeps for its users; the CDSP's admins may publish one to a
whole participant portal (``tenant``)."""
from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, JSONField

from core.db import BaseModel, utcnow
from core.models.accounts import User
from core.models.tenancy import Organisation, Tenant


class ContactTemplate(BaseModel):
    owner_org = ForeignKeyField(Organisation, backref="+")
    tenant = ForeignKeyField(Tenant, null=True, backref="+")   # CDSP's: published to that portal
    contact_type = CharField(max_length=8)
    name = CharField(max_length=80)
    values = JSONField(default=dict)      # mprn, summary and the type's own fields, as loaded
    uses = IntegerField(default=0)        # contacts raised from it (ranks the "Top 50")
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "contact_template"
        indexes = ((("owner_org", "name"), True), (("tenant",), False))
