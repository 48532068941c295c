"""Security: a hash chain on the audit log (with its head row), and shared throttle counters."""
import hashlib
import json

from peewee import *


def _canonical(row):
    fields = [row["at"].isoformat(), row["action"], row["actor_id"], row["actor_email"],
              row["actor_org_id"], row["org_id"], row["target_type"], row["target_id"],
              row["source_address"], row["detail"]]
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('audit_entry', 'prev_hash', CharField(max_length=64, default='')),
        migrator.add_column('audit_entry', 'hash', CharField(max_length=64, default='')))

    class AuditHead(Model):
        last_id = IntegerField(default=0)
        last_hash = CharField(max_length=64, default='')
        count = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'audit_head'
    db.create_tables([AuditHead])

    class ThrottleCounter(Model):
        key = CharField(max_length=200)
        window = IntegerField()
        count = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'throttle_counter'
            indexes = ((('key', 'window'), True),)
    db.create_tables([ThrottleCounter])

    # Chain the entries written before this migration, oldest first.
    class AuditEntry(Model):
        at = DateTimeField()
        action = CharField()
        actor_id = IntegerField(null=True)
        actor_email = CharField()
        actor_org_id = IntegerField(null=True)
        org_id = IntegerField(null=True)
        target_type = CharField()
        target_id = CharField()
        source_address = CharField()
        detail = JSONField()
        prev_hash = CharField()
        hash = CharField()
        class Meta:
            database = db
            table_name = 'audit_entry'
    previous, count, last_id = '', 0, 0
    for row in AuditEntry.select().order_by(AuditEntry.id).dicts():
        digest = hashlib.sha256((previous + _canonical(row)).encode()).hexdigest()
        AuditEntry.update(prev_hash=previous, hash=digest).where(AuditEntry.id == row["id"]).execute()
        previous, count, last_id = digest, count + 1, row["id"]
    AuditHead.create(id=1, last_id=last_id, last_hash=previous, count=count)

    # Entries can be added, never changed.
    if isinstance(db, SqliteDatabase):
        db.execute_sql("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    else:
        db.execute_sql("CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ "
                       "BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql")
        db.execute_sql("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry "
                       "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()")


def down(migrator, db):
    db.execute_sql("DROP TRIGGER IF EXISTS audit_entry_append_only" +
                   ("" if isinstance(db, SqliteDatabase) else " ON audit_entry"))
    if not isinstance(db, SqliteDatabase):
        db.execute_sql("DROP FUNCTION IF EXISTS audit_entry_append_only()")
    migrator.migrate(migrator.drop_table('throttle_counter'), migrator.drop_table('audit_head'),
                     migrator.drop_column('audit_entry', 'hash'),
                     migrator.drop_column('audit_entry', 'prev_hash'))
