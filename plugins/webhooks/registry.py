"""Registering webhooks: an organisation's LSO gives a URL and the events to send; the
service makes the signing secret, shows it once and keeps it sealed."""
import secrets
from urllib.parse import urlsplit

from core import audit, clock
from core import db as database
from core.errors import Invalid, NotFound
from core.models import Organisation
from plugins.webhooks import guard
from plugins.webhooks.models import Webhook, WebhookAttempt, WebhookDelivery

EVENTS = {
    "contact.raised": "A contact is raised by or to your organisation",
    "contact.transitioned": "A contact of yours changes status, holder or CED",
    "message.added": "A message is added to a contact of yours",
}
MAX_PER_ORG = 10


def check_url(url):
    """The URL if it is an absolute http(s) address; Invalid saying what to fix otherwise."""
    url = (url or "").strip()
    if not url:
        raise Invalid("The webhook was not added.", {"url": "Give the address to send events to."})
    if len(url) > 500:
        raise Invalid("The webhook was not added.", {"url": "Use at most 500 characters."})
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        raise Invalid("The webhook was not added.", {"url": "That is not a valid address."}) from None
    if parts.scheme not in ("http", "https"):
        raise Invalid("The webhook was not added.",
                      {"url": "Use an address starting with https:// (or http://)."})
    if not parts.hostname or parts.username or parts.password:
        raise Invalid("The webhook was not added.",
                      {"url": "Give a host name, and no user name or password in the address."})
    refusal = guard.literal_refusal(parts.hostname)
    if refusal:
        raise Invalid("The webhook was not added.", {"url": refusal})
    return url


def webhooks_of(org):
    return list(Webhook.select().where((Webhook.organisation == org.id) &
                                       Webhook.deleted_at.is_null()).order_by(Webhook.id))


def create(actor, org, url, events):
    """Register a webhook for ``org``; answers (webhook, secret) — the secret is shown once."""
    url = check_url(url)
    events = [e for e in EVENTS if e in set(events or ())]
    unknown = set(events or ()) - set(EVENTS)
    if not events or unknown:
        raise Invalid("The webhook was not added.",
                      {"events": f"Choose at least one of: {', '.join(EVENTS)}."})
    if len(webhooks_of(org)) >= MAX_PER_ORG:
        raise Invalid("The webhook was not added.",
                      {"url": f"An organisation may have at most {MAX_PER_ORG} webhooks."})
    secret = "whsec_" + secrets.token_urlsafe(32)
    with database.transaction():
        hook = Webhook.create(organisation=org.id, url=url, events=",".join(events), secret="",
                              created_by=getattr(actor, "id", None), created_at=clock.now())
        hook.secret = Webhook.secret.seal(hook.id, secret)   # sealed for its row, known once made
        hook.save(only=[Webhook.secret])
        audit.record("webhook.created", actor=actor, org_id=org.id, target_type="webhook",
                     target_id=hook.id, detail={"url": url, "events": events})
    return hook, secret


def get(actor_org, webhook_id):
    hook = Webhook.get_or_none((Webhook.id == webhook_id) & Webhook.deleted_at.is_null())
    if hook is None or hook.organisation_id != actor_org.id:
        raise NotFound("There is no such webhook, or it is not your organisation's.")
    return hook


def delete(actor, hook):
    with database.transaction():
        hook.deleted_at = clock.now()
        hook.save()
        (WebhookDelivery.update(status="failed", finished_at=clock.now())
         .where((WebhookDelivery.webhook == hook.id) & (WebhookDelivery.status == "pending"))
         .execute())
        audit.record("webhook.deleted", actor=actor, org_id=hook.organisation_id,
                     target_type="webhook", target_id=hook.id, detail={"url": hook.url})


def recent_attempts(org, limit=50):
    """The latest attempts at the organisation's deliveries, newest first."""
    return list(WebhookAttempt.select(WebhookAttempt, WebhookDelivery, Webhook)
                .join(WebhookDelivery).join(Webhook)
                .where(Webhook.organisation == org.id)
                .order_by(WebhookAttempt.id.desc()).limit(limit))


def recent_deliveries(org, limit=50):
    return list(WebhookDelivery.select(WebhookDelivery, Webhook).join(Webhook)
                .where(Webhook.organisation == org.id)
                .order_by(WebhookDelivery.id.desc()).limit(limit))


def organisation_of(actor):
    return Organisation.get_by_id(actor.organisation_id)
