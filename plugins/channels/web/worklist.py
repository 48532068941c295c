"""What a person's home page lists: their organisation's open contacts *at a glance*,
*My Tasks* (contacts assigned to them, held by their organisation, or waiting for their
organisation's answer) and *Recent Activity*."""
import datetime
from dataclasses import dataclass

from core import clock

from core.contacts import (AWAITING_ORIGINATOR, OPEN_STATUSES, answer_by_day, count_contacts,
                           open_correspondence, queue, sla_status)
from core.models import Contact, ContactEvent, ContactParty

TASKS_SHOWN = 10
ACTIVITY_SHOWN = 10


@dataclass
class Glance:
    label: str          # "Raised by us", ...
    hint: str           # what it counts, in a sentence
    count: int
    args: dict          # the search page's query that lists them


def at_a_glance(user, today=None):
    """The organisation's open contacts in four counts, each with the search that lists
    them: raised by us, with us to work, waiting on our answer, due by the end of this week
    (Sunday). All within what ``user`` may see."""
    today = today or clock.local_today()
    sunday = today + datetime.timedelta(days=6 - today.weekday())
    open_ = sorted(OPEN_STATUSES)
    wanted = (
        ("Raised by us", "Open contacts your organisation raised.",
         {"originator": "mine", "status": open_}, {"originator": "mine", "status": "open"}),
        ("With us to work", "Open contacts your organisation holds.",
         {"holder": "mine", "status": open_}, {"holder": "mine", "status": "open"}),
        ("Waiting on our answer", "Contacts your organisation raised that wait for its answer.",
         {"originator": "mine", "status": AWAITING_ORIGINATOR},
         {"originator": "mine", "status": AWAITING_ORIGINATOR}),
        ("Due this week", f"Open contacts due by the end of {sunday:%A %-d %B}.",
         {"status": open_, "due_from": today, "due_to": sunday},
         {"status": "open", "due_from": today.isoformat(), "due_to": sunday.isoformat(),
          "sort": "due"}),
    )
    return [Glance(label, hint, count_contacts(user, filters), args)
            for label, hint, filters, args in wanted]


@dataclass
class Task:
    contact: object
    why: str            # "Assigned to you", "With your organisation", "Answer needed"
    due: object         # the date it is due (service level, or the correspondence's due date)
    sla: object         # core.contacts.SlaStatus, or an AnswerDeadline for "Answer needed"


@dataclass
class AnswerDeadline:
    """Where the organisation's own answer stands against its last day (not the CDSP's
    service level, whose clock stops while the answer is awaited): late, due within
    ANSWER_SOON_DAYS, or neither. Sorted with service levels: late first, then soon."""
    breached: bool       # the last day to answer has passed
    at_risk: bool        # it is within ANSWER_SOON_DAYS
    answer: bool = True


ANSWER_SOON_DAYS = 2


def my_tasks(user):
    """At most TASKS_SHOWN tasks, the most urgent first, and how many there are in all."""
    tasks, seen = [], set()
    for contact in queue(user, assignee=user, limit=TASKS_SHOWN).items:
        tasks.append(_task(contact, "Assigned to you"))
        seen.add(contact.id)
    for contact in queue(user, limit=TASKS_SHOWN * 2).items:
        if contact.id not in seen:
            tasks.append(_task(contact, "With your organisation"))
            seen.add(contact.id)
    for contact in waiting_for_answer(user):
        if contact.id not in seen:
            tasks.append(_answer_task(contact, user))
            seen.add(contact.id)
    tasks.sort(key=lambda t: (not t.sla.breached, not t.sla.at_risk, t.due))
    return tasks[:TASKS_SHOWN]


def waiting_for_answer(user):
    """Open contacts raised by the user's organisation that wait on its answer."""
    return list(Contact.select()
                .where((Contact.originator_org == user.organisation_id) &
                       (Contact.status == AWAITING_ORIGINATOR))
                .order_by(Contact.raised_at, Contact.id).limit(TASKS_SHOWN))


def _task(contact, why):
    status = sla_status(contact)
    return Task(contact, why, status.due_date, status)


def _answer_task(contact, user):
    items = open_correspondence(contact, user.organisation_id)
    due = min((answer_by(item) for item in items), default=sla_status(contact).due_date)
    left = (due - clock.local_today()).days
    return Task(contact, "Answer needed", due,
                AnswerDeadline(breached=left < 0, at_risk=0 <= left <= ANSWER_SOON_DAYS))


def answer_by(item):
    """The last day to answer a correspondence (its ``due_at`` is the midnight after it)."""
    return answer_by_day(item.due_at)


def recent_activity(user):
    """The latest events on contacts the user's organisation is a party to, newest first."""
    mine = ContactParty.select(ContactParty.contact).where(
        ContactParty.organisation == user.organisation_id)
    return list(ContactEvent.select(ContactEvent, Contact)
                .join(Contact).where(ContactEvent.contact.in_(mine))
                .order_by(ContactEvent.at.desc(), ContactEvent.id.desc()).limit(ACTIVITY_SHOWN))
