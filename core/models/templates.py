"""Response templates (canned responses): a text with variables, kept by an organisation
(the CDSP's admins for its staff, a participant's LSO or supervisors for its users)."""
from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from core.db import BaseModel, utcnow
from core.models.accounts import User
from core.models.tenancy import Organisation, Tenant


class ResponseTemplate(BaseModel):
    owner_org = ForeignKeyField(Organisation, backref="+")
    tenant = ForeignKeyField(Tenant, null=True, backref="+")   # CDSP's: one portal's contacts only
    use = CharField(max_length=16)                # message, request, resolution, rejection
    contact_type = CharField(max_length=8, null=True)          # None: every type
    code = CharField(max_length=10, null=True)    # resolution or rejection code it gives
    name = CharField(max_length=80)
    body = TextField()
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "response_template"
        indexes = ((("owner_org", "name"), True), (("owner_org", "use"), False))
