"""SAR: Shipper Agreed Read — a read agreed between the outgoing and incoming Shippers at a
change of supplier, to replace the read on record."""
import datetime

from core import hookimpl
from core.contacts import (BusinessDate, ContactSchema, MeterSerial, OrgCode, Read, example_date,
                           org_problem)
from core.registry import ContactType

MAX_AGE_DAYS = 365


class SarSchema(ContactSchema):
    meter_serial = MeterSerial(required=True, metadata={"description": "Meter serial number"})
    read_date = BusinessDate(required=True, metadata={"description": "The agreed read's date (the transfer date)"})
    agreed_read = Read(required=True, metadata={"description": "The agreed read"})
    other_shipper = OrgCode(required=True, metadata={"description": "Code of the other Shipper that agreed it"})
    previous_read = Read(metadata={"description": "The last read on record before it"})


class ShipperAgreedRead(ContactType):
    code = "SAR"
    name = "Shipper Agreed Read"
    sub_service = "Data Amend"
    raised_by = ("shipper", "mra")
    service_level_days = 5
    schema = SarSchema
    batch_fields = ("meter_serial", "read_date", "agreed_read", "other_shipper", "previous_read")
    ceds = {"RDVL": "Read being validated", "RDLD": "Read loaded"}

    @property
    def example(self):
        """Read ten business days ago: within the year and not to come, whatever day it is read."""
        return {"mprn": "3938424403", "summary": "Agreed read at transfer",
                "meter_serial": "S1", "read_date": example_date(-10), "agreed_read": 5000,
                "other_shipper": "BET", "previous_read": 4000}

    guide = """
        Replace the read at a change of Shipper with one both Shippers agree. The read date
        is the transfer date: not in the future and not more than a year ago. The agreed
        read may not be below the previous read on record. Name the other Shipper.
    """

    def rules(self, data, context):
        errors = {}
        read_date = data["read_date"]
        if read_date > context.today:
            errors["read_date"] = "The read date cannot be in the future."
        elif read_date < context.today - datetime.timedelta(days=MAX_AGE_DAYS):
            errors["read_date"] = "A read agreed more than a year ago cannot be loaded: raise an RFA."
        problem = org_problem(data["other_shipper"], ("shipper",))
        if problem:
            errors["other_shipper"] = problem
        elif data["other_shipper"] == context.organisation.code:
            errors["other_shipper"] = "Name the other Shipper, not your own organisation."
        if "previous_read" in data and data["agreed_read"] < data["previous_read"]:
            errors["agreed_read"] = "The agreed read is below the previous read on record."
        return errors


@hookimpl
def register_contact_types():
    return [ShipperAgreedRead()]
