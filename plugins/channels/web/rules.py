"""The web channel's own permission: who may manage an organisation's queue (assign and
transfer contacts from the queue page; a parent's supervisors, its children's queues when it
has the group view). Each contact is then checked again by the
contacts engine (``contact.assign`` / ``contact.transfer``)."""
from core.contacts import group_ids, is_cdsp_staff
from core.permissions import SUPERVISOR_RANK
from core.models import Organisation

QUEUE_MANAGE = "queue.manage"


def permission_allowed(actor, action, obj):
    if action != QUEUE_MANAGE:
        return None
    if actor is None or getattr(actor, "organisation_id", None) is None:
        return False
    if is_cdsp_staff(actor):   # the CDSP's own queue (the page's default)
        return not isinstance(obj, Organisation) or obj.is_cdsp
    if isinstance(obj, Organisation) and obj.id != actor.organisation_id:
        # another organisation's queue: the CDSP's staff, or a group view's supervisors
        return True if obj.id in (group_ids(actor) or ()) else None
    role = getattr(actor, "role", None)
    return getattr(role, "rank", 0) >= SUPERVISOR_RANK or None
