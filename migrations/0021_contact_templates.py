"""Contact templates: named, partly filled contacts of one type (the Contact Generator)."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Organisation, Tenant = core_tables(db, 'app_user', 'organisation', 'tenant')

    class ContactTemplate(Model):
        owner_org = ForeignKeyField(Organisation)
        tenant = ForeignKeyField(Tenant, null=True)
        contact_type = CharField(max_length=8)
        name = CharField(max_length=80)
        values = JSONField(default=dict)
        uses = IntegerField(default=0)
        updated_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'contact_template'
            indexes = ((('owner_org', 'name'), True), (('tenant',), False))
    db.create_tables([ContactTemplate])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('contact_template'))
