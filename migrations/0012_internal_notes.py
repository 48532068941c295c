"""Internal notes: a note on a contact that only the writer's own side reads."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Organisation, Contact = core_tables(db, 'app_user', 'organisation', 'contact')

    class InternalNote(Model):
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        side = ForeignKeyField(Organisation)
        author_user = ForeignKeyField(User, null=True)
        body = TextField()
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'internal_note'
            indexes = ((('contact', 'side', 'at'), False),)
    db.create_tables([InternalNote])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('internal_note'))
