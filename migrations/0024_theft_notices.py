"""Theft of gas notified through TRAS (UNC Modification 0734): the Shipper's window to
object to the volume, and the outcome (core.theft)."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Organisation, Contact = core_tables(db, 'app_user', 'organisation', 'contact')

    class TheftNotice(Model):
        contact = ForeignKeyField(Contact, unique=True, on_delete='CASCADE')
        shipper_org = ForeignKeyField(Organisation)
        tras_reference = CharField(max_length=40)
        notified_energy = DecimalField(max_digits=14, decimal_places=0)
        window_days = IntegerField()
        window_closes_on = DateField()
        outcome = CharField(max_length=16, default='pending')
        objection_reason = CharField(max_length=32, null=True)
        objection_text = TextField(null=True)
        objected_at = DateTimeField(null=True)
        objected_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        evidence_id = IntegerField(null=True)
        settled_energy = DecimalField(max_digits=14, decimal_places=0, null=True)
        decided_at = DateTimeField(null=True)
        decision_text = TextField(null=True)
        raised_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'theft_notice'
            indexes = ((('outcome', 'window_closes_on'), False),
                       (('shipper_org', 'raised_at'), False),
                       (('raised_at',), False))
    db.create_tables([TheftNotice])


def down(migrator, db):
    migrator.migrate(migrator.drop_table('theft_notice'))
