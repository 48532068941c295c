"""Server-side sign-in sessions.

The cookie carries only a random token; the ``user_session`` row decides
whether it is still good. Ending a row ends that browser's session for real,
whatever copies of the cookie exist.
"""
import datetime
import hashlib
import secrets

from flask import current_app, request, session

from core.db import transaction, utcnow
from core.models import User, UserSession

TOUCH_EVERY = datetime.timedelta(seconds=60)


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def start(user, tenant_code):
    """Begin a session for ``user`` in this browser, ending any it had before."""
    end_current("replaced")
    token = secrets.token_urlsafe(32)
    UserSession.create(token_hash=_hash(token), user=user, tenant=tenant_code,
                       source_address=(request.remote_addr or "")[:64],
                       user_agent=(request.user_agent.string or "")[:255])
    session.clear()
    session["sid"] = token
    return token


def _limits():
    cfg = current_app.config
    return (datetime.timedelta(minutes=cfg["CMS_SESSION_IDLE_MINUTES"]),
            datetime.timedelta(hours=cfg["CMS_SESSION_ABSOLUTE_HOURS"]))


def current_row():
    token = session.get("sid")
    if not token:
        return None
    return UserSession.get_or_none(UserSession.token_hash == _hash(token))


def user_for_request(tenant_code):
    """The user of this browser's live session in ``tenant_code``, or None."""
    row = current_row()
    if row is None or row.ended_at is not None or row.tenant != tenant_code:
        return None
    now = utcnow()
    idle, absolute = _limits()
    if now - row.last_seen_at > idle or now - row.created_at > absolute:
        _end_rows(UserSession.id == row.id, "expired")
        return None
    user = User.get_or_none(User.id == row.user_id)
    if user is None or not user.is_active:
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        UserSession.update(last_seen_at=now).where(UserSession.id == row.id).execute()
    return user


def _end_rows(condition, reason):
    (UserSession.update(ended_at=utcnow(), end_reason=reason)
     .where(condition & UserSession.ended_at.is_null()).execute())


def end_current(reason="signed_out"):
    row = current_row()
    if row is not None:
        _end_rows(UserSession.id == row.id, reason)
    session.pop("sid", None)


def end_all(user, reason, keep_current=False):
    """End every session of ``user`` (all but this browser's when ``keep_current``)."""
    condition = UserSession.user == user
    row = current_row() if keep_current else None
    if row is not None:
        condition &= UserSession.id != row.id
    with transaction():
        _end_rows(condition, reason)
