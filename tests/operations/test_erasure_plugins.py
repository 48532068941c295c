"""Erasure reaches the plugins' copies (issue 18 item 5): after ``cms user erase`` no table
of the database, the plugins' included, and no file of the data folder holds the person's
address or full name, earlier ones included; mail and deliveries about others keep their
words, and the audit chain still verifies.

The person here has a name outside ASCII, so that JSON's escapes (``\\u00eb``) and mail's
encodings (base64, quoted-printable) are searched as well as the plain text. Attached files
and batch files' content are not part of the scenario: SECURITY.md lists them as not erased.
"""
import email
import json
from email import policy
from pathlib import Path

import pytest

from core import db as database
from core import hookimpl
from core.contacts import act
from core.lso import update_user
from core.models import AuditEntry, User
from plugins.guides import feedback
from plugins.notifications import rules
from plugins.notifications.models import Notification
from plugins.webhooks import registry
from plugins.webhooks.models import WebhookDelivery
from tests.operations.receiver import Receiver

EMAIL, NAME = "zoe.example@alp.example.com", "Zoë Exämple"
OLD_EMAIL, OLD_NAME = "zoe.old@alp.example.com", "Zoë Oldnäme"
VALUES = (EMAIL, NAME, OLD_EMAIL, OLD_NAME)


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True, "TESTING_KEEP_CONNECTION": True,
            "CMS_WEBHOOK_ALLOW_PRIVATE": True}     # the receiver listens on 127.0.0.1


def forms(value):
    """How a value may be written down: as is, and as JSON escapes it; lower case."""
    return {value.lower(), json.dumps(value)[1:-1].lower()}


def tables(db):
    """Every row of every table in the database, as lower-case text (each value as ``str``
    gives it: ``repr`` would double the backslash of a JSON escape)."""
    return {table: "\n".join(str(value) for row in db.execute_sql(f'SELECT * FROM "{table}"')
                             for value in row).lower()
            for table in db.get_tables()}


def files(folder):
    """Every file under ``folder`` as lower-case text: its bytes, and a mail's decoded text."""
    found = {}
    for path in Path(folder).rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        text = data.decode("utf-8", "replace")
        if path.suffix == ".eml":
            mail = email.message_from_bytes(data, policy=policy.default)
            text += "".join(f"\n{k}: {v}" for k, v in mail.items())
            text += "".join(part.get_content() for part in mail.walk()
                            if part.get_content_maintype() == "text")
        found[str(path.relative_to(folder))] = text.lower()
    return found


def holding(texts, values=VALUES):
    """{(place, value)} where one of the values is still written."""
    return {(place, value) for place, text in texts.items() for value in values
            if any(form in text for form in forms(value))}


def outbox(app):
    folder = Path(app.config["CMS_DATA_DIR"]) / "outbox"
    return {p.name: email.message_from_bytes(p.read_bytes(), policy=policy.default)
            for p in folder.glob("*.eml")}


@pytest.fixture
def zoe(app, principals, raise_enq, client, api_key):
    """A person the plugins kept: mail to her (at her earlier address too) and about her in
    the outbox, webhook deliveries quoting her, an API answer kept for replays, feedback."""
    lso = principals.user("lso", "ALP")
    agent = principals.user("agent")
    assert rules.save_preference(agent, {"raised", "response"}, "each") == {}
    zoe = principals.user("user", "ALP", email=OLD_EMAIL, name=OLD_NAME)
    with Receiver() as receiver:
        registry.create(lso, lso.organisation, receiver.url, ["contact.raised", "message.added"])
        first = raise_enq(zoe, summary=f"For {OLD_NAME}, write to {OLD_EMAIL}")
        act(agent, first, "message", text=f"Dear {OLD_NAME}, we have it.")
        update_user(lso, zoe, email=EMAIL, name=NAME)
        zoe = principals.reload(zoe)
        act(agent, first, "message", text=f"Dear {NAME}, still on it. Regards, Bob Agent")
        other = raise_enq(principals.user("user", "ALP"))     # her name alone, JSON-escaped
        act(agent, other, "message", text=f"Copying {NAME} in.")
        sent = client.post("/api/v1/contacts", headers={**api_key(zoe), "Idempotency-Key": "zoe-1"},
                           json={"type": "ENQ", "mprn": "3938424403", "originator_ref": "Z-1",
                                 "summary": f"Raised by {NAME} ({EMAIL})",
                                 "fields": {"topic": "data", "question": "Why?"}})
        assert sent.status_code == 201, sent.get_data(as_text=True)
        assert receiver.requests
    feedback.record(zoe, "shipper", "quick-reference", "yes", f"Thanks, {NAME}")
    feedback.record(lso, "shipper", "quick-reference", "no", f"Ask {NAME} at {EMAIL}; I disagree.")
    return zoe


def test_no_table_and_no_file_holds_the_person_after_erasure(app, zoe, runner):
    db, data = database.db, app.config["CMS_DATA_DIR"]
    before = holding(tables(db)) | holding(files(data))
    places = {place for place, _ in before}
    for table in ("notification", "webhook_delivery", "api_idempotency", "guide_feedback"):
        assert table in places, f"the scenario left nothing in {table}"
    mail_before = outbox(app)
    assert {m["To"] for m in mail_before.values()} >= {EMAIL, OLD_EMAIL}
    assert any(str(place).endswith(".eml") for place in places)

    result = runner.invoke(args=["user", "erase", EMAIL, "--yes"])
    assert result.exit_code == 0, result.output

    left = holding(tables(db)) | holding(files(data))
    assert not left, f"still there after erasure: {sorted(left)}"
    verify = runner.invoke(args=["audit", "verify"])
    assert verify.exit_code == 0 and "audit log intact" in verify.output, verify.output

    pseudonym = User.get_by_id(zoe.id)
    mail_after = outbox(app)
    assert not {m["To"] for m in mail_after.values()} & {EMAIL, OLD_EMAIL, pseudonym.email}
    kept = [m for name, m in mail_after.items() if name in mail_before]
    assert kept and len(kept) == len(mail_after)           # mail to others stays, written again
    bodies = "".join(m.get_body().get_content() for m in kept)
    assert f"Raised by {pseudonym.name} ({pseudonym.email})" in bodies
    assert Notification.select().where(Notification.user == zoe.id).count() == 0
    payloads = [json.loads(d.body) for d in WebhookDelivery.select()]
    assert f"Copying {pseudonym.name} in." in [p.get("message", {}).get("body") for p in payloads]
    assert f"Raised by {pseudonym.name} ({pseudonym.email})" in [p["contact"]["summary"]
                                                                for p in payloads]
    erased = AuditEntry.get(AuditEntry.action == "person.erased")
    assert set(erased.detail["plugins"]) >= {"notifications", "webhooks", "guides", "api"}
    assert erased.detail["plugins"]["notifications"]["outbox_deleted"] >= 2


def test_a_replay_answers_with_the_pseudonym(app, zoe, runner, client, api_key, principals):
    assert runner.invoke(args=["user", "erase", EMAIL, "--yes"]).exit_code == 0
    colleague = principals.user("user", "ALP")
    replay = client.post("/api/v1/contacts", headers={**api_key(colleague), "Idempotency-Key": "zoe-1"},
                         json={"type": "ENQ", "mprn": "3938424403", "originator_ref": "Z-1",
                               "summary": f"Raised by {NAME} ({EMAIL})",
                               "fields": {"topic": "data", "question": "Why?"}})
    text = replay.get_data(as_text=True)
    assert NAME not in text and EMAIL not in text


class Failing:
    """A plugin whose erasure fails."""
    name = "failing"

    @hookimpl
    def erase_person(self, erasure):
        raise RuntimeError("the failing plugin's store is unreachable")


def test_a_plugin_that_fails_undoes_the_erasure_in_the_database(app, zoe, runner):
    app.extensions["cms"].pm.register(Failing(), name="failing")
    result = runner.invoke(args=["user", "erase", EMAIL, "--yes"])
    assert result.exit_code != 0 and "unreachable" in str(result.exception)
    assert User.get_by_id(zoe.id).email == EMAIL
    assert not AuditEntry.select().where(AuditEntry.action == "person.erased").exists()
    assert ("guide_feedback", NAME) in holding(tables(database.db))
    app.extensions["cms"].pm.unregister(name="failing")
    assert runner.invoke(args=["user", "erase", EMAIL, "--yes"]).exit_code == 0
    assert not holding(tables(database.db)) | holding(files(app.config["CMS_DATA_DIR"]))
