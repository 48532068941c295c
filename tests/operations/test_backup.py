"""Backups and restore (issue 18 item 4): a backup taken while contacts are being written
restores into an empty installation with every contact, file and audit entry it counted, and
the audit chain verifies; a damaged backup or an installation in use is refused."""
import json
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from core import db as database
from core.backup import file_digest
from core.contacts import act
from core.models import Attachment, AuditEntry, Contact, User
from tests.batch.conftest import enq, qmp
from tests.conftest import make_app


def empty_database(database_url, tmp_path):
    """A second, empty database of the same kind as the suite's."""
    if database_url.startswith("sqlite:///"):
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    import psycopg
    from tests.support.pgcreate import ensure_database
    parts = urlsplit(database_url)
    url = urlunsplit(parts._replace(path=parts.path + "_restore"))
    ensure_database(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


@pytest.fixture
def busy_installation(app, principals, runner, raise_enq, tmp_path):
    """Contacts, an attachment and a processed batch file: the files a backup must carry."""
    shipper = principals.user("user", "ALP")
    contact = raise_enq(shipper)
    act(shipper, contact, "attach", filename="meter.txt", content=b"read 01234 on the 2nd\n")
    path = tmp_path / "ALP.QMP"
    path.write_bytes(qmp([enq("B-1"), enq("B-2")]))
    result = runner.invoke(args=["batch", "submit", str(path), "--org", "ALP"])
    assert result.exit_code == 0, result.output
    return shipper


def backup_under_load(app, runner, raise_enq, shipper, target):
    """Back up while another thread keeps raising contacts; answer (manifest, the references
    written before the backup began, how many were written in all)."""
    written, stop, failures = [], threading.Event(), []

    def write():
        with app.app_context():
            try:
                while not stop.is_set():
                    written.append(raise_enq(shipper, summary=f"load {len(written)}").reference)
            except Exception as exc:  # noqa: BLE001  (reported by the test)
                failures.append(exc)
            finally:
                database.db.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        _wait_for(lambda: len(written) >= 5 or failures)
        before = list(written)
        result = runner.invoke(args=["backup", str(target)])
        during = len(written)
        _wait_for(lambda: len(written) >= during + 5 or failures)
    finally:
        stop.set()
        writer.join()
    assert not failures, failures
    assert result.exit_code == 0, result.output
    return json.loads((target / "manifest.json").read_text()), before, len(written)


def _wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the writer did not write"
        time.sleep(0.01)


def restored_app(database_url, tmp_path):
    database.db.close()
    return make_app(empty_database(database_url, tmp_path), tmp_path / "restored-data")


def test_a_backup_taken_under_write_load_restores_every_contact_file_and_audit_entry(
        app, busy_installation, runner, raise_enq, database_url, tmp_path):
    manifest, before, total = backup_under_load(app, runner, raise_enq, busy_installation,
                                                tmp_path / "backup")
    assert len(before) <= manifest["counts"]["contacts"] - 3 < total   # taken while writing
    assert manifest["database"]["kind"] == ("sqlite" if database_url.startswith("sqlite") else "postgresql")
    assert "0001_initial" in manifest["migrations"]["core"]
    data_files = {f["path"]: f for f in manifest["files"] if f["path"].startswith("data/")}
    assert any(p.startswith("data/attachments/") for p in data_files)
    assert any(p.startswith("data/files/") for p in data_files)            # the QMP and its QMR
    assert any(p.startswith("data/mailboxes/ALP/out/") for p in data_files)
    assert not any(p.endswith(("encryption_keys", "secret_key", "queue.sqlite3")) for p in data_files)

    target = restored_app(database_url, tmp_path)
    with target.app_context():
        result = target.test_cli_runner().invoke(args=["restore", str(tmp_path / "backup")])
        assert result.exit_code == 0, result.output
        assert f"audit log intact: {manifest['counts']['audit_entries']} entries" in result.output
        database.db.connect(reuse_if_open=True)
        references = {c.reference for c in Contact.select(Contact.reference)}
        assert len(references) == manifest["counts"]["contacts"]
        assert set(before) <= references
        assert AuditEntry.select().count() == manifest["counts"]["audit_entries"]
        assert User.select().count() == manifest["counts"]["users"]
        data_dir = Path(target.config["CMS_DATA_DIR"])
        for rel, item in data_files.items():
            assert file_digest(data_dir / rel[len("data/"):]) == (item["sha256"], item["size"]), rel
        attachment = Attachment.get()
        assert (data_dir / "attachments" / attachment.storage_key).read_bytes() == b"read 01234 on the 2nd\n"
        verify = target.test_cli_runner().invoke(args=["audit", "verify"])
        assert verify.exit_code == 0 and "audit log intact" in verify.output, verify.output


def test_a_damaged_file_in_the_backup_is_named_and_nothing_is_restored(
        app, busy_installation, runner, database_url, tmp_path):
    assert runner.invoke(args=["backup", str(tmp_path / "backup")]).exit_code == 0
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    damaged = next(f["path"] for f in manifest["files"] if f["path"].startswith("data/attachments/"))
    path = tmp_path / "backup" / damaged
    content = bytearray(path.read_bytes())
    content[0] ^= 1
    path.write_bytes(bytes(content))

    target = restored_app(database_url, tmp_path)
    with target.app_context():
        result = target.test_cli_runner().invoke(args=["restore", str(tmp_path / "backup")])
        assert result.exit_code == 1
        assert f"the backup's file {damaged} does not match its checksum" in result.output
        assert "nothing was restored" in result.output
        database.db.connect(reuse_if_open=True)
        assert database.db.get_tables() == []
        assert not (Path(target.config["CMS_DATA_DIR"]) / "attachments").exists()


def test_restore_into_an_installation_in_use_is_refused(app, busy_installation, runner, tmp_path):
    assert runner.invoke(args=["backup", str(tmp_path / "backup")]).exit_code == 0
    contacts = Contact.select().count()
    result = runner.invoke(args=["restore", str(tmp_path / "backup")])
    assert result.exit_code == 1
    assert "restore only into an empty installation" in result.output
    assert "the database holds" in result.output
    assert Contact.select().count() == contacts


def test_a_backup_is_never_written_over_an_existing_folder(app, runner, tmp_path):
    (tmp_path / "taken").mkdir()
    result = runner.invoke(args=["backup", str(tmp_path / "taken")])
    assert result.exit_code == 1
    assert "already exists: give the name of a new folder" in result.output


def test_the_key_is_left_out_unless_asked_for(app, runner, tmp_path):
    from core.secrets_at_rest import keyring
    ring = keyring()
    without = runner.invoke(args=["backup", str(tmp_path / "plain")])
    assert "is not in the backup" in without.output
    assert not (tmp_path / "plain" / "encryption_keys").exists()
    assert runner.invoke(args=["backup", "--include-key", str(tmp_path / "keyed")]).exit_code == 0
    assert (tmp_path / "keyed" / "encryption_keys").read_bytes() == ring.path.read_bytes()
    manifest = json.loads((tmp_path / "keyed" / "manifest.json").read_text())
    assert manifest["key_included"] and manifest["key_ids"] == list(ring.keys)
