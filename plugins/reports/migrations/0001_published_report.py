"""The reports plugin's table: the monthly reports the CDSP has published.

Databases made before the plugin kept its own migrations already have these tables (the
core's migration 0006 made them then), so this creates only what is missing.
"""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    Organisation, User = core_tables(db, 'organisation', 'app_user')

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

    db.create_tables([PublishedReport], safe=True)


def down(migrator, db):
    for table in ('published_report',):
        migrator.migrate(migrator.drop_table(table))
