"""The sandboxes' scripted CDSP side and their purge: two scheduled jobs (core.defaults.jobs).

:func:`run`, every five minutes, moves each sandbox contact one step, as the CDSP would:

    submitted   -> accepted
    accepted    -> awaiting the originator, with a DCR due in one business day
                   (the integrator answers it with ``respond``; unanswered, the ordinary
                   scheduled work resumes it at its due date)
    in progress -> resolved (RES001)
    resolved    -> closed, once a day has passed (time to try a challenge)

so every hook fires (webhooks, the batch channel's QEX and QCL) as on a live contact.
:func:`purge`, nightly, removes the sandboxes' contacts raised more than
``CMS_SANDBOX_PURGE_DAYS`` ago, and asks the plugins (``sandbox_purge``) to remove their
files of the same age; each purge is audited.
"""
import datetime

from flask import current_app

from core import audit, clock
from core import db as database
from core.actors import SystemActor
from core.contacts import lifecycle
from core.contacts.actions import HANDLERS
from core.contacts.visibility import cdsp_org
from core.models import Attachment, Contact, Organisation
from core.retention import remove_unused_files

CHANNEL = "system"
DCR_TEXT = ("Sandbox: a Data Clarification Request from the scripted CDSP. Answer it with the "
            "respond action (or leave it: it closes unanswered at its due date).")
RESOLUTION = "Sandbox: resolved by the scripted CDSP."
CLOSE_AFTER = datetime.timedelta(days=1)
BATCH = 200


class ScriptedCdsp(SystemActor):
    """The CDSP side of a sandbox: events show the CDSP as their organisation."""

    def __init__(self):
        super().__init__("sandbox")
        cdsp = cdsp_org()
        self.organisation_id = cdsp.id if cdsp is not None else None


STEPS = {   # status -> (action, its parameters)
    lifecycle.SUBMITTED: ("accept", {}),
    lifecycle.ACCEPTED: ("request_info", {"kind": "DCR", "text": DCR_TEXT, "due_days": 1}),
    lifecycle.IN_PROGRESS: ("resolve", {"code": "RES001", "text": RESOLUTION}),
    lifecycle.RESOLVED: ("close", {}),
}


def sandbox_ids():
    return list(Organisation.select(Organisation.id).where(Organisation.sandbox).scalars())


def run(now=None):
    """Move each sandbox contact one step (see the module); answer {action: count}."""
    now = now or clock.now()
    twins = sandbox_ids()
    if not twins:
        return {}
    actor, done = ScriptedCdsp(), {}
    rows = list(Contact.select(Contact.id, Contact.status, Contact.resolved_at)
                .where(Contact.originator_org.in_(twins) & Contact.sandbox &
                       Contact.status.in_(sorted(STEPS)))
                .order_by(Contact.id).tuples())
    for contact_id, status, resolved_at in rows:
        if status == lifecycle.RESOLVED and now - resolved_at < CLOSE_AFTER:
            continue
        action, params = STEPS[status]
        with database.transaction():
            contact = Contact.locked(contact_id)
            if contact.status != status:
                continue   # moved on since it was read
            HANDLERS[action](actor, contact, CHANNEL, now, **params)
        done[action] = done.get(action, 0) + 1
    return done


def purge(now=None):
    """Remove the sandboxes' contacts (and, through the plugins, files) older than
    ``CMS_SANDBOX_PURGE_DAYS``; answer {kind: count}."""
    now = now or clock.now()
    days = current_app.config["CMS_SANDBOX_PURGE_DAYS"]
    cutoff = now - datetime.timedelta(days=days)
    twins = sandbox_ids()
    if not twins:
        return {}
    removed = 0
    while True:
        rows = list(Contact.select(Contact.id, Contact.reference)
                    .where(Contact.originator_org.in_(twins) & Contact.sandbox &
                           (Contact.raised_at < cutoff))
                    .order_by(Contact.id).limit(BATCH).tuples())
        if not rows:
            break
        ids = [contact_id for contact_id, _ in rows]
        with database.transaction():
            Contact.update(parent=None).where(Contact.parent.in_(ids)).execute()
            keys = set(Attachment.select(Attachment.storage_key)
                       .where(Attachment.contact.in_(ids)).scalars())
            Attachment.delete().where(Attachment.contact.in_(ids)).execute()
            gone = Contact.delete().where(Contact.id.in_(ids) & Contact.sandbox).execute()
            audit.record("sandbox.contacts_purged", target_type="contacts",
                         target_id=f"{len(ids)} contacts",
                         detail={"references": [ref for _, ref in rows], "count": gone,
                                 "raised_before": cutoff.isoformat(), "days": days})
        remove_unused_files(keys)
        removed += len(ids)
    done = {"contacts": removed}
    for result in current_app.extensions["cms"].pm.hook.sandbox_purge(
            organisation_ids=twins, cutoff=cutoff, now=now):
        for kind, count in (result or {}).items():
            done[kind] = done.get(kind, 0) + count
    return done
