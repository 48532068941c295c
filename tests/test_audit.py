"""The audit log: every act recorded, chained, append-only, and checked by `cms audit verify`."""
import threading

import pytest

from core import audit, audit_people
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
        for sql in audit_people.append_only_trigger_sql(sqlite=True):
            database.db.execute_sql(sql)


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
    assert f"user {mine.name} (mine@alp.example.com)" in page
    assert "theirs@bet.example.com" not in page and theirs.name not in page


def test_the_log_names_people_and_organisations_and_says_values_in_words(client, login_as,
                                                                        principals):
    from core import audit, audit_people
    from core.models import Organisation
    lso = login_as("lso", "ALP")
    alp = Organisation.by_code("ALP")
    audit.record("user.two_factor_reset", actor=lso, org_id=alp.id, target_type="user",
                 target_id=lso.id, detail={"forced": True, "second_factor": False, "note": None,
                                           "roles": ["lso", "user"]})
    page = client.get("/shipper/audit").get_data(as_text=True)
    assert 'href="/shipper/audit">Audit log</a>' in page             # in the LSO's navigation
    assert "User two factor reset" in page and "user.two_factor_reset" in page
    assert f"{lso.name} ({lso.email}), ALP" in page and f"{alp.name} (ALP)" in page
    for said in ("forced: yes", "second factor: no", "note: none", "roles: lso, user"):
        assert said in page      # in the order the database keeps the detail's keys
    assert "False" not in page and "None" not in page
    assert " GMT" in page or " BST" in page                          # UK time, with its zone


def test_the_log_filters_by_days_person_and_action_and_exports_them(client, login_as, principals):
    import datetime
    from core import clock
    login_as("admin")
    principals.user("user", "ALP", email="early@alp.example.com")
    principals.user("user", "BET", email="late@bet.example.com")
    today = clock.local_today()      # the log keeps the real time: days around today
    days = {name: (today + datetime.timedelta(days=shift)).isoformat()
            for name, shift in (("yesterday", -1), ("today", 0), ("tomorrow", 1))}

    def listed(query):
        page = client.get(f"/cdsp/audit?action=user.created&{query}").get_data(as_text=True)
        return {e for e in ("early@alp.example.com", "late@bet.example.com") if e in page}
    assert listed(f"from={days['today']}&to={days['today']}") == {"early@alp.example.com",
                                                                 "late@bet.example.com"}
    assert listed(f"to={days['yesterday']}") == set()
    assert listed(f"from={days['tomorrow']}") == set()
    assert listed("person=test") == {"early@alp.example.com", "late@bet.example.com"}
    assert listed("person=nobody-like-this") == set()
    page = client.get("/cdsp/audit?action=login.&person=nobody").get_data(as_text=True)
    assert "Nothing recorded that matches." in page
    exported = client.get(f"/cdsp/audit.csv?from={days['today']}&action=user.created")
    assert exported.mimetype == "text/csv"
    assert 'filename="audit-log.csv"' in exported.headers["Content-Disposition"]
    lines = exported.get_data(as_text=True).splitlines()
    assert lines[0] == "When,Action,Action code,By,Organisation,Concerning,From,Detail"
    assert any("late@bet.example.com" in line and "User created" in line for line in lines)
    assert len(client.get(f"/cdsp/audit.csv?to={days['yesterday']}").get_data(as_text=True)
               .splitlines()) == 1
    wrong = client.get("/cdsp/audit?from=2026-04-09&to=2026-04-01")
    assert wrong.status_code == 400
    assert "The end date is before the start date" in wrong.get_data(as_text=True)
    assert client.get("/cdsp/audit?from=yesterday").status_code == 400
    assert client.get("/cdsp/audit.csv?to=soon").status_code == 400


def test_an_lsos_export_holds_only_their_organisations_entries(client, login_as, principals):
    principals.user("user", "ALP", email="mine@alp.example.com")
    principals.user("user", "BET", email="theirs@bet.example.com")
    login_as("lso", "ALP")
    text = client.get("/shipper/audit.csv").get_data(as_text=True)
    assert "mine@alp.example.com" in text and "theirs@bet.example.com" not in text
    by_person = client.get("/shipper/audit.csv?person=mine@").get_data(as_text=True)
    assert all("mine@" in line or "user.created" not in line for line in by_person.splitlines()[1:])


def test_cdsp_admin_reads_everything_and_filters(client, login_as, principals):
    principals.user("user", "BET", email="theirs@bet.example.com")
    login_as("admin")
    page = client.get("/cdsp/audit?action=user.created").get_data(as_text=True)
    assert "theirs@bet.example.com" in page and "login.succeeded" not in page


def test_users_cannot_read_the_audit_log(client, login_as):
    login_as("user", "ALP")
    assert client.get("/shipper/audit").status_code == 403
