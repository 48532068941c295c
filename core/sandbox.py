"""Sandboxes: an organisation's twin where its integrators try the service out.

A CDSP admin switches an organisation's sandbox on (its page in the admin area; audited).
The sandbox is a second :class:`Organisation` row, ``sandbox`` set and ``live_twin`` naming
the real one, in the same tenant, coded ``<CODE>-SBX`` (a hyphen no real code has). Its
LSO makes sandbox API keys (``cms_sbx_…``, :mod:`core.apikeys`); a request with one acts as
the key's user *in the twin*, so everything it raises, reads and sends belongs to the twin,
seen by it alone: not by the live organisation, not by CDSP staff (their lists, queues and
reports, :mod:`core.contacts.visibility`), never counted in the query allowance, reports,
KPIs or metrics. Each contact keeps its originator's flag (``Contact.sandbox``).

The CDSP's side is scripted (:mod:`core.sandbox_script`) and sandbox contacts are purged
``CMS_SANDBOX_PURGE_DAYS`` after they were raised (:func:`core.sandbox_script.purge`).
"""
from core import audit
from core.db import transaction
from core.errors import Invalid
from core.models import Organisation
from core.permissions import require

SUFFIX = "-SBX"
KEY_MARK = "sbx_"       # an API key's prefix starts so: the key acts in the sandbox


def twin_code(org):
    return f"{org.code}{SUFFIX}"


def twin_of(org, active_only=True):
    """``org``'s sandbox twin, or None (none made, or switched off when ``active_only``)."""
    if org is None or getattr(org, "sandbox", False):
        return None
    query = Organisation.select().where(Organisation.live_twin == org.id, Organisation.sandbox)
    if active_only:
        query = query.where(Organisation.is_active)
    return query.first()


def switch(actor, org, on):
    """Switch ``org``'s sandbox on (made the first time) or off (its keys are refused from
    the next request; its contacts wait for the purge). CDSP admins only; audited."""
    require(actor, "cdsp.admin", None, "Only CDSP admins switch sandboxes on or off.")
    if org.sandbox or org.is_cdsp:
        raise Invalid("That organisation cannot have a sandbox.",
                      {"sandbox": "Choose a participant organisation: not the CDSP, not a "
                                  "sandbox."})
    with transaction():
        twin = twin_of(org, active_only=False)
        if twin is None and on:
            twin = Organisation.create(code=twin_code(org), name=f"{org.name} (sandbox)",
                                       tenant=org.tenant_id, sandbox=True, live_twin=org.id)
        elif twin is not None and twin.is_active != on:
            twin.is_active = on
            twin.save()
        else:
            return twin
        audit.record("sandbox.switched_on" if on else "sandbox.switched_off", actor=actor,
                     target_type="organisation", target_id=org.code, org_id=org.id,
                     detail={"sandbox": twin.code})
    return twin


def acting_in(user, twin):
    """``user`` (a User just read for an API key) made to act in ``twin``: the same person
    and role, in the sandbox organisation. Never saved: the row stays the live one's."""
    user.organisation_id = twin.id
    user.__rel__["organisation"] = twin
    user.in_sandbox = True
    return user


def is_sandbox_key(key):
    return (key.prefix or "").startswith(KEY_MARK)
