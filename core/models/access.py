"""Access Controls: the services each user holds, and people's requests for access."""
from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from core.db import BaseModel, utcnow
from core.models.accounts import Role, User
from core.models.tenancy import Organisation


class UserService(BaseModel):
    """One service (``core.services.SERVICES``) one user may use."""
    user = ForeignKeyField(User, backref="services", on_delete="CASCADE")
    service = CharField(max_length=20)
    granted_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "user_service"
        indexes = ((("user", "service"), True),)


class AccessRequest(BaseModel):
    """Someone's request for an account (``kind`` "account": no ``user`` yet) or for more
    services or a higher role (``kind`` "change": the ``user`` asking), for the
    organisation's LSO (or the CDSP's, when it has none) to approve or decline."""
    kind = CharField(max_length=10)                    # "account" or "change"
    organisation = ForeignKeyField(Organisation, backref="access_requests")
    user = ForeignKeyField(User, null=True, backref="access_requests", on_delete="CASCADE")
    email = CharField(max_length=254)
    name = CharField(max_length=200, default="")
    services = CharField(max_length=100, default="")   # codes, comma-separated
    role = ForeignKeyField(Role, column_name="role", null=True)   # a change's role asked for
    reason = TextField(default="")
    status = CharField(max_length=10, default="pending")   # pending, approved, declined
    created_at = DateTimeField(default=utcnow)
    decided_at = DateTimeField(null=True)
    decided_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    decline_reason = TextField(default="")

    class Meta:
        table_name = "access_request"
        indexes = ((("organisation", "status"), False), (("email", "status"), False))

    @property
    def service_codes(self):
        return [code for code in self.services.split(",") if code]
