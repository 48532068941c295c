"""People and how they prove who they are: roles, users, sessions, API keys."""
from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from core.db import BaseModel, utcnow
from core.secrets_at_rest import SecretField
from core.models.tenancy import Organisation


class Role(BaseModel):
    """A role's rank orders it: a higher role includes everything a lower one may do."""
    code = CharField(max_length=20, primary_key=True)
    name = CharField(max_length=50)
    rank = IntegerField()
    scope = CharField(max_length=20)  # "participant" or "cdsp"

    @classmethod
    def for_scope(cls, scope):
        return list(cls.select().where(cls.scope == scope).order_by(cls.rank))


class User(BaseModel):
    email = CharField(max_length=254)
    name = CharField(max_length=200, default="")
    organisation = ForeignKeyField(Organisation, backref="users")
    role = ForeignKeyField(Role, column_name="role", backref="users")
    password_hash = CharField(max_length=255, default="")
    password_changed_at = DateTimeField(null=True)
    password_expires_at = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    failed_logins = IntegerField(default=0)
    locked_at = DateTimeField(null=True)
    disabled_at = DateTimeField(null=True)
    deleted_at = DateTimeField(null=True)
    last_login_at = DateTimeField(null=True)
    created_at = DateTimeField(default=utcnow)
    totp_secret = SecretField(null=True)      # sealed (core.secrets_at_rest); core.two_factor opens it
    totp_last_step = IntegerField(default=0)

    class Meta:
        table_name = "app_user"
        indexes = ((("organisation", "deleted_at"), False),)

    # flask-login's protocol
    is_anonymous = False

    @property
    def is_authenticated(self):
        return True

    @property
    def is_active(self):
        return self.disabled_at is None and self.deleted_at is None

    def get_id(self):
        return str(self.id)

    @property
    def status(self):
        if self.deleted_at:
            return "deleted"
        if self.disabled_at:
            return "disabled"
        if self.locked_at:
            return "locked"
        return "active"

    @property
    def display_name(self):
        return self.name or self.email

    @classmethod
    def live(cls):
        return cls.select().where(cls.deleted_at.is_null())

    @classmethod
    def by_email(cls, email):
        return cls.live().where(cls.email == (email or "").strip().lower()).first()


class RecoveryCode(BaseModel):
    """A single-use code that stands in for the second factor; stored only as a digest."""
    user = ForeignKeyField(User, backref="recovery_codes", on_delete="CASCADE")
    code_hash = CharField(max_length=64)
    used_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("user", "code_hash"), True),)


class UserSession(BaseModel):
    """A signed-in browser. The cookie holds only a random token; this row decides."""
    token_hash = CharField(max_length=64, unique=True)
    user = ForeignKeyField(User, backref="sessions", on_delete="CASCADE")
    tenant = CharField(max_length=20)
    created_at = DateTimeField(default=utcnow)
    last_seen_at = DateTimeField(default=utcnow)
    ended_at = DateTimeField(null=True)
    end_reason = CharField(max_length=50, null=True)
    source_address = CharField(max_length=64, default="")
    user_agent = CharField(max_length=255, default="")

    class Meta:
        indexes = ((("user", "ended_at"), False),)


class ApiKey(BaseModel):
    user = ForeignKeyField(User, backref="api_keys", on_delete="CASCADE")
    name = CharField(max_length=100)
    prefix = CharField(max_length=16)
    key_hash = CharField(max_length=64, unique=True)
    created_at = DateTimeField(default=utcnow)
    last_used_at = DateTimeField(null=True)
    revoked_at = DateTimeField(null=True)

