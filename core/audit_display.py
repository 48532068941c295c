"""The audit log as people read it: who acted and whom or what it concerned by name, the
organisation by name, the time in UK time with its zone, and values in words. The portal's
page and its CSV export both read these rows."""
import datetime
from dataclasses import dataclass

from core import clock
from core.errors import Invalid
from core.models import Organisation, User

WORDS = {True: "yes", False: "no", None: "none", "": "none"}


@dataclass
class Row:
    id: int
    when: str           # "1 Dec 2026, 21:43 GMT"
    action: str         # "User created"
    code: str           # "user.created", for those who filter by it
    by: str             # "Sam Shipper (sam@alp.example.com), ALP" or "the service"
    organisation: str   # the organisation it concerns, by name
    target: str         # "user Sam Shipper", "webhook 4"
    source: str
    detail: str         # "role: lso; second factor: yes"


def rows(entries):
    """[Row] for ``entries``, with the people and organisations they name looked up at once."""
    user_ids = {e.actor_id for e in entries if e.actor_id}
    user_ids |= {int(e.target_id) for e in entries if e.target_type == "user" and e.target_id.isdigit()}
    users = {u.id: u for u in User.select().where(User.id.in_(list(user_ids)))} if user_ids else {}
    org_ids = {e.org_id for e in entries if e.org_id} | {e.actor_org_id for e in entries if e.actor_org_id}
    orgs = {o.id: o for o in Organisation.select().where(Organisation.id.in_(list(org_ids)))} \
        if org_ids else {}
    return [Row(id=e.id, when=moment(e.at), action=action_words(e.action), code=e.action,
                by=_person(e, users, orgs), organisation=_org(orgs.get(e.org_id)),
                target=_target(e, users), source=e.source_address or "",
                detail="; ".join(f"{key.replace('_', ' ')}: {value_words(value)}"
                                 for key, value in (e.detail or {}).items()))
            for e in entries]


def moment(at):
    """A UTC moment as UK time with its zone: ``1 Dec 2026, 21:43 GMT``."""
    local = clock.to_local(at)
    return f"{local.day} {local:%b %Y, %H:%M} {local.tzname()}"


def action_words(action):
    words = action.replace(".", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def value_words(value):
    if isinstance(value, bool) or value is None or value == "":
        return WORDS[value]
    if isinstance(value, (list, tuple)):
        return ", ".join(value_words(v) for v in value) or "none"
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')} {value_words(v)}" for k, v in value.items())
    return str(value)


def _org(org):
    return f"{org.name} ({org.code})" if org else ""


def _person(entry, users, orgs):
    user = users.get(entry.actor_id)
    if user is not None:
        who = f"{user.name} ({user.email})"
    elif entry.actor_email:
        who = entry.actor_email
    else:
        return "the service"
    org = orgs.get(entry.actor_org_id)
    return f"{who}, {org.code}" if org else who


def _target(entry, users):
    if entry.target_type == "user" and entry.target_id.isdigit() and int(entry.target_id) in users:
        user = users[int(entry.target_id)]
        return f"user {user.name} ({user.email})"
    return f"{entry.target_type.replace('_', ' ')} {entry.target_id}".strip()


def period(first, last):
    """``(since, until)`` UTC moments for the local days ``first`` to ``last`` (texts
    YYYY-MM-DD, either empty), both days included; Invalid saying what to fix."""
    days, errors = {}, {}
    for name, text in (("from", first), ("to", last)):
        text = (text or "").strip()
        if not text:
            days[name] = None
            continue
        try:
            days[name] = datetime.date.fromisoformat(text)
        except ValueError:
            errors[name] = "Give a date as YYYY-MM-DD."
    if not errors and days["from"] and days["to"] and days["to"] < days["from"]:
        errors["to"] = f"The end date is before the start date ({days['from'].isoformat()})."
    if errors:
        raise Invalid("The filters need correcting.", errors)
    since = clock.local_midnight_utc(days["from"]) if days["from"] else None
    until = (clock.local_midnight_utc(days["to"] + datetime.timedelta(days=1))
             if days["to"] else None)
    return since, until
