"""Erasure (issue 18 item 5): a person's name and address are pseudonymised in every place the
service kept them (their account, contacts' text, the audit log) and the audit chain still
verifies; tampering behind an erasure's back is still found."""
import pytest
from playhouse.migrate import SchemaMigrator
from playhouse.migrations import Migration

from core import audit
from core import db as database
from core.config import PROJECT_ROOT
from core.contacts import act, add_note
from core.lso import update_user
from core.models import AuditEntry, AuditPerson, User

EMAIL, NAME = "alice.example@alp.example.com", "Alice Example"
OLD_EMAIL, OLD_NAME = "alice.old@alp.example.com", "Alice Oldname"


@pytest.fixture
def alice(app, principals, raise_enq, client):
    """A person who left traces everywhere: an earlier name and address, contacts and
    messages mentioning her, an internal note, a failed sign-in, a saved view, the audit."""
    lso = principals.user("lso", "ALP")
    alice = principals.user("user", "ALP", email=OLD_EMAIL, name=OLD_NAME)
    update_user(lso, alice, email=EMAIL, name=NAME)
    alice = principals.reload(alice)
    agent = principals.user("agent")
    contact = raise_enq(alice, summary=f"Call {NAME} on 0121 or {EMAIL}",
                        question=f"Ask {OLD_NAME.upper()} ({OLD_EMAIL})")
    act(alice, contact, "message", text=f"Regards, {NAME} <{EMAIL}>")
    act(agent, contact, "message", text=f"Thanks {NAME}, will do. Not Alice alone, nor Bob Example.")
    add_note(agent, contact, f"{NAME} phoned")
    client.post("/shipper/login", data={"email": EMAIL, "password": "wrong password"})
    principals.sign_in(client, alice)
    from core.contacts import save_view
    save_view(alice, "Mine", {"assignee": alice}, shared=True)
    return alice


def everything(db):
    """Every row of every core table, as text (the plugins' tables and the data folder's
    files: test_erasure_plugins.py)."""
    from core.models import ALL_MODELS
    tables = {m._meta.table_name for m in ALL_MODELS}
    return {table: repr(db.execute_sql(f'SELECT * FROM "{table}"').fetchall()).lower()
            for table in db.get_tables() if table in tables}


def test_erasure_leaves_the_name_and_address_nowhere_and_the_chain_whole(alice, runner):
    db = database.db
    before = everything(db)
    assert EMAIL in before["audit_entry"] and EMAIL in before["contact"] and EMAIL in before["message"]
    result = runner.invoke(args=["user", "erase", EMAIL, "--yes"])
    assert result.exit_code == 0, result.output
    after = everything(db)
    for table, text in after.items():
        for value in (EMAIL, NAME, OLD_EMAIL, OLD_NAME, "alice.example", "alice.old"):
            assert value.lower() not in text, f"{value} is still in {table}"
    assert "not alice alone, nor bob example" in after["message"]      # others' words stay
    user = User.get_by_id(alice.id)
    assert user.email.startswith("erased-") and user.name.startswith("Erased person")
    assert user.deleted_at is not None and user.password_hash == ""
    verify = runner.invoke(args=["audit", "verify"])
    assert verify.exit_code == 0 and "audit log intact" in verify.output, verify.output
    erased = AuditEntry.get(AuditEntry.action == "person.erased")
    assert user.email in erased.detail["pseudonyms"]


def test_an_entry_changed_after_an_erasure_is_still_found(alice, runner):
    assert runner.invoke(args=["user", "erase", EMAIL, "--yes"]).exit_code == 0
    pseudonym = User.get_by_id(alice.id).email
    entry = AuditEntry.select().where(AuditEntry.actor_email == pseudonym).first()
    AuditEntry.update(actor_email="mallory@example.com").where(AuditEntry.id == entry.id).execute()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1 and f"broken at entry #{entry.id}" in result.output


def test_a_person_hidden_without_an_erasure_entry_is_found(alice, runner):
    from core.db import utcnow
    entry = audit.record("test.thing", detail={"email": "carol@example.com"})
    row = AuditPerson.get(AuditPerson.value == "carol@example.com")
    AuditPerson.update(value=None, salt=None, pseudonym="nobody@erased.invalid",
                       erased_at=utcnow()).where(AuditPerson.id == row.id).execute()
    AuditEntry.update(detail={"email": "nobody@erased.invalid"}).where(
        AuditEntry.id == entry.id).execute()
    result = runner.invoke(args=["audit", "verify"])
    assert result.exit_code == 1
    assert "nobody@erased.invalid stands for an erased person, but no person.erased entry" in result.output


def test_only_personal_values_may_change_in_an_entry(alice):
    with pytest.raises(Exception, match="append-only"):
        AuditEntry.update(target_id="changed").execute()


def test_an_unknown_address_is_refused_saying_what_to_give(app, runner):
    result = runner.invoke(args=["user", "erase", "nobody@example.com", "--yes"])
    assert result.exit_code == 1
    assert "No user has the address nobody@example.com" in result.output


def test_the_migration_goes_back_and_forth_and_the_chain_verifies(alice, runner):
    [found] = [m for m in Migration.load_directory(str(PROJECT_ROOT / "migrations"))
               if m.name == "0022_audit_people"]
    step, db = found.load(), database.db.obj
    step.down(SchemaMigrator.from_database(db), db)
    try:
        assert "audit_person" not in db.get_tables()
    finally:
        step.up(SchemaMigrator.from_database(db), db)
    verify = runner.invoke(args=["audit", "verify"])
    assert verify.exit_code == 0 and "audit log intact" in verify.output, verify.output
    assert runner.invoke(args=["user", "erase", EMAIL, "--yes"]).exit_code == 0
    assert runner.invoke(args=["audit", "verify"]).exit_code == 0
    audit.record("test.after", detail={"email": "bob@example.com"})
    assert runner.invoke(args=["audit", "verify"]).exit_code == 0
