"""Default ``actor_from_request``: the user of this browser's live session in this tenant."""
from core import sessions
from core.hookspecs import hookimpl


@hookimpl(trylast=True)
def actor_from_request(request, tenant):
    if tenant is None:
        return None
    return sessions.user_for_request(tenant.code)
