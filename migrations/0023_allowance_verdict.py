"""The query allowance's verdict (UNC Modification 565): when the CDSP clears a participant's
contact it says whether the query was valid or invalid ("no challenge to the data", "the
sender's data was incorrect"), and when. Invalid ones cleared in a month come off that
month's valid queries and fill the shadow log (core.allowance), counted by organisation and
day of the verdict: hence the index."""
from peewee import CharField, DateTimeField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('contact', 'allowance_verdict', CharField(max_length=16, null=True)),
        migrator.add_column('contact', 'verdict_at', DateTimeField(null=True)),
    )
    migrator.migrate(migrator.add_index('contact', ('originator_org_id', 'verdict_at'), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index('contact', 'contact_originator_org_id_verdict_at'))
    migrator.migrate(migrator.drop_column('contact', 'verdict_at'),
                     migrator.drop_column('contact', 'allowance_verdict'))
