"""The data folder full, for real: a small tmpfs filled to the last block (where mounting is
allowed) and, everywhere, a file-size limit on the service's processes (RLIMIT_FSIZE), under
which every write that grows a file fails as on a full disk.

What must hold: an upload (a batch file, an attachment) is refused with a clear 507 saying the
storage is full, and nothing of it is registered or left half written; a file a worker takes
while the disk is full is not processed half way, and is processed whole once there is room;
the service keeps serving reads throughout.
"""
import io
import json
import re
import time

import psycopg
import pytest

from core import apikeys
from core.jobs import get_queue
from tests.faults.traffic import (Recovering, Service, multipart, request, service_env, sign_in,
                                  wait_for)
from plugins.channels.batch.writers import write_qmp

pytestmark = pytest.mark.slow

ENQ = {"type": "ENQ", "mprn": "3938424403", "summary": "Disk full?", "originator_ref": "DISK-1",
       "fields": {"topic": "data", "question": "Still readable?"}}


@pytest.fixture
def app_config(redis_server):
    # the queue in Redis: the queue's own SQLite file would live on the full disk too, and
    # this test is about the files (the Redis tests cover a queue that cannot be written)
    return {"CMS_QUEUE_URL": f"{redis_server.url}/0"}


def qmp(sequence, n=3):
    refs = [f"DISK-Q{sequence}-{i}" for i in range(n)]
    return refs, write_qmp("ALP", sequence, [(ref, "ENQ", "3938424403", f"File {sequence}", "files",
                                              "Kept?") for ref in refs])


def rows(url, sql, *args):
    with psycopg.connect(url) as conn:
        return conn.execute(sql, args).fetchall()


def test_a_full_data_folder_refuses_uploads_clearly_registers_nothing_and_keeps_serving_reads(
        app, principals, pg_database, redis_server, full_disk, tmp_path):
    name, url = pg_database
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "faults")
    api = {"Authorization": f"Bearer {token}"}
    env = service_env(url, full_disk.folder, CMS_QUEUE_URL=f"{redis_server.url}/0")
    service = Service(env, tmp_path / "logs", preexec_fn=full_disk.preexec_fn)
    try:
        service.start_web()
        port = service.port
        status, _, body = request(port, "POST", "/api/v1/contacts", json.dumps(ENQ),
                                  {**api, "Content-Type": "application/json"})
        assert status == 201, body
        reference = json.loads(body)["reference"]
        cookie = sign_in(port, "shipper", user.email)
        waiting_refs, waiting = qmp(101)             # registered while there is room ...
        status, _, body = request(port, "POST", "/api/v1/batch-files",
                                  *_with(api, multipart("waiting.qmp", waiting)))
        assert status == 202, body
        waiting_id = json.loads(body)["id"]
        stored_before = stored(full_disk)

        full_disk.fill(service.pids())                # ... and the disk fills before it is worked
        service.start_worker()

        refused_refs, refused = qmp(102)
        status, headers, body = request(port, "POST", "/api/v1/batch-files",
                                        *_with(api, multipart("refused.qmp", refused)))
        assert status == 507, body
        assert "storage is full" in json.loads(body)["message"] and headers["retry-after"].isdigit()

        status, headers, page = request(port, "GET", "/shipper/files", headers={"Cookie": cookie})
        assert status == 200                          # reads go on
        cookie = headers.get("set-cookie", cookie).split(";")[0]   # the session, with its CSRF
        token_field = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', page).group(1).decode()
        form, form_headers = multipart("portal.qmp", qmp(103)[1])
        form = (f'--{form_headers["Content-Type"].split("=", 1)[1]}\r\nContent-Disposition: '
                f'form-data; name="csrf_token"\r\n\r\n{token_field}\r\n').encode() + form
        status, _, page = request(port, "POST", "/shipper/files", form, {
            **form_headers, "Cookie": cookie, "Referer": f"http://127.0.0.1:{port}/shipper/files"})
        shown = re.sub(rb"\s+", b" ", page).split(b"<main")[-1][:1500]
        assert status == 507 and b"Storage full" in page and b"nothing was saved" in page, shown

        status, _, body = request(port, "POST", f"/api/v1/contacts/{reference}/attachments",
                                  *_with(api, multipart("note.txt", b"a note that finds no room\n")))
        assert status == 507, body

        for path, headers in ((f"/api/v1/contacts/{reference}", api), ("/api/v1/contacts", api),
                              (f"/api/v1/batch-files/{waiting_id}", api),
                              ("/shipper/", {"Cookie": cookie})):
            assert request(port, "GET", path, headers=headers)[0] == 200, path
        status, _, body = request(port, "POST", "/api/v1/contacts",
                                  json.dumps({**ENQ, "originator_ref": "DISK-2"}),
                                  {**api, "Content-Type": "application/json"})
        assert status == 201, body                    # the database is elsewhere: raising works

        # the worker took the waiting file and could not write its response: nothing of it
        deadline = time.monotonic() + 30
        while not rows(url, "SELECT 1 FROM batch_file WHERE id = %s AND attempts > 0", waiting_id):
            assert time.monotonic() < deadline, service.worker_logs()[-3000:]
            time.sleep(0.2)
        time.sleep(1)
        [(status_, response_key)] = rows(url, "SELECT status, response_key FROM batch_file "
                                              "WHERE id = %s", waiting_id)
        assert status_ != "processed" and response_key is None
        assert rows(url, "SELECT count(*) FROM contact WHERE originator_ref LIKE 'DISK-Q%%'") == [(0,)]
        assert rows(url, "SELECT filename FROM batch_file") == [("waiting.qmp",)]
        assert rows(url, "SELECT count(*) FROM attachment") == [(0,)]
        assert stored(full_disk) == stored_before, "a refused write left something behind"
        worker_log = service.worker_logs()
        assert "No space left on device" in worker_log or "File too large" in worker_log

        full_disk.free(service.pids())
        status, _, body = request(port, "POST", "/api/v1/batch-files",
                                  *_with(api, multipart("refused.qmp", refused)))
        assert status == 202, body
        status, _, body = request(port, "POST", f"/api/v1/contacts/{reference}/attachments",
                                  *_with(api, multipart("note.txt", b"room at last\n")))
        assert status == 201, body
        recovering = Recovering(get_queue(app), "batch.reap_sweep").start()
        try:
            left = wait_for(url, "SELECT count(*) FROM batch_file WHERE status <> 'processed' "
                                 "OR delivered_at IS NULL", timeout=60)
        finally:
            recovering.stop()
        assert left == 0, service.worker_logs()[-3000:]
    finally:
        service.stop()
    made = dict(rows(url, "SELECT originator_ref, count(*) FROM contact WHERE originator_ref "
                          "LIKE 'DISK-Q%%' GROUP BY originator_ref"))
    assert made == {ref: 1 for ref in waiting_refs + refused_refs}
    assert rows(url, "SELECT count(*) FROM batch_file WHERE accepted_count = 3") == [(2,)]


def stored(disk):
    """The files of the data folder but the attachments' (see the test below)."""
    return [name for name in disk.files() if not name.startswith("attachments/")]


def test_a_refused_attachment_leaves_no_partial_file_behind(app, caller_on_full_disk):
    client, headers, reference, disk = caller_on_full_disk
    disk.fill()
    response = client.post(f"/api/v1/contacts/{reference}/attachments", headers=headers,
                           data={"file": (io.BytesIO(b"a note that finds no room\n"), "note.txt")})
    assert response.status_code == 507
    assert not [name for name in disk.files() if name.startswith("attachments/")]


@pytest.fixture
def caller_on_full_disk(app, principals, tmp_path):
    """In this process: an API caller and a contact, with the app's data folder on a tmpfs."""
    from tests.faults.services import FullDisk
    if not FullDisk.can_mount():
        pytest.skip("mount -t tmpfs is not allowed here (it needs root)")
    disk = FullDisk(tmp_path / "small", "tmpfs")
    app.config["CMS_DATA_DIR"] = str(disk.folder)
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "faults")
    client, headers = app.test_client(), {"Authorization": f"Bearer {token}"}
    raised = client.post("/api/v1/contacts", json=ENQ, headers=headers)
    assert raised.status_code == 201
    yield client, headers, raised.json["reference"], disk
    disk.free()
    disk.destroy()


def _with(api, body_and_headers):
    body, headers = body_and_headers
    return body, {**api, **headers}


def test_on_sqlite_a_full_disk_refuses_writes_with_507_and_serves_reads(tmp_path):
    """The default deployment keeps its SQLite database in the data folder: when the disk is
    full a write is refused with 507 (SQLITE_FULL, its transaction rolled back) while reads
    go on, and writes work again once there is room."""
    from core import db as database
    from core.cli import upgrade_database
    from core.models import Contact
    from core.tenancy import sync_tenants
    from tests.conftest import make_app
    from tests.faults.services import FullDisk
    from tests.support.principals import Principals
    if not FullDisk.can_mount():
        pytest.skip("mount -t tmpfs is not allowed here (it needs root)")
    disk = FullDisk(tmp_path / "small", "tmpfs")
    try:
        app = make_app(f"sqlite:///{disk.folder / 'cms.sqlite3'}", disk.folder)
        with app.app_context():
            upgrade_database()
            sync_tenants(app.extensions["cms"].tenants)
            user = Principals(app).user("user", "ALP")
            _, token = apikeys.create_key(user, user, "faults")
            client, headers = app.test_client(), {"Authorization": f"Bearer {token}"}
            first = client.post("/api/v1/contacts", json=ENQ, headers=headers)
            assert first.status_code == 201
            database.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")   # the WAL must grow
            disk.fill()
            refused = client.post("/api/v1/contacts", headers=headers,
                                  json={**ENQ, "originator_ref": "DISK-FULL"})
            assert refused.status_code == 507, refused.get_data(as_text=True)
            assert "storage is full" in refused.json["message"]
            read = client.get(f"/api/v1/contacts/{first.json['reference']}", headers=headers)
            assert read.status_code == 200
            assert client.get("/api/v1/contacts", headers=headers).status_code == 200
            disk.free()
            again = client.post("/api/v1/contacts", headers=headers,
                                json={**ENQ, "originator_ref": "DISK-FULL"})
            assert again.status_code == 201, again.get_data(as_text=True)
            assert Contact.select().where(Contact.originator_ref == "DISK-FULL").count() == 1
            database.db.close()
    finally:
        disk.destroy()
