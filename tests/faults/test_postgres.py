"""PostgreSQL failing under the service, for real: sessions ended by ``pg_terminate_backend``
(idle in the pool, or in the middle of a write) and the server stopped and started again,
cleanly and as a crash, on a cluster of the test's own.

What must hold: a request the database could not serve gets 503 with Retry-After (JSON on
the API, a page in the portal), never 500; the service recovers by itself, without a
restart; no contact is lost or made twice (every 201 is readable, every retry of a key
replays its answer); no batch file is left half done.
"""
import json
import time

import pytest

from core import apikeys
from core.models import Contact
from tests.faults.traffic import (Ledger, Service, Traffic, check_books, service_env, sign_in,
                                  wait_for_files)

pytestmark = pytest.mark.slow

ENQ = {"type": "ENQ", "mprn": "3938424403", "summary": "Cut off?", "originator_ref": "CUT-1",
       "fields": {"topic": "data", "question": "Is it there?"}}
PORTAL_ENQ = {"summary": "Cut off in the portal?", "topic": "files", "question": "Is it there?",
              "originator_ref": "CUT-WEB-1"}


@pytest.fixture
def caller(app, principals):
    """``(client, headers)``: a test client and an API key of a shipper's user."""
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "faults")
    return app.test_client(), {"Authorization": f"Bearer {token}"}


def cut_off_writes_of(cluster, database, summary):
    """A real fault at an exact point: the first insert of a contact with ``summary`` ends
    its own session (``pg_terminate_backend``) with the contact row written and the
    transaction open, as an administrator or a failover would. Only once: a sequence, which
    no rollback undoes, counts the cuts."""
    import psycopg
    with psycopg.connect(cluster.url(database), autocommit=True) as conn:
        conn.execute("CREATE SEQUENCE IF NOT EXISTS faults_cuts")
        conn.execute(f"""
            CREATE OR REPLACE FUNCTION faults_cut_off() RETURNS trigger AS $$
            BEGIN
              IF NEW.summary = '{summary}' AND nextval('faults_cuts') = 1 THEN
                PERFORM pg_terminate_backend(pg_backend_pid());
              END IF;
              RETURN NEW;
            END $$ LANGUAGE plpgsql""")
        conn.execute("CREATE OR REPLACE TRIGGER faults_cut_off AFTER INSERT ON contact "
                     "FOR EACH ROW EXECUTE FUNCTION faults_cut_off()")


def test_a_session_ended_mid_write_is_a_503_and_the_retry_of_its_key_makes_one_contact(
        app, caller, pg_cluster, pg_database):
    client, headers = caller
    cut_off_writes_of(pg_cluster, pg_database[0], ENQ["summary"])
    keyed = {**headers, "Idempotency-Key": "cut-1"}

    first = client.post("/api/v1/contacts", json=ENQ, headers=keyed)
    assert first.status_code == 503, first.get_data(as_text=True)
    assert first.headers["Retry-After"].isdigit()
    assert first.is_json and "Try again" in first.json["message"]
    assert Contact.select().where(Contact.originator_ref == "CUT-1").count() == 0

    again = client.post("/api/v1/contacts", json=ENQ, headers=keyed)     # a new connection
    assert again.status_code == 201, again.get_data(as_text=True)
    replayed = client.post("/api/v1/contacts", json=ENQ, headers=keyed)
    assert replayed.status_code == 201 and replayed.headers["Idempotent-Replayed"] == "true"
    assert replayed.json["reference"] == again.json["reference"]
    assert Contact.select().where(Contact.originator_ref == "CUT-1").count() == 1


def test_a_portal_form_whose_session_is_ended_mid_write_gets_the_unavailable_page(
        app, client, login_as, pg_cluster, pg_database):
    login_as("user", "ALP")
    cut_off_writes_of(pg_cluster, pg_database[0], PORTAL_ENQ["summary"])

    first = client.post("/shipper/contacts/new/ENQ", data=PORTAL_ENQ)
    page = first.get_data(as_text=True)
    assert first.status_code == 503 and first.headers["Retry-After"].isdigit()
    assert first.mimetype == "text/html" and "Service temporarily unavailable" in page
    assert Contact.select().where(Contact.originator_ref == "CUT-WEB-1").count() == 0

    again = client.post("/shipper/contacts/new/ENQ", data=PORTAL_ENQ)
    assert again.status_code == 302
    assert Contact.select().where(Contact.originator_ref == "CUT-WEB-1").count() == 1


def test_while_the_server_is_down_every_door_answers_503_with_retry_after_then_serves_again(
        app, caller, client, login_as, pg_cluster):
    api, headers = caller
    login_as("user", "ALP")
    assert api.post("/api/v1/contacts", json=ENQ, headers=headers).status_code == 201

    pg_cluster.stop("fast")
    try:
        answers = {
            "API read": api.get("/api/v1/contacts?limit=5", headers=headers),
            "API write": api.post("/api/v1/contacts", json={**ENQ, "originator_ref": "DOWN-1"},
                                  headers={**headers, "Idempotency-Key": "down-1"}),
            "portal page": client.get("/shipper/"),
            "portal form": client.post("/shipper/contacts/new/ENQ", data=PORTAL_ENQ),
            "sign-in page": app.test_client().get("/shipper/login"),
        }
    finally:
        pg_cluster.start()
    for door, response in answers.items():
        body = response.get_data(as_text=True)
        assert response.status_code == 503, (door, response.status_code, body[:500])
        assert response.headers["Retry-After"].isdigit(), door
        if door.startswith("API"):
            assert response.is_json and "cannot reach its database" in response.json["message"]
        else:
            assert "Service temporarily unavailable" in body, door

    # the same app, not restarted: its pool's dead connections are replaced as they are met
    assert api.get("/api/v1/contacts?limit=5", headers=headers).status_code == 200
    assert client.get("/shipper/").status_code == 200
    written = api.post("/api/v1/contacts", json={**ENQ, "originator_ref": "DOWN-1"},
                       headers={**headers, "Idempotency-Key": "down-1"})
    assert written.status_code == 201 and "Idempotent-Replayed" not in written.headers
    assert Contact.select().where(Contact.originator_ref == "DOWN-1").count() == 1


def test_under_load_ended_sessions_and_server_restarts_lose_and_double_nothing(
        app, principals, pg_cluster, pg_database, tmp_path):
    name, url = pg_database
    user = principals.user("user", "ALP")
    _, token = apikeys.create_key(user, user, "faults")
    service = Service(service_env(url, tmp_path / "data"), tmp_path / "logs")
    ledger = Ledger()
    try:
        service.start_web()
        service.start_worker()
        web_workers = service.web_workers()
        cookie = sign_in(service.port, "shipper", user.email)
        traffic = Traffic(service.port, token, ledger, clients=5, portal_cookie=cookie).start()
        time.sleep(2)
        for _ in range(12):                      # sessions ended wherever they are
            ledger.fault("PostgreSQL sessions ended", pg_cluster.terminate_backends(name))
            time.sleep(0.4)
        for mode in ("fast", "immediate"):       # a clean restart, then a crash
            pg_cluster.stop(mode)
            ledger.fault(f"server stopped ({mode})")
            time.sleep(2)
            pg_cluster.start()
            time.sleep(2.5)
        traffic.stop()
        unfinished = wait_for_files(url, ledger, timeout=60)
        problems = check_books(url, ledger, service.port, token)
        assert service.web.poll() is None and service.web_workers() == web_workers, \
            "the web workers were restarted"
    finally:
        service.stop()
    print(f"\n{ledger.summary()}")
    assert not unfinished, f"files never finished: {unfinished}\n{service.worker_logs()[-4000:]}"
    assert problems == {}, json.dumps(problems, indent=1)[:4000]
    outcomes = ledger.by_outcome()
    assert outcomes[503] > 0, "no request met the faults: the test proves nothing"
    assert outcomes[500] == 0
    assert ledger.raised and ledger.files


def test_only_errors_of_the_database_itself_are_called_unavailable(pg_cluster, pg_database,
                                                                   tmp_path):
    """Real errors, told apart: a server that is gone or ended the session is DOWN, a lock
    not granted in time is BUSY (both 503), a wrong query is none of these (it stays a 500)."""
    import peewee
    import psycopg

    from core import db as database

    def error_of(db, sql):
        with pytest.raises(peewee.PeeweeException) as caught:
            db.execute_sql(sql)
        return caught.value

    name, url = pg_database
    pg = database.open_database(url)
    try:
        assert database.unavailable(error_of(pg, "SELECT * FROM no_such_table")) is None
        pg.close()
        with psycopg.connect(url, autocommit=True) as holder:
            holder.execute("BEGIN; LOCK TABLE contact IN ACCESS EXCLUSIVE MODE")
            pg.execute_sql("SET lock_timeout = '100ms'")
            assert database.unavailable(error_of(pg, "SELECT 1 FROM contact")) == database.BUSY
        pg.close()
        pg.execute_sql("SELECT 1")
        pg_cluster.terminate_backends(name)
        assert database.unavailable(error_of(pg, "SELECT 1")) == database.DOWN
    finally:
        pg.close_all()
    refused = database.open_database("postgresql://postgres@127.0.0.1:1/none")
    with pytest.raises(peewee.OperationalError) as caught:
        refused.connect()
    assert database.unavailable(caught.value) == database.DOWN

    path = tmp_path / "locked.sqlite3"
    writer, waiting = (peewee.SqliteDatabase(str(path), timeout=0) for _ in range(2))
    writer.execute_sql("CREATE TABLE t (x)")
    with writer.atomic("IMMEDIATE"):
        writer.execute_sql("INSERT INTO t VALUES (1)")
        assert database.unavailable(error_of(waiting, "BEGIN IMMEDIATE")) == database.BUSY
    assert database.unavailable(error_of(waiting, "SELECT * FROM no_such_table")) is None
