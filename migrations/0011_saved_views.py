"""Saved views: named list filters, a user's own or shared with their organisation."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Organisation = core_tables(db, 'app_user', 'organisation')

    class SavedView(Model):
        owner = ForeignKeyField(User, on_delete='CASCADE')
        organisation = ForeignKeyField(Organisation)
        name = CharField(max_length=60)
        shared = BooleanField(default=False)
        filters = JSONField(default=dict)
        order = CharField(max_length=10, default='received')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'saved_view'
            indexes = ((('owner', 'name'), True), (('organisation', 'shared'), False))
    db.create_tables([SavedView])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('saved_view'))
