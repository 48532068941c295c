"""Batch files: when a response reached the mailbox, the text of a whole-file rejection, the
last contact event a QCL/QEX covers, and one live file per (organisation, type, sequence)."""
from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('batch_file', 'delivered_at', DateTimeField(null=True)),
        migrator.add_column('batch_file', 'error_text', TextField(null=True)),
        migrator.add_column('batch_file', 'covers_to', IntegerField(null=True)))
    # A sequence is used by a file that was not rejected whole: two files with the same
    # sequence can never both be live, however they arrive (FIL004).
    db.execute_sql('CREATE UNIQUE INDEX batch_file_live_sequence ON batch_file '
                   '(organisation_id, file_type, sequence) '
                   "WHERE status <> 'rejected' AND sequence IS NOT NULL")
    db.execute_sql('CREATE INDEX batch_file_org_type_sequence ON batch_file '
                   '(organisation_id, file_type, sequence)')


def down(migrator, db):
    db.execute_sql('DROP INDEX batch_file_org_type_sequence')
    db.execute_sql('DROP INDEX batch_file_live_sequence')
    migrator.migrate(migrator.drop_column('batch_file', 'covers_to'),
                     migrator.drop_column('batch_file', 'error_text'),
                     migrator.drop_column('batch_file', 'delivered_at'))
