"""Thefts notified through TRAS for the demo (core.theft): the CDSP's agent raises TOGs to
the demo Shippers from TRAS notices over the last six weeks, and each goes its own way:
waiting in its window, accepted, objected to and waiting for the CDSP, objected to and
amended or upheld, and deemed accepted when its window closed unanswered. A market that has
them already is left as it is."""
import datetime
import logging

from core import clock, theft
from core.contacts import raise_contact
from core.errors import CmsError
from core.models import TheftNotice

log = logging.getLogger("cms.demo")

PREFIX = "TRAS-DEMO-"
EVIDENCE = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# (days ago raised, Shipper, kWh notified, what happens: (days after, step, params))
NOTICES = [
    (2, "ALP", 12400, []),
    (9, "ALP", 8600, [(1, "accept", {"text": "Agreed after our revenue protection visit."})]),
    (5, "ALP", 21500, [(2, "object", {"reason": "volume_too_high",
                                      "text": "A two-bedroom flat: 21,500 kWh is four years' use."})]),
    (20, "ALP", 15800, [(3, "object", {"reason": "dates_wrong",
                                       "text": "The meter was exchanged on 1 March: the theft "
                                               "cannot have run past it."}),
                        (8, "decide", {"decision": "amended", "settled_energy": 9100,
                                       "text": "Agreed: the theft ended at the exchange."})]),
    (26, "BET", 6400, [(4, "object", {"reason": "no_theft", "text": "No bypass found on site."}),
                       (10, "decide", {"decision": "upheld",
                                       "text": "The TRAS evidence (photographs) stands."})]),
    (35, "ALP", 3900, []),          # its window closed unanswered: deemed accepted
    (30, "BET", 5200, [(2, "accept", {})]),
]


def load_theft_notices(people):
    """Raise and answer the demo's TRAS notices unless they are there; answer how many."""
    there = TheftNotice.select().where(TheftNotice.tras_reference.startswith(PREFIX)).count()
    if there or "agent" not in people:
        return there
    now = clock.now()
    for n, (days_ago, shipper, energy, steps) in enumerate(NOTICES, start=1):
        if shipper not in people:
            continue
        raised_at = now - datetime.timedelta(days=days_ago, hours=3)
        data = {"mprn": "3938424403", "summary": f"Theft confirmed by TRAS: meter bypass ({n})",
                "originator_ref": f"{PREFIX}{n:03d}", "theft_start": "2026-01-05",
                "method": "bypass", "estimated_energy": energy,
                "evidence": "Revenue protection visit: meter bypassed with a copper pipe.",
                "tras_reference": f"{PREFIX}{n:05d}"}
        try:
            with clock.frozen(raised_at):
                contact = raise_contact(people["agent"], "TOG", data, "batch", to_org=shipper)
            for days_after, step, params in steps:
                with clock.frozen(raised_at + datetime.timedelta(days=days_after)):
                    _step(people, shipper, contact, step, params)
        except CmsError as exc:
            log.info("demo: TRAS notice %s: %s", n, exc.message)
    with clock.frozen(now):
        theft.close_windows(now)               # the windows that closed unanswered
    return TheftNotice.select().where(TheftNotice.tras_reference.startswith(PREFIX)).count()


def _step(people, shipper, contact, step, params):
    if step == "accept":
        theft.accept(people[shipper], contact.reference, "web", **params)
    elif step == "object":
        theft.object_to(people[shipper], contact.reference, "web", filename="site-visit.pdf",
                        content=EVIDENCE, **params)
    else:
        theft.decide(people["agent"], contact.reference, "web", **params)
