"""Organisation look-ups that a bulk raise answers from memory.

Checking a record may look an organisation up by code (routing, a type's rule naming a
DMSP or a network). One record does it once; a file of 100,000 records would do it 100,000
times. Inside :func:`cached` each code is read from the database once.
"""
import contextlib
import contextvars

from core.models import Organisation, Tenant
from core.prepared import Prepared, slot

# With its tenant: whoever asks for an organisation by code asks for its tenant next (the
# hooks' tenants, routing, entitlement). The SQL is made once (core.prepared).
BY_CODE = Prepared(lambda: Organisation.select(Organisation, Tenant).join(Tenant)
                   .where(Organisation.code == slot(0)).limit(1))

_cache = contextvars.ContextVar("cms_organisation_cache", default=None)


def organisation(code):
    """The Organisation with ``code`` (case and spaces ignored), or None."""
    cache = _cache.get()
    key = (code or "").strip().upper()
    if cache is None:
        return BY_CODE.first(key)
    if key not in cache:
        cache[key] = BY_CODE.first(key)
    return cache[key]


@contextlib.contextmanager
def cached():
    """Answer :func:`organisation` from memory until the block ends (nested blocks share it)."""
    if _cache.get() is not None:
        yield
        return
    token = _cache.set({})
    try:
        yield
    finally:
        _cache.reset(token)
