"""API keys: shown once, stored hashed, carrying their user's permissions and no more.

A key looks like ``cms_<prefix>_<secret>``; the prefix (stored in clear) lets people
tell their keys apart, the whole key is stored only as a SHA-256 digest (it is
random and long, so a slow hash adds nothing). A sandbox key's prefix starts ``sbx_``
(``cms_sbx_<hex>_<secret>``): it acts in the organisation's sandbox twin
(:mod:`core.sandbox`), and only while the sandbox is on.
"""
import datetime
import hashlib
import secrets

from flask import has_request_context
from peewee import JOIN

from core import audit, sandbox, services
from core.db import transaction, utcnow
from core.errors import Forbidden, Invalid, NotFound
from core.models import ApiKey, Organisation, Tenant, TenantPlugin, User
from core.permissions import allowed, require
from core.prepared import Prepared, from_columns, slot
from core.tenancy import remember_overrides

TOUCH_EVERY = datetime.timedelta(minutes=1)
MAX_KEYS_PER_USER = 20


def _digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def create_key(actor, owner, name, in_sandbox=False):
    """A new key for ``owner`` (the actor themself); returns (ApiKey, token shown once).
    ``in_sandbox``: a key of the organisation's sandbox (its LSO's; the sandbox must be on)."""
    if owner.id == getattr(actor, "id", None) and not services.may_use(owner, "api"):
        raise Forbidden("Your account does not have the API service: ask your organisation's "
                        "LSO for it (Your access, under Your account).")
    require(actor, "apikey.create", owner, "You can create API keys only for yourself.")
    if in_sandbox:
        require(actor, "users.admin", None, "Only your organisation's LSO makes sandbox keys.")
        if sandbox.twin_of(owner.organisation) is None:
            raise Invalid("Your organisation has no sandbox.",
                          {"name": "Ask the CDSP to switch your organisation's sandbox on."})
    name = (name or "").strip()
    errors = {}
    if not name or len(name) > 100:
        errors["name"] = "Give the key a name of up to 100 characters, e.g. 'billing system'."
    elif live_keys(owner).count() >= MAX_KEYS_PER_USER:
        errors["name"] = f"You already have {MAX_KEYS_PER_USER} keys: revoke one first."
    if errors:
        raise Invalid("The key was not created.", errors)
    prefix = (sandbox.KEY_MARK if in_sandbox else "") + secrets.token_hex(4)
    token = f"cms_{prefix}_{secrets.token_urlsafe(32)}"
    with transaction():
        key = ApiKey.create(user=owner, name=name, prefix=prefix, key_hash=_digest(token))
        audit.record("apikey.created", actor=actor, target_type="apikey", target_id=key.id,
                     org_id=owner.organisation_id, detail={"name": name, "prefix": prefix,
                                                           "sandbox": in_sandbox})
    return key, token


# One query for what every request needs: the key, its user, organisation and tenant, and
# the tenant's plugin overrides (a row for each; one row with none when there are none).
# Read as tuples and made into models once (_graph): cheaper than peewee's joined rows.
_GRAPH = (ApiKey, User, Organisation, Tenant)
KEY_BY_HASH = Prepared(lambda: ApiKey.select(
    *[field for model in _GRAPH for field in model._meta.sorted_fields],
    TenantPlugin.plugin, TenantPlugin.enabled)
    .join(User).join(Organisation).join(Tenant)
    .join(TenantPlugin, JOIN.LEFT_OUTER, on=(TenantPlugin.tenant == Tenant.id))
    .where(ApiKey.key_hash == slot(0)).tuples())


def _graph(row):
    """The key with its user, organisation and tenant, linked as peewee's joins link them."""
    made, start = [], 0
    for model in _GRAPH:
        end = start + len(model._meta.sorted_fields)
        made.append(from_columns(model, row[start:end]))
        start = end
    key, user, org, tenant = made
    key.__rel__["user"], user.__rel__["organisation"], org.__rel__["tenant"] = user, org, tenant
    return key


def authenticate(token):
    """The active user a key belongs to, or None (unknown, revoked, or user disabled)."""
    if not token or not token.startswith("cms_") or len(token) > 200:
        return None
    rows = KEY_BY_HASH(_digest(token))
    if not rows:
        return None
    key = _graph(rows[0])
    if key.revoked_at is not None or not key.user.is_active:
        return None
    if sandbox.is_sandbox_key(key):
        twin = sandbox.twin_of(key.user.organisation)
        if twin is None:   # the sandbox is switched off: its keys are refused
            return None
        twin.__rel__["tenant"] = key.user.organisation.tenant
    tenant = key.user.organisation.tenant
    if has_request_context():
        remember_overrides(tenant.code, {row[-2]: bool(row[-1]) for row in rows
                                         if row[-2] is not None})
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at > TOUCH_EVERY:
        ApiKey.update(last_used_at=now).where(ApiKey.id == key.id).execute()
    user = key.user
    user.api_key = key
    return sandbox.acting_in(user, twin) if sandbox.is_sandbox_key(key) else user


def live_keys(user):
    return ApiKey.select().where((ApiKey.user == user) & ApiKey.revoked_at.is_null())


def keys_in_organisation(actor, in_sandbox=False):
    """Keys the actor may see: their own; an LSO's organisations' too. Live keys, or with
    ``in_sandbox`` the sandbox keys."""
    from core.lso import manageable_org_ids
    org_ids = manageable_org_ids(actor) if allowed(actor, "users.admin") else set()
    marked = ApiKey.prefix.startswith(sandbox.KEY_MARK)
    return (ApiKey.select(ApiKey, User).join(User)
            .where(ApiKey.revoked_at.is_null() & (marked if in_sandbox else ~marked) &
                   ((ApiKey.user == actor.id) | User.organisation.in_(org_ids)))
            .order_by(ApiKey.created_at.desc()))


def get_key(actor, key_id, in_sandbox=False):
    key = keys_in_organisation(actor, in_sandbox).where(ApiKey.id == key_id).first()
    if key is None:
        raise NotFound("No such API key.")
    return key


def revoke(actor, key):
    require(actor, "apikey.revoke", key, "You may not revoke this key.")
    with transaction():
        ApiKey.update(revoked_at=utcnow()).where(ApiKey.id == key.id).execute()
        audit.record("apikey.revoked", actor=actor, target_type="apikey", target_id=key.id,
                     org_id=key.user.organisation_id, detail={"prefix": key.prefix})
