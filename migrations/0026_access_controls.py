"""Access Controls: the services each user holds (Contacts, Files, Reports, the API) and
people's requests for an account or for more access, which an LSO approves or declines.

Every user there is now keeps every service: before this, each role gave all four.
"""
from peewee import *

from core.db import core_tables

SERVICES = ("contacts", "files", "reports", "api")


def up(migrator, db):
    User, Organisation = core_tables(db, 'app_user', 'organisation')

    class Role(Model):
        code = CharField(max_length=20, primary_key=True)
        class Meta:
            database = db
            table_name = 'role'

    class UserService(Model):
        user = ForeignKeyField(User, on_delete='CASCADE')
        service = CharField(max_length=20)
        granted_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'user_service'
            indexes = ((('user', 'service'), True),)

    class AccessRequest(Model):
        kind = CharField(max_length=10)
        organisation = ForeignKeyField(Organisation)
        user = ForeignKeyField(User, null=True, on_delete='CASCADE')
        email = CharField(max_length=254)
        name = CharField(max_length=200, default='')
        services = CharField(max_length=100, default='')
        role = ForeignKeyField(Role, column_name='role', null=True)
        reason = TextField(default='')
        status = CharField(max_length=10, default='pending')
        created_at = DateTimeField()
        decided_at = DateTimeField(null=True)
        decided_by = ForeignKeyField(User, null=True, on_delete='SET NULL', backref='+')
        decline_reason = TextField(default='')
        class Meta:
            database = db
            table_name = 'access_request'
            indexes = ((('organisation', 'status'), False), (('email', 'status'), False))

    db.create_tables([UserService, AccessRequest])
    for service in SERVICES:
        db.execute_sql(
            "INSERT INTO user_service (user_id, service, granted_at) "
            "SELECT id, %s, CURRENT_TIMESTAMP FROM app_user" % db.param, (service,))


def down(migrator, db):
    migrator.migrate(migrator.drop_table('access_request'), migrator.drop_table('user_service'))
