"""Default ``permission_allowed`` for contacts: who may raise, read and act on them.

Actions are ``contact.<action>`` with the contact as ``obj`` (for ``contact.raise`` the
:class:`core.registry.ContactType`). The service checks the status separately
(:mod:`core.contacts.lifecycle`); these rules say only *who*:

* read: the contact's parties and the CDSP's staff;
* raise: a participant (not read-only) whose participant type the type lists in
  ``raised_by``; CDSP staff when the type has ``cdsp_may_raise``;
* the holder's side (accept, reject, start, request_info, allocate, resolve, set_ced, and
  chase or extend the correspondence it sent):
  users of the holding organisation; CDSP staff too while the CDSP holds the contact or
  has allocated it to a party;
* the originator's side (cancel, challenge, close, amend): users of the originating
  organisation; ``respond`` is the originator's when it awaits the originator and the
  allocated party's when it awaits a party;
* queue work (assign, transfer): supervisors and LSOs of the holding organisation, and
  CDSP staff for contacts the CDSP holds;
* message, attach, note (an internal note, seen only by the writer's own side), link
  (relate it to another contact the user sees): any party's users;
* mark_duplicate (close it as a duplicate of another): the holder's side or the originator's.

Read-only users may read and nothing else. A parent's supervisor who sees a child's contact
through the group view (:mod:`core.contacts.group_view`) may do what the child's supervisors
may.
"""
from core.contacts import group_view, visibility
from core.hookspecs import hookimpl
from core.models import Contact
from core.permissions import READ_ONLY, SUPERVISOR_RANK
from core.registry import ContactType

HOLDER = {"accept", "reject", "start", "request_info", "allocate", "resolve", "set_ced",
          "chase", "extend"}
ORIGINATOR = {"cancel", "challenge", "close", "amend"}
QUEUE = {"assign", "transfer"}
PARTY = {"message", "attach", "note", "link"}


def _rank(actor):
    role = getattr(actor, "role", None)
    return getattr(role, "rank", 0)


def acts_for_holder(actor, contact):
    if actor.organisation_id == contact.holder_org_id:
        return True
    if visibility.is_cdsp_staff(actor):
        cdsp = visibility.cdsp_org()
        return cdsp is not None and cdsp.id in (contact.holder_org_id, contact.allocated_from_org_id)
    return False


def _may_raise(actor, ctype):
    if visibility.is_cdsp_staff(actor):
        return bool(ctype.cdsp_may_raise)
    if getattr(actor, "role_id", None) == READ_ONLY:
        return False
    return actor.organisation.tenant.code in ctype.raised_by


@hookimpl(trylast=True)
def permission_allowed(actor, action, obj):
    if not action.startswith("contact."):
        return None
    if actor is None or getattr(actor, "organisation_id", None) is None:
        return False
    verb = action.split(".", 1)[1]
    if verb == "raise":
        return isinstance(obj, ContactType) and _may_raise(actor, obj)
    if not isinstance(obj, Contact) or not visibility.can_see(actor, obj):
        return False
    if verb == "read":
        return True
    actor = group_view.acting_as(actor, obj)   # a group view's supervisor: as the child's
    if getattr(actor, "role_id", None) == READ_ONLY:
        return False
    if verb in HOLDER:
        return acts_for_holder(actor, obj)
    if verb in ORIGINATOR:
        return actor.organisation_id == obj.originator_org_id
    if verb == "respond":
        if obj.status == "awaiting_party":
            return actor.organisation_id == obj.holder_org_id
        return actor.organisation_id == obj.originator_org_id
    if verb in QUEUE:
        if visibility.is_cdsp_staff(actor):
            return acts_for_holder(actor, obj)
        return actor.organisation_id == obj.holder_org_id and _rank(actor) >= SUPERVISOR_RANK
    if verb in PARTY:
        return True
    if verb == "mark_duplicate":
        return acts_for_holder(actor, obj) or actor.organisation_id == obj.originator_org_id
    return None
