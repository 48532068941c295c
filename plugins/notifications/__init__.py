"""The notifications plugin: email about contacts, as each user chooses.

Each user picks the events that reach them (raised to my organisation, a response,
correspondence due soon, resolved, breached) and how (each, or a daily digest) on the
portal's Notifications page or on the API (``/api/v1/notification-preferences``, which
``api.py`` adds). The contact hooks make a notification row per subscriber who may see the
contact; jobs on the queue mail them (``mailer.py``: SMTP when ``CMS_SMTP_URL``
is set, otherwise ``.eml`` files in ``CMS_DATA_DIR/outbox/``). A periodic scan finds
breaches and correspondence falling due, which no hook announces. A person's erasure
reaches the notifications and the outbox (``erasure.py``).
"""
import time
from pathlib import Path

from core.hookspecs import hookimpl
from core.jobs import Job, crontab, get_queue
from core.registry import Channel
from core.settings import Setting
from plugins.notifications import access, mailer, rules, sending
from plugins.notifications.erasure import erase


def _send(ids):
    if ids:   # a queue that is down leaves the rows to the periodic scan's send_pending
        get_queue().offer("notifications.send", ids, time.time())


@hookimpl
def contact_created(contact, event, tenants):
    _send(rules.on_created(contact, event, tenants))


@hookimpl
def contact_transitioned(contact, event, tenants):
    _send(rules.on_transitioned(contact, event, tenants))


@hookimpl
def message_added(contact, message, tenants):
    _send(rules.on_message(contact, message, tenants))


@hookimpl
def contact_escalated(contact, rule, user_ids, tenants):
    _send(rules.on_escalated(contact, rule, user_ids, tenants))


@hookimpl
def send_mail(to, subject, body, attachments):
    """Mail for the rest of the service (``core.mail.send``), as notifications are sent."""
    return mailer.send(mailer.message(", ".join(to), subject, body, attachments))


@hookimpl
def access_request_decided(access_request):
    access.tell_requester(access_request)


@hookimpl
def erase_person(erasure):
    return erase(erasure)


def scan_and_send(tenants):
    """Periodic, in the tenants that enable the plugin: notify breaches and correspondence
    falling due, then send what is pending."""
    rules.scan(tenants)
    sending.send_pending()


@hookimpl
def register_jobs():
    return [
        Job("notifications.send", sending.send_now, retries=3, retry_delay=30),
        Job("notifications.scan", scan_and_send, schedule=crontab(minute="*/5"), per_tenant=True),
        # 07:30 UTC: after the daily maintenance window in winter and summer alike
        Job("notifications.digest", sending.send_digests, schedule=crontab(hour="7", minute="30")),
    ]


@hookimpl
def register_channels():
    from plugins.notifications.views import bp
    return [Channel(code="notifications", name="Email notifications", blueprint=bp)]


def _mail_url(value):
    if value and not value.startswith(("smtp://", "smtps://")):
        return "must be empty (mail is written to CMS_DATA_DIR/outbox) or start with smtp:// or smtps://"
    return None


@hookimpl
def register_settings():
    return [Setting("SMTP_URL", "", check=_mail_url,
                    help="smtp://user:pass@host:port (smtps://, ?starttls); empty: .eml files in the outbox"),
            Setting("MAIL_FROM", "cms@localhost", help="the sender of the service's mail")]


@hookimpl
def register_api_resources(api):
    from plugins.notifications.api import resources
    return resources(api)


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"
