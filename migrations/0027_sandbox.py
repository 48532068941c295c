"""Sandbox twins (issue 19, core.sandbox): an organisation may have a twin flagged
``sandbox`` whose ``live_twin`` is the real one; each contact carries ``sandbox`` (its
originator's flag, written once when it is raised), so lists, queues, reports and gauges
leave sandbox contacts out with a plain column test.

The columns are added by plain ``ALTER TABLE ... ADD COLUMN ... NOT NULL DEFAULT``: on
SQLite peewee's migrator would make a NOT NULL column by copying the whole table, which
drops the contact table's triggers (migration 0017's); PostgreSQL adds such a column
without rewriting the table.
"""


def _add(db, table, column, definition):
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')


def up(migrator, db):
    _add(db, "organisation", "sandbox", "BOOLEAN NOT NULL DEFAULT FALSE")
    _add(db, "organisation", "live_twin_id", "INTEGER NULL")
    db.execute_sql('CREATE INDEX "organisation_live_twin_id" ON "organisation" ("live_twin_id")')
    _add(db, "contact", "sandbox", "BOOLEAN NOT NULL DEFAULT FALSE")


def down(migrator, db):
    db.execute_sql('DROP INDEX "organisation_live_twin_id"')
    for table, column in (("contact", "sandbox"), ("organisation", "live_twin_id"),
                          ("organisation", "sandbox")):
        db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
