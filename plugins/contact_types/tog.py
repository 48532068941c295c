"""TOG: Theft of Gas — report suspected theft at a meter point; the only type on which a
Request For Information may be sent.

Raised two ways: a Shipper or Gas Transporter reports suspected theft to the CDSP; and the
CDSP raises a theft confirmed through TRAS (the Theft Risk Assessment Service) to the Shipper,
naming the TRAS notice and the volume, which the Shipper may accept or object to within a
window of business days (the rule and its steps: :mod:`core.theft`). Such a contact starts
with the CED TRAS; an objection sets OBJC.
"""
from core import hookimpl, theft
from core.contacts import (BusinessDate, Choice, ContactSchema, MeterSerial, OrgCode,
                           Quantity, Text, not_future, org_problem)
from core.models import Contact
from core.registry import ContactType, Guide

METHODS = ("bypass", "tampered_meter", "reversed_meter", "illegal_connection", "other")


class TogSchema(ContactSchema):
    theft_start = BusinessDate(required=True, metadata={"description": "When the theft is thought to have begun"})
    theft_end = BusinessDate(metadata={"description": "When it ended (leave empty if it goes on)"})
    method = Choice(METHODS, required=True, metadata={"description": "How: " + ", ".join(METHODS)})
    estimated_energy = Quantity(metadata={"description": "Energy thought stolen, kWh"})
    meter_serial = MeterSerial(metadata={"description": "Meter serial number, if there is a meter"})
    evidence = Text(4000, metadata={"description": "What was found, by whom, and when"})
    tras_reference = Text(40, metadata={
        "description": "The CDSP only: the reference of the TRAS notice (Theft Risk Assessment "
                       "Service) the theft was confirmed in; the contact goes to the Shipper, "
                       "who may object to the volume (Energy thought stolen) within the window",
        "label": "TRAS notice reference"})
    shipper = OrgCode(metadata={
        "description": "With a TRAS notice reference: the code of the Shipper it goes to (in "
                       "the CDSP's files; on the portal and the API the organisation chosen "
                       "is enough)", "label": "Shipper (TRAS notices)"})


class TheftOfGas(ContactType):
    code = "TOG"
    name = "Theft of Gas"
    sub_service = "Data Amend"
    raised_by = ("shipper", "gt")
    received_by = ("shipper",)       # a theft confirmed through TRAS, raised by the CDSP
    cdsp_may_raise = True
    service_level_days = 30
    allows_rfi = True
    schema = TogSchema
    batch_fields = ("theft_start", "theft_end", "method", "estimated_energy", "meter_serial",
                    "evidence", "tras_reference", "shipper")
    ceds = {"INVS": "Under investigation", "ALNW": "Allocated to Networks",
            "ENGY": "Energy assessment under way",
            theft.NOTIFIED_CED: "Theft notified through TRAS: with the Shipper to accept or "
                                "object to the volume",
            theft.OBJECTION_CED: "The Shipper objects to the volume: with the CDSP to decide"}
    resolution_codes = {code: meaning for code, meaning in theft.RESOLUTION_CODES.values()}
    correspondence_consequence = {"DCR": "resume", "CCR": "resume", "RFI": "resolve"}
    example = {"mprn": "3938424403", "summary": "Bypass found", "theft_start": "2026-01-01",
               "method": "bypass"}
    guide = """
        Report suspected theft of gas at a meter point. Give when it began (not in the
        future), how, and what evidence there is. The CDSP may send a Request For
        Information; one unanswered by its due date resolves the contact on what is known.
        The CDSP raises to a Shipper a theft confirmed through TRAS (the Theft Risk Assessment
        Service), giving the TRAS notice reference and the volume in kWh; it starts with the
        CED TRAS. The Shipper accepts the volume, or objects with a reason and evidence
        within the window (10 business days unless the portal sets another); silence is
        acceptance once the window closes. The CDSP decides an objection: the volume stands
        or is amended. See the [Theft of gas guide](theft-of-gas).
    """

    def rules(self, data, context):
        errors = {}
        if not_future(data["theft_start"], context):
            errors["theft_start"] = "The theft cannot begin in the future."
        end = data.get("theft_end")
        if end and end < data["theft_start"]:
            errors["theft_end"] = "The theft cannot end before it begins."
        elif end and not_future(end, context):
            errors["theft_end"] = "The end cannot be in the future: leave it empty if it goes on."
        if data.get("tras_reference"):
            errors.update(self._tras_rules(data, context))
        elif data.get("shipper"):
            errors["shipper"] = "Name a Shipper only on a TRAS notice: leave this empty."
        return errors

    def _tras_rules(self, data, context):
        """A TRAS notice: raised by the CDSP, to a Shipper, with the volume notified."""
        if context.participant_type != "cdsp":
            return {"tras_reference": "Only the CDSP raises a theft notified through TRAS: "
                                      "leave this empty."}
        errors = {}
        to_org = context.to_org if isinstance(context.to_org, str) or context.to_org is None \
            else context.to_org.code
        named = data.get("shipper")
        if to_org and named and to_org.strip().upper() != named:
            errors["shipper"] = (f"The contact goes to {to_org.strip().upper()}: leave this "
                                 "empty, or name the same Shipper.")
        elif to_org or named:
            field = "to_org" if to_org else "shipper"
            problem = org_problem((to_org or named).strip().upper(), ("shipper",))
            if problem:
                errors[field] = problem + " A TRAS notice goes to the Shipper."
        else:
            errors["shipper"] = "Name the Shipper the TRAS notice goes to."
        if data.get("estimated_energy") in (None, ""):
            errors["estimated_energy"] = ("Give the volume the TRAS notice confirms, in kWh: "
                                          "the Shipper may object to it.")
        return errors

    def route(self, data, context):
        """A TRAS notice in the CDSP's file goes to the Shipper it names."""
        return data.get("shipper") if data.get("tras_reference") else None

    def ced_on_raise(self, data, recipient):
        if data.get("tras_reference") and recipient.tenant.code == "shipper":
            return theft.NOTIFIED_CED
        return None


GUIDE = Guide(slug="theft-of-gas", title="Theft of gas notified through TRAS (TOG)", body="""\
Since 1 April 2023 (UNC Modification 0734) suppliers send confirmed theft of gas through the
**Theft Risk Assessment Service (TRAS)** to the CDSP, which raises it to the Shipper. The
Shipper may review the theft and **object to the volume** before it enters settlement. Here a
TRAS notice is a **TOG** (Theft of Gas) contact the CDSP raises to the Shipper, naming the
TRAS notice and the volume in kWh.
""", sections=[
    ("Raising a TRAS notice (the CDSP)", """\
Raise a TOG to the Shipper on the portal (choose TOG, then the Shipper), through the API
(`POST /api/v1/contacts` with `type` TOG, `to_org` the Shipper and `fields.tras_reference`)
or many at once in a QMP file (the Files page, the API's `batch-files` or the CDSP's
mailbox), whose TOG records end with two cells: the TRAS notice reference, then the
Shipper's code. Give the **TRAS notice reference**, the theft's dates and method, and the volume the notice
confirms as the **Energy thought stolen** (kWh; required on a TRAS notice). Only the CDSP
names a TRAS reference, and only to a Shipper. The contact starts with the Case Event
Description **TRAS** and its window to object opens."""),
    ("Answering a TRAS notice (Shippers)", """\
The contact's page shows the notice: its TRAS reference, the volume notified, the window's
last day and the outcome. Within the window, either **accept the volume** (the contact is
resolved with TOG020 and the volume settles), or **object to the volume**: choose the reason,
say why and what the volume should be, and attach your evidence (a file: visit reports,
reads, photographs). The CED becomes **OBJC** and the CDSP decides. Through the API: read
`GET /api/v1/contacts/{reference}/theft`, then `POST .../theft/acceptance`, or attach the
evidence (`POST .../attachments`) and `POST .../theft/objection` naming its id."""),
    ("The window and silence", """\
The window is a number of business days from the day the notice is raised (weekends and
England and Wales bank holidays left out): 10 unless the CDSP sets another for your portal
(`theft_objection_days` under `[settings]` in the portal's tenant file). If you neither accept
nor object by the end of its last day, the volume is **deemed accepted**: the scheduled
contact work resolves the contact with TOG021, once, and records it in the audit log. An
objection after the window is refused, saying when it closed."""),
    ("The CDSP's decision", """\
CDSP staff decide an objection from the contact's page (or `POST .../theft/decision`):
**uphold** the notified volume (TOG022) or **amend** it to the volume they give (TOG023),
with their reasons. The contact is resolved and both sides see the outcome and the volume
that enters settlement."""),
    ("Outcomes and reports", """\
Each notice ends accepted, deemed accepted, upheld or amended (or withdrawn, when the CDSP
cancels the contact before the window closes). **Reports > Theft of gas reports** give, per
month, the notices, the volumes notified and settled and the outcomes (the shipper's
report), and every Theft of Gas contact with the energy thought stolen and where it stands
(the transporter's report), each as CSV."""),
    ("What is ours", """\
The public record says who notifies whom and that the Shipper may object to the volume
before settlement. The window's length, the reasons for objecting, the CEDs TRAS and OBJC,
the resolution codes TOG020 to TOG023 and the reports' columns are this service's choices,
made to be changed."""),
])
GUIDE.audiences = ("shipper", "gt", "cdsp")


@hookimpl
def register_contact_types():
    return [TheftOfGas()]


@hookimpl
def register_guides():
    return [GUIDE]


@hookimpl
def contact_created(contact):
    """A TOG the CDSP raised to a Shipper from a TRAS notice opens its objection window."""
    if contact.contact_type == TheftOfGas.code:
        theft.open_notice(contact)


GUARDED = {"contact.resolve", "contact.reject", "contact.request_info", "contact.allocate"}


@hookimpl
def permission_allowed(action, obj):
    """A TRAS notice not yet decided is answered by accepting or objecting (the Shipper) and
    deciding (the CDSP), never by the engine's own resolve, reject, request or allocate."""
    if action in GUARDED and isinstance(obj, Contact) and theft.guarded(obj):
        return False
    return None
