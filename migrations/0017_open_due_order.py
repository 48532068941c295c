"""Open contacts soonest due first, a page at a time, however many contacts there are.

``open_due_at`` is a contact's ``due_at`` while it is open, and null once it is rejected,
closed or cancelled. It is on the contact (for CDSP staff, who see every contact) and on
each of its party rows (an organisation sees its contacts through them). The indexes
(open_due_at, id) and (organisation, open_due_at, contact) give the open contacts in due
order as one range, without passing over the finished ones, whose due dates are the oldest;
(contact_type, open_due_at, id) and (status, open_due_at, id) do so for one type or one
status, and for at-risk and breached ranges.

Triggers keep it current: whenever an UPDATE names a contact's status, due_at or
open_due_at (a model's save names them all), the contact's and its party rows' open_due_at
are worked out again, so a stale value in memory is never what stays. New rows are written
with it by the only two places that insert them (core.contacts.bulk.insert for contacts
and their first parties, core.contacts.visibility.add_party): an insert trigger cost a
batch file a quarter of its speed on SQLite.
"""
from peewee import DateTimeField, SqliteDatabase

TERMINAL = "('rejected', 'closed', 'cancelled')"   # core.contacts.lifecycle.TERMINAL
OPEN_DUE = f"CASE WHEN NEW.status IN {TERMINAL} THEN NULL ELSE NEW.due_at END"

SQLITE = [
    # an update that names status, due_at or open_due_at (not the trigger's own: SQLite's
    # triggers do not fire themselves) works it out again, for the contact and its parties
    f"""CREATE TRIGGER contact_open_due AFTER UPDATE OF status, due_at, open_due_at ON contact
        BEGIN
            UPDATE contact SET open_due_at = {OPEN_DUE} WHERE id = NEW.id;
            UPDATE contact_party SET open_due_at = {OPEN_DUE} WHERE contact_id = NEW.id;
        END""",
]
POSTGRES = [
    f"""CREATE FUNCTION contact_open_due() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.open_due_at := {OPEN_DUE};
            IF NEW.open_due_at IS DISTINCT FROM OLD.open_due_at THEN
                UPDATE contact_party SET open_due_at = NEW.open_due_at WHERE contact_id = NEW.id;
            END IF;
            RETURN NEW;
        END $$""",
    """CREATE TRIGGER contact_open_due BEFORE UPDATE OF status, due_at, open_due_at
       ON contact FOR EACH ROW EXECUTE FUNCTION contact_open_due()""",
]
TRIGGERS = (("contact_open_due", "contact"),)


def up(migrator, db):
    migrator.migrate(migrator.add_column('contact', 'open_due_at', DateTimeField(null=True)),
                     migrator.add_column('contact_party', 'open_due_at', DateTimeField(null=True)))
    db.execute_sql(f"UPDATE contact SET open_due_at = due_at WHERE status NOT IN {TERMINAL}")
    db.execute_sql('UPDATE contact_party SET open_due_at = (SELECT contact.open_due_at FROM contact '
                   'WHERE contact.id = contact_party.contact_id)')
    sqlite = isinstance(db, SqliteDatabase)
    for statement in SQLITE if sqlite else POSTGRES:
        db.execute_sql(statement)
    migrator.migrate(
        migrator.add_index('contact', ('open_due_at', 'id'), False),
        migrator.add_index('contact', ('contact_type', 'open_due_at', 'id'), False),
        migrator.add_index('contact', ('status', 'open_due_at', 'id'), False),
        migrator.add_index('contact_party', ('organisation_id', 'open_due_at', 'contact_id'), False))
    if db.execute_sql('SELECT 1 FROM contact LIMIT 1').fetchone():
        # the planner's statistics for the new indexes: without them SQLite may read a type's
        # contacts through (contact_type, open_due_at, id) and sort them by receipt
        db.execute_sql('ANALYZE contact')
        db.execute_sql('ANALYZE contact_party')


def down(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    for trigger, table in TRIGGERS:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}" if sqlite else
                       f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    if not sqlite:
        db.execute_sql("DROP FUNCTION contact_open_due()")
    migrator.migrate(
        migrator.drop_index('contact_party', 'contact_party_organisation_id_open_due_at_contact_id'),
        migrator.drop_index('contact', 'contact_open_due_at_id'),
        migrator.drop_index('contact', 'contact_contact_type_open_due_at_id'),
        migrator.drop_index('contact', 'contact_status_open_due_at_id'),
        migrator.drop_column('contact_party', 'open_due_at'),
        migrator.drop_column('contact', 'open_due_at'))
