"""Operations: maintenance windows and outages, the shadow log of invalid submissions (query
allowance), notification preferences and notifications, webhooks and their deliveries, and
published monthly reports."""
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

    class NotificationPreference(Model):
        user = ForeignKeyField(User, unique=True, backref='+', on_delete='CASCADE')
        events = CharField(max_length=200, default='')
        delivery = CharField(max_length=10, default='each')
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'notification_preference'

    class Notification(Model):
        user = ForeignKeyField(User, backref='+', on_delete='CASCADE')
        kind = CharField(max_length=20)
        contact = ForeignKeyField(Contact, null=True, backref='+', on_delete='CASCADE')
        key = CharField(max_length=120)
        subject = CharField(max_length=300)
        body = TextField()
        delivery = CharField(max_length=10, default='each')
        created_at = DateTimeField()
        sent_at = DateTimeField(null=True)
        attempts = IntegerField(default=0)
        failed = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'notification'
            indexes = ((('user', 'key'), True), (('sent_at', 'delivery', 'created_at'), False))

    class ScanCursor(Model):
        name = CharField(max_length=50, unique=True)
        last_id = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'notification_cursor'

    class Webhook(Model):
        organisation = ForeignKeyField(Organisation, backref='+', on_delete='CASCADE')
        url = CharField(max_length=500)
        events = CharField(max_length=200)
        secret = CharField(max_length=100)
        created_by = ForeignKeyField(User, null=True, backref='+', on_delete='SET NULL')
        created_at = DateTimeField()
        deleted_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'webhook'
            indexes = ((('organisation', 'deleted_at'), False),)

    class WebhookDelivery(Model):
        webhook = ForeignKeyField(Webhook, backref='deliveries', on_delete='CASCADE')
        event = CharField(max_length=40)
        reference = CharField(max_length=32, default='')
        body = TextField()
        status = CharField(max_length=10, default='pending')
        attempts = IntegerField(default=0)
        created_at = DateTimeField()
        next_attempt_at = DateTimeField()
        lease_until = DateTimeField(null=True)
        finished_at = DateTimeField(null=True)
        last_status = IntegerField(null=True)
        class Meta:
            database = db
            table_name = 'webhook_delivery'
            indexes = ((('status', 'next_attempt_at'), False), (('webhook', 'created_at'), False))

    class WebhookAttempt(Model):
        delivery = ForeignKeyField(WebhookDelivery, backref='attempt_rows', on_delete='CASCADE')
        at = DateTimeField()
        status_code = IntegerField(null=True)
        error = CharField(max_length=300, default='')
        duration_ms = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'webhook_attempt'
            indexes = ((('delivery', 'at'), False),)

    class PublishedReport(Model):
        organisation = ForeignKeyField(Organisation, backref='+', on_delete='CASCADE')
        month = CharField(max_length=7)
        data = JSONField(default=dict)
        published_by = ForeignKeyField(User, null=True, backref='+', on_delete='SET NULL')
        published_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'published_report'
            indexes = ((('organisation', 'month'), True),)

    db.create_tables([MaintenanceWindow, ServiceOutage, RejectedSubmission,
                      NotificationPreference, Notification, ScanCursor,
                      Webhook, WebhookDelivery, WebhookAttempt, PublishedReport])
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
    for table in ('published_report', 'webhook_attempt', 'webhook_delivery', 'webhook',
                  'notification_cursor', 'notification', 'notification_preference',
                  'rejected_submission', 'service_outage', 'maintenance_window'):
        migrator.migrate(migrator.drop_table(table))
