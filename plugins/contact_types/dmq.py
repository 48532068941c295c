"""DMQ: Daily Metered Query — a query about a daily metered (class 1) meter point, routed
to the DMSP named on it."""
from core import hookimpl
from core.contacts import (BusinessDate, Choice, ContactSchema, MeterSerial, OrgCode,
                                  Read, not_future, org_problem)
from core.registry import ContactType

REASONS = ("missing_reads", "wrong_read", "adjustment_needed", "equipment_fault")


class DmqSchema(ContactSchema):
    dmsp = OrgCode(required=True, metadata={"description": "Code of the DMSP that reads the meter point"})
    meter_serial = MeterSerial(required=True, metadata={"description": "Meter serial number"})
    query_date = BusinessDate(required=True, metadata={"description": "The gas day in question"})
    reason = Choice(REASONS, required=True, metadata={"description": "Why: " + ", ".join(REASONS)})
    daily_read = Read(metadata={"description": "The daily read you expect"})


class DailyMeteredQuery(ContactType):
    code = "DMQ"
    name = "Daily Metered Query"
    sub_service = "Data Amend"
    raised_by = ("shipper",)
    service_level_days = 10
    schema = DmqSchema
    batch_fields = ("dmsp", "meter_serial", "query_date", "reason", "daily_read")
    ceds = {"ALDM": "Allocated to the DMSP", "RFAR": "RFA to be raised by the DMSP"}
    example = {"mprn": "3938424403", "summary": "Missing daily reads", "dmsp": "DMS",
               "meter_serial": "D-1", "query_date": "2026-03-30", "reason": "missing_reads"}
    guide = """
        Query the reads or data of a daily metered (supply point class 1) meter point. It
        goes straight to the DMSP you name, who answers it and, where an adjustment is
        needed, raises the RFA for you. The gas day may not be in the future.
    """

    def rules(self, data, context):
        errors = {}
        problem = org_problem(data["dmsp"], ("dmsp",))
        if problem:
            errors["dmsp"] = problem
        if not_future(data["query_date"], context):
            errors["query_date"] = "The gas day cannot be in the future."
        return errors

    def route(self, data, context):
        return data["dmsp"]


@hookimpl
def register_contact_types():
    return [DailyMeteredQuery()]
