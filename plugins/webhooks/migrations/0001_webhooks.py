"""The webhooks plugin's tables: each organisation's webhooks, their deliveries and attempts.

Databases made before the plugin kept its own migrations already have these tables (the
core's migration 0006 made them then), so this creates only what is missing.
"""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    Organisation, User = core_tables(db, 'organisation', 'app_user')

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

    db.create_tables([Webhook, WebhookDelivery, WebhookAttempt], safe=True)


def down(migrator, db):
    for table in ('webhook_attempt', 'webhook_delivery', 'webhook',):
        migrator.migrate(migrator.drop_table(table))
