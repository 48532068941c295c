"""Asking the ``permission_allowed`` hook: any False denies, else any True allows, else no."""
from flask import current_app

from core.errors import Forbidden

SUPERVISOR_RANK = 30   # a role of this rank or above supervises its organisation's queue
READ_ONLY = "read_only"   # the role that may look but not act


def allowed(actor, action, obj=None):
    results = current_app.extensions["cms"].pm.hook.permission_allowed(
        actor=actor, action=action, obj=obj)
    if any(r is False for r in results):
        return False
    return any(r is True for r in results)


def require(actor, action, obj=None, message="You are not allowed to do that."):
    if not allowed(actor, action, obj):
        raise Forbidden(message)
