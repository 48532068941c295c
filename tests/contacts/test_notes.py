"""Internal notes: each side reads only its own (the CDSP's staff theirs, a participant's
users theirs); a note's text goes nowhere else — no other table, no stored file, no other
side's page, API answer or export — and only the notes module reads the notes table."""
import pathlib
import re

import pytest

from core.contacts import act, add_note, notes, raise_contact
from core.db import db
from core.errors import Forbidden, Invalid, NotFound
from core.models import AuditEntry

MARK = "zq-internal-7f3a"


@pytest.fixture
def work(app, clock, principals, good, orgs):
    alp = principals.user("user", "ALP")
    contact = raise_contact(alp, "ENQ", good("ENQ"), "web")
    return {"alp": alp, "alp2": principals.user("user", "ALP"), "agent": principals.user("agent"),
            "bet": principals.user("lso", "BET"), "contact": contact,
            "reader": principals.user("read_only", "ALP")}


def test_each_side_reads_only_its_own_notes(work):
    contact = work["contact"]
    add_note(work["agent"], contact, f"CDSP {MARK}: check the read history")
    add_note(work["alp"], contact, f"ALP {MARK}: ask Sam first")
    assert [n.body[:4] for n in notes(work["agent"], contact)] == ["CDSP"]
    assert [n.body[:3] for n in notes(work["alp2"], contact)] == ["ALP"]
    with pytest.raises(NotFound):
        notes(work["bet"], contact)
    with pytest.raises(NotFound):
        add_note(work["bet"], contact, "hello")


def test_a_read_only_user_reads_but_does_not_write_notes(work):
    add_note(work["alp"], work["contact"], "ours")
    assert len(notes(work["reader"], work["contact"])) == 1
    with pytest.raises(Forbidden):
        add_note(work["reader"], work["contact"], "mine")


@pytest.mark.parametrize("text", ["", "   ", "x" * 4001])
def test_a_bad_note_says_what_to_fix_and_adds_nothing(work, text):
    with pytest.raises(Invalid) as caught:
        add_note(work["alp"], work["contact"], text)
    assert "text" in caught.value.errors and notes(work["alp"], work["contact"]) == []


def test_the_text_is_in_no_other_table_nor_any_stored_file(work, app):
    contact = work["contact"]
    add_note(work["agent"], contact, f"CDSP {MARK}")
    add_note(work["alp"], contact, f"ALP {MARK}")
    act(work["agent"], contact, "accept")                    # events, hooks, webhooks, mail
    act(work["agent"], contact, "message", text="A real message")
    for table in db.get_tables():
        if table == "internal_note":
            continue
        rows = db.execute_sql(f'SELECT * FROM "{table}"').fetchall()
        assert MARK not in repr(rows), f"a note's text reached {table}"
    entry = AuditEntry.select().where(AuditEntry.action == "note.added").first()
    assert entry.detail.keys() == {"note", "length"}
    data = pathlib.Path(app.config["CMS_DATA_DIR"])
    for path in data.rglob("*"):
        if path.is_file() and path.suffix not in (".sqlite3", ".db", ".db-wal", ".sqlite3-wal"):
            assert MARK.encode() not in path.read_bytes(), f"a note's text reached {path}"


def test_only_the_notes_module_reads_the_notes_table():
    root = pathlib.Path(__file__).resolve().parents[2]
    users = sorted(str(p.relative_to(root)) for folder in ("core", "plugins")
                   for p in (root / folder).rglob("*.py")
                   if re.search(r"\bInternalNote\b", p.read_text()))
    assert users == ["core/contacts/internal_notes.py", "core/models/__init__.py",
                     "core/models/contacts.py"]
