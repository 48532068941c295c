"""The REST API's table: idempotency records.

Databases made before the plugin kept its own migrations already have the table (the
core's migration 0004 made it then), so this creates it only where it is missing.
"""
from peewee import *


def up(migrator, db):
    class IdempotencyRecord(Model):
        org_id = IntegerField()
        key = CharField(max_length=255)
        request_hash = CharField(max_length=64)
        state = CharField(max_length=12, default='running')
        status = IntegerField(null=True)
        body = TextField(null=True)
        location = CharField(max_length=255, null=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'api_idempotency'
            indexes = ((('org_id', 'key'), True), (('created_at',), False))
    db.create_tables([IdempotencyRecord], safe=True)


def down(migrator, db):
    migrator.migrate(migrator.drop_table('api_idempotency'))
