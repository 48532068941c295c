"""FOM: Found Meter Point — a meter found on site that the records do not know, reported by
a UIP or a Network, and routed to the Network named on it."""
from core import hookimpl
from core.contacts import (BusinessDate, ContactSchema, MeterSerial, OrgCode, Postcode,
                                  Read, Text, not_future, org_problem)
from core.registry import ContactType


class FomSchema(ContactSchema):
    meter_serial = MeterSerial(required=True, metadata={"description": "Serial number on the meter"})
    address = Text(300, required=True, metadata={"description": "Where the meter is"})
    postcode = Postcode(required=True, metadata={"description": "Postcode of the premises"})
    found_date = BusinessDate(required=True, metadata={"description": "The day it was found"})
    read = Read(metadata={"description": "The meter's read when found"})
    network = OrgCode(metadata={"description": "Code of the Network (GT or IGT) the meter is on"})


class FoundMeterPoint(ContactType):
    code = "FOM"
    name = "Found Meter Point"
    sub_service = "Data Amend"
    raised_by = ("uip", "gt", "igt")
    service_level_days = 15
    mprn_required = False
    schema = FomSchema
    batch_fields = ("meter_serial", "address", "postcode", "found_date", "read", "network")
    ceds = {"ALNW": "Allocated to Networks", "MPRC": "Meter point being created"}
    example = {"summary": "Meter found in a cellar", "meter_serial": "F1",
               "address": "1 High St", "postcode": "b11aa", "found_date": "2026-04-01",
               "network": "NWG"}
    guide = """
        Report a meter found on site that has no meter point in the records. Give its
        serial number, where it is and the day you found it. Name the Network the meter is
        on and the contact goes straight to it; otherwise the CDSP finds the Network.
    """

    def rules(self, data, context):
        errors = {}
        if not_future(data["found_date"], context):
            errors["found_date"] = "The day it was found cannot be in the future."
        if data.get("network"):
            problem = org_problem(data["network"], ("gt", "igt"))
            if problem:
                errors["network"] = problem
        return errors

    def route(self, data, context):
        network = data.get("network")
        return network if network and network != context.organisation.code else None


@hookimpl
def register_contact_types():
    return [FoundMeterPoint()]
