"""The audit log: every act recorded, chained, append-only, and checked by `cms audit verify`."""
import threading

import pytest

from core import audit
from core import db as database
from core.models import AuditEntry, AuditHead


def make_entries(n=5):
    for i in range(n):
        audit.record("test.event", target_type="thing", target_id=i, detail={"n": i})


def test_entries_are_chained(app):
    make_entries(3)
    entries = list(AuditEntry.select().order_by(AuditEntry.id))
    assert entries[0].prev_hash == "" and entries[1].prev_hash == entries[0].hash
    assert AuditHead.get().count == 3 and AuditHead.get().last_hash == entries[-1].hash


def test_verify_passes_on_an_intact_log(runner):
    make_entries()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 0 and result.output == "audit log intact: 5 entries\n"


def _tamper(sql, *params):
    """Change the log behind the application's back (the trigger must be bypassed)."""
    db = database.db
    if database.is_sqlite():
        db.execute_sql("DROP TRIGGER audit_entry_append_only")
        db.execute_sql(sql, params)
    else:
        db.execute_sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
        db.execute_sql(sql.replace("?", "%s"), params)
        db.execute_sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")


@pytest.fixture
def restore_trigger(app):
    yield
    if database.is_sqlite() and "audit_entry_append_only" not in {
            r[0] for r in database.db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}:
        database.db.execute_sql("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE ON audit_entry "
                                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")


def test_verify_names_the_first_changed_entry(runner, restore_trigger):
    make_entries()
    third = list(AuditEntry.select().order_by(AuditEntry.id))[2]
    _tamper("UPDATE audit_entry SET actor_email = ? WHERE id = ?", "mallory@example.com", third.id)
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1
    assert f"audit log broken at entry #{third.id}" in result.output
    assert "content was changed" in result.output and "the 2 entries before it are intact" in result.output


def test_verify_notices_a_removed_entry(runner):
    make_entries()
    second = list(AuditEntry.select().order_by(AuditEntry.id))[1]
    AuditEntry.delete().where(AuditEntry.id == second.id).execute()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1 and "does not follow the entry before it" in result.output


def test_verify_notices_entries_cut_from_the_end(runner):
    make_entries()
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    AuditEntry.delete().where(AuditEntry.id == last.id).execute()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1 and "removed from the end" in result.output


def test_entries_cannot_be_updated(app):
    make_entries(1)
    with pytest.raises(Exception, match="append-only"):
        AuditEntry.update(action="changed").execute()
    entry = AuditEntry.get()
    entry.action = "changed"
    with pytest.raises(RuntimeError, match="append-only"):
        entry.save()


def test_secrets_are_refused_in_details(app):
    with pytest.raises(ValueError, match="must not carry secrets"):
        audit.record("x", detail={"new_password": "hunter2hunter2"})


@pytest.mark.slow
def test_concurrent_writers_never_fork_the_chain(app, runner):
    errors = []

    def write(n):
        try:
            with app.app_context():
                for i in range(10):
                    audit.record("race", target_id=f"{n}-{i}")
                database.db.close()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert AuditEntry.select().count() == 40
    assert runner.invoke(args=["audit", "verify"]).output == "audit log intact: 40 entries\n"


def test_lso_reads_only_their_organisations_entries(client, login_as, principals):
    mine = principals.user("user", "ALP", email="mine@alp.example.com")
    theirs = principals.user("user", "BET", email="theirs@bet.example.com")
    login_as("lso", "ALP")
    page = client.get("/shipper/audit").get_data(as_text=True)
    assert f"user {mine.id}" in page and "mine@alp.example.com" in page
    assert "theirs@bet.example.com" not in page and f"user {theirs.id}<" not in page


def test_cdsp_admin_reads_everything_and_filters(client, login_as, principals):
    principals.user("user", "BET", email="theirs@bet.example.com")
    login_as("admin")
    page = client.get("/cdsp/audit?action=user.created").get_data(as_text=True)
    assert "theirs@bet.example.com" in page and "login.succeeded" not in page


def test_users_cannot_read_the_audit_log(client, login_as):
    login_as("user", "ALP")
    assert client.get("/shipper/audit").status_code == 403
