"""Each party row carries its contact's raised_at, so an organisation's contacts in order of
receipt are one range of one index (organisation, raised_at, contact) however many contacts
the service holds: PostgreSQL otherwise walks the whole table's order looking for them."""
from peewee import DateTimeField


def up(migrator, db):
    migrator.migrate(migrator.add_column('contact_party', 'raised_at', DateTimeField(null=True)))
    db.execute_sql('UPDATE contact_party SET raised_at = '
                   '(SELECT contact.raised_at FROM contact WHERE contact.id = contact_party.contact_id)')
    migrator.migrate(
        migrator.add_index('contact_party', ('organisation_id', 'raised_at', 'contact_id'), False))


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index('contact_party', 'contact_party_organisation_id_raised_at_contact_id'),
        migrator.drop_column('contact_party', 'raised_at'))
