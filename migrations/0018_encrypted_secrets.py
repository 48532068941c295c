"""TOTP secrets are stored sealed (``core.secrets_at_rest``): a sealed value is longer than the
clear secret, so the column becomes TEXT, and every clear secret is sealed for its row (values
already sealed are left alone, so running it again changes nothing)."""
from peewee import SqliteDatabase

from core.secrets_at_rest import open_column, seal_column


def up(migrator, db):
    if not isinstance(db, SqliteDatabase):   # SQLite does not enforce a VARCHAR's length
        db.execute_sql('ALTER TABLE app_user ALTER COLUMN totp_secret TYPE TEXT')
    seal_column(db, 'app_user', 'totp_secret')


def down(migrator, db):
    open_column(db, 'app_user', 'totp_secret')
    if not isinstance(db, SqliteDatabase):
        db.execute_sql('ALTER TABLE app_user ALTER COLUMN totp_secret TYPE VARCHAR(64)')
