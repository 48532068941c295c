"""The append-only history of a contact, and the hooks fired when it changes."""
from core.contacts.along import forget_history
from core.contacts.reading import party_rows
from core.models import CDSP_TENANT, ContactEvent, Organisation, Tenant, User
from core.prepared import Prepared, slot
from core.tenancy import call_for_tenants, callers_for_tenants

# Event kinds that change where a contact is: status, holder or CED.
TRANSITION_KINDS = {"status", "holder", "ced", "allocated", "transferred"}


def _actor_columns(actor):
    user = actor if isinstance(actor, User) else None
    return user, getattr(actor, "organisation_id", None)


def record(contact, kind, actor, channel, now, before=None, after=None, bump=True, **extra):
    """Append one event. ``before``/``after`` hold the values that changed; ``extra`` adds
    anything else worth keeping (texts, references, codes). With ``bump`` (the default) it also
    saves the contact with its version bumped and ``updated_at`` set to ``now``."""
    user, org_id = _actor_columns(actor)
    data = {k: v for k, v in extra.items() if v is not None}
    if before is not None:
        data["before"] = before
    if after is not None:
        data["after"] = after
    event = ContactEvent.create(
        contact=contact, at=now, actor_user=user, actor_org=org_id, channel=channel, kind=kind,
        from_status=(before or {}).get("status"), to_status=(after or {}).get("status"),
        data=data)
    forget_history(contact)
    if bump:
        contact.updated_at = now
        contact.version = (contact.version or 0) + 1
        contact.save()
    return event


def party_tenants(contact):
    """The tenants concerned by ``contact``: its parties' and the CDSP's, whose staff see
    every contact (one query; see core.tenancy.call_for_tenants)."""
    org_ids = {org_id for org_id, _ in party_rows(contact)}
    found = set(Organisation.select(Tenant.code).join(Tenant)
                .where(Organisation.id.in_(org_ids)).scalars()) if org_ids else set()
    return found | {CDSP_TENANT}


def _created_tenants(contact):
    """A new contact's parties are its originator and holder; the CDSP sees every contact."""
    return _tenants_between(contact.originator_org, contact.holder_org)


def _tenants_between(originator_org, holder_org):
    return {originator_org.tenant.code, holder_org.tenant.code, CDSP_TENANT}


def plan_created(originator_org, holder_org):
    """Work out, before the contact is written, whom :func:`created` will call for a contact
    between these organisations (kept for the request): raising asks before it takes its
    reference, whose counter stays locked until the commit on PostgreSQL."""
    callers_for_tenants("contact_created", _tenants_between(originator_org, holder_org))


def created(contact, event):
    """The ``contact_created`` hook."""
    call_for_tenants("contact_created", _created_tenants(contact), contact=contact, event=event)


def created_many(made):
    """The ``contact_created`` hook for each ``(contact, event)`` of a bulk raise, in order;
    whom to call is worked out once per pair of originator and holder."""
    plans = {}
    for contact, event in made:
        key = (contact.originator_org_id, contact.holder_org_id)
        plan = plans.get(key)
        if plan is None:
            plan = plans[key] = callers_for_tenants("contact_created", _created_tenants(contact))
        for caller, tenants in plan:
            caller(tenants=tenants, contact=contact, event=event)


def transitioned(contact, event):
    call_for_tenants("contact_transitioned", party_tenants(contact), contact=contact, event=event)


def message_added(contact, message):
    call_for_tenants("message_added", party_tenants(contact), contact=contact, message=message)


HISTORY = Prepared(lambda: ContactEvent.select().where(ContactEvent.contact == slot(0))
                   .order_by(ContactEvent.at, ContactEvent.id))


def history(contact):
    """Every event of ``contact``, oldest first."""
    return HISTORY(contact.id)
