"""Webhook signing secrets are stored sealed (``core.secrets_at_rest``): a sealed value is
longer than the clear secret, so the column becomes TEXT, and every clear secret is sealed for
its row (values already sealed are left alone, so running it again changes nothing)."""
from peewee import SqliteDatabase

from core.secrets_at_rest import open_column, seal_column


def up(migrator, db):
    if not isinstance(db, SqliteDatabase):   # SQLite does not enforce a VARCHAR's length
        db.execute_sql('ALTER TABLE webhook ALTER COLUMN secret TYPE TEXT')
    seal_column(db, 'webhook', 'secret')


def down(migrator, db):
    open_column(db, 'webhook', 'secret')
    if not isinstance(db, SqliteDatabase):
        db.execute_sql('ALTER TABLE webhook ALTER COLUMN secret TYPE VARCHAR(100)')
