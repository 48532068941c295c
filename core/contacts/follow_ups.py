"""What a change after raising needs of the raising rules: the follow-up contact a
challenge opens (written by the one write path, :func:`core.contacts.bulk.insert`) and the
re-check of an amendment's fields against the type's schema."""
from core import clock
from core.contacts import bulk, events
from core.contacts.fields import RaiseContext, jsonable
from core.contacts.registry import contact_types
from core.contacts.validation import BAD_VALUE, CheckedRecord, invalid, load


def create_follow_up(actor, original, text, channel, now):
    """The linked contact a challenge opens: same type, fields and parties' roles."""
    ctype = contact_types()[original.contact_type]
    values = dict(original.fields or {}, mprn=original.mprn,
                  originator_ref=original.originator_ref,
                  summary=f"Challenge of {original.reference}: {text}"[:500])
    prepared = CheckedRecord(
        ctype=ctype, values=values, recipient=original.recipient_org or original.holder_org,
        sla_days=original.sla_days,
        context=RaiseContext(actor=actor, organisation=original.originator_org,
                             participant_type=original.originator_org.tenant.code,
                             today=clock.local_today(now)))
    [(contact, event)] = bulk.insert(actor, [(0, prepared)], channel, now, parent=original)
    events.created(contact, event)
    return contact


def revalidate(actor, contact, changes):
    """Check an amendment of ``contact``'s fields; return {field: new JSON-safe value}."""
    if not isinstance(changes, dict) or not changes:
        raise invalid("Nothing to amend.", {"fields": "Give the fields to change."}, BAD_VALUE)
    if {"summary", "originator_ref"} & set(changes):
        raise invalid("That cannot be amended.",
                      {"fields": "The summary and your reference stay as raised."}, BAD_VALUE)
    ctype = contact_types()[contact.contact_type]
    merged = {**(contact.fields or {}), "mprn": contact.mprn, "summary": contact.summary,
              **changes}
    context = RaiseContext(actor=actor, organisation=contact.originator_org,
                           participant_type=contact.originator_org.tenant.code,
                           today=clock.local_today())
    loaded = jsonable(load(ctype, merged, context))
    current = {**(contact.fields or {}), "mprn": contact.mprn}
    return {k: loaded.get(k) for k in changes if loaded.get(k) != current.get(k)}
