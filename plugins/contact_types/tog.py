"""TOG: Theft of Gas — report suspected theft at a meter point; the only type on which a
Request For Information may be sent."""
from core import hookimpl
from core.contacts import (BusinessDate, Choice, ContactSchema, MeterSerial, Quantity,
                                  Text, not_future)
from core.registry import ContactType

METHODS = ("bypass", "tampered_meter", "reversed_meter", "illegal_connection", "other")


class TogSchema(ContactSchema):
    theft_start = BusinessDate(required=True, metadata={"description": "When the theft is thought to have begun"})
    theft_end = BusinessDate(metadata={"description": "When it ended (leave empty if it goes on)"})
    method = Choice(METHODS, required=True, metadata={"description": "How: " + ", ".join(METHODS)})
    estimated_energy = Quantity(metadata={"description": "Energy thought stolen, kWh"})
    meter_serial = MeterSerial(metadata={"description": "Meter serial number, if there is a meter"})
    evidence = Text(4000, metadata={"description": "What was found, by whom, and when"})


class TheftOfGas(ContactType):
    code = "TOG"
    name = "Theft of Gas"
    sub_service = "Data Amend"
    raised_by = ("shipper", "gt")
    cdsp_may_raise = True
    service_level_days = 30
    allows_rfi = True
    schema = TogSchema
    batch_fields = ("theft_start", "theft_end", "method", "estimated_energy", "meter_serial",
                    "evidence")
    ceds = {"INVS": "Under investigation", "ALNW": "Allocated to Networks",
            "ENGY": "Energy assessment under way"}
    correspondence_consequence = {"DCR": "resume", "CCR": "resume", "RFI": "resolve"}
    example = {"mprn": "3938424403", "summary": "Bypass found", "theft_start": "2026-01-01",
               "method": "bypass"}
    guide = """
        Report suspected theft of gas at a meter point. Give when it began (not in the
        future), how, and what evidence there is. The CDSP may send a Request For
        Information; one unanswered by its due date resolves the contact on what is known.
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
        return errors


@hookimpl
def register_contact_types():
    return [TheftOfGas()]
