"""A living market for the demo: contacts of every type, in every status, over the last six
weeks, so that Home, the queues, search and reports have something to show.

Each contact follows one of :data:`STORIES` (raised and left, accepted and assigned, a
Data Clarification Request open, answered or closed for want of an answer, resolved,
closed, rejected, cancelled, challenged into a follow-up, with messages and an attachment),
acted out at its own moments with the clock set back, so service levels, at-risk and
breached flags and due dates look as they would in a real month; the CDSP gives query
allowance verdicts as it clears them (some invalid, so the allowance's shadow log has entries). Every type a participant
raises tells every story; the types the CDSP may raise are raised by it too, to the demo
organisations that take them, a few stories each. The holder's side of a story is played by
whoever holds the contact: the CDSP's agent, or the holding organisation's demo user when a
contact goes between participants (a GSR, from a Transporter to a Shipper). The stories and the
types' own examples make it the same market every time; a market already there is left as
it is. Plugins add their part with the ``demo_market`` hook (files, reports).
"""
import datetime
import logging

from core import clock
from core.contacts import (act, add_business_days, cdsp_org, contact_types, gives_verdict,
                           raisable_types, raise_contact, rejection_reasons,
                           save_contact_template)
from core.contacts.jobs import close_overdue_correspondence
from core.errors import CmsError
from core.models import Contact, ContactTemplate, User
from core.tenancy import plugin_enabled

log = logging.getLogger("cms.demo")

REF_PREFIX = "DEMO-"
CDSP_RAISED = 6            # contacts the CDSP raises of each type it may raise
DAYS_BACK = 42             # the first contact is raised this many days ago
IC_SIZED = ("annual_quantity", "current_aq", "proposed_aq", "estimated_aq")   # kWh, scaled
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# What happens to a contact, step by step: (hours after it is raised, who acts, action, params).
# "agent" is the holder's side (the CDSP agent while the CDSP holds it), "raiser" the user
# who raised it.
STORIES = {
    "left submitted": [],
    "accepted and assigned": [(2, "agent", "accept", {}), (3, "agent", "assign", {"assignee": "agent"})],
    "in progress, talking": [(1, "agent", "accept", {}), (2, "agent", "start", {}),
                             (4, "agent", "message", {"text": "We are checking this with the transporter."}),
                             (6, "raiser", "message", {"text": "Thank you, our customer is waiting."})],
    "waiting on a DCR": [(1, "agent", "accept", {}),
                         (3, "agent", "request_info", {"kind": "DCR", "due_days": 5,
                                                       "text": "Please send the meter reads you used."})],
    "DCR answered": [(1, "agent", "accept", {}),
                     (3, "agent", "request_info", {"kind": "DCR", "due_days": 5,
                                                   "text": "Which read date do you mean?"}),
                     (20, "raiser", "respond", {"text": "The read of the 3rd; photo attached."})],
    "resolved": [(2, "agent", "accept", {}), (30, "agent", "resolve", {"text": "Corrected as asked."})],
    "closed": [(2, "agent", "accept", {}), (26, "agent", "resolve", {"text": "Adjusted."}),
               (50, "raiser", "close", {})],
    "rejected": [(5, "agent", "reject", {"text": "The details do not match our records."})],
    "cancelled": [(4, "raiser", "cancel", {"text": "Raised by mistake."})],
    "challenged": [(2, "agent", "accept", {}),
                   (24, "agent", "resolve", {"text": "No change needed.", "verdict": "no_challenge"}),
                   (48, "raiser", "challenge", {"text": "The reads are still wrong; see attached."})],
    "with a file": [(1, "raiser", "attach", {"filename": "meter-photo.pdf", "content": PDF}),
                    (3, "agent", "accept", {}), (5, "agent", "start", {})],
    "assigned, untouched": [(6, "agent", "accept", {}), (7, "agent", "assign", {"assignee": "agent"})],
    "long in progress": [(1, "agent", "accept", {}), (2, "agent", "start", {})],
    "resolved late": [(2, "agent", "accept", {}),
                      (200, "agent", "resolve", {"text": "Settled at last: the reads sent were wrong.",
                                                 "verdict": "incorrect_data"})],
    "returned to the queue": [(1, "agent", "accept", {}), (2, "agent", "assign", {"assignee": "agent"}),
                              (30, "agent", "assign", {"assignee": None})],
    "DCR to close unanswered": [(1, "agent", "accept", {}),
                                (2, "agent", "request_info", {"kind": "DCR", "due_days": 2,
                                                              "text": "Is the site occupied?"})],
    "with a transporter": [(1, "agent", "accept", {}),
                           (4, "agent", "allocate", {"to_org": "NWG", "text": "Please visit the site."})],
    "accepted": [(1, "agent", "accept", {})],
}


def load_market(people):
    """Raise and work the demo's contacts unless a market is there; answer how many the
    market holds. ``people``: {"agent": the CDSP agent, org code: that organisation's user}."""
    there = Contact.select().where(Contact.originator_ref.startswith(REF_PREFIX)).count()
    if there:
        return there
    now = clock.now()
    start = now - datetime.timedelta(days=DAYS_BACK)
    plan = _plan(people)
    step = (now - start - datetime.timedelta(hours=8)) / len(plan)
    raised = 0
    for n, (code, story, senders, turn) in enumerate(plan):
        at = start + step * n
        with clock.frozen(at) as moment:
            contact, raiser = _raise(code, senders, n, turn)
            if contact is None:
                continue
            raised += 1
            done = 0
            for hours, who, action, params in STORIES[story]:
                if at + datetime.timedelta(hours=hours) > now:
                    break                         # the rest of its story has not happened yet
                moment.advance(hours=hours - done)
                done = hours
                if not _act(people, raiser, contact, who, action, params):
                    break
    with clock.frozen(now):
        close_overdue_correspondence(now)       # the DCRs nobody answered close, as each night
    log.info("demo: %s contacts raised", raised)
    return Contact.select().where(Contact.originator_ref.startswith(REF_PREFIX)).count()


def _plan(people):
    """[(type code, story, senders, turn)]: every story of each type a participant raises,
    then :data:`CDSP_RAISED` stories of each type the CDSP raises (``senders`` and ``turn``
    as :func:`_raise` takes them)."""
    raisers, stories = _raisers(people), list(STORIES)
    codes = sorted(raisers)
    plan = []
    for n in range(len(codes) * len(stories)):
        code = codes[n % len(codes)]
        story = stories[(n // len(codes) + n % len(codes)) % len(stories)]
        plan.append((code, story, [(user, None) for user in raisers[code]], n // len(codes)))
    by_cdsp = _cdsp_raised(people)
    for n, code in enumerate(c for c in by_cdsp for _ in range(CDSP_RAISED)):
        plan.append((code, stories[n % len(stories)], by_cdsp[code], n))
    return plan


def _raisers(people):
    """{type code: [the demo users whose organisations' tenants may raise it]}."""
    found = {}
    for ctype in contact_types():
        users = [user for code, user in people.items() if code != "agent" and
                 user.organisation.tenant.code in ctype.raised_by]
        if users:
            found[ctype.code] = users
    return found


def _cdsp_raised(people):
    """{type code: [(the CDSP's agent, each demo organisation whose tenant takes it)]} for
    the types the CDSP may raise."""
    found = {}
    for ctype in contact_types():
        if ctype.cdsp_may_raise:
            found[ctype.code] = [(people["agent"], code) for code, user in people.items()
                                 if code != "agent" and
                                 plugin_enabled(user.organisation.tenant.code, ctype.plugin)]
    return found


def _data(type_code, n):
    ctype = contact_types().get(type_code)
    data = dict(ctype.example)
    data["originator_ref"] = f"{REF_PREFIX}{n:04d}"
    data["summary"] = f"{data.get('summary', ctype.name)} ({n + 1})"[:200]
    if n % 3 == 0:   # every third one a large site, so reports have both market sectors
        data.update({k: v * 25 for k, v in data.items() if k in IC_SIZED})
        data.update({"supply_point_class": 2} if "supply_point_class" in data else {})
    return data


def _raise(type_code, senders, n, turn):
    """The market's contact ``n``, of the type, raised by the first of ``senders`` ((user,
    to_org) pairs, from the one whose ``turn`` it is) that its example suits; None when none
    may."""
    for k in range(len(senders)):
        user, to_org = senders[(turn + k) % len(senders)]
        data = _data(type_code, n)
        for _ in range(2):
            try:
                return raise_contact(user, type_code, data, "web", to_org=to_org), user
            except CmsError as exc:
                log.info("demo: %s %s by %s: %s", type_code, n, user.email, exc.message)
                moved = _dates_moved_on(data, exc.errors or {})
                if moved is None:
                    break
                data = moved
    log.warning("demo: no demo organisation could raise a %s", type_code)
    return None, None


def _dates_moved_on(data, errors):
    """``data`` with the dates a type's rules refused (an example's date that has since
    passed, such as an effective date that must be to come) two weeks from today; None
    when no refused field holds a date."""
    moved = dict(data)
    for name in errors:
        try:
            datetime.date.fromisoformat(str(data.get(name)))
        except ValueError:
            continue
        moved[name] = add_business_days(clock.local_today(), 10).isoformat()
    return moved if moved != data else None


def _holder_side(people, contact):
    """Who works ``contact`` now: the CDSP's agent while the CDSP holds it or allocated it,
    else the holding organisation's demo user."""
    contact = Contact.get_by_id(contact.id)
    cdsp = cdsp_org()
    if cdsp is not None and cdsp.id in (contact.holder_org_id, contact.allocated_from_org_id):
        return people["agent"]
    return people.get(contact.holder_org.code, people["agent"])


def _act(people, raiser, contact, who, action, params):
    actor = _holder_side(people, contact) if who == "agent" else raiser
    params = dict(params)
    if params.get("assignee") == "agent":
        params["assignee"] = actor
    if action == "reject":
        params["code"] = sorted(rejection_reasons(contact_types().get(contact.contact_type)))[0]
    if "verdict" in params and not gives_verdict(actor, Contact.get_by_id(contact.id)):
        del params["verdict"]        # only the CDSP gives one, on a participant's contact
    try:
        act(actor, contact.reference, action, "web", **params)
        return True
    except CmsError as exc:   # a type's own rule (e.g. what a resolution needs): the story stops
        log.info("demo: %s %s on %s: %s", who, action, contact.reference, exc.message)
        return False



def load_templates(people):
    """The Contact Generator's templates, unless some are there: two per demo organisation
    (kept by its LSO: an enquiry and the first other type it raises, from the types' own
    examples) and one the CDSP's admin publishes to the Shippers' portal. ``people``: as for
    :func:`load_market`, with "admin"."""
    if ContactTemplate.select().exists():
        return
    for code, user in sorted(people.items()):
        if code in ("agent", "admin"):
            continue
        keeper = (User.select().where((User.organisation == user.organisation_id) &
                                      (User.role == "lso")).order_by(User.id).first())
        types = raisable_types(user)
        chosen = [t for t in types if t.code == "ENQ"] + [t for t in types if t.code != "ENQ"][:1]
        for ctype in chosen if keeper else ():
            values = {k: v for k, v in dict(ctype.example).items() if k != "originator_ref"}
            save_contact_template(keeper, {"name": f"{ctype.name}: our usual",
                                           "contact_type": ctype.code, "values": values})
    save_contact_template(people["admin"], {
        "name": "Meter point address query", "contact_type": "ENQ", "tenant": "shipper",
        "values": {"summary": "The meter point's address looks wrong", "topic": "data",
                   "question": "Please confirm the address you hold for this meter point."}})
