"""Group view: a parent organisation's supervisors see and work its children's contacts.

A CDSP admin turns it on per parent (``Organisation.group_view``, :func:`core.orgs.set_group_view`).
Then a *supervisor* of that organisation sees, besides its own, the contacts of every
organisation below it (children, grandchildren...), each marked with the organisation of the
group it belongs to (:func:`marks`). Nobody else gains anything: the parent's other roles,
the children (of their parent or siblings), a parent without the setting, other tenants.

What such a supervisor does to a child's contact counts as the child's: the engine acts as
:func:`acting_as` gives, the person with the child as their organisation (so the contact's
events, messages and files name the child, and the rules of the child's side apply), and
the audit log says who acted, from which organisation, for which (``contact.group_action``).
"""
import copy

from core import audit as audit_log
from core.models import ContactParty, Organisation

GROUP_ROLES = ("supervisor",)
KEPT = "_group_view_ids"   # the attribute group_ids keeps its answer in


def group_ids(actor):
    """The ids of the organisations whose contacts ``actor`` sees through a group view (their
    own and every one below it), or None when they have none. Kept on the actor (a request's
    user) once worked out: a page asks for each permission it shows."""
    if getattr(actor, "role_id", None) not in GROUP_ROLES:
        return None
    kept = getattr(actor, KEPT, False)
    if kept is not False:
        return kept
    org = getattr(actor, "organisation", None)
    ids = org.descendant_ids() if org is not None and org.group_view and org.is_active else ()
    ids = ids if len(ids) > 1 else None
    setattr(actor, KEPT, ids)
    return ids


def party_in_group(actor, contact, ids=None):
    """The id of the organisation of ``actor``'s group view ``contact`` belongs to (its holder,
    else its originator, else the first of the group to become a party), or None."""
    ids = group_ids(actor) if ids is None else ids
    if not ids:
        return None
    for org_id in (contact.holder_org_id, contact.originator_org_id):
        if org_id in ids:
            return org_id
    return (ContactParty.select(ContactParty.organisation)
            .where((ContactParty.contact == contact.id) & ContactParty.organisation.in_(list(ids)))
            .order_by(ContactParty.id).limit(1).scalar())


def acting_as(actor, contact):
    """Who ``actor`` is on ``contact``: themself, unless they see it only through their group
    view; then themself as one of the child's people (:func:`acting_for`). The caller has
    checked that ``actor`` may see the contact."""
    ids = group_ids(actor)
    if not ids or is_acting(actor):
        return actor
    if actor.organisation_id in (contact.holder_org_id, contact.originator_org_id):
        return actor
    own = (ContactParty.select(ContactParty.id)
           .where((ContactParty.contact == contact.id) &
                  (ContactParty.organisation == actor.organisation_id)).exists())
    if own:
        return actor
    org_id = party_in_group(actor, contact, ids)
    return acting_for(actor, Organisation.get_by_id(org_id)) if org_id else actor


def acting_for(user, organisation):
    """A copy of ``user`` whose organisation is ``organisation`` (the person stays the same:
    ``group_user``), which may not be saved."""
    proxy = copy.copy(user)
    proxy.__dict__.pop(KEPT, None)          # its own organisation's group, not the person's
    proxy.__data__ = dict(user.__data__)
    proxy.__rel__ = dict(user.__rel__)
    proxy._dirty = set()
    proxy.organisation = organisation
    proxy.group_user = user
    proxy.save = _refuse
    return proxy


def _refuse(*args, **kwargs):
    raise RuntimeError("a user acting for a group's organisation is not saved")


def is_acting(actor):
    return getattr(actor, "group_user", None) is not None


def marks(actor, contacts):
    """{contact id: Organisation} of the group for each of ``contacts`` (an empty dict when
    ``actor`` has no group view): what a list shows in its Organisation column."""
    ids = group_ids(actor)
    if not ids:
        return {}
    found = {}
    for contact in contacts:
        org_id = party_in_group(actor, contact, ids)
        if org_id is not None:
            found[contact.id] = org_id
    names = {o.id: o for o in Organisation.select().where(Organisation.id.in_(set(found.values())))}
    return {cid: names[oid] for cid, oid in found.items()}


def audit(actor, contact, action, channel):
    """Record that ``actor`` (:func:`acting_for`) took ``action`` on ``contact`` for the group's
    organisation: the person and their own organisation as the actor, the child as the
    organisation concerned."""
    org = actor.organisation
    audit_log.record("contact.group_action", actor=actor.group_user, target_type="contact",
                     target_id=contact.reference, org_id=org.id,
                     detail={"action": action, "for": org.code, "channel": channel})


def organisations(actor):
    """The organisations of ``actor``'s group view, their own first, then by code (none
    without one)."""
    ids = group_ids(actor)
    if not ids:
        return []
    found = Organisation.select().where(Organisation.id.in_(sorted(ids))).order_by(Organisation.code)
    return sorted(found, key=lambda org: org.id != actor.organisation_id)
