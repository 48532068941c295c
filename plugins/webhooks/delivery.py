"""Delivering webhooks: each event on a contact an organisation may see becomes a delivery row
(inside the contact's transaction), sent by a job on the queue, signed, and retried with
exponential backoff until it is accepted (any 2xx) or ``CMS_WEBHOOK_MAX_ATTEMPTS`` is reached.

Signing: the body is JSON; ``X-CMS-Timestamp`` holds the Unix time of the attempt and
``X-CMS-Signature`` is ``sha256=`` + hex HMAC-SHA256, keyed with the webhook's secret, of
``"<timestamp>.<body>"``. A receiver recomputes it and refuses old timestamps (replays).
"""
import datetime
import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from flask import current_app, g
from huey.exceptions import RetryTask

from core import clock
from core import db as database
from core.contacts import cdsp_org, party_rows
from core.jobs import get_queue
from core.models import CDSP_ORG, Organisation
from core.observability import metrics
from core.prepared import Prepared
from plugins.webhooks import guard
from plugins.webhooks.models import (DELIVERED, FAILED, PENDING, Webhook, WebhookAttempt,
                                     WebhookDelivery)

TIMEOUT = 10
LEASE = datetime.timedelta(seconds=60)
EARLY = datetime.timedelta(seconds=2)   # a queued retry may wake a little early
WAIT_FOR_COMMIT_SECONDS = 60
USER_AGENT = "CMS-Webhooks/1"
log = logging.getLogger("cms.webhooks")


def sign(secret, timestamp, body):
    """The signature header's value for ``body`` (bytes) sent at ``timestamp`` (int)."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def _payload(event_name, contact, event=None, message=None):
    body = {
        "event": event_name,
        "at": clock.now().isoformat() + "Z",
        "contact": {
            "reference": contact.reference, "type": contact.contact_type,
            "status": contact.status, "ced": contact.ced,
            "originator": contact.originator_org.code, "holder": contact.holder_org.code,
            "originator_ref": contact.originator_ref, "mprn": contact.mprn,
            "summary": contact.summary, "outside_allowance": bool(contact.outside_allowance),
            "raised_at": contact.raised_at.isoformat() + "Z",
            "due_at": contact.due_at.isoformat() + "Z" if contact.due_at else None,
        },
    }
    if event is not None:
        body["change"] = {"kind": event.kind, "from_status": event.from_status,
                          "to_status": event.to_status}
    if message is not None:
        body["message"] = {"id": message.id, "author_org": message.author_org.code,
                           "body": message.body}
    return body


def _live_hooks(event_name):
    """Live webhooks for an event, read once per request or job (a batch file raising
    thousands of contacts asks once, and not at all per contact when there are none)."""
    cache = g.setdefault("_live_webhooks", {})
    if event_name not in cache:
        query = _LIVE_HOOKS.get(event_name)
        if query is None:   # one per event name: its SQL made once (core.prepared)
            query = _LIVE_HOOKS[event_name] = Prepared(
                lambda: Webhook.select(Webhook, Organisation).join(Organisation)
                .where(Webhook.deleted_at.is_null() & Webhook.events.contains(event_name)))
        cache[event_name] = query()
    return cache[event_name]


_LIVE_HOOKS = {}


def _subscribed_hooks(event_name, contact, tenants):
    """Live webhooks for ``event_name`` of organisations that may see ``contact``, in
    ``tenants`` (those of its parties that have the plugin on)."""
    hooks = _live_hooks(event_name)
    if not hooks:
        return []
    party_orgs = {org_id for org_id, _ in party_rows(contact)}
    cdsp = cdsp_org()
    found = []
    for hook in hooks:
        org = hook.organisation
        if org.code == CDSP_ORG:   # every contact but a sandbox's (core.sandbox)
            sees = cdsp is not None and not contact.sandbox
        else:
            sees = org.id in party_orgs
        if not sees or event_name not in hook.event_names:
            continue
        if org.tenant.code not in tenants:
            continue
        found.append(hook)
    return found


def queue_event(event_name, contact, tenants, event=None, message=None):
    """Make the deliveries of one event (in the caller's transaction) and queue them."""
    hooks = _subscribed_hooks(event_name, contact, tenants)
    if not hooks:
        return []
    body = json.dumps(_payload(event_name, contact, event, message), separators=(",", ":"),
                      default=str)
    now = clock.now()
    ids = [WebhookDelivery.create(webhook=hook.id, event=event_name, reference=contact.reference,
                                  body=body, created_at=now, next_attempt_at=now).id
           for hook in hooks]
    for delivery_id in ids:   # a queue that is down leaves the delivery to the sweep
        get_queue().offer("webhooks.deliver", delivery_id, time.time())
    return ids


def backoff_seconds(attempts):
    """Delay before the next try after ``attempts`` failures: base, 2×base, 4×base, ..."""
    base = int(current_app.config.get("CMS_WEBHOOK_RETRY_SECONDS", 30))
    return base * 2 ** max(attempts - 1, 0)


def _claim(delivery_id, now):
    """The delivery, leased to this worker, if it is pending and due; else None."""
    with database.transaction():
        query = WebhookDelivery.select().where(WebhookDelivery.id == delivery_id)
        if not database.is_sqlite():
            query = query.for_update()
        delivery = query.first()
        if delivery is None:
            return None, False
        if delivery.status != PENDING or (delivery.lease_until and delivery.lease_until > now) \
                or delivery.next_attempt_at > now + EARLY:
            return None, True   # finished, held by another worker, or not due yet
        delivery.lease_until = now + LEASE
        delivery.save()
        return delivery, True


def deliver(delivery_id, queued_at=None):
    """The job: one attempt at a delivery. Answers the HTTP status (None: no answer)."""
    now = clock.now()
    delivery, exists = _claim(delivery_id, now)
    if not exists:
        if queued_at is not None and time.time() - queued_at < WAIT_FOR_COMMIT_SECONDS:
            raise RetryTask("delivery not committed yet", delay=2)
        return None   # its transaction was rolled back: there is nothing to send
    if delivery is None:
        return None   # delivered, given up, or another worker holds it
    hook = Webhook.get_by_id(delivery.webhook_id)
    status, error, started = None, "", time.monotonic()
    body = delivery.body.encode()
    timestamp = int(time.time())
    request = urllib.request.Request(hook.url, data=body, method="POST", headers={
        "Content-Type": "application/json", "User-Agent": USER_AGENT,
        "X-CMS-Event": delivery.event, "X-CMS-Delivery": str(delivery.id),
        "X-CMS-Timestamp": str(timestamp), "X-CMS-Signature": sign(hook.signing_secret(), timestamp, body)})
    parts = urlsplit(hook.url)
    refusal = guard.delivery_refusal(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    try:
        if refusal:
            error = refusal
        else:
            with _OPENER.open(request, timeout=TIMEOUT) as response:
                status = response.status
    except urllib.error.HTTPError as exc:
        status, error = exc.code, f"HTTP {exc.code} {exc.reason}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        error = str(getattr(exc, "reason", exc))
    duration = int((time.monotonic() - started) * 1000)
    return _record(delivery, hook, status, error, duration)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer (3xx, not accepted), never followed: a receiver must not be
    able to send a delivery on to an address the guard would refuse."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirects())


def _record(delivery, hook, status, error, duration):
    now = clock.now()
    ok = status is not None and 200 <= status < 300
    with database.transaction():
        WebhookAttempt.create(delivery=delivery.id, at=now, status_code=status,
                              error=(error or "")[:300], duration_ms=duration)
        delivery.attempts += 1
        delivery.last_status = status
        delivery.lease_until = None
        retry_in = None
        if ok:
            delivery.status, delivery.finished_at = DELIVERED, now
        elif delivery.attempts >= int(current_app.config.get("CMS_WEBHOOK_MAX_ATTEMPTS", 8)):
            delivery.status, delivery.finished_at = FAILED, now
        else:
            retry_in = backoff_seconds(delivery.attempts)
            delivery.next_attempt_at = now + datetime.timedelta(seconds=retry_in)
        delivery.save()
    metrics.webhook_attempt("delivered" if ok else "retry" if retry_in is not None else "failed")
    if retry_in is not None:
        log.info("webhook delivery %s got %s; next try in %ss", delivery.id, status or error,
                 retry_in)
        get_queue().schedule("webhooks.deliver", delivery.id, delay=retry_in)
    return status


def sweep(now=None):
    """Periodic: queue pending deliveries that are due and held by no worker (a lost job,
    a killed worker). Answers how many were queued."""
    now = now or clock.now()
    due = [d.id for d in WebhookDelivery.select(WebhookDelivery.id).where(
        (WebhookDelivery.status == PENDING) & (WebhookDelivery.next_attempt_at <= now) &
        (WebhookDelivery.lease_until.is_null() | (WebhookDelivery.lease_until < now)))
        .order_by(WebhookDelivery.id).limit(1000)]
    for delivery_id in due:
        get_queue().enqueue("webhooks.deliver", delivery_id)
    return len(due)
