"""Each party row carries its contact's type too (a contact's type never changes, so it is
written once, with the row), and both of an organisation's list indexes gain it after the
status: an organisation's lists filtered by type, or by type and status, are checked in the
index as well, fetching only the contacts they show (a Shipper's breached RFAs and
enquiries read a few hundred contacts fewer).

New rows are written with it by the only two places that insert them
(core.contacts.bulk.insert, core.contacts.visibility.add_party).
"""
from peewee import CharField, SqliteDatabase
from playhouse.migrate import make_index_name


def _swap(migrator, old_after, new_after):
    """Replace each list index ending (status, *old_after) by one ending (status, *new_after)
    (an index's name is made from its columns, shortened with a hash past 64 characters)."""
    for column in ("raised_at", "open_due_at"):
        first = ['organisation_id', column, 'contact_id', 'status']
        migrator.migrate(migrator.drop_index('contact_party',
                                             make_index_name('contact_party', first + old_after)))
        migrator.migrate(migrator.add_index('contact_party', tuple(first + new_after), False))


def up(migrator, db):
    migrator.migrate(migrator.add_column('contact_party', 'contact_type', CharField(max_length=8, null=True)))
    if isinstance(db, SqliteDatabase):
        db.execute_sql('UPDATE contact_party SET contact_type = (SELECT contact.contact_type FROM '
                       'contact WHERE contact.id = contact_party.contact_id)')
    else:
        db.execute_sql('UPDATE contact_party SET contact_type = contact.contact_type FROM contact '
                       'WHERE contact.id = contact_party.contact_id')
    _swap(migrator, [], ['contact_type'])
    if db.execute_sql('SELECT 1 FROM contact_party LIMIT 1').fetchone():
        db.execute_sql('ANALYZE contact_party')


def down(migrator, db):
    _swap(migrator, ['contact_type'], [])
    migrator.migrate(migrator.drop_column('contact_party', 'contact_type'))
