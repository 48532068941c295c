"""Mailing the notifications: each one as it happens, or one daily digest per user. Every
notification is a row first, so a failed send is retried and nothing is silently lost."""
import logging
import time

from huey.exceptions import RetryTask

from core import clock
from core import db as database
from core.models import User
from plugins.notifications import mailer
from plugins.notifications.models import DIGEST, EACH, Notification

MAX_ATTEMPTS = 5
WAIT_FOR_COMMIT_SECONDS = 60
log = logging.getLogger("cms.notifications")


def send_now(ids, queued_at=None):
    """The job: mail the ``each`` notifications ``ids``. Rows the raising transaction has not
    committed yet are waited for (a retry), then left to :func:`send_pending`."""
    rows = list(Notification.select().where(Notification.id.in_(list(ids)) &
                                            Notification.sent_at.is_null()))
    for row in rows:
        _send_one(row)
    found = Notification.select().where(Notification.id.in_(list(ids))).count()
    if found < len(set(ids)) and queued_at is not None \
            and time.time() - queued_at < WAIT_FOR_COMMIT_SECONDS:
        raise RetryTask("notifications not committed yet", delay=2)
    return len(rows)


def send_pending():
    """The periodic sweep: every ``each`` notification not yet sent (e.g. a lost job)."""
    rows = list(Notification.select().where(Notification.sent_at.is_null() &
                                            (Notification.delivery == EACH) &
                                            (Notification.failed == False))  # noqa: E712
                .order_by(Notification.id).limit(1000))
    return sum(1 for row in rows if _send_one(row))


def _send_one(row):
    user = User.get_by_id(row.user_id)
    try:
        mailer.send(mailer.message(user.email, row.subject, row.body))
    except OSError as exc:   # SMTP refused or unreachable: try again later, then give up
        log.warning("notification %s to %s not sent: %s", row.id, user.email, exc)
        with database.transaction():
            attempts = row.attempts + 1
            (Notification.update(attempts=attempts, failed=attempts >= MAX_ATTEMPTS)
             .where(Notification.id == row.id).execute())
        return False
    with database.transaction():
        Notification.update(sent_at=clock.now(), attempts=row.attempts + 1) \
            .where(Notification.id == row.id).execute()
    return True


def send_digests(now=None):
    """One email per user listing their unsent digest notifications; answers how many mails."""
    now = now or clock.now()
    pending = list(Notification.select().where(Notification.sent_at.is_null() &
                                               (Notification.delivery == DIGEST) &
                                               (Notification.created_at <= now))
                   .order_by(Notification.user, Notification.id))
    by_user = {}
    for row in pending:
        by_user.setdefault(row.user_id, []).append(row)
    sent = 0
    for user_id, rows in by_user.items():
        user = User.get_by_id(user_id)
        if not user.is_active:
            continue
        lines = [f"Your daily digest from the Contact Management Service: {len(rows)} "
                 f"event{'s' if len(rows) != 1 else ''}.", ""]
        for row in rows:
            lines += [f"* {row.subject.removeprefix('[CMS] ')} "
                      f"({row.created_at:%Y-%m-%d %H:%M} UTC)"]
        lines += ["", "Sign in to your portal to see them. Change what you receive on the "
                      "portal's Notifications page."]
        subject = f"[CMS] Daily digest: {len(rows)} event{'s' if len(rows) != 1 else ''}"
        try:
            mailer.send(mailer.message(user.email, subject, "\n".join(lines)))
        except OSError as exc:
            log.warning("digest to %s not sent: %s", user.email, exc)
            continue
        with database.transaction():
            Notification.update(sent_at=now).where(Notification.id.in_([r.id for r in rows])) \
                .execute()
        sent += 1
    return sent
