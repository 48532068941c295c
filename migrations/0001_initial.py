"""The first schema: tenants, organisations, accounts, contacts and the audit log."""
from peewee import *


def up(migrator, db):
    class Tenant(Model):
        code = CharField(unique=True, max_length=20)
        name = CharField(max_length=100)
        class Meta:
            database = db
            table_name = 'tenant'
    db.create_tables([Tenant])

    class Organisation(Model):
        code = CharField(unique=True, max_length=20)
        name = CharField(max_length=200)
        tenant = ForeignKeyField(Tenant)
        parent = ForeignKeyField('self', null=True)
        is_active = BooleanField(default=True)
        customer_advocate = TextField(default='')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'organisation'
    db.create_tables([Organisation])

    class Role(Model):
        code = CharField(primary_key=True, max_length=20)
        name = CharField(max_length=50)
        rank = IntegerField()
        scope = CharField(max_length=20)
        class Meta:
            database = db
            table_name = 'role'
    db.create_tables([Role])

    class User(Model):
        email = CharField(max_length=254)
        name = CharField(max_length=200, default='')
        organisation = ForeignKeyField(Organisation)
        role = ForeignKeyField(Role, column_name='role')
        password_hash = CharField(default='')
        password_changed_at = DateTimeField(null=True)
        password_expires_at = DateTimeField(null=True)
        must_change_password = BooleanField(default=False)
        failed_logins = IntegerField(default=0)
        locked_at = DateTimeField(null=True)
        disabled_at = DateTimeField(null=True)
        deleted_at = DateTimeField(null=True)
        last_login_at = DateTimeField(null=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'app_user'
            indexes = ((('organisation', 'deleted_at'), False),)
    db.create_tables([User])

    class ApiKey(Model):
        user = ForeignKeyField(User, on_delete='CASCADE')
        name = CharField(max_length=100)
        prefix = CharField(max_length=16)
        key_hash = CharField(unique=True, max_length=64)
        created_at = DateTimeField()
        last_used_at = DateTimeField(null=True)
        revoked_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'api_key'
    db.create_tables([ApiKey])

    class Contact(Model):
        reference = CharField(unique=True, max_length=32)
        contact_type = CharField(max_length=8)
        status = CharField(max_length=24, default='submitted')
        ced = CharField(null=True, max_length=8)
        originator_org = ForeignKeyField(Organisation)
        originator_user = ForeignKeyField(User, null=True)
        holder_org = ForeignKeyField(Organisation)
        assignee = ForeignKeyField(User, null=True)
        parent = ForeignKeyField('self', null=True)
        mprn = CharField(index=True, null=True, max_length=11)
        originator_ref = CharField(null=True, max_length=64)
        summary = CharField(max_length=500, default='')
        fields = JSONField(default=dict)
        channel = CharField(max_length=10)
        raised_at = DateTimeField()
        updated_at = DateTimeField()
        due_at = DateTimeField(null=True)
        paused_at = DateTimeField(null=True)
        paused_seconds = IntegerField(default=0)
        resolved_at = DateTimeField(null=True)
        closed_at = DateTimeField(null=True)
        rejection_code = CharField(null=True, max_length=10)
        rejection_text = TextField(null=True)
        resolution_text = TextField(null=True)
        outside_allowance = BooleanField(default=False)
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'contact'
            indexes = ((('originator_org', 'originator_ref'), False), (('holder_org', 'status', 'raised_at'), False), (('originator_org', 'raised_at'), False), (('updated_at', 'id'), False))
    db.create_tables([Contact])

    class Message(Model):
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        author_user = ForeignKeyField(User, null=True)
        author_org = ForeignKeyField(Organisation)
        body = TextField()
        channel = CharField(max_length=10)
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'message'
    db.create_tables([Message])

    class Attachment(Model):
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        message = ForeignKeyField(Message, null=True)
        filename = CharField()
        content_type = CharField(max_length=100)
        size = IntegerField()
        sha256 = CharField(max_length=64)
        storage_key = CharField()
        uploaded_by = ForeignKeyField(User, null=True)
        uploaded_org = ForeignKeyField(Organisation)
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'attachment'
    db.create_tables([Attachment])

    class AuditEntry(Model):
        at = DateTimeField()
        action = CharField(max_length=64)
        actor_id = IntegerField(null=True)
        actor_email = CharField(max_length=254, default='')
        actor_org_id = IntegerField(null=True)
        org_id = IntegerField(null=True)
        target_type = CharField(max_length=32, default='')
        target_id = CharField(max_length=64, default='')
        source_address = CharField(max_length=64, default='')
        detail = JSONField(default=dict)
        class Meta:
            database = db
            table_name = 'audit_entry'
            indexes = ((('org_id', 'at'), False), (('action', 'at'), False))
    db.create_tables([AuditEntry])

    class ContactEvent(Model):
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        at = DateTimeField()
        actor_user = ForeignKeyField(User, null=True)
        actor_org = ForeignKeyField(Organisation, null=True)
        channel = CharField(max_length=10)
        kind = CharField(max_length=32)
        from_status = CharField(null=True, max_length=24)
        to_status = CharField(null=True, max_length=24)
        data = JSONField(default=dict)
        class Meta:
            database = db
            table_name = 'contact_event'
            indexes = ((('contact', 'at'), False),)
    db.create_tables([ContactEvent])

    class ContactParty(Model):
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        organisation = ForeignKeyField(Organisation)
        role = CharField(max_length=16)
        added_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'contact_party'
            indexes = ((('contact', 'organisation'), True), (('organisation', 'contact'), False))
    db.create_tables([ContactParty])

    class ReferenceCounter(Model):
        prefix = CharField(unique=True, max_length=20)
        last = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'reference_counter'
    db.create_tables([ReferenceCounter])

    class TenantPlugin(Model):
        tenant = ForeignKeyField(Tenant, on_delete='CASCADE')
        plugin = CharField(max_length=100)
        enabled = BooleanField()
        changed_at = DateTimeField()
        changed_by = IntegerField(null=True)
        class Meta:
            database = db
            table_name = 'tenant_plugin'
            indexes = ((('tenant', 'plugin'), True),)
    db.create_tables([TenantPlugin])

    class UserSession(Model):
        token_hash = CharField(unique=True, max_length=64)
        user = ForeignKeyField(User, on_delete='CASCADE')
        tenant = CharField(max_length=20)
        created_at = DateTimeField()
        last_seen_at = DateTimeField()
        ended_at = DateTimeField(null=True)
        end_reason = CharField(null=True, max_length=50)
        source_address = CharField(max_length=64, default='')
        user_agent = CharField(default='')
        class Meta:
            database = db
            table_name = 'user_session'
            indexes = ((('user', 'ended_at'), False),)
    db.create_tables([UserSession])

    # One live account per e-mail address; a deleted user's address may be reused.
    db.execute_sql('CREATE UNIQUE INDEX app_user_live_email ON app_user (email) '
                   'WHERE deleted_at IS NULL')

    Role.insert_many([
        ('read_only', 'Read only', 10, 'participant'),
        ('user', 'User', 20, 'participant'),
        ('supervisor', 'Supervisor', 30, 'participant'),
        ('lso', 'Local Security Officer', 40, 'participant'),
        ('agent', 'CDSP agent', 50, 'cdsp'),
        ('admin', 'CDSP admin', 60, 'cdsp'),
    ], fields=[Role.code, Role.name, Role.rank, Role.scope]).execute()


def down(migrator, db):
    migrator.migrate(migrator.drop_table('user_session'))
    migrator.migrate(migrator.drop_table('tenant_plugin'))
    migrator.migrate(migrator.drop_table('reference_counter'))
    migrator.migrate(migrator.drop_table('contact_party'))
    migrator.migrate(migrator.drop_table('contact_event'))
    migrator.migrate(migrator.drop_table('audit_entry'))
    migrator.migrate(migrator.drop_table('attachment'))
    migrator.migrate(migrator.drop_table('message'))
    migrator.migrate(migrator.drop_table('contact'))
    migrator.migrate(migrator.drop_table('api_key'))
    migrator.migrate(migrator.drop_table('app_user'))
    migrator.migrate(migrator.drop_table('role'))
    migrator.migrate(migrator.drop_table('organisation'))
    migrator.migrate(migrator.drop_table('tenant'))
