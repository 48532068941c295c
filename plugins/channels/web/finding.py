"""Search: the page's fields read into filters for :func:`core.contacts.list_contacts`,
pages of results with how many match, and the CSV export streamed a page at a time."""
import csv
import datetime
import io
import re

from core import clock
from core.contacts import (NOBODY, OPEN_STATUSES, STATUSES, count_contacts, get_contact, list_contacts, Page, page_total,
                           group_ids, group_marks, sla_status, Total)
from core.errors import NotFound
from core.models import Organisation

ANY_OPEN = "open"   # the status choice "any open status" (not one of the engine's statuses)
SERVICE = {"": "Any", "at_risk": "At risk", "breached": "Breached", "on_time": "Not breached"}
SORTS = {"newest": "Newest first", "oldest": "Oldest first", "due": "Soonest due first"}
ASSIGNEES = {"": "Anyone or nobody", "me": "Me", NOBODY: "Nobody yet"}
ALLOWANCE = {"": "Within or outside", "outside": "Outside the query allowance",
             "within": "Within the query allowance"}
ADVANCED = ("type", "status", "holder", "originator", "assignee", "ced", "raised_from",
            "raised_to", "due_from", "due_to", "service", "allowance", "watching")
BY = {"any": "Anything", "reference": "CMS reference", "originator_ref": "Your reference",
      "mprn": "MPRN"}
EXPORT_PAGE = 500
CSV_COLUMNS = ("reference", "type", "status", "mprn", "originator_ref", "summary",
               "originator", "holder", "raised_at", "due_date", "at_risk", "breached",
               "resolved_at", "closed_at")
GROUP_COLUMN = "organisation"   # last, for a parent's group view: the group's organisation


def read_args(args):
    """(criteria, errors): the search form's values checked; criteria feed :func:`find`."""
    errors = {}
    criteria = {"q": (args.get("q") or "").strip(), "by": args.get("by") or "any",
                "sort": args.get("sort") or "newest", "service": args.get("service") or "",
                "filters": {}}
    if criteria["by"] not in BY:
        errors["by"] = f"Search by one of: {', '.join(BY.values())}."
    if criteria["sort"] not in SORTS:
        errors["sort"] = "Sort newest first, oldest first or soonest due first."
    if criteria["service"] not in SERVICE:
        errors["service"] = "Choose at risk, breached or not breached."
    filters = criteria["filters"]
    if args.get("type"):
        filters["contact_type"] = args["type"].strip().upper()
    if args.get("status") == ANY_OPEN:
        filters["status"] = sorted(OPEN_STATUSES)
    elif args.get("status"):
        if args["status"] not in STATUSES:
            errors["status"] = "Choose a status from the list."
        else:
            filters["status"] = args["status"]
    for name in ("holder", "originator"):
        code = (args.get(name) or "").strip().upper()
        if code:
            filters[name] = "mine" if code == "MINE" else code
    assignee = args.get("assignee") or ""
    if assignee not in ASSIGNEES:
        errors["assignee"] = "Choose me, nobody yet, or anyone."
    elif assignee:
        filters["assignee"] = assignee   # "me" is whoever searches
    ced = (args.get("ced") or "").strip().upper()
    if ced:
        filters["ced"] = ced
    allowance = args.get("allowance") or ""
    if allowance not in ALLOWANCE:
        errors["allowance"] = "Choose outside, within, or either."
    elif allowance:
        filters["outside_allowance"] = allowance == "outside"
    if args.get("watching"):
        filters["watching"] = True       # the contacts whoever searches follows
    for name in ("raised_from", "raised_to", "due_from", "due_to"):
        value = (args.get(name) or "").strip()
        if value:
            try:
                filters[name] = datetime.date.fromisoformat(value)
            except ValueError:
                errors[name] = "Give a date as YYYY-MM-DD, for example 2026-03-31."
    for start, end in (("raised_from", "raised_to"), ("due_from", "due_to")):
        if filters.get(start) and filters.get(end) and filters[end] < filters[start]:
            errors[end] = "The end date is before the start date."
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


def find(user, criteria, after=None, limit=25, with_total=False):
    """A :class:`Page` of the contacts matching ``criteria``; with ``with_total`` its
    ``total`` says how many match in all."""
    page = Page()
    for kind in _basic_kinds(criteria):
        if kind == "reference":
            return Page()   # a reference that matched was opened; nothing else is one
        filters = _filters(criteria, kind)
        page = list_contacts(user, filters, after=after, limit=limit,
                             newest_first=criteria["sort"] == "newest",
                             order="due" if criteria["sort"] == "due" else "received")
        if page.items or after:
            break
    if with_total:
        page.total = (page_total(page, after, lambda: count_contacts(user, filters))
                      if page.items else Total(0))
    return page


def filters_to_save(criteria):
    """The engine's filters of a search, to keep as a view (the first kind of a basic search)."""
    return _filters(criteria, _basic_kinds(criteria)[0])


def _filters(criteria, kind):
    filters = _with_basic(criteria, kind)
    service = criteria["service"]
    if service == "breached":
        filters["breached"] = True
    elif service == "on_time":
        filters["breached"] = False
    elif service == "at_risk":
        filters["at_risk"] = True
    return filters


def export_rows(user, criteria):
    """The CSV of every matching contact, yielded a chunk (header, then a page) at a time."""
    codes = dict(Organisation.select(Organisation.id, Organisation.code).tuples())
    grouped = bool(group_ids(user))   # a parent's group view: which of its organisations' it is
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS + (GROUP_COLUMN,) if grouped else CSV_COLUMNS)
    yield _drain(out)
    after, now = None, clock.now()
    while True:
        page = find(user, criteria, after=after, limit=EXPORT_PAGE)
        marked = group_marks(user, page.items) if grouped else {}
        for c in page.items:
            status = sla_status(c, now)
            mark = [marked[c.id].code if c.id in marked else ""] if grouped else []
            writer.writerow([_safe(v) for v in (
                c.reference, c.contact_type, c.status, c.mprn or "", c.originator_ref or "",
                c.summary, codes.get(c.originator_org_id, ""), codes.get(c.holder_org_id, ""),
                _iso(c.raised_at), status.due_date.isoformat(),
                "yes" if status.at_risk else "no", "yes" if status.breached else "no",
                _iso(c.resolved_at), _iso(c.closed_at), *mark)])
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
