"""Which request (or job) the work in hand is for: its id and who asked.

A request's id is the caller's ``X-Request-Id`` when it looks sane (letters, digits and
``.-_:``, 8 to 64 of them), else a new one; it is sent back in ``X-Request-Id``. A job
queued while a request (or another job) is in hand carries the id, the tenant, the
organisation and the user with it (a ``cms_context`` keyword the queue's wrapper takes off
before the job's function sees its arguments), so its log line names the request it came from.
"""
import contextvars
import re
import uuid

JOB_KEYWORD = "cms_context"
_SANE = re.compile(r"^[A-Za-z0-9._:\-]{8,64}$")
_current = contextvars.ContextVar("cms_observed", default=None)
FIELDS = ("request_id", "tenant", "organisation", "user_id")


def accept(value):
    """``value`` if it may be used as a request id, else None."""
    return value if isinstance(value, str) and _SANE.match(value) else None


def new_id():
    return uuid.uuid4().hex


def current():
    """The dict of the request or job in hand (``request_id``, ``tenant``...), or None."""
    return _current.get()


def enter(seen):
    return _current.set(seen)


def leave(token):
    try:
        _current.reset(token)
    except ValueError:          # closed in another context than it was opened in
        _current.set(None)


def request_id():
    seen = _current.get()
    return seen.get("request_id") if seen else None


def for_job():
    """What a job queued now carries: the request's id and who asked (None outside one)."""
    seen = _current.get()
    if not seen:
        return None
    fill_from_request(seen)
    return {k: seen.get(k) for k in FIELDS if seen.get(k) is not None}


def carry(kwargs):
    """A job's keyword arguments with the context of the work in hand added."""
    carried = for_job()
    return {**kwargs, JOB_KEYWORD: carried} if carried else kwargs


def fill_from_request(seen):
    """Add the tenant, organisation and user of the request in hand, as far as known yet."""
    from flask import g, has_request_context
    if not has_request_context():
        return
    tenant = g.get("tenant")
    if tenant is not None:
        seen["tenant"] = tenant.code
    user = g.get("_login_user")     # flask-login's, when the request has loaded its user
    if getattr(user, "is_authenticated", False) and getattr(user, "id", None) is not None:
        seen["user_id"] = user.id
        if "organisation" not in seen:
            seen["organisation"], tenant_code = _org(user) or (None, None)
            seen.setdefault("tenant", tenant_code)


def _org(user):
    """(organisation code, tenant code) of ``user``: from the organisation the request has
    already loaded, else one lookup by primary key."""
    org = getattr(user, "__rel__", {}).get("organisation")
    if org is not None:
        tenant = org.__rel__.get("tenant")
        if tenant is not None:
            return org.code, tenant.code
    org_id = getattr(user, "organisation_id", None)
    if org_id is None:
        return None
    from core.models import Organisation, Tenant
    row = (Organisation.select(Organisation.code, Tenant.code.alias("tenant_code"))
           .join(Tenant).where(Organisation.id == org_id).dicts().first())
    return (row["code"], row["tenant_code"]) if row else None
