"""Organisation look-ups that a bulk raise answers from memory.

Checking a record may look an organisation up by code (routing, a type's rule naming a
DMSP or a network). One record does it once; a file of 100,000 records would do it 100,000
times. Inside :func:`cached` each code is read from the database once.
"""
import contextlib
import contextvars

from core.models import Organisation

_cache = contextvars.ContextVar("cms_organisation_cache", default=None)


def organisation(code):
    """The Organisation with ``code`` (case and spaces ignored), or None."""
    cache = _cache.get()
    if cache is None:
        return Organisation.by_code(code)
    key = (code or "").strip().upper()
    if key not in cache:
        cache[key] = Organisation.by_code(key)
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
