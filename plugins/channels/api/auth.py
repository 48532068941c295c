"""Bearer-key authentication for ``/api/`` requests only (never for portal pages)."""
from flask import g, request
from flask_login import current_user

from core import apikeys
from core.permissions import allowed
from core.tenancy import get_tenant
from core.web import blueprint_enabled
from plugins.channels.api.errors import api_abort

API_PREFIX = "/api/"


def bearer_token(request):
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def actor_from_bearer(request):
    if not request.path.startswith(API_PREFIX):
        return None
    token = bearer_token(request)
    return apikeys.authenticate(token) if token else None


def require_actor():
    """The caller, or a 401; also sets ``g.tenant`` to the caller's tenant."""
    if not current_user.is_authenticated:
        api_abort(401, "Send a valid API key as 'Authorization: Bearer <key>'.",
                  headers={"WWW-Authenticate": 'Bearer realm="cms"'})
    user = current_user._get_current_object()
    tenant_code = user.organisation.tenant.code
    g.tenant = get_tenant(tenant_code)
    if not blueprint_enabled(request.blueprint, tenant_code):
        api_abort(403, "The API is not enabled for your organisation's portal.")
    if not allowed(user, "service.use", "api"):
        api_abort(403, "This key's user does not have the API service: ask your organisation's "
                       "LSO to give it to them (Users, Services).")
    return user
