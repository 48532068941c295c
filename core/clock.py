"""The service's clock: ``now()`` is naive UTC, and tests (or a replay) can replace it.

Where the time comes from, first match wins:

1. a clock installed with :func:`use` / :func:`frozen` (a context manager, process-wide,
   so worker threads started inside it see it too);
2. the app setting ``CMS_CLOCK``: a :class:`FixedClock`, any callable returning a naive UTC
   datetime, or a datetime (a frozen instant);
3. the system clock (:func:`core.db.utcnow`).

Every feature that asks "what time is it?" (service levels, due dates, references' year,
maintenance windows, ...) calls :func:`now` so tests get deterministic answers::

    with clock.frozen(datetime(2026, 4, 2, 9)) as c:
        raise_contact(...)
        c.advance(days=3)
"""
import contextlib
import datetime
import threading
import zoneinfo

from flask import current_app, has_app_context

from core.db import utcnow

_lock = threading.Lock()
_stack = []


class FixedClock:
    """A clock that stands still until moved: ``set(at)`` or ``advance(**timedelta_kwargs)``."""

    def __init__(self, at):
        self.at = _naive_utc(at)

    def __call__(self):
        return self.at

    def set(self, at):
        self.at = _naive_utc(at)
        return self.at

    def advance(self, **kwargs):
        self.at = self.at + datetime.timedelta(**kwargs)
        return self.at


def _naive_utc(value):
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return value


naive_utc = _naive_utc  # a moment as stored: naive UTC (an aware one is converted)


def _configured():
    if not has_app_context():
        return None
    return current_app.config.get("CMS_CLOCK")


def now():
    """The current time as naive UTC."""
    with _lock:
        source = _stack[-1] if _stack else None
    if source is None:
        source = _configured()
    if source is None:
        return utcnow()
    if isinstance(source, datetime.datetime):
        return _naive_utc(source)
    return _naive_utc(source())


@contextlib.contextmanager
def use(source):
    """Install ``source`` (a callable returning a datetime) as the clock inside the block."""
    with _lock:
        _stack.append(source)
    try:
        yield source
    finally:
        with _lock:
            _stack.remove(source)


def frozen(at):
    """``with frozen(datetime(...)) as c:`` — a :class:`FixedClock` installed for the block.

    ``at`` may be naive (taken as UTC) or aware.
    """
    return use(FixedClock(at))


def zone():
    """The business calendar's time zone (``CMS_TIMEZONE``, default Europe/London)."""
    name = current_app.config.get("CMS_TIMEZONE") if has_app_context() else None
    return zoneinfo.ZoneInfo(name or "Europe/London")


def to_local(moment):
    """A naive UTC datetime as an aware datetime in the business time zone."""
    return moment.replace(tzinfo=datetime.timezone.utc).astimezone(zone())


def local_today(moment=None):
    """The business calendar's date at ``moment`` (default: now)."""
    return to_local(moment or now()).date()


def local_midnight_utc(day):
    """Naive UTC of the local midnight that starts ``day``."""
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=zone())
    return start.astimezone(datetime.timezone.utc).replace(tzinfo=None)
