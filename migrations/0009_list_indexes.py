"""Indexes for the lists and searches the portal and API offer over every contact (CDSP staff):
order of receipt, by status in order of receipt, and by the originator's reference."""


def up(migrator, db):
    migrator.migrate(
        migrator.add_index('contact', ('raised_at', 'id'), False),
        migrator.add_index('contact', ('status', 'raised_at', 'id'), False),
        migrator.add_index('contact', ('contact_type', 'raised_at', 'id'), False),
        migrator.add_index('contact', ('originator_ref',), False))


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index('contact', 'contact_raised_at_id'),
        migrator.drop_index('contact', 'contact_status_raised_at_id'),
        migrator.drop_index('contact', 'contact_contact_type_raised_at_id'),
        migrator.drop_index('contact', 'contact_originator_ref'))
