"""CDQ: Consumption Dispute Query — dispute the consumption recorded for a meter point
over a period."""
from core import hookimpl
from core.contacts import (BusinessDate, Choice, ContactSchema, MeterSerial, Read,
                                  not_future)
from core.registry import ContactType

REASONS = ("estimated_reads", "wrong_read", "meter_fault", "unexplained_consumption")


class CdqSchema(ContactSchema):
    meter_serial = MeterSerial(required=True, metadata={"description": "Meter serial number"})
    dispute_start = BusinessDate(required=True, metadata={"description": "Start of the disputed period"})
    dispute_end = BusinessDate(required=True, metadata={"description": "End of the disputed period"})
    reason = Choice(REASONS, required=True, metadata={"description": "Why: " + ", ".join(REASONS)})
    disputed_read = Read(metadata={"description": "The read you dispute"})
    read_date = BusinessDate(metadata={"description": "The disputed read's date"})
    proposed_read = Read(metadata={"description": "The read you believe is right"})


class ConsumptionDisputeQuery(ContactType):
    code = "CDQ"
    name = "Consumption Dispute Query"
    sub_service = "Data Amend"
    raised_by = ("shipper", "gt")
    service_level_days = 20
    schema = CdqSchema
    batch_fields = ("meter_serial", "dispute_start", "dispute_end", "reason", "disputed_read",
                    "read_date", "proposed_read")
    ceds = {"CNIN": "Consumption under investigation", "ALNW": "Allocated to Networks"}
    example = {"mprn": "3938424403", "summary": "Consumption too high",
               "meter_serial": "M123", "dispute_start": "2025-01-01",
               "dispute_end": "2025-03-31", "reason": "wrong_read", "disputed_read": 1200,
               "read_date": "2025-02-01"}
    guide = """
        Dispute the consumption recorded for a meter point over a period that has ended.
        Give the disputed read and its date when the dispute is about one read (the date
        must fall within the period), and the read you believe is right.
    """

    def rules(self, data, context):
        errors = {}
        start, end = data["dispute_start"], data["dispute_end"]
        if end < start:
            errors["dispute_end"] = "The disputed period cannot end before it starts."
        elif not_future(end, context):
            errors["dispute_end"] = "The disputed period must have ended."
        read_date = data.get("read_date")
        if read_date and not start <= read_date <= end:
            errors["read_date"] = "The disputed read's date must fall within the disputed period."
        if ("disputed_read" in data) != ("read_date" in data):
            errors["read_date" if "disputed_read" in data else "disputed_read"] = (
                "Give the disputed read and its date together.")
        return errors


@hookimpl
def register_contact_types():
    return [ConsumptionDisputeQuery()]
