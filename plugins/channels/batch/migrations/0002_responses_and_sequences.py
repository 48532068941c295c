"""Batch files: when a response reached the mailbox, the text of a whole-file rejection, the
last contact event a QCL/QEX covers, and one live file per (organisation, type, sequence).

Databases made before the plugin kept its own migrations had this as the core's migration
0008; there the columns and indexes exist already and nothing is done twice.
"""
from peewee import *


def up(migrator, db):
    have = {column.name for column in db.get_columns('batch_file')}
    added = [migrator.add_column('batch_file', name, field) for name, field in (
        ('delivered_at', DateTimeField(null=True)),
        ('error_text', TextField(null=True)),
        ('covers_to', IntegerField(null=True))) if name not in have]
    if added:
        migrator.migrate(*added)
    # A sequence is used by a file that was not rejected whole: two files with the same
    # sequence can never both be live, however they arrive (FIL004).
    db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS batch_file_live_sequence ON batch_file '
                   '(organisation_id, file_type, sequence) '
                   "WHERE status <> 'rejected' AND sequence IS NOT NULL")
    db.execute_sql('CREATE INDEX IF NOT EXISTS batch_file_org_type_sequence ON batch_file '
                   '(organisation_id, file_type, sequence)')


def down(migrator, db):
    db.execute_sql('DROP INDEX batch_file_org_type_sequence')
    db.execute_sql('DROP INDEX batch_file_live_sequence')
    migrator.migrate(migrator.drop_column('batch_file', 'covers_to'),
                     migrator.drop_column('batch_file', 'error_text'),
                     migrator.drop_column('batch_file', 'delivered_at'))
