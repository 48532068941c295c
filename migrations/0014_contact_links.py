"""Contact links: one contact related to, or a duplicate of, another."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Organisation, Contact = core_tables(db, 'app_user', 'organisation', 'contact')

    class ContactLink(Model):
        from_contact = ForeignKeyField(Contact, backref='+', on_delete='CASCADE')
        to_contact = ForeignKeyField(Contact, backref='+', on_delete='CASCADE')
        kind = CharField(max_length=16)
        created_by = ForeignKeyField(User, null=True, backref='+')
        created_org = ForeignKeyField(Organisation, null=True, backref='+')
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'contact_link'
            indexes = ((('from_contact', 'to_contact'), True), (('to_contact',), False))
    db.create_tables([ContactLink])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('contact_link'))
