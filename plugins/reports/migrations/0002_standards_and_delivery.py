"""Standards-of-service reporting: the business-day calendar the figures count with, each
organisation's report recipients, and the scheduled monthly reports' deliveries."""
from peewee import *

from core.db import core_tables


def up(migrator, db):
    Organisation, User = core_tables(db, 'organisation', 'app_user')

    class PublishedReport(Model):
        class Meta:
            database = db
            table_name = 'published_report'

    class ReportRecipient(Model):
        organisation = ForeignKeyField(Organisation, backref='+', on_delete='CASCADE')
        user = ForeignKeyField(User, backref='+', on_delete='CASCADE')
        added_by = ForeignKeyField(User, null=True, backref='+', on_delete='SET NULL')
        added_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'report_recipient'
            indexes = ((('organisation', 'user'), True),)

    class ReportDelivery(Model):
        organisation = ForeignKeyField(Organisation, backref='+', on_delete='CASCADE')
        month = CharField(max_length=7)
        report = ForeignKeyField(PublishedReport, null=True, backref='+', on_delete='SET NULL')
        claimed_at = DateTimeField(null=True)
        claimed_by = CharField(max_length=32, default='')
        sent_at = DateTimeField(null=True)
        recipients = IntegerField(default=0)
        attempts = IntegerField(default=0)
        failed = BooleanField(default=False)
        error = CharField(max_length=200, default='')
        class Meta:
            database = db
            table_name = 'report_delivery'
            indexes = ((('organisation', 'month'), True),)

    class BusinessDay(Model):
        zone = CharField(max_length=64)
        day = DateField()
        starts_at = DateTimeField()
        business_days = IntegerField()
        class Meta:
            database = db
            table_name = 'report_business_day'
            indexes = ((('zone', 'day'), True), (('zone', 'starts_at'), False))

    db.create_tables([ReportRecipient, ReportDelivery, BusinessDay], safe=True)


def down(migrator, db):
    for table in ('report_business_day', 'report_delivery', 'report_recipient'):
        migrator.migrate(migrator.drop_table(table))
