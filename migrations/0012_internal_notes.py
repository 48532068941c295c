"""Internal notes: a note on a contact that only the writer's own side reads."""
from peewee import *


def up(migrator, db):
    class Stub(Model):
        class Meta:
            database = db

    class User(Stub):
        class Meta:
            table_name = 'app_user'

    class Organisation(Stub):
        class Meta:
            table_name = 'organisation'

    class Contact(Stub):
        class Meta:
            table_name = 'contact'

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
