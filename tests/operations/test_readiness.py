"""/readyz: 200 when the database, the queue and the data folder all answer; 503 naming the
part that is down (a queue on a closed port, a data folder gone, a database that refuses
connections), with no address or error text; it answers during a maintenance window, and
/healthz stays a liveness check."""
import datetime
import shutil

import pytest

from core import clock
from tests.conftest import make_app
from tests.faults.services import free_port


def ready(client):
    with client.get("/readyz") as response:
        return response.status_code, response.get_json(), response.headers


def test_ready_when_every_part_answers(client):
    status, body, headers = ready(client)
    assert status == 200
    assert body == {"status": "ready",
                    "checks": {"database": "ok", "queue": "ok", "data_folder": "ok"}}
    assert headers["Cache-Control"] == "no-store" and headers["X-Request-Id"]


@pytest.fixture
def closed_port():
    return free_port()      # nothing listens there


def test_not_ready_when_the_queue_is_down(migrated, database_url, tmp_path, closed_port):
    app = make_app(database_url, tmp_path / "data", CMS_QUEUE_URL=f"redis://127.0.0.1:{closed_port}/10")
    client = app.test_client()
    status, body, _ = ready(client)
    assert status == 503
    assert body["down"] == ["queue"] and body["checks"]["database"] == "ok"
    assert str(closed_port) not in str(body)          # names the part, never its address
    with client.get("/healthz") as response:
        assert response.status_code == 200              # alive all the same


def test_not_ready_when_the_data_folder_is_gone(app, client):
    data = app.config["CMS_DATA_DIR"]
    moved = f"{data}.away"
    shutil.move(data, moved)
    open(data, "w").close()       # an unmounted volume: no folder to write in
    try:
        status, body, _ = ready(client)
    finally:
        shutil.os.remove(data)
        shutil.move(moved, data)
    assert status == 503 and "data_folder" in body["down"]
    assert ready(client)[0] == 200


def test_not_ready_when_the_database_is_down(tmp_path, closed_port):
    app = make_app(f"postgresql://postgres@127.0.0.1:{closed_port}/cms", tmp_path / "data")
    status, body, _ = ready(app.test_client())
    assert status == 503 and body["down"] == ["database"]
    assert body["checks"] == {"database": "down", "queue": "ok", "data_folder": "ok"}


@pytest.mark.parametrize("app_config", [{"CMS_MAINTENANCE_WINDOW": "09:00-17:00"}])
def test_ready_during_a_maintenance_window(client, app_config):
    with clock.frozen(datetime.datetime(2026, 3, 3, 12, 0)):
        with client.get("/shipper/login") as page:
            assert page.status_code == 503                # closed to participants
        assert ready(client)[0] == 200
