"""Group view: a parent organisation's setting that lets its supervisors see and work the
contacts of its child organisations (core.contacts.visibility)."""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('organisation', 'group_view', BooleanField(default=False)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('organisation', 'group_view'))
