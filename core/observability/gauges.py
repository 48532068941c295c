"""Gauges read from the database and the queue when ``/metrics`` is scraped, never kept up
by the code that writes: contacts by status, open contacts at risk and breached by type,
correspondence about to be auto-closed, the job queue's depth, and what plugins add with
the ``collect_gauges`` hook (the batch channel: files by status, files past their lease).

Each part is read on its own: a part that fails (the database or Redis down) is left out
and ``cms_gauges_up{part=...}`` says 0, so the counters of every process are still served.
"""
import datetime
import logging

from core import clock
from core import db as database

log = logging.getLogger("cms.metrics")
DUE_SOON = datetime.timedelta(hours=24)   # "about to auto-close": due within this long


class Gauges:
    """What a ``collect_gauges`` implementation fills: ``add(name, help, value, **labels)``;
    every sample of one name must carry the same label names."""

    def __init__(self):
        self.families = {}     # name -> (help, label names, [(label values, value)])

    def add(self, name, help, value, **labels):
        family = self.families.setdefault(name, (help, tuple(sorted(labels)), []))
        if tuple(sorted(labels)) != family[1]:
            raise ValueError(f"gauge {name} takes the labels {family[1]}, got {tuple(sorted(labels))}")
        family[2].append((tuple(str(labels[k]) for k in family[1]), float(value)))

    def metric_families(self):
        from prometheus_client.core import GaugeMetricFamily
        for name, (help, labelnames, samples) in self.families.items():
            family = GaugeMetricFamily(name, help, labels=labelnames)
            for labelvalues, value in samples:
                family.add_metric(labelvalues, value)
            yield family


def contacts(gauges, now):
    from peewee import fn

    from core.contacts import lifecycle
    from core.contacts.listing import RUNNING, at_risk_condition, breached_condition
    from core.models import Contact, Correspondence
    live = ~Contact.sandbox    # a sandbox's contacts are no part of the service (core.sandbox)
    by_status = dict(Contact.select(Contact.status, fn.COUNT(Contact.id))
                     .where(live).group_by(Contact.status).tuples())
    for status in lifecycle.STATUSES:
        gauges.add("cms_contacts", "Contacts by status", by_status.get(status, 0), status=status)
    for name, condition, help in (
            ("cms_contacts_breached", breached_condition(now, statuses=RUNNING),
             "Open contacts past their service level, by type"),
            ("cms_contacts_at_risk", at_risk_condition(now),
             "Open contacts due within CMS_SLA_AT_RISK_DAYS business days, by type")):
        counted = dict(Contact.select(Contact.contact_type, fn.COUNT(Contact.id))
                       .where(condition & live).group_by(Contact.contact_type).tuples())
        for ctype in _type_codes():
            gauges.add(name, help, counted.get(ctype, 0), contact_type=ctype)
    soon = dict(Correspondence.select(Correspondence.kind, fn.COUNT(Correspondence.id))
                .join(Contact).where(live & (Correspondence.status == "open") &
                                     (Correspondence.due_at > now) &
                                     (Correspondence.due_at <= now + DUE_SOON))
                .group_by(Correspondence.kind).tuples())
    overdue = dict(Correspondence.select(Correspondence.kind, fn.COUNT(Correspondence.id))
                   .join(Contact).where(live & (Correspondence.status == "open") &
                                        (Correspondence.due_at <= now))
                   .group_by(Correspondence.kind).tuples())
    from core.contacts.correspondence import KINDS
    for kind in KINDS:
        gauges.add("cms_correspondence_closing_soon", "Open correspondence (DCR, CCR, RFI) "
                   "the scheduled work will auto-close within 24 hours, by kind",
                   soon.get(kind, 0), kind=kind)
        gauges.add("cms_correspondence_overdue", "Open correspondence past its due date, "
                   "waiting for the scheduled work to auto-close it (should be 0)",
                   overdue.get(kind, 0), kind=kind)


def _type_codes():
    from flask import current_app
    return sorted(t.code for t in current_app.extensions["cms"].contact_types)


def queue(gauges, now):
    from core.jobs import get_queue
    huey = get_queue().huey
    gauges.add("cms_queue_pending_jobs", "Jobs waiting in the queue", huey.pending_count())
    gauges.add("cms_queue_scheduled_jobs", "Jobs scheduled for later (retries, delays)",
               huey.scheduled_count())


class DatabaseGauges:
    """A prometheus-client collector reading the parts above (and the plugins') now."""

    def __init__(self, app):
        self.app = app

    def collect(self):
        gauges, up = Gauges(), {}
        now = clock.now()
        parts = {"contacts": contacts, "queue": queue, "plugins": self._plugins}
        for part, read in parts.items():     # in the scrape's own request or app context
            up[part] = self._read(part, read, gauges, now)
        for part, ok in up.items():
            gauges.add("cms_gauges_up", "1 when the part of the gauges read at scrape time "
                       "could be read, 0 when it failed (see the log)", 1 if ok else 0, part=part)
        yield from gauges.metric_families()

    def _plugins(self, gauges, now):
        self.app.extensions["cms"].pm.hook.collect_gauges(gauges=gauges, now=now)

    def _read(self, part, read, gauges, now):
        kept = {name: (h, labels, list(samples)) for name, (h, labels, samples)
                in gauges.families.items()}
        try:
            database.db.connect(reuse_if_open=True)
            read(gauges, now)
            return True
        except Exception as exc:  # noqa: BLE001  (a gauge that cannot be read is left out)
            gauges.families = kept    # nothing half-read
            if database.unavailable(exc) == database.DOWN:
                database.discard()
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            log.warning("metrics: the %s gauges could not be read (%s)", part, first_line)
            return False
