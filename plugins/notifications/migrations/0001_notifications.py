"""The notifications plugin's tables: each user's preferences, the notifications, the scan cursor.

Databases made before the plugin kept its own migrations already have these tables (the
core's migration 0006 made them then), so this creates only what is missing.
"""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Contact = core_tables(db, 'app_user', 'contact')

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

    db.create_tables([NotificationPreference, Notification, ScanCursor], safe=True)


def down(migrator, db):
    for table in ('notification_cursor', 'notification', 'notification_preference',):
        migrator.migrate(migrator.drop_table(table))
