"""Retention: what is kept past its period is purged, and each purge is recorded in the audit.

Each tenant's file may set its periods (defaults below)::

    [retention]
    closed_contacts = "7 years"   # a closed contact, with its history, messages and files
    attachments = "2 years"       # a closed contact's attached files (the contact stays)
    batch_files = "1 year"        # a processed batch file's content and its response

A period is ``"N days"`` or ``"N years"`` (or a whole number of days), counted from when the
contact closed or the file was received. A contact concerns every tenant of its parties, so
it is kept for the longest period among them. An open contact is never purged, nor a contact
whose follow-up (a challenge's) is still kept. What plugins keep (batch files) is purged by
them, through the ``retention_purge`` hook, for the tenants that enable them.
"""
import datetime
import re
from dataclasses import dataclass

from core import audit, clock
from core import db as database
from core.config import ConfigError
from core.models import Attachment, Contact, ContactParty, Organisation, Tenant

KINDS = ("closed_contacts", "attachments", "batch_files")
DEFAULTS = {"closed_contacts": "7 years", "attachments": "2 years", "batch_files": "1 year"}
BATCH = 200
_PERIOD = re.compile(r"\s*(\d{1,5})\s*(day|days|year|years)\s*")


@dataclass(frozen=True)
class Period:
    count: int
    unit: str        # "days" or "years"

    def cutoff(self, now):
        """The moment before which something is past this period."""
        if self.unit == "days":
            return now - datetime.timedelta(days=self.count)
        try:
            return now.replace(year=now.year - self.count)
        except ValueError:   # 29 February in a year that has none
            return now.replace(year=now.year - self.count, day=28)

    def __str__(self):
        unit = self.unit[:-1] if self.count == 1 else self.unit
        return f"{self.count} {unit}"


def parse_period(value, where):
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return Period(value, "days")
    found = _PERIOD.fullmatch(value) if isinstance(value, str) else None
    if not found or int(found.group(1)) == 0:
        raise ConfigError(f"{where} must be a period like \"90 days\" or \"7 years\", "
                          f"not {value!r}")
    unit = found.group(2) if found.group(2).endswith("s") else found.group(2) + "s"
    return Period(int(found.group(1)), unit)


def parse_retention(table, filename):
    """A tenant file's ``[retention]`` table as {kind: Period}, the defaults filled in;
    ConfigError naming the file and key for anything else."""
    if not isinstance(table, dict):
        raise ConfigError(f"tenant file {filename}: retention must be a table ([retention])")
    unknown = sorted(set(table) - set(KINDS))
    if unknown:
        raise ConfigError(f"tenant file {filename}: retention has no {', '.join(unknown)} "
                          f"(it sets {', '.join(KINDS)})")
    return {kind: parse_period(table.get(kind, DEFAULTS[kind]),
                               f"tenant file {filename}: retention.{kind}") for kind in KINDS}


def periods_for(tenant_code):
    """{kind: Period} of a tenant (the defaults for one with no file)."""
    from core.tenancy import get_tenant
    spec = get_tenant(tenant_code)
    return getattr(spec, "retention", None) or parse_retention({}, "(defaults)")


# ------------------------------------------------------------------ purging

def _tenants_of(contact_ids):
    """{contact id: {tenant codes of its parties}}."""
    found = {}
    rows = (ContactParty.select(ContactParty.contact, Tenant.code)
            .join(Organisation, on=(ContactParty.organisation == Organisation.id))
            .join(Tenant, on=(Organisation.tenant == Tenant.id))
            .where(ContactParty.contact.in_(contact_ids)).tuples())
    for contact_id, code in rows:
        found.setdefault(contact_id, set()).add(code)
    return found


def _candidates(kind, cutoffs, extra, after):
    """Closed contacts past the shortest period of ``kind`` (oldest ids first), each with the
    earliest cutoff among its tenants': [(contact, cutoff)] past that cutoff."""
    latest = max(cutoffs.values())
    rows = list(Contact.select(Contact.id, Contact.reference, Contact.closed_at)
                .where(Contact.closed_at.is_null(False) & (Contact.closed_at < latest) &
                       (Contact.id > after) & extra)
                .order_by(Contact.id).limit(BATCH))
    tenants = _tenants_of([c.id for c in rows]) if rows else {}
    due = []
    for contact in rows:
        codes = tenants.get(contact.id) or set(cutoffs)
        cutoff = min(cutoffs.get(code, latest) for code in codes)
        if contact.closed_at < cutoff:
            due.append(contact)
    return rows, due


def remove_unused_files(keys):
    """Remove attachment files no row names any more (content is shared by digest)."""
    from core.contacts.attachments import path_for
    for key in keys:
        if not Attachment.select().where(Attachment.storage_key == key).exists():
            path_for(key).unlink(missing_ok=True)


def purge_attachments(cutoffs, now):
    """The attachments of contacts closed before their attachments' period: rows and files."""
    has_files = Contact.id.in_(Attachment.select(Attachment.contact))
    removed, after = [], 0
    while True:
        rows, due = _candidates("attachments", cutoffs, has_files, after)
        if not rows:
            break
        after = rows[-1].id
        for contact in due:
            with database.transaction():
                items = list(Attachment.select().where(Attachment.contact == contact.id))
                Attachment.delete().where(Attachment.contact == contact.id).execute()
                audit.record("retention.attachments_purged", target_type="contact",
                             target_id=contact.reference,
                             detail={"files": [i.filename for i in items], "count": len(items),
                                     "closed_at": contact.closed_at.isoformat()})
            remove_unused_files({i.storage_key for i in items})
            removed.append(contact.reference)
    return removed


def purge_contacts(cutoffs, now):
    """Closed contacts past their period, with everything that hangs off them. A contact with a
    follow-up still kept waits for it."""
    kept_follow_ups = ~Contact.id.in_(Contact.select(Contact.parent)
                                      .where(Contact.parent.is_null(False)))
    removed, after = [], 0
    while True:
        rows, due = _candidates("closed_contacts", cutoffs, kept_follow_ups, after)
        if not rows:
            break
        after = rows[-1].id
        for start in range(0, len(due), 50):
            chunk = due[start:start + 50]
            ids = [c.id for c in chunk]
            with database.transaction():
                keys = {k for (k,) in Attachment.select(Attachment.storage_key)
                        .where(Attachment.contact.in_(ids)).tuples()}
                Attachment.delete().where(Attachment.contact.in_(ids)).execute()
                # re-checked in the transaction: still closed (a contact is never reopened,
                # but nothing open is ever purged whatever happens elsewhere)
                gone = (Contact.delete().where(Contact.id.in_(ids) &
                                               Contact.closed_at.is_null(False)).execute())
                audit.record("retention.contacts_purged", target_type="contacts",
                             target_id=f"{len(chunk)} contacts",
                             detail={"references": [c.reference for c in chunk], "count": gone})
            remove_unused_files(keys)
            removed += [c.reference for c in chunk]
    return removed


def run(now=None):
    """Purge everything past its period, for every tenant; answer {kind: count}."""
    from flask import current_app
    from core.tenancy import hook_for_tenant
    now = now or clock.now()
    tenants = current_app.extensions["cms"].tenants
    periods = {code: periods_for(code) for code in tenants}
    cutoff = {kind: {code: periods[code][kind].cutoff(now) for code in tenants} for kind in KINDS}
    done = {"attachments": len(purge_attachments(cutoff["attachments"], now)),
            "closed_contacts": len(purge_contacts(cutoff["closed_contacts"], now))}
    for code in sorted(tenants):
        results = hook_for_tenant("retention_purge", code)(
            tenant=code, cutoffs={kind: cutoff[kind][code] for kind in KINDS}, now=now)
        for result in results:
            for kind, count in (result or {}).items():
                done[kind] = done.get(kind, 0) + count
    return done


def scheduled():
    """The periodic job: ``cms retention run`` every night."""
    import logging
    done = run()
    if any(done.values()):
        logging.getLogger("cms.retention").info("retention purged %s", done)
