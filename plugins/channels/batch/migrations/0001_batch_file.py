"""The batch plugin's table of files, as the service's first schema made it.

Databases made before the plugin kept its own migrations already have the table (the core's
first migration made it then), so this creates it only where it is missing.
"""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    Organisation, User = core_tables(db, 'organisation', 'app_user')

    class BatchFile(Model):
        organisation = ForeignKeyField(Organisation)
        uploaded_by = ForeignKeyField(User, null=True)
        file_type = CharField(max_length=3, default='QMP')
        sequence = IntegerField(null=True)
        filename = CharField()
        sha256 = CharField(max_length=64)
        size = IntegerField()
        storage_key = CharField()
        channel = CharField(max_length=10)
        status = CharField(max_length=16, default='received')
        received_at = DateTimeField()
        started_at = DateTimeField(null=True)
        finished_at = DateTimeField(null=True)
        lease_until = DateTimeField(null=True)
        attempts = IntegerField(default=0)
        record_count = IntegerField(default=0)
        accepted_count = IntegerField(default=0)
        rejected_count = IntegerField(default=0)
        error_code = CharField(null=True, max_length=10)
        response_type = CharField(null=True, max_length=3)
        response_key = CharField(null=True)
        class Meta:
            database = db
            table_name = 'batch_file'
            indexes = ((('organisation', 'received_at'), False), (('status', 'lease_until'), False))
    db.create_tables([BatchFile], safe=True)


def down(migrator, db):
    migrator.migrate(migrator.drop_table('batch_file'))
