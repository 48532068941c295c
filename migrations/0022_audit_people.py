"""Personal data out of the audit chain (core.audit_people): the table of personal values
(``audit_person``), the chain hashed again with each personal value replaced by its salted
digest, and the append-only trigger narrowed to the hashed columns, so that erasing a person
may pseudonymise ``actor_email`` and ``detail`` (which the chain still checks).

The chain is hashed again only when it verifies as it stands: a broken log stops the
migration, naming the entry. ``down`` hashes it again the old way (erased people stay
pseudonymised) and restores the old trigger.
"""
import hashlib
import json
import secrets

from peewee import *

from core.audit_people import append_only_trigger_sql, digest, map_personal

OLD_TRIGGER_SQLITE = ("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry "
                      "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
OLD_TRIGGER_PG = ("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry "
                  "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()")


def _models(db):
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

    class AuditHead(Model):
        last_id = IntegerField(default=0)
        last_hash = CharField(max_length=64, default='')
        count = IntegerField(default=0)
        class Meta:
            database = db
            table_name = 'audit_head'

    class AuditPerson(Model):
        value = TextField(null=True, unique=True)
        salt = CharField(max_length=32, null=True)
        digest = CharField(max_length=64)
        pseudonym = CharField(max_length=100, null=True, unique=True)
        erased_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'audit_person'
    return AuditEntry, AuditHead, AuditPerson


def _canonical(row, actor_email, detail):
    fields = [row.at.isoformat(), row.action, row.actor_id, actor_email, row.actor_org_id,
              row.org_id, row.target_type, row.target_id, row.source_address, detail]
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)


def _old(row):
    return _canonical(row, row.actor_email, row.detail)


def _drop_trigger(db):
    db.execute_sql("DROP TRIGGER IF EXISTS audit_entry_append_only" +
                   ("" if isinstance(db, SqliteDatabase) else " ON audit_entry"))


def _rechain(db, AuditEntry, AuditHead, canonical, check=None):
    previous, count, last_id, after = '', 0, 0, 0
    while True:
        rows = list(AuditEntry.select().where(AuditEntry.id > after).order_by(AuditEntry.id).limit(2000))
        if not rows:
            break
        for row in rows:
            if check is not None:
                check(row)
            new = hashlib.sha256((previous + canonical(row)).encode()).hexdigest()
            if (row.prev_hash, row.hash) != (previous, new):
                AuditEntry.update(prev_hash=previous, hash=new).where(AuditEntry.id == row.id).execute()
            previous, count, last_id = new, count + 1, row.id
        after = rows[-1].id
    AuditHead.insert(id=1).on_conflict_ignore().execute()
    AuditHead.update(last_id=last_id, last_hash=previous, count=count).where(AuditHead.id == 1).execute()


def up(migrator, db):
    AuditEntry, AuditHead, AuditPerson = _models(db)
    db.create_tables([AuditPerson])
    _drop_trigger(db)
    known = {}

    def digest_of(value):
        if value not in known:
            salt = secrets.token_hex(16)
            AuditPerson.insert(value=value, salt=salt, digest=digest(salt, value)).on_conflict_ignore().execute()
            row = AuditPerson.get(AuditPerson.value == value)
            known[value] = digest(row.salt, row.value)
        return known[value]

    chain = {"previous": ""}

    def intact(row):
        if row.prev_hash != chain["previous"] or \
                hashlib.sha256((chain["previous"] + _old(row)).encode()).hexdigest() != row.hash:
            raise RuntimeError(f"the audit log is broken at entry #{row.id}: run `cms audit verify`; "
                               "this migration hashes the chain again only when it is intact")
        chain["previous"] = row.hash

    def new(row):
        actor_email, detail = map_personal(row.actor_email, row.target_type, row.detail,
                                           lambda value: "person:" + digest_of(value))
        return _canonical(row, actor_email, detail)
    _rechain(db, AuditEntry, AuditHead, new, check=intact)
    for sql in append_only_trigger_sql(isinstance(db, SqliteDatabase)):
        db.execute_sql(sql)


def down(migrator, db):
    AuditEntry, AuditHead, AuditPerson = _models(db)
    _drop_trigger(db)
    _rechain(db, AuditEntry, AuditHead, _old)
    db.execute_sql(OLD_TRIGGER_SQLITE if isinstance(db, SqliteDatabase) else OLD_TRIGGER_PG)
    migrator.migrate(migrator.drop_table('audit_person'))
