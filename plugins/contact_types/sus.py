"""SUS: Shipperless and Unregistered Site — a meter point taking gas with no Shipper
responsible for it: *shipperless* (a Shipper was registered once, but none is now) or
*unregistered* (a new connection no Shipper ever registered).

From the public record (UNC Modifications 0410A and 0424, change COR2789): the CDSP allocates
such a site to a Shipper with the Case Event Description SPUR, "Supply Point Update Required",
or to the Network with ALNW, "Allocated to Networks". Here that is one type, raised two ways:

* the CDSP raises it to a Shipper or a Network (GT or IGT), and it starts with SPUR or ALNW
  by who receives it (:meth:`ShipperlessSite.ced_on_raise`);
* a Network reports a site it found (for example on a GSR investigation) to the CDSP, where
  it starts with WCDS; the CDSP then allocates it with SPUR, or sets ALNW and answers.

Its fields, codes and service level are **ours**: the public record names the process and its
two CEDs, not what a contact carries.
"""
from core import hookimpl
from core.contacts import (BusinessDate, Choice, ContactSchema, MeterSerial, OrgCode, Postcode,
                           Text, not_future, org_problem)
from core.registry import ContactType, Guide

CATEGORIES = ("shipperless", "unregistered")
SOURCES = ("gsr_investigation", "site_visit", "meter_read", "data_check", "other")
RECIPIENTS = ("shipper", "gt", "igt")           # whom the CDSP may raise it to
CED_BY_RECIPIENT = {"shipper": "SPUR", "gt": "ALNW", "igt": "ALNW", "cdsp": "WCDS"}


class SusSchema(ContactSchema):
    site_category = Choice(CATEGORIES, required=True, metadata={
        "description": "shipperless: a Shipper was registered once but none is now; "
                       "unregistered: a new connection no Shipper has registered",
        "label": "Kind of site"})
    identified_on = BusinessDate(required=True, metadata={
        "description": "The day the site was found taking gas without a Shipper",
        "label": "Found on"})
    found_by = Choice(SOURCES, metadata={"description": "How it was found: " + ", ".join(SOURCES)})
    meter_serial = MeterSerial(metadata={"description": "Serial number of the meter on site, "
                                                        "if there is one"})
    last_shipper = OrgCode(metadata={"description": "Code of the Shipper last registered at the "
                                                    "meter point (shipperless sites)",
                                     "label": "Last Shipper"})
    address = Text(300, metadata={"description": "Where the site is"})
    postcode = Postcode(metadata={"description": "Postcode of the site"})
    details = Text(4000, metadata={"description": "What is known of the site and its gas use"})


def _code(org):
    return org if isinstance(org, str) or org is None else org.code


class ShipperlessSite(ContactType):
    code = "SUS"
    name = "Shipperless and Unregistered Site"
    sub_service = "Data Amend"
    raised_by = ("gt", "igt")        # a Network reports a site to the CDSP
    cdsp_may_raise = True            # the CDSP allocates a site to a Shipper or a Network
    received_by = RECIPIENTS
    service_level_days = 20
    schema = SusSchema
    batch_fields = ("site_category", "identified_on", "found_by", "meter_serial", "last_shipper",
                    "address", "postcode", "details")
    ceds = {"SPUR": "Supply Point Update Required (with the Shipper)",
            "ALNW": "Allocated to Networks (with the GT or IGT)",
            "WCDS": "With the CDSP: finding who is responsible"}
    rejection_codes = {"SUS001": "Not ours: we were never registered at the site"}
    resolution_codes = {"SUS010": "Supply point registered: a Shipper is now responsible",
                        "SUS011": "Site isolated or disconnected: no gas is being taken",
                        "SUS012": "No Shipper found: the Network is responsible for the gas"}
    example = {"mprn": "3938424403", "summary": "Gas taken at a site with no Shipper",
               "site_category": "shipperless", "identified_on": "2026-03-02",
               "found_by": "gsr_investigation", "meter_serial": "E6S-2201"}
    guide = """
        A meter point taking gas with no Shipper responsible for it: shipperless (a Shipper
        was registered once) or unregistered (a new connection nobody registered). The CDSP
        raises it to the Shipper it finds responsible, where it starts with the CED SPUR
        (Supply Point Update Required: register the supply point or have the site made
        safe), or to the Network, where it starts with ALNW (Allocated to Networks). A
        Network may also report such a site to the CDSP (WCDS), which then allocates it.
        See the [Shipperless and unregistered sites guide](shipperless-sites).
    """

    def rules(self, data, context):
        errors = {}
        if not_future(data["identified_on"], context):
            errors["identified_on"] = "The site cannot be found in the future."
        if data.get("last_shipper"):
            problem = org_problem(data["last_shipper"], ("shipper",))
            if problem:
                errors["last_shipper"] = problem
        to_org = _code(context.to_org)
        if context.participant_type == "cdsp" and to_org:
            problem = org_problem(to_org, RECIPIENTS)
            if problem:
                errors["to_org"] = (problem + " Raise a SUS to the Shipper responsible (SPUR) "
                                              "or to the Network (ALNW).")
        return errors

    def ced_on_raise(self, data, recipient):
        return CED_BY_RECIPIENT.get(recipient.tenant.code)


GUIDE = Guide(slug="shipperless-sites", title="Shipperless and unregistered sites (SUS)", body="""\
Gas must not be taken at a meter point without a Shipper responsible for it. When the CDSP
finds such a site it raises a **SUS** contact to whoever must put it right, and the contact's
Case Event Description says who that is: **SPUR** (Supply Point Update Required) with a
Shipper, **ALNW** (Allocated to Networks) with a Gas Transporter or IGT.
""", sections=[
    ("Kinds of site", """\
*Shipperless*: a Shipper was registered at the meter point once, but none is now (the
registration ended while gas is still taken). *Unregistered*: a new connection that no
Shipper has registered. The contact says which, when the site was found, how, and what is
known of the meter and the last Shipper."""),
    ("SPUR: with the Shipper", """\
A SUS raised to a Shipper starts with the CED SPUR. Register the supply point (or have the
site isolated) and resolve the contact: SUS010 registered, SUS011 isolated or disconnected.
If you were never registered at the site, reject it with SUS001 and say what you know; the
CDSP then looks again, or allocates it to the Network."""),
    ("ALNW: with the Network", """\
A SUS raised to a Gas Transporter or IGT starts with the CED ALNW: no Shipper could be found,
and the Network is responsible for the gas taken until one is. Resolve it with SUS012, or
SUS010 once a Shipper registers the site, or SUS011 once it is isolated."""),
    ("Networks reporting a site", """\
A Network that finds a site taking gas with no Shipper (for example when a Shipper answers a
GSR with a meter found on site) raises a SUS on the portal, through the API or in a QMP file.
It goes to the CDSP with the CED WCDS; the CDSP allocates it to the Shipper responsible with
SPUR, or sets ALNW and answers you when no Shipper can be found."""),
    ("What is ours", """\
The public record names the process and its two CEDs, SPUR and ALNW. The fields, the CED
WCDS, the rejection and resolution codes and the service level of 20 business days (changed
per portal with `SUS = N` under `[service_levels]`) are this service's choices."""),
])
GUIDE.audiences = ("shipper", "gt", "igt", "cdsp")


@hookimpl
def register_contact_types():
    return [ShipperlessSite()]


@hookimpl
def register_guides():
    return [GUIDE]
