"""Migrations 0019 and 0020 give each party row its contact's status and type: they fill the
rows there are, the trigger keeps the status current, and going back leaves migration 0017's
trigger doing its work."""
import datetime

from playhouse.migrate import SchemaMigrator
from playhouse.migrations import Migration

from core import db as database
from core.config import PROJECT_ROOT
from core.contacts import act, raise_contact
from core.models import Contact, ContactParty


def migration(name):
    [found] = [m for m in Migration.load_directory(str(PROJECT_ROOT / "migrations"))
               if m.name == name]
    return found.load()


def party_rows(db):
    return db.execute_sql("SELECT contact_id, open_due_at FROM contact_party ORDER BY id").fetchall()


def test_the_migrations_fill_party_statuses_and_types_and_go_back(app, principals, good, orgs):
    alp, agent = principals.user("user", "ALP"), principals.user("agent")
    enq = raise_contact(alp, "ENQ", good("ENQ"), "web")
    rfa = raise_contact(alp, "RFA", good("RFA"), "web")
    act(agent, enq, "accept")
    db = database.db.obj
    steps = [migration("0020_party_type"), migration("0019_party_status")]
    for step in steps:
        step.down(SchemaMigrator.from_database(db), db)
    try:
        columns = {c.name for c in db.get_columns("contact_party")}
        assert not {"status", "contact_type"} & columns
        db.execute_sql(f"UPDATE contact SET status = 'cancelled' WHERE id = {rfa.id}")
        assert {row[0]: row[1] for row in party_rows(db)}[rfa.id] is None   # 0017's trigger
    finally:
        for step in reversed(steps):
            step.up(SchemaMigrator.from_database(db), db)
    statuses = {(p.contact_id, p.status, p.contact_type) for p in ContactParty.select()}
    assert statuses == {(enq.id, "accepted", "ENQ"), (rfa.id, "cancelled", "RFA")}
    Contact.update(status="in_progress", due_at=datetime.datetime(2026, 5, 1)).where(
        Contact.id == enq.id).execute()
    assert {p.status for p in ContactParty.select().where(ContactParty.contact == enq.id)} == \
        {"in_progress"}
    indexes = {tuple(i.columns) for i in db.get_indexes("contact_party")}
    assert {("organisation_id", "raised_at", "contact_id", "status", "contact_type"),
            ("organisation_id", "open_due_at", "contact_id", "status", "contact_type")} <= indexes
