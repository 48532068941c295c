"""Escalation rules, what each did to which contact, and a contact's priority."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    User, Contact, Tenant = core_tables(db, 'app_user', 'contact', 'tenant')

    class EscalationRule(Model):
        name = CharField(max_length=80, unique=True)
        tenant = ForeignKeyField(Tenant, null=True)
        contact_type = CharField(max_length=8, null=True)
        trigger = CharField(max_length=16)
        action = CharField(max_length=16)
        target = CharField(max_length=20, null=True)
        active = BooleanField(default=True)
        created_by = ForeignKeyField(User, null=True, on_delete='SET NULL')
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'escalation_rule'

    class Escalation(Model):
        rule = ForeignKeyField(EscalationRule, on_delete='CASCADE')
        contact = ForeignKeyField(Contact, on_delete='CASCADE')
        outcome = CharField(max_length=200, default='done')
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'escalation'
            indexes = ((('rule', 'contact'), True),)
    db.create_tables([EscalationRule, Escalation])
    # a database default too: bulk writers that name their columns need not name it
    migrator.migrate(migrator.add_column('contact', 'priority',
                                         IntegerField(default=0, constraints=[SQL('DEFAULT 0')])))


def down(migrator, db):
    migrator.migrate(migrator.drop_column('contact', 'priority'),
                     migrator.drop_table('escalation'), migrator.drop_table('escalation_rule'))
