"""Default ``permission_allowed``: the role rules of the service, in one place.

Participant roles rank read_only < user < supervisor < lso; CDSP roles agent < admin.
An LSO administers the users of their organisation and its descendants and never
grants a role above their own; a CDSP admin administers everyone.
"""
from core import access_requests, lso, services
from core.hookspecs import hookimpl
from core.models import AccessRequest, ApiKey, Organisation, Role, User

SELF_FORBIDDEN = {"user.disable", "user.delete", "user.set_role"}
USER_ACTIONS = {"user.view", "user.edit", "user.enable", "user.unlock", "user.reset_password",
                "user.reset_two_factor"}
USER_ACTIONS |= SELF_FORBIDDEN


def _role(actor):
    return getattr(actor, "role_id", None)


def is_cdsp_admin(actor):
    return _role(actor) == "admin"


def is_cdsp_staff(actor):
    return _role(actor) in ("agent", "admin")


def is_lso(actor):
    return _role(actor) == "lso"


@hookimpl(trylast=True)
def permission_allowed(actor, action, obj):
    if actor is None:
        return False
    if action == "cdsp.admin":
        return is_cdsp_admin(actor)
    if action == "cdsp.staff":
        return is_cdsp_staff(actor)
    if action == "templates.manage":      # an organisation's response templates
        return is_cdsp_admin(actor) or _role(actor) in ("lso", "supervisor")
    if action == "contact_templates.manage":   # its contact templates (the CDSP's: publish them)
        return is_cdsp_admin(actor) or _role(actor) in ("lso", "supervisor")
    if action == "service.use":          # core.services: what the user's LSO gave them
        return obj in services.held(actor)
    if action == "access.decide" and isinstance(obj, AccessRequest):
        return obj.organisation_id in access_requests.decidable_org_ids(actor)
    if action == "users.admin":
        return is_lso(actor) or is_cdsp_admin(actor)
    if action == "role.grant" and isinstance(obj, Role):
        if is_cdsp_admin(actor):
            return True
        return is_lso(actor) and obj.scope == "participant" and obj.rank <= actor.role.rank
    if action == "user.create" and isinstance(obj, Organisation):
        return obj.id in lso.manageable_org_ids(actor)
    if action == "apikey.create" and isinstance(obj, User):
        return obj.id == actor.id and "api" in services.held(obj)
    if action == "apikey.revoke" and isinstance(obj, ApiKey):
        if obj.user_id == actor.id:
            return True
        return (is_lso(actor) or is_cdsp_admin(actor)) and \
            obj.user.organisation_id in lso.manageable_org_ids(actor)
    if action in USER_ACTIONS and isinstance(obj, User):
        if action in SELF_FORBIDDEN and obj.id == actor.id:
            return False
        if obj.organisation_id not in lso.manageable_org_ids(actor):
            return False
        return is_cdsp_admin(actor) or obj.role.rank <= actor.role.rank
    return None
