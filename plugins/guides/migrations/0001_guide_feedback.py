"""The guides plugin's "Was this helpful?" answers.

Databases made before the plugin kept its own migrations already have the table (the
core's migration 0003 made it then), so this creates it only where it is missing.
"""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    Organisation, User = core_tables(db, 'organisation', 'app_user')

    class GuideFeedback(Model):
        tenant = CharField(max_length=20)
        guide = CharField(max_length=100)
        helpful = BooleanField()
        comment = TextField(default='')
        user = ForeignKeyField(User, null=True, on_delete='SET NULL')
        organisation = ForeignKeyField(Organisation, null=True, on_delete='SET NULL')
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'guide_feedback'
            indexes = ((('guide', 'at'), False), (('at',), False))
    db.create_tables([GuideFeedback], safe=True)


def down(migrator, db):
    migrator.migrate(migrator.drop_table('guide_feedback'))
