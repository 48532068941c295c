"""bench/seed.py at a small size: on the suite's database engine (SQLite, or PostgreSQL by
COPY with its indexes dropped and built again) it fills a new database whose counts add up,
whose indexes are the migrations' own, and which the API lists and reads from."""
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from core import apikeys
from core import db as database
from core.models import Contact, ContactEvent, ContactParty, ReferenceCounter, User
from tests.conftest import make_app

ROOT = Path(__file__).resolve().parent.parent
CONTACTS = 2000


@pytest.fixture
def seed_url(database_url, tmp_path):
    """A new, empty database beside the suite's."""
    if database_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'seed.sqlite3'}"
    import psycopg

    from tests.support.pgcreate import ensure_database
    parts = urlsplit(database_url)
    url = urlunsplit(parts._replace(path=f"{parts.path}_seed"))
    ensure_database(url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


def indexes(url):
    import psycopg
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = "
                            "'public' AND tablename LIKE 'contact%%' ORDER BY 1, 2").fetchall()


@pytest.mark.slow
def test_seed_fills_a_database_the_api_reads(seed_url, database_url, migrated, tmp_path):
    env = dict(os.environ, CMS_DATA_DIR=str(tmp_path / "seed-data"))
    out = subprocess.run([sys.executable, "bench/seed.py", "--url", seed_url, "--contacts", str(CONTACTS),
                          "--users", "400", "--baseline", "500"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    if not seed_url.startswith("sqlite"):
        assert "pg_indexes the same before and after" in out.stdout
        assert indexes(seed_url) == indexes(database_url)   # the migrations' indexes, all there

    app = make_app(seed_url, tmp_path / "data")
    with app.app_context():
        assert Contact.select().count() == CONTACTS
        assert ContactParty.select().count() == 2 * CONTACTS
        events = ContactEvent.select().count()
        assert CONTACTS <= events <= 3 * CONTACTS
        assert (Contact.select().where(~Contact.id.in_(ContactEvent.select(ContactEvent.contact)))
                .count() == 0)
        # each prefix's counter is at least its highest number: new references do not collide
        for counter in ReferenceCounter.select():
            numbers = [int(c.reference.rsplit("-", 1)[1]) for c in
                       Contact.select(Contact.reference).where(Contact.reference.startswith(counter.prefix + "-"))]
            assert numbers and counter.last >= max(numbers)
        user = (User.select().join(Contact, on=(Contact.originator_org == User.organisation))
                .where(User.role == "user").first())
        _, token = apikeys.create_key(user, user, "test")
        own = Contact.select().where(Contact.originator_org == user.organisation).first()
        client = app.test_client()
        headers = {"Authorization": f"Bearer {token}"}
        listed = client.get("/api/v1/contacts?limit=50", headers=headers)
        assert listed.status_code == 200, listed.get_data(as_text=True)
        assert own.reference in {c["reference"] for c in listed.get_json()["items"]} or \
            len(listed.get_json()["items"]) == 50
        read = client.get(f"/api/v1/contacts/{own.reference}", headers=headers)
        assert read.status_code == 200 and read.get_json()["reference"] == own.reference
    database.db.close()
