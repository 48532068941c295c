"""Response templates, and the resolution code a contact is resolved with."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Organisation, Tenant = core_tables(db, 'app_user', 'organisation', 'tenant')

    class ResponseTemplate(Model):
        owner_org = ForeignKeyField(Organisation)
        tenant = ForeignKeyField(Tenant, null=True)
        use = CharField(max_length=16)
        contact_type = CharField(max_length=8, null=True)
        code = CharField(max_length=10, null=True)
        name = CharField(max_length=80)
        body = TextField()
        updated_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'response_template'
            indexes = ((('owner_org', 'name'), True), (('owner_org', 'use'), False))
    db.create_tables([ResponseTemplate])
    migrator.migrate(migrator.add_column('contact', 'resolution_code',
                                         CharField(max_length=10, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('contact', 'resolution_code'),
                     migrator.drop_table('response_template'))
