"""``Idempotency-Key`` on POST: a retry gets the first answer instead of a second write.

The key is kept per organisation for at least 24 hours (a scheduled purge removes
older ones). The same key with a different body is refused (422); a retry while the
first request is still running gets 409.
"""
import datetime
import functools
import hashlib
import json

import peewee
from flask import Response, request
from flask_login import current_user

from core.db import transaction, utcnow
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


def _claim(org_id, key, fingerprint):
    """Insert a 'running' record; on a clash return the existing record instead."""
    try:
        with transaction():
            IdempotencyRecord.create(org_id=org_id, key=key, request_hash=fingerprint)
        return None
    except peewee.IntegrityError:
        return IdempotencyRecord.get_or_none(org_id=org_id, key=key)


def _replay(record):
    response = Response(record.body, status=record.status, mimetype="application/json")
    if record.location:
        response.headers["Location"] = record.location
    response.headers["Idempotent-Replayed"] = "true"
    return response


def idempotent(view):
    """Decorate a POST view (inside the API's guard)."""
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        key = request.headers.get(HEADER)
        if key is None:
            return view(*args, **kwargs)
        key = key.strip()
        if not key or len(key) > 255:
            api_abort(400, f"{HEADER} must be 1 to 255 characters.")
        org_id = current_user.organisation_id
        fingerprint = _fingerprint()
        existing = _claim(org_id, key, fingerprint)
        if existing is not None:
            if existing.created_at < utcnow() - KEEP:
                IdempotencyRecord.delete().where(IdempotencyRecord.id == existing.id).execute()
                existing = _claim(org_id, key, fingerprint)
        if existing is not None:
            if existing.request_hash != fingerprint:
                api_abort(422, f"This {HEADER} was used with a different request: use a new key.",
                          errors={HEADER: "already used with another body"})
            if existing.state != "done":
                api_abort(409, "The first request with this key is still being processed; "
                               "retry in a moment.", headers={"Retry-After": "1"})
            return _replay(existing)
        try:
            response = view(*args, **kwargs)
        except BaseException:
            _forget(org_id, key)
            raise
        return _store(org_id, key, response)
    return wrapped


def _forget(org_id, key):
    IdempotencyRecord.delete().where((IdempotencyRecord.org_id == org_id) &
                                     (IdempotencyRecord.key == key)).execute()


def _store(org_id, key, response):
    from flask import current_app
    response = current_app.make_response(response)
    if response.status_code >= 500:
        _forget(org_id, key)  # a failure on our side may be retried for real
        return response
    body = response.get_data(as_text=True)
    try:
        json.loads(body or "null")
    except ValueError:
        body = json.dumps({"message": body})
    with transaction():
        (IdempotencyRecord.update(state="done", status=response.status_code, body=body,
                                  location=response.headers.get("Location"))
         .where((IdempotencyRecord.org_id == org_id) & (IdempotencyRecord.key == key)).execute())
    return response


def purge(now=None):
    """Remove records older than twice the promised 24 hours."""
    cutoff = (now or utcnow()) - 2 * KEEP
    return IdempotencyRecord.delete().where(IdempotencyRecord.created_at < cutoff).execute()
