"""On PostgreSQL, contacts, parties and events are written with COPY: exactly what one
executemany of the same rows writes, down to the text COPY's format has to escape."""
import datetime

import pytest

from core import db as database
from core.contacts import bulk, raise_many
from core.models import Contact, ContactEvent, ContactParty

pytestmark = pytest.mark.skipif(
    "not __import__('os').environ.get('CMS_TEST_DATABASE_URL')",
    reason="COPY is PostgreSQL's (run with CMS_TEST_DATABASE_URL); SQLite keeps executemany")

# What COPY's text format escapes or could mistake: its column and row separators, its
# escape character, its NULL and end-of-data markers, and text no 8-bit format holds.
TRICKY = ["tab\there", "line\nbreak", "carriage\rreturn\r\n", "back\\slash \\t \\n \\\\",
          "\\N", "\\.", "", " ", "ünïcödé 中文 🔥", "quotes \" ' `", "comma, semi; pipe | 'NULL'",
          "\x01\x7f control", "null", "{\"not\": \"json\"}"]
TABLES = (Contact, ContactParty, ContactEvent)
DIFFERENT = ("id", "contact_id", "reference", "originator_ref")  # on purpose, per way of writing


def _read(model, ids, column="id"):
    """Rows of ``model`` whose ``column`` is in ``ids``, as dicts in id order."""
    cursor = database.db.execute_sql(
        f'SELECT * FROM "{model._meta.table_name}" WHERE "{column}" = ANY(%s) ORDER BY id',
        (list(ids),))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _without(rows, *names):
    return [{k: v for k, v in row.items() if k not in names} for row in rows]


def _tricky_rows(template, ids, mark):
    """Contacts, parties and events with ``ids``, carrying every TRICKY text in their free
    text and JSON, NULLs where the columns allow them, booleans both ways, microseconds."""
    at = datetime.datetime(2026, 4, 2, 9, 0, 0, 123456)
    contacts, parties, events = [], [], []
    for i, (contact_id, text) in enumerate(zip(ids, TRICKY)):
        fields = {"question": text, text or "empty": text, "nested": {"list": [text, None, 1.5,
                  True, False, 0, -7]}, "none": None, "number": 3.25}
        contacts.append({**template, "id": contact_id, "reference": f"TST-{mark}-{i:04d}",
                         "summary": text, "fields": fields, "originator_ref": f"{mark}{text}" if text else None,
                         "mprn": None if i % 2 else template["mprn"], "ced": None,
                         "due_at": None if i % 3 == 0 else at, "open_due_at": at,
                         "raised_at": at, "updated_at": at, "outside_allowance": bool(i % 2),
                         "sandbox": not i % 2, "sla_days": None if i % 4 == 0 else i})
        for role in ("originator", "recipient"):
            parties.append({"contact": contact_id, "organisation": template[f"{role}_org"],
                            "role": role, "added_at": at, "raised_at": None if i % 2 else at,
                            "open_due_at": at, "status": text[:24] or None,
                            "contact_type": "ENQ"})
        events.append({"contact": contact_id, "at": at, "actor_user": None,
                       "actor_org": template["originator_org"], "channel": "batch",
                       "kind": "raised", "from_status": None, "to_status": text[:24],
                       "data": {"after": {"summary": text, "fields": fields}, "list": [text]}})
    return contacts, parties, events


def _write(way, rows):
    with database.transaction():
        for model, table_rows in zip(TABLES, rows):
            way(model, table_rows)


def test_copy_writes_exactly_what_executemany_writes(app, clock, shipper, good):
    [made] = raise_many(shipper, [dict(good("ENQ"), contact_type="ENQ")], "batch")
    template = {k: v for k, v in made.contact.__data__.items()}
    with database.transaction():
        many_ids = bulk.next_ids(Contact, len(TRICKY))
        copy_ids = bulk.next_ids(Contact, len(TRICKY))
    _write(bulk.executemany_rows, _tricky_rows(template, many_ids, "M"))
    _write(bulk.copy_rows, _tricky_rows(template, copy_ids, "C"))

    for model, column in ((Contact, "id"), (ContactParty, "contact_id"),
                          (ContactEvent, "contact_id")):
        by_many = _without(_read(model, many_ids, column), *DIFFERENT)
        by_copy = _without(_read(model, copy_ids, column), *DIFFERENT)
        assert len(by_copy) == len(by_many) > 0
        assert by_copy == by_many, model.__name__
    # ... and what both wrote is what was given: no text lost to NULL, none unescaped
    contacts = _read(Contact, copy_ids)
    assert [row["summary"] for row in contacts] == TRICKY
    assert [row["originator_ref"] for row in contacts] == [f"C{text}" if text else None for text in TRICKY]
    assert [row["fields"]["question"] for row in contacts] == TRICKY
    assert contacts[0]["fields"]["nested"] == {"list": [TRICKY[0], None, 1.5, True, False, 0, -7]}
    assert contacts[1]["due_at"] == datetime.datetime(2026, 4, 2, 9, 0, 0, 123456)
    assert [row["outside_allowance"] for row in contacts[:2]] == [False, True]


def test_a_mixed_file_raised_with_copy_reads_back_as_with_executemany(app, clock, shipper, good,
                                                                     orgs, monkeypatch):
    """The one write path as a batch file drives it: the same records of every type (some
    refused) raised once through executemany and once through COPY."""
    codes = ["RFA", "CDQ", "TOG", "ADD", "AQQ", "ENQ", "INV", "DUP", "SAR", "DMQ"]
    records = []
    for i, text in enumerate(TRICKY):
        code = codes[i % len(codes)]
        summary = text.strip() or "blank"
        records.append(dict(good(code, summary=summary), contact_type=code))
        records.append(dict(good("ENQ", summary=summary, question=f"{text} ?"), contact_type="ENQ"))
    records.append(dict(good("RFA", mprn="1"), contact_type="RFA"))        # refused

    def raised():
        outcomes = raise_many(shipper, records, "batch")
        ids = [o.contact.id for o in outcomes if o.contact is not None]
        assert [o.code for o in outcomes if not o.accepted] == ["bad_mprn"]
        return ids

    monkeypatch.setattr(bulk, "insert_rows", bulk.executemany_rows)
    many_ids = raised()
    monkeypatch.undo()
    copied, copy_rows = [], bulk.copy_rows

    def spy(model, rows):
        copied.append(model)
        copy_rows(model, rows)
    monkeypatch.setattr(bulk, "copy_rows", spy)
    copy_ids = raised()
    assert copied == list(TABLES)            # the COPY path it is
    assert len(copy_ids) == len(many_ids) == len(records) - 1

    def rows(model, ids, column):
        found = _without(_read(model, ids, column), "id", "contact_id", "reference")
        for row in found:              # the events repeat the contact's reference: not compared
            row.get("data", {}).get("after", {}).pop("reference", None)
        return found

    for model, column in ((Contact, "id"), (ContactParty, "contact_id"),
                          (ContactEvent, "contact_id")):
        assert rows(model, copy_ids, column) == rows(model, many_ids, column), model.__name__
    summaries = [row["summary"] for row in _read(Contact, copy_ids)]
    assert "ünïcödé 中文 🔥" in summaries and "back\\slash \\t \\n \\\\" in summaries

