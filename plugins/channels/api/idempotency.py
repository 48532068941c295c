"""``Idempotency-Key`` on POST: a retry gets the first answer instead of a second write.

The key is kept per organisation for at least 24 hours (a scheduled purge removes
older ones). The same key with a different body is refused (422).

The key's record, the request's work and the answer are written in ONE transaction, so a
record exists only for work that is done: a request cut off at any point (a worker killed
with SIGKILL, a crash, an error) leaves nothing, and a retry simply runs it. A retry that
arrives while the first request is still running waits for it (PostgreSQL holds the second
insert of the same key until the first transaction ends; SQLite's write lock does the
same) and then replays its answer, or runs for real if the first one failed.
"""
import datetime
import functools
import hashlib
import json

from flask import Response, current_app, request
from flask_login import current_user

from core import db as database
from core.db import transaction, utcnow
from core.prepared import Prepared, slot
from plugins.channels.api.errors import api_abort
from plugins.channels.api.models import IdempotencyRecord

KEEP = datetime.timedelta(hours=24)
HEADER = "Idempotency-Key"


def _fingerprint():
    digest = hashlib.sha256()
    digest.update(request.method.encode() + b" " + request.path.encode() + b"\n")
    digest.update((request.content_type or "").split(";")[0].encode() + b"\n")
    digest.update(request.get_data(cache=True))
    return digest.hexdigest()


def _replay(record):
    response = Response(record.body, status=record.status, mimetype="application/json")
    if record.location:
        response.headers["Location"] = record.location
    response.headers["Idempotent-Replayed"] = "true"
    return response


class _NotKept(Exception):
    """A 5xx answer: its work is rolled back, the key left free, the answer still sent."""

    def __init__(self, response):
        super().__init__(response.status_code)
        self.response = response


def idempotent(view=None, *, before=None):
    """Decorate a POST view (inside the API's guard).

    ``before(*args, **kwargs)``, when given, runs first, outside the transaction, and its
    answer is passed to the view as ``checked``: the checks that only read (a raise's
    validation) then hold no lock while they run (on SQLite the transaction holds the
    database's write lock from its start). The view runs only for a new key, a moment
    later: it must still refuse what has become wrong meanwhile (an originator reference
    taken since is refused by the database's unique index)."""
    if view is None:
        return functools.partial(idempotent, before=before)

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        key = request.headers.get(HEADER)
        if key is not None:
            key = key.strip()
            if not key or len(key) > 255:
                api_abort(400, f"{HEADER} must be 1 to 255 characters.")
        if before is not None:
            kwargs["checked"] = before(*args, **kwargs)
        if key is None:
            return view(*args, **kwargs)
        try:
            return _once(current_user.organisation_id, key, _fingerprint(), view, args, kwargs)
        except _NotKept as failed:
            return failed.response
    return wrapped


# The statements every keyed POST makes, written once: the key's record is taken with one
# INSERT that does nothing when the key is already there (PostgreSQL makes it wait while
# another transaction holds the same key, then do nothing if that one commits), and given
# the answer with one UPDATE.
TABLE = IdempotencyRecord._meta.table_name
_TAKE = ('INSERT INTO "{t}" ("org_id", "key", "request_hash", "state", "created_at") '
         'VALUES ({p}, {p}, {p}, {p}, {p}) ON CONFLICT ("org_id", "key") DO NOTHING RETURNING "id"')
_DONE = ('UPDATE "{t}" SET "state" = {p}, "status" = {p}, "body" = {p}, "location" = {p} '
         'WHERE "id" = {p}')
EXISTING = Prepared(lambda: IdempotencyRecord.select().where(
    (IdempotencyRecord.org_id == slot(0)) & (IdempotencyRecord.key == slot(1))))


def _sql(template):
    return template.format(t=TABLE, p=database.db.param)


def _take(org_id, key, fingerprint):
    """Take ``key`` for this request, in its transaction: (record id, None), or (None, the
    record a request with the key left). A record older than its promise is removed and
    the key taken afresh."""
    now = utcnow()
    for _ in range(3):
        row = database.db.execute_sql(_sql(_TAKE), (org_id, key, fingerprint, "running",
                                                    now)).fetchone()
        if row is not None:
            return row[0], None
        existing = EXISTING.first(org_id, key)
        if existing is None:        # purged since: take it again
            continue
        if existing.created_at >= now - KEEP:
            return None, existing
        (IdempotencyRecord.delete()   # a key older than its promise may be used afresh
         .where((IdempotencyRecord.id == existing.id) &
                (IdempotencyRecord.created_at < now - KEEP)).execute())
    api_abort(409, "Another request with this key is being processed; retry in a moment.",
              headers={"Retry-After": "1"})


@database.retrying
def _once(org_id, key, fingerprint, view, args, kwargs):
    """The view's work and the key's record, together or not at all."""
    with transaction():
        record_id, existing = _take(org_id, key, fingerprint)
        if existing is not None:
            if existing.request_hash != fingerprint:
                api_abort(422, f"This {HEADER} was used with a different request: use a new key.",
                          errors={HEADER: "already used with another body"})
            if existing.state != "done":   # written by an older release: not finished
                api_abort(409, "The first request with this key is still being processed; "
                               "retry in a moment.", headers={"Retry-After": "1"})
            return _replay(existing)
        response = current_app.make_response(view(*args, **kwargs))
        if response.status_code >= 500:
            raise _NotKept(response)   # a failure on our side may be retried for real
        body = response.get_data(as_text=True)
        try:
            json.loads(body or "null")
        except ValueError:
            body = json.dumps({"message": body})
        database.db.execute_sql(_sql(_DONE), ("done", response.status_code, body,
                                              response.headers.get("Location"), record_id))
        return response


def purge(now=None):
    """Remove records older than twice the promised 24 hours."""
    cutoff = (now or utcnow()) - 2 * KEEP
    return IdempotencyRecord.delete().where(IdempotencyRecord.created_at < cutoff).execute()
