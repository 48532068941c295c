"""The Top 50's count of an organisation's most raised types (core.contacts.contact_templates:
its latest 1,000 contacts, on the (originator, raised) index) against counting all of them,
as Raise a contact did before, on PostgreSQL with a million contacts of one organisation.

    .venv/bin/python bench/top_50.py --postgres postgresql://postgres@127.0.0.1:5432/cms_bench

The database must hold the service's schema and an organisation (e.g. after the tests ran on
it); the million contacts it adds (references BENCH-...) are added once and left there.
"""
import argparse
import time

import psycopg

BOUNDED = ("SELECT latest.contact_type, COUNT(*) FROM (SELECT contact_type FROM contact "
           "WHERE originator_org_id = %s ORDER BY raised_at DESC LIMIT 1000) AS latest "
           "GROUP BY latest.contact_type")
FULL = "SELECT contact_type, COUNT(id) FROM contact WHERE originator_org_id = %s GROUP BY contact_type"
FILL = """INSERT INTO contact (reference, contact_type, status, originator_org_id, holder_org_id,
          summary, fields, channel, raised_at, updated_at, paused_seconds, paused_days, priority,
          outside_allowance, version)
          SELECT 'BENCH-' || g, (ARRAY['RFA','ENQ','CDQ','DMQ','ADD'])[1 + g %% 5], 'submitted',
                 %s, %s, 's', '{}', 'api', now() - g * interval '1 second', now(), 0, 0, 0, false, 1
          FROM generate_series(1, 1000000) g"""


def timed(conn, sql, org, runs=21):
    conn.execute(sql, (org,)).fetchall()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        conn.execute(sql, (org,)).fetchall()
        times.append(time.perf_counter() - start)
    return sorted(times)[runs // 2] * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", required=True, help="a database it may add rows to")
    url = parser.parse_args().postgres
    with psycopg.connect(url, autocommit=True) as conn:
        org = conn.execute("SELECT id FROM organisation ORDER BY id LIMIT 1").fetchone()[0]
        if conn.execute("SELECT count(*) FROM contact WHERE originator_org_id = %s",
                        (org,)).fetchone()[0] < 1_000_000:
            conn.execute(FILL, (org, org))
            conn.execute("ANALYZE contact")
        bounded, full = timed(conn, BOUNDED, org), timed(conn, FULL, org)
    print(f"latest 1,000 (Top 50): {bounded:.1f} ms median; every contact (before): "
          f"{full:.1f} ms median; {full / bounded:.0f} times faster")


if __name__ == "__main__":
    main()
