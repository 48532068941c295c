"""Create the PostgreSQL test database when it is missing: ``python -m tests.support.pgcreate URL``."""
import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg


def ensure_database(url):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


if __name__ == "__main__":
    try:
        ensure_database(sys.argv[1])
    except psycopg.OperationalError as exc:
        sys.exit(f"PostgreSQL is not reachable at {sys.argv[1]}: {str(exc).strip().splitlines()[0]}")
