"""Each party row carries its contact's status, so an organisation's lists filtered by status
are read from its party rows' indexes alone, checking the status in the index rather than
fetching each contact to look at it (an organisation's resolved contacts, in order of
receipt, were a read of every one of its contacts since the first resolved one).

The two indexes an organisation's lists read, (organisation, raised_at, contact) for the
order of receipt and (organisation, open_due_at, contact) for the due order, gain the status
as a last column: their order is unchanged, and the status is read from the index.

The triggers of migration 0017 keep it current: whenever an UPDATE names a contact's status
(or its due moment), its party rows are given the contact's status with its open due
moment. New rows are written with it by the only two places that insert them
(core.contacts.bulk.insert, core.contacts.visibility.add_party).
"""
from peewee import CharField, SqliteDatabase

TERMINAL = "('rejected', 'closed', 'cancelled')"   # core.contacts.lifecycle.TERMINAL
OPEN_DUE = f"CASE WHEN NEW.status IN {TERMINAL} THEN NULL ELSE NEW.due_at END"
INDEXES = (("raised_at", "contact_party_organisation_id_raised_at_contact_id"),
           ("open_due_at", "contact_party_organisation_id_open_due_at_contact_id"))


def _sqlite_trigger(party_set):
    return f"""CREATE TRIGGER contact_open_due AFTER UPDATE OF status, due_at, open_due_at ON contact
        BEGIN
            UPDATE contact SET open_due_at = {OPEN_DUE} WHERE id = NEW.id;
            UPDATE contact_party SET {party_set} WHERE contact_id = NEW.id;
        END"""


def _postgres_function(changed, party_set):
    return f"""CREATE OR REPLACE FUNCTION contact_open_due() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.open_due_at := {OPEN_DUE};
            IF {changed} THEN
                UPDATE contact_party SET {party_set} WHERE contact_id = NEW.id;
            END IF;
            RETURN NEW;
        END $$"""


WITH_STATUS = (f"open_due_at = {OPEN_DUE}, status = NEW.status",
               "NEW.open_due_at IS DISTINCT FROM OLD.open_due_at OR NEW.status IS DISTINCT FROM OLD.status",
               "open_due_at = NEW.open_due_at, status = NEW.status")
WITHOUT_STATUS = (f"open_due_at = {OPEN_DUE}",                             # migration 0017's
                  "NEW.open_due_at IS DISTINCT FROM OLD.open_due_at",
                  "open_due_at = NEW.open_due_at")


def _triggers(db, sqlite_set, changed, postgres_set):
    if isinstance(db, SqliteDatabase):
        db.execute_sql("DROP TRIGGER IF EXISTS contact_open_due")
        db.execute_sql(_sqlite_trigger(sqlite_set))
    else:
        db.execute_sql(_postgres_function(changed, postgres_set))


def _indexes(migrator, last):
    for column, name in INDEXES:
        migrator.migrate(migrator.drop_index('contact_party', name))
        migrator.migrate(migrator.add_index(
            'contact_party', ('organisation_id', column, 'contact_id') + last, False))


def up(migrator, db):
    migrator.migrate(migrator.add_column('contact_party', 'status', CharField(max_length=24, null=True)))
    if isinstance(db, SqliteDatabase):
        db.execute_sql('UPDATE contact_party SET status = (SELECT contact.status FROM contact '
                       'WHERE contact.id = contact_party.contact_id)')
    else:
        db.execute_sql('UPDATE contact_party SET status = contact.status FROM contact '
                       'WHERE contact.id = contact_party.contact_id')
    _triggers(db, *WITH_STATUS)
    _indexes(migrator, ('status',))
    if db.execute_sql('SELECT 1 FROM contact_party LIMIT 1').fetchone():
        db.execute_sql('ANALYZE contact_party')


def down(migrator, db):
    _triggers(db, *WITHOUT_STATUS)
    for column, name in INDEXES:
        migrator.migrate(migrator.drop_index('contact_party', f"{name}_status"))
        migrator.migrate(migrator.add_index(
            'contact_party', ('organisation_id', column, 'contact_id'), False))
    migrator.migrate(migrator.drop_column('contact_party', 'status'))
