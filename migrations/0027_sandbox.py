"""Sandbox twins (issue 19): an organisation may have a twin flagged ``sandbox`` whose
``live_twin`` is the real one; each contact carries ``sandbox`` (its originator's flag, written
once when it is raised), so lists, queues, reports and gauges leave sandbox contacts out
with a plain column test.
"""
from peewee import BooleanField, ForeignKeyField, IntegerField
from playhouse.migrate import SQL


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('organisation', 'sandbox',
                            BooleanField(default=False, constraints=[SQL('DEFAULT FALSE')])),
        migrator.add_column('organisation', 'live_twin_id',
                            IntegerField(null=True)),
        migrator.add_index('organisation', ('live_twin_id',), False),
        migrator.add_column('contact', 'sandbox',
                            BooleanField(default=False, constraints=[SQL('DEFAULT FALSE')])),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column('contact', 'sandbox'),
        migrator.drop_index('organisation', 'organisation_live_twin_id'),
        migrator.drop_column('organisation', 'live_twin_id'),
        migrator.drop_column('organisation', 'sandbox'),
    )
