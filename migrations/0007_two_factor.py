"""Two-factor sign-in: a TOTP secret per user and single-use recovery codes."""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('app_user', 'totp_secret', CharField(max_length=64, null=True)),
        migrator.add_column('app_user', 'totp_last_step', IntegerField(default=0)))

    class User(Model):
        class Meta:
            database = db
            table_name = 'app_user'

    class RecoveryCode(Model):
        user = ForeignKeyField(User, on_delete='CASCADE')
        code_hash = CharField(max_length=64)
        used_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'recovery_code'
            indexes = ((('user', 'code_hash'), True),)
    db.create_tables([RecoveryCode])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('recovery_code'),
                     migrator.drop_column('app_user', 'totp_last_step'),
                     migrator.drop_column('app_user', 'totp_secret'))
