"""The query allowance's shadow log keeps the engine's neutral reason for each refusal
(``unknown_type``, ``reference_in_use``, ...), which is longer than a REC code."""
from peewee import SqliteDatabase


def up(migrator, db):
    if not isinstance(db, SqliteDatabase):   # SQLite does not enforce a VARCHAR's length
        db.execute_sql("ALTER TABLE rejected_submission ALTER COLUMN code TYPE VARCHAR(24)")


def down(migrator, db):
    if not isinstance(db, SqliteDatabase):
        db.execute_sql("ALTER TABLE rejected_submission ALTER COLUMN code TYPE VARCHAR(10)")
