"""File storage under the data directory: keys, hashes, limits, mailboxes, atomic writes."""
import hashlib
import io
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from core.storage import TEMP_PREFIX, FileTooLarge, Storage, storage_for, write_atomic


@pytest.fixture
def storage(tmp_path):
    return Storage(tmp_path)


def leftovers(root):
    return [p for p in root.rglob(TEMP_PREFIX + "*")]


class Endless(io.RawIOBase):
    """A body that never ends, counting what was read from it."""
    def __init__(self):
        self.read_bytes = 0

    def read(self, size=-1):
        self.read_bytes += size
        return b"x" * size


@pytest.mark.parametrize("make", [bytes, io.BytesIO, lambda b: [b[:100], b[100:], b""]],
                         ids=["bytes", "file", "chunks"])
def test_content_is_stored_under_a_generated_key_with_its_sha256(storage, tmp_path, make):
    body = os.urandom(200_000)
    stored = storage.put(make(body))
    assert stored.sha256 == hashlib.sha256(body).hexdigest()
    assert stored.size == len(body)
    assert storage.read_bytes(stored.key) == body
    with storage.open(stored.key) as fh:
        assert fh.read() == body
    year, month, name = stored.key.split("/")
    assert len(year) == 4 and len(month) == 2 and len(name) == 32
    assert storage.path(stored.key) == tmp_path / "files" / year / month / name
    assert leftovers(tmp_path) == []


def test_every_file_gets_its_own_key(storage):
    assert storage.put(b"same").key != storage.put(b"same").key


def test_empty_content_is_stored(storage):
    stored = storage.put(b"")
    assert (stored.size, storage.read_bytes(stored.key)) == (0, b"")


def test_the_size_limit_stops_the_copy_before_the_whole_body_is_read(storage, tmp_path):
    assert storage.put(b"a" * 1000, max_bytes=1000).size == 1000
    with pytest.raises(FileTooLarge) as caught:
        storage.put(b"a" * 1001, max_bytes=1000)
    assert "limit of 1,000 bytes" in caught.value.message and caught.value.status == 413
    endless = Endless()
    with pytest.raises(FileTooLarge):
        storage.put(endless, max_bytes=1_000_000)
    assert endless.read_bytes < 1_200_000
    assert leftovers(tmp_path) == []
    assert len(list((tmp_path / "files").rglob("*/*/*"))) == 1   # only the first, good one


@pytest.mark.parametrize("key", ["../../etc/passwd", "2026/11/../../x", "2026/11/ABC",
                                 "/etc/passwd", "", None, "2026/11/" + "a" * 31,
                                 "2026/11/" + "a" * 32 + "/x"])
def test_only_generated_keys_name_stored_content(storage, key):
    with pytest.raises(ValueError, match="not a storage key"):
        storage.path(key)


def test_missing_content(storage):
    key = "2026/01/" + "0" * 32
    assert not storage.exists(key)
    assert storage.delete(key) is False
    with pytest.raises(FileNotFoundError):
        storage.open(key)


def test_delete(storage):
    key = storage.put(b"gone soon").key
    assert storage.delete(key) is True
    assert not storage.exists(key)


def test_mailboxes_are_made_on_demand(storage, tmp_path):
    assert not (tmp_path / "mailboxes").exists()
    assert storage.inbox("ALP") == tmp_path / "mailboxes" / "ALP" / "in"
    assert storage.outbox("ALP") == tmp_path / "mailboxes" / "ALP" / "out"
    assert storage.inbox("ALP").is_dir() and storage.outbox("ALP").is_dir()
    storage.inbox("BET")
    assert storage.organisations_with_mailboxes() == ["ALP", "BET"]


@pytest.mark.parametrize("code", ["../ALP", "alp", "", "A/B", ".", None, "A" * 21])
def test_mailboxes_need_an_organisation_code(storage, code):
    with pytest.raises(ValueError, match="not an organisation code"):
        storage.inbox(code)


def test_inbox_files_skip_hidden_files_and_folders_oldest_first(storage):
    inbox = storage.inbox("ALP")
    for name, age in (("b.qmp", 20), ("a.qmp", 10), (".tmp-upload", 30)):
        (inbox / name).write_bytes(b"x")
        os.utime(inbox / name, (time.time() - age, time.time() - age))
    (inbox / "folder").mkdir()
    assert [p.name for p in storage.inbox_files("ALP")] == ["b.qmp", "a.qmp"]


def test_outbox_writes_are_atomic_and_replace(storage):
    path = storage.write_outbox("ALP", "ALP_QMR_000042.csv", b"first")
    assert path.read_bytes() == b"first"
    storage.write_outbox("ALP", "ALP_QMR_000042.csv", b"second")
    assert path.read_bytes() == b"second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["ALP_QMR_000042.csv"]


@pytest.mark.parametrize("name", ["../x", ".hidden", "a/b", "", "a b", "x" * 101])
def test_outbox_file_names_are_checked(storage, name):
    with pytest.raises(ValueError, match="not a safe file name"):
        storage.write_outbox("ALP", name, b"x")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(storage, tmp_path):
    def failing():
        yield b"half"
        raise OSError("disk on fire")
    target = tmp_path / "out.bin"
    write_atomic(target, b"old")
    from core.storage import _write_atomic
    with pytest.raises(OSError, match="disk on fire"):
        _write_atomic(target, failing(), None)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_process_killed_mid_write_leaves_no_half_file(tmp_path):
    target = Storage(tmp_path).outbox("ALP") / "target.bin"
    script = textwrap.dedent(f"""
        import sys, time
        from core.storage import _write_atomic
        from pathlib import Path
        def slow():
            yield b"first half"
            print("writing", flush=True)
            time.sleep(60)
            yield b"second half"
        _write_atomic(Path({str(target)!r}), slow(), None)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert child.stdout.readline() == b"writing\n"
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert not target.exists()
    [temp] = leftovers(tmp_path)
    storage = Storage(tmp_path)
    assert storage.sweep_temporary(older_than_seconds=3600) == 0     # may still be in use
    os.utime(temp, (time.time() - 7200, time.time() - 7200))
    assert storage.sweep_temporary(older_than_seconds=3600) == 1
    assert leftovers(tmp_path) == []


def test_storage_for_the_app_uses_the_data_directory(app):
    storage = storage_for()
    assert str(storage.data_dir) == app.config["CMS_DATA_DIR"]
    assert storage_for(app).put(b"x").size == 1
