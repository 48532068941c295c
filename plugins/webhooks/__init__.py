"""The webhooks plugin: each organisation's LSO registers URLs that receive signed JSON
events about the organisation's contacts, delivered by the job queue with retries.

Events: ``contact.raised``, ``contact.transitioned``, ``message.added``; only for contacts
the organisation may see. See ``delivery.py`` for the signature and the retry schedule, and
``erasure.py`` for what a person's erasure changes.
"""
from pathlib import Path

from core.hookspecs import hookimpl
from core.jobs import Job, crontab
from core.registry import Channel
from core.settings import Setting, at_least, true_or_false, whole_number
from plugins.webhooks import delivery
from plugins.webhooks.erasure import erase


@hookimpl
def contact_created(contact, event, tenants):
    delivery.queue_event("contact.raised", contact, tenants, event=event)


@hookimpl
def contact_transitioned(contact, event, tenants):
    delivery.queue_event("contact.transitioned", contact, tenants, event=event)


@hookimpl
def message_added(contact, message, tenants):
    delivery.queue_event("message.added", contact, tenants, message=message)


@hookimpl
def erase_person(erasure):
    return erase(erasure)


@hookimpl
def permission_allowed(actor, action, obj):
    """``webhooks.manage``: an organisation's LSO (the CDSP's admins for the CDSP)."""
    if action != "webhooks.manage":
        return None
    return getattr(actor, "role_id", None) in ("lso", "admin")


@hookimpl
def register_jobs():
    return [Job("webhooks.deliver", delivery.deliver),
            Job("webhooks.sweep", delivery.sweep, schedule=crontab(minute="*"))]


@hookimpl
def register_channels():
    from plugins.webhooks.views import bp
    return [Channel(code="webhooks", name="Webhooks", blueprint=bp)]


@hookimpl
def register_settings():
    return [Setting("WEBHOOK_RETRY_SECONDS", 30, whole_number, at_least(1),
                    help="the first retry's delay; doubled at each attempt"),
            Setting("WEBHOOK_MAX_ATTEMPTS", 8, whole_number, at_least(1)),
            Setting("WEBHOOK_ALLOW_PRIVATE", False, true_or_false,
                    help="webhooks to local and private addresses (tests, trials)")]


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"
