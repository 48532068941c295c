"""Operations: maintenance windows and outages, and the shadow log of invalid submissions
(query allowance). The notifications, webhooks and reports plugins make their own tables."""
from peewee import *


def up(migrator, db):
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
        reference = CharField(max_length=32, unique=True)
        class Meta:
            database = db
            table_name = 'contact'

    class MaintenanceWindow(Model):
        starts_at = DateTimeField()
        ends_at = DateTimeField()
        reason = CharField(max_length=300)
        created_by = ForeignKeyField(User, null=True, backref='+', on_delete='SET NULL')
        created_at = DateTimeField()
        cancelled_at = DateTimeField(null=True)
        cancelled_by = ForeignKeyField(User, null=True, backref='+', on_delete='SET NULL')
        class Meta:
            database = db
            table_name = 'maintenance_window'
            indexes = ((('ends_at', 'starts_at'), False),)

    class ServiceOutage(Model):
        message = TextField()
        declared_at = DateTimeField()
        declared_by = ForeignKeyField(User, null=True, backref='+', on_delete='SET NULL')
        ended_at = DateTimeField(null=True)
        ended_by = ForeignKeyField(User, null=True, backref='+', on_delete='SET NULL')
        class Meta:
            database = db
            table_name = 'service_outage'

    class RejectedSubmission(Model):
        organisation = ForeignKeyField(Organisation, backref='+', on_delete='CASCADE')
        day = DateField()
        at = DateTimeField()
        contact_type = CharField(max_length=8, default='')
        channel = CharField(max_length=10)
        code = CharField(max_length=10, default='')
        reason = CharField(max_length=500, default='')
        class Meta:
            database = db
            table_name = 'rejected_submission'
            indexes = ((('organisation', 'day'), False),)

    db.create_tables([MaintenanceWindow, ServiceOutage, RejectedSubmission])
    # Reports and the allowance count contacts by organisation, time and outcome.
    migrator.migrate(
        migrator.add_index('contact', ('recipient_org_id', 'raised_at'), False),
        migrator.add_index('contact', ('closed_at',), False),
        migrator.add_index('contact', ('resolved_at',), False))


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index('contact', 'contact_recipient_org_id_raised_at'),
        migrator.drop_index('contact', 'contact_closed_at'),
        migrator.drop_index('contact', 'contact_resolved_at'))
    for table in ('rejected_submission', 'service_outage', 'maintenance_window'):
        migrator.migrate(migrator.drop_table(table))
