"""GSR: Gas Safety Regulations query — a transporter (GT or IGT) asks the Shipper registered at
a meter point to investigate the site after its meter was removed, so that the service is
left safe under the Gas Safety (Installation and Use) Regulations.

From the public record (UNC Modification 0518): sites whose meter was removed some six months
earlier are sent to the Shipper, who has 30 days to investigate and report back to the
Transporter where a meter is still on site; found meters go on to the shipperless-sites
process (see ``sus.py``). The contact goes straight to the Shipper named on it (the CDSP is
not a party, though its staff may read it); the Shipper answers within the response window,
the type's service level. Its fields, codes and the six-month rule's setting are **ours**.
"""
from dateutil.relativedelta import relativedelta
from flask import current_app

from core import hookimpl
from core.contacts import (BusinessDate, Choice, ContactSchema, MeterSerial, OrgCode, Postcode,
                           Text, not_future, org_problem)
from core.registry import ContactType, Guide
from core.settings import Setting, whole_number

REASONS = ("removed_not_refitted", "consumption_after_removal", "isolation_unconfirmed",
           "other")
REMOVAL_MONTHS = "GSR_REMOVAL_MONTHS"


class GsrSchema(ContactSchema):
    shipper = OrgCode(required=True, metadata={
        "description": "Code of the Shipper registered at the meter point when the meter was "
                       "removed: the contact goes to it", "label": "Shipper"})
    removal_date = BusinessDate(required=True, metadata={
        "description": "The day the meter was removed", "label": "Meter removed on"})
    reason = Choice(REASONS, required=True, metadata={
        "description": "What the desk check found: " + ", ".join(REASONS)})
    meter_serial = MeterSerial(metadata={"description": "Serial number of the meter removed"})
    address = Text(300, metadata={"description": "Where the meter point is"})
    postcode = Postcode(metadata={"description": "Postcode of the premises"})
    details = Text(4000, metadata={"description": "What you know of the site and what you ask "
                                                  "the Shipper to confirm"})


def removal_months():
    """How many months must have passed since the removal (``CMS_GSR_REMOVAL_MONTHS``)."""
    return current_app.config.get("CMS_" + REMOVAL_MONTHS, 6)


class GasSafetyRegulationsQuery(ContactType):
    code = "GSR"
    name = "Gas Safety Regulations Query"
    sub_service = "Data Amend"
    raised_by = ("gt", "igt")
    received_by = ("shipper",)       # routed to the Shipper named on it
    service_level_days = 20          # the response window: MOD 0518's 30 days, in business days
    schema = GsrSchema
    batch_fields = ("shipper", "removal_date", "reason", "meter_serial", "address", "postcode",
                    "details")
    ceds = {"INVS": "With the Shipper: site under investigation",
            "VIST": "With the Shipper: site visit booked",
            "MTRF": "Meter found on site: the supply point is to be re-established"}
    rejection_codes = {"GSR001": "Not the registered Shipper on the removal date"}
    resolution_codes = {"GSR010": "No meter on site: the service is left safe",
                        "GSR011": "Meter found on site: passed to the shipperless sites process",
                        "GSR012": "A meter has since been fitted and registered"}
    example = {"mprn": "3938424403", "summary": "Meter removed, no new meter recorded",
               "shipper": "ALP", "removal_date": "2025-06-02", "reason": "removed_not_refitted",
               "meter_serial": "G4K-0381"}
    guide = """
        A Gas Transporter or IGT asks the Shipper registered at a meter point to investigate
        the site after its meter was removed, so that the service is left safe. Name the
        Shipper that was registered on the day of the removal: the contact goes straight to
        it, not to the CDSP. The removal must be at least six months ago (the CDSP may change
        this) and not in the future. The Shipper answers within the service level, the
        response window: it resolves with what it found (no meter, a meter still on site, a
        meter since fitted) or rejects with GSR001 when it was not the registered Shipper.
        See the [Gas safety queries guide](gas-safety-queries) for the whole journey.
    """

    def rules(self, data, context):
        errors = {}
        problem = org_problem(data["shipper"], self.received_by)
        if problem:
            errors["shipper"] = problem
        removed = data["removal_date"]
        months = removal_months()
        if not_future(removed, context):
            errors["removal_date"] = "The meter cannot be removed in the future."
        elif months and removed > context.today - relativedelta(months=months):
            latest = context.today - relativedelta(months=months)
            errors["removal_date"] = (f"A GSR is for a meter removed at least {months} months "
                                      f"ago: on or before {latest.isoformat()}.")
        return errors

    def route(self, data, context):
        return data["shipper"]


GUIDE = Guide(slug="gas-safety-queries", title="Gas safety queries (GSR)", body="""\
After a meter is removed, the Transporter must know the site was left safe. A **Gas Safety
Regulations query (GSR)** is how a Gas Transporter or IGT asks the Shipper registered at the
meter point to investigate. It goes from the Transporter to the Shipper directly: the CDSP
is not a party, though its staff can read it.
""", sections=[
    ("Raising a GSR (Transporters)", """\
Raise a GSR on the portal, through the API or in a QMP file, naming the MPRN, the **Shipper**
registered on the day the meter was removed, the day of the removal and what your desk check
found. The removal must be at least six months ago (the rule of UNC Modification 0518; the
CDSP sets the figure with `CMS_GSR_REMOVAL_MONTHS`, 0 for none) and not in the future. The
contact goes to the Shipper's queue; you follow it in yours."""),
    ("Answering a GSR (Shippers)", """\
A GSR raised to you is in your organisation's queue with its due date: the response window.
Accept it, set its Case Event Description as you go (INVS under investigation, VIST a site
visit booked, MTRF a meter found on site) and resolve it with what you found: GSR010 no meter
on site and the service left safe, GSR011 a meter found on site (it goes on to the shipperless
sites process), GSR012 a meter since fitted and registered. If you were not the registered
Shipper, reject it with GSR001 and say who was. Ask the Transporter for more with a Data
Clarification Request; the clock stops while it waits on them."""),
    ("The response window", """\
The window is the type's service level: 20 business days (the modification speaks of 30
days), counted from raising, weekends and bank holidays left out. A portal changes it with
`GSR = N` under `[service_levels]` in its tenant file. A GSR past its window is marked
breached in both organisations' lists and reports."""),
    ("What is ours", """\
The public record says who asks whom, why and how long the Shipper has. The fields (reason,
serial number, address, details), the Case Event Descriptions, the rejection and resolution
codes and the 20 business days are this service's choices, made to be changed."""),
])
GUIDE.audiences = ("shipper", "gt", "igt", "cdsp")


@hookimpl
def register_contact_types():
    return [GasSafetyRegulationsQuery()]


@hookimpl
def register_guides():
    return [GUIDE]


@hookimpl
def register_settings():
    return [Setting(REMOVAL_MONTHS, 6, whole_number,
                    help="months that must have passed since a meter's removal before a GSR "
                         "may be raised about it (0: none)")]
