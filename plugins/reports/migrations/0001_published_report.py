"""The reports plugin's table: the monthly reports the CDSP has published.

Databases made before the plugin kept its own migrations already have these tables (the
core's migration 0006 made them then), so this creates only what is missing.
"""
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
