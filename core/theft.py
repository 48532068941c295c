"""Theft of gas notified through TRAS: the Shipper may object to the volume.

The rule (UNC Modification 0734, XRN 5236, live 1 April 2023): suppliers send confirmed theft
through the Theft Risk Assessment Service (TRAS) to the CDSP, which raises it to the Shipper;
the Shipper may review the theft and **object to the volume** before it enters settlement.
The public record does not give the window's length: it is **ours**, a number of business
days set per portal (``theft_objection_days`` under ``[settings]`` in the Shipper's tenant
file, :data:`DEFAULT_DAYS` unless set), counted on the engine's business-day calendar.

Here a TRAS notice is a TOG contact the CDSP raises to a Shipper with a TRAS reference and
the notified volume (``estimated_energy``, kWh); raising it opens a :class:`TheftNotice`
(:func:`open_notice`, called by the TOG plugin's ``contact_created``). Then:

* the Shipper **accepts** (:func:`accept`): resolved TOG020, the notified volume settles;
* or **objects** with a reason, a text and evidence (a file) before the window closes
  (:func:`object_to`): the CED becomes OBJC and the CDSP **decides** (:func:`decide`):
  *upheld*, the notified volume stands (TOG022), or *amended* to a volume it gives (TOG023);
* silence is acceptance: once the window's last business day has passed, the scheduled
  contact work (:func:`close_windows`, from ``core.contacts.jobs.tick``) resolves it as
  *deemed accepted* (TOG021), audited, once.

Every outcome is recorded on the notice (shown with the contact) and as the contact's
resolution code; each step is an audit entry and a contact event.
"""
from decimal import Decimal, InvalidOperation

from core import audit, clock
from core import db as database
from core.actors import SystemActor
from core.contacts import attachments, events, lifecycle, sla, visibility
from core.contacts.actions import MAX_TEXT, _add_message, transition
from core.errors import Conflict, Forbidden, Invalid, NotFound, messages
from core.models import CDSP_ORG, Attachment, Contact, TheftNotice
from core.permissions import READ_ONLY
from core.tenancy import get_tenant

TYPE = "TOG"
SETTING = "theft_objection_days"
DEFAULT_DAYS = 10
MAX_DAYS = 60
CHANNEL = "system"

NOTIFIED_CED, OBJECTION_CED = "TRAS", "OBJC"
PENDING, ACCEPTED, DEEMED, OBJECTED, UPHELD, AMENDED, WITHDRAWN = (
    "pending", "accepted", "deemed_accepted", "objected", "upheld", "amended", "withdrawn")
OUTCOMES = {
    PENDING: "Waiting for the Shipper to accept or object",
    ACCEPTED: "Accepted by the Shipper",
    DEEMED: "Deemed accepted: no objection within the window",
    OBJECTED: "Objected to: with the CDSP to decide",
    UPHELD: "Objection decided: the notified volume stands",
    AMENDED: "Objection decided: the volume is amended",
    WITHDRAWN: "Withdrawn: the contact was closed without an outcome",
}
FINAL = (ACCEPTED, DEEMED, UPHELD, AMENDED)
RESOLUTION_CODES = {
    ACCEPTED: ("TOG020", "Theft volume accepted by the Shipper"),
    DEEMED: ("TOG021", "Theft volume deemed accepted: no objection within the window"),
    UPHELD: ("TOG022", "Objection decided: the notified theft volume stands"),
    AMENDED: ("TOG023", "Objection decided: the theft volume is amended"),
}
REASONS = {
    "volume_too_high": "The volume is too high for the site's use",
    "dates_wrong": "The theft's start or end date is wrong",
    "no_theft": "There was no theft at the site",
    "not_registered": "We were not the registered Shipper over the period",
    "already_settled": "The volume is already settled another way",
    "other": "Other: see the text",
}
DECISIONS = {UPHELD: "Uphold the notified volume", AMENDED: "Amend the volume"}


# ------------------------------------------------------------------------- the window

def window_days(tenant_code):
    """Business days a Shipper of portal ``tenant_code`` has to object (its tenant file's
    ``theft_objection_days``; :data:`DEFAULT_DAYS` when unset or not a whole number from 1 to
    :data:`MAX_DAYS`)."""
    spec = get_tenant(tenant_code)
    value = (spec.settings if spec else {}).get(SETTING, DEFAULT_DAYS)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_DAYS:
        return DEFAULT_DAYS
    return value


def is_tras(contact):
    return contact.contact_type == TYPE and bool((contact.fields or {}).get("tras_reference"))


def open_notice(contact):
    """Open the objection window of a TOG the CDSP raised to a Shipper from a TRAS notice
    (inside the raise's transaction). Does nothing for any other contact, or twice."""
    if not is_tras(contact) or contact.originator_org.code != CDSP_ORG:
        return None
    shipper = contact.holder_org
    spec = get_tenant(shipper.tenant.code)
    if spec is None or spec.participant_type != "shipper":
        return None
    if TheftNotice.select().where(TheftNotice.contact == contact.id).exists():
        return None
    days = window_days(shipper.tenant.code)
    raised_on = clock.local_today(contact.raised_at)
    fields = contact.fields or {}
    notice = TheftNotice.create(
        contact=contact, shipper_org=shipper, tras_reference=fields["tras_reference"],
        notified_energy=Decimal(str(fields.get("estimated_energy") or 0)).quantize(Decimal(1)),
        window_days=days, window_closes_on=sla.add_business_days(raised_on, days),
        raised_at=contact.raised_at)
    audit.record("theft.notified", actor=contact.originator_user, org_id=shipper.id,
                 target_type="contact", target_id=contact.reference,
                 detail={"tras_reference": notice.tras_reference,
                         "notified_energy": int(notice.notified_energy),
                         "window_closes_on": notice.window_closes_on.isoformat()})
    return notice


def notice_for(contact):
    """The contact's TheftNotice, or None (no visibility check: see :func:`get_notice`)."""
    return TheftNotice.get_or_none(TheftNotice.contact == contact.id)


def get_notice(actor, reference):
    """(contact, notice) for ``reference`` when ``actor`` may see it and it is a TRAS
    notice; NotFound otherwise (another organisation's contact included)."""
    contact = Contact.get_or_none(Contact.reference == str(reference or "").strip().upper())
    visibility.require_visible(actor, contact)
    notice = notice_for(contact)
    if notice is None:
        raise NotFound(f"{contact.reference} is not a theft notified through TRAS.")
    return contact, notice


def window_open(notice, now=None):
    return clock.local_today(now or clock.now()) <= notice.window_closes_on


def may_answer(actor, contact, notice, now=None):
    """Whether ``actor`` may accept or object now: a user (not read-only) of the Shipper,
    the notice pending and its window open."""
    return (getattr(actor, "organisation_id", None) == notice.shipper_org_id
            and getattr(actor, "role_id", None) != READ_ONLY
            and notice.outcome == PENDING and contact.closed_at is None
            and window_open(notice, now))


def may_decide(actor, contact, notice):
    """Whether ``actor`` may decide an objection: CDSP staff, the notice objected to."""
    return (visibility.is_cdsp_staff(actor) and notice.outcome == OBJECTED
            and contact.closed_at is None)


# ------------------------------------------------------------------------ the actions

def _locked(actor, reference):
    contact, notice = get_notice(actor, reference)
    contact = Contact.locked(contact.id)
    notice = TheftNotice.get_by_id(notice.id)
    return contact, notice


def _answerable(actor, contact, notice, now):
    if getattr(actor, "organisation_id", None) != notice.shipper_org_id or \
            getattr(actor, "role_id", None) == READ_ONLY:
        raise Forbidden(f"Only the Shipper's users may answer the theft notice "
                        f"{contact.reference}.")
    if notice.outcome != PENDING or contact.closed_at is not None:
        raise Conflict(f"{contact.reference} has been answered already: "
                       f"{OUTCOMES[notice.outcome].lower()}.")
    if not window_open(notice, now):
        raise Conflict(f"The window to object to {contact.reference} closed on "
                       f"{notice.window_closes_on:%-d %B %Y}: the volume is deemed accepted.")


def _text(value, field, what, required=True):
    """The text, stripped; Invalid saying ``what`` to write (at most MAX_TEXT characters)."""
    text = (value or "").strip()
    if (required and not text) or len(text) > MAX_TEXT:
        raise Invalid("Correct the fields marked.",
                      {field: f"{what} (at most {MAX_TEXT} characters)."})
    return text or None


def _set_ced(contact, code, actor, channel, now):
    if contact.ced == code:
        return
    before = {"ced": contact.ced}
    contact.ced = code
    events.transitioned(contact, events.record(contact, "ced", actor, channel, now,
                                               before=before, after={"ced": code}))


def _take_on(contact, actor, channel, now):
    """A new notice is taken on (submitted -> accepted) by the Shipper's first answer."""
    if contact.status == lifecycle.SUBMITTED:
        transition(contact, actor, channel, now, "accept", lifecycle.ACCEPTED)
    if contact.status not in (lifecycle.ACCEPTED, lifecycle.IN_PROGRESS):
        raise Conflict(f"{contact.reference} is {lifecycle.LABELS[contact.status].lower()}: "
                       "its theft notice cannot be answered now.")


def _finish(contact, notice, outcome, actor, channel, now, text, settled):
    """Resolve the contact with the outcome's code and record it on the notice."""
    _take_on(contact, actor, channel, now)
    code, meaning = RESOLUTION_CODES[outcome]
    _set_ced(contact, None, actor, channel, now)
    contact.resolution_code = code
    contact.resolution_text = text or meaning
    transition(contact, actor, channel, now, "resolve", lifecycle.RESOLVED,
               text=contact.resolution_text, code=code)
    notice.outcome, notice.settled_energy, notice.decided_at = outcome, settled, now
    notice.decision_text = text
    notice.save()
    audit.record(f"theft.{outcome}", actor=actor, org_id=notice.shipper_org_id,
                 target_type="contact", target_id=contact.reference,
                 detail={"tras_reference": notice.tras_reference,
                         "notified_energy": int(notice.notified_energy),
                         "settled_energy": int(settled), "code": code})


@database.retrying
def accept(actor, reference, channel="web", text=None):
    """The Shipper accepts the notified volume: the contact is resolved (TOG020)."""
    text = _text(text, "text", "Keep the note short", required=False)
    with database.transaction():
        contact, notice = _locked(actor, reference)
        now = clock.now()
        _answerable(actor, contact, notice, now)
        _finish(contact, notice, ACCEPTED, actor, channel, now, text, notice.notified_energy)
    return notice


@database.retrying
def object_to(actor, reference, channel="web", reason=None, text=None, filename=None,
              content=None, evidence_id=None):
    """The Shipper objects to the volume, with a reason (:data:`REASONS`), a text and
    evidence: a file (``filename``, ``content``: checked as any attachment), or
    ``evidence_id``, a file the Shipper's organisation attached to the contact already. The
    CDSP then decides."""
    with database.transaction():
        contact, notice = _locked(actor, reference)
        now = clock.now()
        _answerable(actor, contact, notice, now)
        errors = {}
        reason = str(reason or "").strip().lower()
        if reason not in REASONS:
            errors["reason"] = f"Choose the reason for objecting (one of {', '.join(REASONS)})."
        try:
            text = _text(text, "text", "Say why you object to the volume and what it should be")
        except Invalid as exc:
            errors.update(exc.errors)
        item = None
        if evidence_id not in (None, ""):
            item = _attached(contact, notice, evidence_id)
            if item is None:
                errors["evidence"] = ("Name a file your organisation attached to this contact "
                                      "(its id).")
        elif not filename or not content:
            errors["evidence"] = "Attach the evidence for your objection (a file)."
        if errors:
            raise Invalid("The objection was not sent: correct the fields marked.", errors)
        if item is None:
            try:
                item = attachments.add(actor, contact, filename, content, now)
            except Invalid as exc:
                raise Invalid("The objection was not sent: correct the fields marked.",
                              {"evidence": " ".join(messages(exc.errors)) or exc.message}) \
                    from None
            events.record(contact, "attachment", actor, channel, now,
                          after={"attachment": item.id, "filename": item.filename,
                                 "size": item.size, "content_type": item.content_type})
        _take_on(contact, actor, channel, now)
        _add_message(actor, contact, channel, now,
                     f"Objection to the theft volume ({REASONS[reason]}): {text}")
        _set_ced(contact, OBJECTION_CED, actor, channel, now)
        notice.outcome, notice.objection_reason, notice.objection_text = OBJECTED, reason, text
        notice.objected_at, notice.evidence_id = now, item.id
        notice.objected_by = actor.id if getattr(actor, "id", None) else None
        notice.save()
        audit.record("theft.objected", actor=actor, org_id=notice.shipper_org_id,
                     target_type="contact", target_id=contact.reference,
                     detail={"tras_reference": notice.tras_reference, "reason": reason,
                             "evidence": item.filename})
    return notice


def _attached(contact, notice, evidence_id):
    """The file ``evidence_id`` names when the Shipper attached it to ``contact``, else None."""
    try:
        evidence_id = int(evidence_id)
    except (TypeError, ValueError):
        return None
    return Attachment.get_or_none((Attachment.id == evidence_id) &
                                  (Attachment.contact == contact.id) &
                                  (Attachment.uploaded_org == notice.shipper_org_id))


def _energy(value):
    try:
        energy = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        energy = None
    if energy is None or not energy.is_finite() or energy < 0 or energy != energy.to_integral() \
            or energy >= Decimal(10) ** 14:
        raise Invalid("The decision was not recorded: correct the fields marked.",
                      {"settled_energy": "Give the amended volume in whole kWh (0 or more)."})
    return energy.quantize(Decimal(1))


@database.retrying
def decide(actor, reference, channel="web", decision=None, text=None, settled_energy=None):
    """The CDSP decides an objection: ``upheld`` (the notified volume stands, TOG022) or
    ``amended`` to ``settled_energy`` kWh (TOG023), with the reasons in ``text``."""
    with database.transaction():
        contact, notice = _locked(actor, reference)
        if not visibility.is_cdsp_staff(actor) or getattr(actor, "role_id", None) == READ_ONLY:
            raise Forbidden(f"Only the CDSP decides an objection to {contact.reference}.")
        if notice.outcome != OBJECTED or contact.closed_at is not None:
            raise Conflict(f"{contact.reference} has no objection to decide: "
                           f"{OUTCOMES[notice.outcome].lower()}.")
        errors = {}
        decision = str(decision or "").strip().lower()
        if decision not in DECISIONS:
            errors["decision"] = "Choose upheld (the notified volume stands) or amended."
        try:
            text = _text(text, "text", "Give the reasons for the decision")
        except Invalid as exc:
            errors.update(exc.errors)
        settled = notice.notified_energy
        if decision == AMENDED:
            if settled_energy in (None, ""):
                errors["settled_energy"] = "Give the amended volume in whole kWh."
            else:
                try:
                    settled = _energy(settled_energy)
                except Invalid as exc:
                    errors.update(exc.errors)
                else:
                    if settled == notice.notified_energy:
                        errors["settled_energy"] = ("That is the notified volume: choose "
                                                    "upheld, or give a different volume.")
        if errors:
            raise Invalid("The decision was not recorded: correct the fields marked.", errors)
        _finish(contact, notice, decision, actor, channel, clock.now(), text, settled)
    return notice


# ------------------------------------------------------------------ the scheduled work

def close_windows(now=None):
    """Resolve as deemed accepted (TOG021) each pending notice whose window's last business
    day has passed; a notice (pending or objected to) whose contact was closed without an
    outcome is marked withdrawn. Each in its own transaction, re-read under lock: safe to
    run twice and while people work. Returns how many were deemed accepted."""
    now = now or clock.now()
    today = clock.local_today(now)
    actor = SystemActor("scheduler")
    due = [row.id for row in TheftNotice.select(TheftNotice.id).where(
        (TheftNotice.outcome == PENDING) & (TheftNotice.window_closes_on < today))]
    # a notice whose contact the CDSP cancelled (pending, or objected to) has no outcome
    closed = [row.id for row in TheftNotice.select(TheftNotice.id).join(Contact).where(
        TheftNotice.outcome.in_((PENDING, OBJECTED)) & Contact.closed_at.is_null(False))]
    deemed = 0
    for notice_id in sorted(set(due) | set(closed)):
        with database.transaction():
            notice = TheftNotice.get_by_id(notice_id)
            contact = Contact.locked(notice.contact_id)
            if notice.outcome not in (PENDING, OBJECTED):
                continue
            if contact.closed_at is not None:
                notice.outcome, notice.decided_at = WITHDRAWN, now
                notice.save()
                audit.record("theft.withdrawn", actor=actor, org_id=notice.shipper_org_id,
                             target_type="contact", target_id=contact.reference,
                             detail={"tras_reference": notice.tras_reference,
                                     "status": contact.status})
                continue
            if notice.outcome != PENDING or notice.window_closes_on >= today or \
                    contact.status not in (lifecycle.SUBMITTED, lifecycle.ACCEPTED,
                                           lifecycle.IN_PROGRESS):
                continue                            # an objection waits for the CDSP
            text = (f"Deemed accepted: no objection was made by "
                    f"{notice.window_closes_on:%-d %B %Y}, the window's last business day.")
            _finish(contact, notice, DEEMED, actor, CHANNEL, now, text, notice.notified_energy)
            deemed += 1
    return deemed


# ---------------------------------------------------------------------------- showing

def describe(notice, actor=None, contact=None, now=None):
    """The notice as the portal and the API show it; with ``actor``, what they may do."""
    out = {
        "tras_reference": notice.tras_reference,
        "notified_energy": int(notice.notified_energy),
        "window_days": notice.window_days,
        "window_closes_on": notice.window_closes_on,
        "outcome": notice.outcome,
        "outcome_label": OUTCOMES[notice.outcome],
        "objection_reason": notice.objection_reason,
        "objection_reason_label": REASONS.get(notice.objection_reason),
        "objection_text": notice.objection_text,
        "objected_at": notice.objected_at,
        "evidence_id": notice.evidence_id,
        "settled_energy": None if notice.settled_energy is None else int(notice.settled_energy),
        "decided_at": notice.decided_at,
        "decision_text": notice.decision_text,
    }
    if actor is not None:
        contact = contact or notice.contact
        out["may_answer"] = may_answer(actor, contact, notice, now)
        out["may_decide"] = may_decide(actor, contact, notice)
    return out


def guarded(contact):
    """Whether the engine's own resolve, reject, request and allocate are closed on
    ``contact``: a TRAS notice not yet decided is answered only by accepting, objecting
    and deciding."""
    if contact.contact_type != TYPE:
        return False
    notice = notice_for(contact)
    return notice is not None and notice.outcome in (PENDING, OBJECTED)
