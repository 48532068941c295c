"""Maintenance windows and outages: when the service is closed to participants, and why.

Two kinds of window:

* the daily window, ``CMS_MAINTENANCE_WINDOW`` (``"00:00-07:00"`` by default: "HH:MM-HH:MM"
  in UK local time, the end may be past midnight, e.g. ``"22:00-02:00"``; empty disables it).
  It follows the local clock, so across the change to summer time 00:00–07:00 lasts six
  hours and across the change back eight;
* windows a CDSP admin schedules, with a reason (:func:`schedule`, :func:`cancel`).

Windows that overlap or touch are one closure: :func:`active` answers the merged window and
:func:`ends_at` when the service returns. Every answer depends on :func:`core.clock.now`
(or the ``now`` passed in), so tests stand inside or outside a window by freezing the clock.

Other channels ask the same two questions; the batch pipeline leaves files dropped in
mailboxes waiting while ``active(now)`` and processes them once it is over (``ends_at(now)``
says when to look again)::

    from core import maintenance
    if maintenance.active():
        retry_at = maintenance.ends_at()

An outage is different: a CDSP admin declares it with a message (:func:`declare_outage`) so
the public status page and every portal's banner say what is wrong; it closes nothing.
"""
import datetime
import functools
import math
import re
import time
from dataclasses import dataclass

from flask import current_app, has_app_context

from core import audit, clock
from core import db as database
from core.errors import Invalid, NotFound
from core.models.operations import MaintenanceWindow, ServiceOutage

DEFAULT_WINDOW = "00:00-07:00"
BANNER_HOURS = 24                 # how long before a scheduled window the portals announce it
LOOK_BACK = datetime.timedelta(days=2)
LOOK_AHEAD = datetime.timedelta(days=8)
_SPEC = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Window:
    """A closure, in naive UTC: the daily window's occurrence or a scheduled one."""
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    reason: str
    kind: str                     # "daily" or "scheduled"
    id: int = None

    def contains(self, moment):
        return self.starts_at <= moment < self.ends_at


def parse_window(text):
    """``"00:00-07:00"`` -> (time(0, 0), time(7, 0)); ``""`` -> None; ValueError saying what
    to fix otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    match = _SPEC.match(text)
    if not match:
        raise ValueError(f"must look like HH:MM-HH:MM in UK time (e.g. {DEFAULT_WINDOW}) or be "
                         f"empty to have no daily window, got {text!r}")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError(f"has a time that does not exist: {text!r} (hours 00-23, minutes 00-59)")
    start, end = datetime.time(h1, m1), datetime.time(h2, m2)
    if start == end:
        raise ValueError(f"starts and ends at the same time: {text!r}")
    return start, end


def daily_spec():
    """The daily window's (start, end) local times, or None when there is none."""
    raw = current_app.config.get("CMS_MAINTENANCE_WINDOW", DEFAULT_WINDOW) \
        if has_app_context() else DEFAULT_WINDOW
    return parse_window(raw)


def _utc(day, at):
    local = datetime.datetime.combine(day, at, tzinfo=clock.zone())
    return local.astimezone(datetime.timezone.utc).replace(tzinfo=None)


def daily_windows(start, end):
    """The daily window's occurrences that overlap [start, end)."""
    spec = daily_spec()
    if spec is None:
        return []
    first = clock.local_today(start) - datetime.timedelta(days=1)
    last = clock.local_today(end) + datetime.timedelta(days=1)
    return [w for w in _daily_occurrences(spec, first, last)
            if w.starts_at < end and w.ends_at > start]


@functools.lru_cache(maxsize=64)
def _daily_occurrences(spec, first, last):
    """The daily window on each local day from ``first`` to ``last`` (the gate asks on every
    request; the answer only changes with the day, so it is worked out once a day)."""
    begin, finish = spec
    found, day = [], first
    while day <= last:
        opens = _utc(day, begin)
        closes = _utc(day if finish > begin else day + datetime.timedelta(days=1), finish)
        found.append(Window(opens, closes, "Daily maintenance", "daily"))
        day += datetime.timedelta(days=1)
    return tuple(found)


CACHE_SECONDS = 5  # how long a web worker trusts its copy of the scheduled windows


def _live_windows():
    """Every live scheduled window, read at most every few seconds per process: the gate asks
    on every request. Scheduling or cancelling here forgets the copy at once; other workers
    see the change within CACHE_SECONDS."""
    cache = current_app.extensions.setdefault("cms_maintenance_windows", {}) if has_app_context() else {}
    now = time.monotonic()
    if cache.get("until", 0) <= now:
        cache["rows"] = list(MaintenanceWindow.select().where(MaintenanceWindow.cancelled_at.is_null())
                             .order_by(MaintenanceWindow.starts_at))
        cache["until"] = now + CACHE_SECONDS
    return cache["rows"]


def _forget_windows():
    if has_app_context():
        current_app.extensions.pop("cms_maintenance_windows", None)


def scheduled_windows(start, end):
    return [Window(w.starts_at, w.ends_at, w.reason, "scheduled", w.id)
            for w in _live_windows() if w.starts_at < end and w.ends_at > start]


def windows_between(start, end):
    """Every window (daily and scheduled) overlapping [start, end), by start."""
    return sorted(daily_windows(start, end) + scheduled_windows(start, end),
                  key=lambda w: (w.starts_at, w.ends_at))


def _merged(windows):
    """Overlapping or touching windows joined into closures: [(start, end, [windows])]."""
    closures = []
    for window in windows:
        if closures and window.starts_at <= closures[-1][1]:
            start, end, parts = closures[-1]
            closures[-1] = (start, max(end, window.ends_at), parts + [window])
        else:
            closures.append((window.starts_at, window.ends_at, [window]))
    return closures


def active(now=None):
    """The closure the service is in at ``now`` (a :class:`Window` whose ``ends_at`` is when
    the service returns, windows that overlap or touch taken together), or None."""
    now = now or clock.now()
    for start, end, parts in _merged(windows_between(now - LOOK_BACK, now + LOOK_AHEAD)):
        if start <= now < end:
            current = next(w for w in parts if w.contains(now))
            reasons = "; ".join(dict.fromkeys(w.reason for w in parts))
            return Window(start, end, reasons, current.kind, current.id)
    return None


def ends_at(now=None):
    """When the service returns (naive UTC), or None when it is open at ``now``."""
    window = active(now)
    return window.ends_at if window else None


def retry_after(now=None):
    """Whole seconds until the service returns (for ``Retry-After``), or None when open."""
    now = now or clock.now()
    end = ends_at(now)
    return None if end is None else max(1, math.ceil((end - now).total_seconds()))


def upcoming(now=None, hours=BANNER_HOURS, include_daily=False):
    """Windows that start within ``hours`` of ``now`` (scheduled ones only, unless
    ``include_daily``): what the portals' banner announces."""
    now = now or clock.now()
    later = now + datetime.timedelta(hours=hours)
    found = scheduled_windows(now, later) + (daily_windows(now, later) if include_daily else [])
    return sorted((w for w in found if now < w.starts_at < later), key=lambda w: w.starts_at)


def future_scheduled(now=None, limit=50):
    now = now or clock.now()
    return [Window(w.starts_at, w.ends_at, w.reason, "scheduled", w.id) for w in
            MaintenanceWindow.select().where(MaintenanceWindow.cancelled_at.is_null() &
                                             (MaintenanceWindow.ends_at > now))
            .order_by(MaintenanceWindow.starts_at).limit(limit)]


# ----------------------------------------------------------------- what admins do

def parse_local(date_text, time_text, field):
    """A UK local date and time from a form -> naive UTC; Invalid naming ``field`` if bad."""
    try:
        day = datetime.date.fromisoformat((date_text or "").strip())
        at = datetime.time.fromisoformat((time_text or "").strip())
    except ValueError:
        raise Invalid("Check the dates and times.",
                      {field: "Give a date as YYYY-MM-DD and a time as HH:MM (UK time)."}) from None
    return _utc(day, at)


def schedule(actor, starts_at, ends_at, reason, now=None):
    """Schedule a window (naive UTC times) with a reason; audited. Invalid when the window is
    in the past, back to front, longer than a week or has no reason."""
    now = now or clock.now()
    reason = (reason or "").strip()
    errors = {}
    if not reason:
        errors["reason"] = "Say why the service will be closed (participants see it)."
    elif len(reason) > 300:
        errors["reason"] = "Use at most 300 characters."
    if ends_at <= starts_at:
        errors["ends"] = "The window must end after it starts."
    elif ends_at <= now:
        errors["ends"] = "The window has already ended: give a time in the future."
    elif ends_at - starts_at > datetime.timedelta(days=7):
        errors["ends"] = "A window may last at most 7 days."
    if errors:
        raise Invalid("The window was not scheduled: correct the fields marked.", errors)
    with database.transaction():
        window = MaintenanceWindow.create(starts_at=starts_at, ends_at=ends_at, reason=reason,
                                          created_by=getattr(actor, "id", None), created_at=now)
        audit.record("maintenance.scheduled", actor=actor, target_type="maintenance_window",
                     target_id=window.id,
                     detail={"starts_at": starts_at.isoformat(), "ends_at": ends_at.isoformat(),
                             "reason": reason})
    _forget_windows()
    return window


def cancel(actor, window_id, now=None):
    now = now or clock.now()
    with database.transaction():
        window = MaintenanceWindow.get_or_none(MaintenanceWindow.id == window_id)
        if window is None or window.cancelled_at is not None:
            raise NotFound("There is no such window, or it is already cancelled.")
        window.cancelled_at, window.cancelled_by = now, getattr(actor, "id", None)
        window.save()
        audit.record("maintenance.cancelled", actor=actor, target_type="maintenance_window",
                     target_id=window.id, detail={"reason": window.reason})
    _forget_windows()
    return window


def declare_outage(actor, message, now=None):
    message = (message or "").strip()
    if not message:
        raise Invalid("Nothing was declared.", {"message": "Say what is wrong and what "
                                                           "participants should do."})
    if len(message) > 1000:
        raise Invalid("Nothing was declared.", {"message": "Use at most 1000 characters."})
    with database.transaction():
        outage = ServiceOutage.create(message=message, declared_at=now or clock.now(),
                                      declared_by=getattr(actor, "id", None))
        audit.record("outage.declared", actor=actor, target_type="service_outage",
                     target_id=outage.id, detail={"message": message})
    return outage


def end_outage(actor, outage_id, now=None):
    with database.transaction():
        outage = ServiceOutage.get_or_none(ServiceOutage.id == outage_id)
        if outage is None or outage.ended_at is not None:
            raise NotFound("There is no such outage, or it has already ended.")
        outage.ended_at, outage.ended_by = now or clock.now(), getattr(actor, "id", None)
        outage.save()
        audit.record("outage.ended", actor=actor, target_type="service_outage",
                     target_id=outage.id)
    return outage


def current_outages():
    return ServiceOutage.current()


# -------------------------------------------------------------------- for people

def local_label(moment, with_date=True):
    """``Tue 3 Mar 2026, 07:00`` in UK time."""
    local = clock.to_local(moment)
    text = local.strftime("%H:%M")
    return f"{local.strftime('%a')} {local.day} {local.strftime('%b %Y')}, {text}" \
        if with_date else text


def daily_text():
    """The daily window as people read it, e.g. ``Daily maintenance 00:00–07:00 UK time``."""
    spec = daily_spec()
    if spec is None:
        return "No daily maintenance window"
    return f"Daily maintenance {spec[0].strftime('%H:%M')}–{spec[1].strftime('%H:%M')} UK time"
