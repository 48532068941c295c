"""Migrate a new django-helpdesk database and fill it through the Django ORM (bulk_create).

    .venv/bin/python seed_helpdesk.py --tickets 100000      # run in bench/peers/, in its venv

One queue, a staff superuser with a DRF token and a signed-in session, and N tickets over
three years, each with 1 to 3 follow-ups, in the statuses a mature desk has (most closed).
Each ticket's title holds a meter point number (MPRN), the value the search looks for: the
staff search matches it in the title (a custom field would cost each API list and read one
more query per ticket in the database, see the README). Writes the credentials and a
sample of ticket ids and MPRNs to ``<database>.json`` for compare.py.
"""
import argparse
import datetime
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk_site.settings")

import django

CHUNK = 5000
# helpdesk's Ticket.STATUS_CHOICES: 1 open, 2 reopened, 3 resolved, 4 closed, 5 duplicate
STATUSES = [(4, 79), (3, 8), (1, 11), (2, 1), (5, 1)]


def mprn(rng):
    return str(rng.randint(1_000_000_000, 9_999_999_999))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    django.setup()
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import connection, transaction
    from helpdesk.models import FollowUp, Queue, Ticket
    from rest_framework.authtoken.models import Token

    database = Path(settings.DATABASES["default"]["NAME"])
    if database.exists():
        sys.exit(f"seed_helpdesk: {database} exists; remove it (and its -wal, -shm) first")
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_superuser("bench", "bench@bench.example.com",
                                                     "bench helpdesk password 2026")
    token = Token.objects.create(user=user)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.set_expiry(7 * 86400)
    session.create()
    queue = Queue.objects.create(title="Meter point enquiries", slug="mpe",
                                 email_address="mpe@bench.example.com")
    # the dates are the seed's to set: bulk_create would give every ticket "now"
    Ticket._meta.get_field("created").auto_now_add = False
    Ticket._meta.get_field("modified").auto_now = False
    rng = random.Random(args.seed)
    end = datetime.datetime(2026, 11, 27, tzinfo=datetime.UTC)
    span = args.years * 365 * 86400
    sample = []
    started = time.perf_counter()
    for start in range(0, args.tickets, CHUNK):
        tickets = []
        for _ in range(start, min(start + CHUNK, args.tickets)):
            created = end - datetime.timedelta(seconds=int(span * (rng.random() ** 0.8)))
            status = rng.choices([s for s, _ in STATUSES], weights=[w for _, w in STATUSES])[0]
            meter = mprn(rng)
            tickets.append(Ticket(
                title=f"Enquiry for meter point {meter}", queue=queue, created=created,
                modified=created + datetime.timedelta(days=rng.uniform(0, 20)),
                submitter_email=f"u{rng.randint(1, 10_000)}@bench.example.com", status=status,
                description="Why did the reading change?",
                resolution="Adjusted as requested." if status in (3, 4) else "",
                priority=rng.randint(1, 5), due_date=created + datetime.timedelta(days=10)))
        with transaction.atomic():
            Ticket.objects.bulk_create(tickets)   # SQLite returns the new ids
            followups = []
            for ticket in tickets:
                for k in range(rng.randint(1, 3)):
                    followups.append(FollowUp(
                        ticket=ticket, date=ticket.created + datetime.timedelta(hours=2 + 24 * k),
                        title="Comment" if k else "Ticket Opened", comment="Looking into it.",
                        public=True, user=user if k else None, new_status=None))
            FollowUp.objects.bulk_create(followups)
        sample.extend((t.id, t.title.rsplit(" ", 1)[1]) for t in tickets[:: max(1, args.tickets // 5000)])
        done = start + len(tickets)
        print(f"\r  {done:,} tickets ({done / (time.perf_counter() - started):,.0f}/s)", end="", flush=True)
    print()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    Path(str(database) + ".json").write_text(json.dumps({
        "token": token.key, "sessionid": session.session_key, "queue": queue.id,
        "tickets": Ticket.objects.count(), "followups": FollowUp.objects.count(),
        "sample": sample[-5000:]}))
    print(f"{Ticket.objects.count():,} tickets, {FollowUp.objects.count():,} follow-ups in "
          f"{time.perf_counter() - t0:.1f} s; credentials in {database}.json")


if __name__ == "__main__":
    main()
