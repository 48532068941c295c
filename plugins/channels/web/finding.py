"""Search: the page's fields read into filters for :func:`core.contacts.list_contacts`,
pages of results (with the "at risk" service level, which the engine tells per contact),
and the CSV export streamed a page at a time."""
import csv
import datetime
import io
import re

from core import clock
from core.contacts import (OPEN_STATUSES, RESOLVED, STATUSES, encode_cursor, get_contact,
                           list_contacts, Page, sla_status)
from core.errors import NotFound
from core.models import Organisation

SERVICE = {"": "Any", "at_risk": "At risk", "breached": "Breached", "on_time": "Not breached"}
SORTS = {"newest": "Newest first", "oldest": "Oldest first"}
BY = {"any": "Anything", "reference": "CMS reference", "originator_ref": "Your reference",
      "mprn": "MPRN"}
SCAN = 200           # contacts read at a time while looking for those at risk
EXPORT_PAGE = 500
CSV_COLUMNS = ("reference", "type", "status", "mprn", "originator_ref", "summary",
               "originator", "holder", "raised_at", "due_date", "at_risk", "breached",
               "resolved_at", "closed_at")


def read_args(args):
    """(criteria, errors): the search form's values checked; criteria feed :func:`find`."""
    errors = {}
    criteria = {"q": (args.get("q") or "").strip(), "by": args.get("by") or "any",
                "sort": args.get("sort") or "newest", "service": args.get("service") or "",
                "filters": {}}
    if criteria["by"] not in BY:
        errors["by"] = f"Search by one of: {', '.join(BY.values())}."
    if criteria["sort"] not in SORTS:
        errors["sort"] = "Sort newest first or oldest first."
    if criteria["service"] not in SERVICE:
        errors["service"] = "Choose at risk, breached or not breached."
    filters = criteria["filters"]
    if args.get("type"):
        filters["contact_type"] = args["type"].strip().upper()
    if args.get("status"):
        if args["status"] not in STATUSES:
            errors["status"] = "Choose a status from the list."
        else:
            filters["status"] = args["status"]
    holder = (args.get("holder") or "").strip().upper()
    if holder:
        filters["holder"] = "mine" if holder == "MINE" else holder
    for name in ("raised_from", "raised_to"):
        value = (args.get(name) or "").strip()
        if value:
            try:
                filters[name] = datetime.date.fromisoformat(value)
            except ValueError:
                errors[name] = "Give a date as YYYY-MM-DD, for example 2026-03-31."
    if filters.get("raised_from") and filters.get("raised_to") and \
            filters["raised_to"] < filters["raised_from"]:
        errors["raised_to"] = "The end date is before the start date."
    if len(criteria["q"]) > 64:
        errors["q"] = "Use at most 64 characters."
    return criteria, errors


def reference_match(user, criteria):
    """The contact whose CMS reference was typed, when the search asks for one, or None."""
    q, by = criteria["q"], criteria["by"]
    if not q or by not in ("any", "reference") or not re.fullmatch(r"[A-Za-z]+-\d{4}-\d+", q):
        return None
    try:
        return get_contact(user, q)
    except NotFound:
        return None


def _with_basic(criteria, kind):
    filters = dict(criteria["filters"])
    if criteria["q"] and kind:
        filters[kind] = criteria["q"]
    return filters


def _basic_kinds(criteria):
    q, by = criteria["q"], criteria["by"]
    if not q:
        return [None]
    if by == "any":
        return ["mprn", "originator_ref"] if q.isdigit() else ["originator_ref"]
    if by == "reference":
        return ["reference"]
    return [by]


def find(user, criteria, after=None, limit=25):
    """A :class:`Page` of the contacts matching ``criteria``."""
    newest = criteria["sort"] == "newest"
    page = Page()
    for kind in _basic_kinds(criteria):
        if kind == "reference":
            return Page()   # a reference that matched was opened; nothing else is one
        page = _page(user, _with_basic(criteria, kind), criteria["service"], after, limit, newest)
        if page.items or after:
            break
    return page


def _page(user, filters, service, after, limit, newest):
    if service == "breached":
        filters["breached"] = True
    elif service == "on_time":
        filters["breached"] = False
    if service != "at_risk":
        return list_contacts(user, filters, after=after, limit=limit, newest_first=newest)
    running = [s for s in STATUSES
               if s in OPEN_STATUSES and s != RESOLVED]
    wanted = filters.get("status")
    filters["status"] = [s for s in running if not wanted or s == wanted]
    filters["breached"] = False
    if not filters["status"]:
        return Page()
    found, cursor, now = [], after, clock.now()
    while True:
        scanned = list_contacts(user, filters, after=cursor, limit=SCAN, newest_first=newest)
        for contact in scanned.items:
            if sla_status(contact, now).at_risk:
                found.append(contact)
                if len(found) == limit:
                    return Page(items=found, next_cursor=encode_cursor(contact))
        if not scanned.next_cursor:
            return Page(items=found)
        cursor = scanned.next_cursor


def export_rows(user, criteria):
    """The CSV of every matching contact, yielded a chunk (header, then a page) at a time."""
    codes = dict(Organisation.select(Organisation.id, Organisation.code).tuples())
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    yield _drain(out)
    after, now = None, clock.now()
    while True:
        page = find(user, criteria, after=after, limit=EXPORT_PAGE)
        for c in page.items:
            status = sla_status(c, now)
            writer.writerow([_safe(v) for v in (
                c.reference, c.contact_type, c.status, c.mprn or "", c.originator_ref or "",
                c.summary, codes.get(c.originator_org_id, ""), codes.get(c.holder_org_id, ""),
                _iso(c.raised_at), status.due_date.isoformat(),
                "yes" if status.at_risk else "no", "yes" if status.breached else "no",
                _iso(c.resolved_at), _iso(c.closed_at))])
        yield _drain(out)
        if not page.next_cursor:
            return
        after = page.next_cursor


def _drain(buffer):
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _iso(moment):
    return clock.to_local(moment).isoformat(timespec="minutes") if moment else ""


def _safe(value):
    """Text a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
