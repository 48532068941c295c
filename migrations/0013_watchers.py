"""Watchers: a user follows a contact and is told of its changes."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Contact = core_tables(db, 'app_user', 'contact')

    class Watch(Model):
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        user = ForeignKeyField(User, on_delete='CASCADE')
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'contact_watch'
            indexes = ((('contact', 'user'), True), (('user', 'contact'), False))
    db.create_tables([Watch])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('contact_watch'))
