"""Contacts engine: recipient and allocation, service-level columns, correspondence,
and one open contact per originator reference."""
from peewee import *


def up(migrator, db):
    class Tenant(Model):
        code = CharField(unique=True, max_length=20)
        class Meta:
            database = db
            table_name = 'tenant'

    class Organisation(Model):
        code = CharField(unique=True, max_length=20)
        class Meta:
            database = db
            table_name = 'organisation'

    class User(Model):
        email = CharField(max_length=254)
        class Meta:
            database = db
            table_name = 'app_user'

    class Contact(Model):
        reference = CharField(unique=True, max_length=32)
        class Meta:
            database = db
            table_name = 'contact'

    migrator.migrate(
        migrator.add_column('contact', 'recipient_org_id',
                            ForeignKeyField(Organisation, null=True, field=Organisation.id)),
        migrator.add_column('contact', 'allocated_from_org_id',
                            ForeignKeyField(Organisation, null=True, field=Organisation.id)),
        migrator.add_column('contact', 'paused_days', IntegerField(default=0)),
        migrator.add_column('contact', 'sla_days', IntegerField(null=True)),
        migrator.add_column('contact', 'breached_at', DateTimeField(null=True)),
        migrator.add_index('contact', ('status', 'due_at'), False),
    )
    db.execute_sql('CREATE UNIQUE INDEX contact_open_originator_ref ON contact '
                   '(originator_org_id, contact_type, originator_ref) '
                   'WHERE closed_at IS NULL AND originator_ref IS NOT NULL')

    class Correspondence(Model):
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        kind = CharField(max_length=4)
        from_org = ForeignKeyField(Organisation)
        to_org = ForeignKeyField(Organisation)
        sent_by = ForeignKeyField(User, null=True)
        body = TextField()
        sent_at = DateTimeField()
        due_at = DateTimeField()
        status = CharField(max_length=12, default='open')
        response = TextField(null=True)
        responded_by = ForeignKeyField(User, null=True)
        responded_at = DateTimeField(null=True)
        closed_at = DateTimeField(null=True)
        consequence = CharField(null=True, max_length=12)
        class Meta:
            database = db
            table_name = 'correspondence'
            indexes = ((('status', 'due_at'), False), (('contact', 'sent_at'), False))
    db.create_tables([Correspondence])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('correspondence'))
    db.execute_sql('DROP INDEX contact_open_originator_ref')
    migrator.migrate(
        migrator.drop_index('contact', 'contact_status_due_at'),
        migrator.drop_column('contact', 'breached_at'),
        migrator.drop_column('contact', 'sla_days'),
        migrator.drop_column('contact', 'paused_days'),
        migrator.drop_column('contact', 'allocated_from_org_id'),
        migrator.drop_column('contact', 'recipient_org_id'),
    )
