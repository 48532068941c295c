"""RFA: Request For Adjustment — correct the energy billed for a meter point over a period
(inaccurate reads, a late or corrective meter exchange, a wrong correction factor, or an
earlier reconciliation to correct)."""
import datetime

from core import hookimpl
from core.contacts import (BusinessDate, Choice, ContactSchema, CorrectionFactor,
                                  MeterSerial, Quantity, Read, WholeNumber)
from core.registry import ContactType
from marshmallow import validate

REASONS = ("inaccurate_read", "meter_exchange", "correction_factor", "reconciliation")
SMALL_AQ = 73_200                          # kWh: below it only adjustments after the cut-off
SMALL_AQ_CUTOFF = datetime.date(2017, 6, 1)


class RfaSchema(ContactSchema):
    meter_serial = MeterSerial(required=True, metadata={"description": "Meter serial number"})
    supply_point_class = WholeNumber(required=True, validate=validate.OneOf(
        (1, 2, 3, 4), error="A supply point class is 1, 2, 3 or 4."), metadata={
        "description": "Supply point class: 2, 3 or 4 (class 1 goes as a DMQ to the DMSP)"})
    annual_quantity = Quantity(required=True, metadata={"description": "Annual quantity (AQ), kWh"})
    adjustment_start = BusinessDate(required=True, metadata={"description": "First day adjusted"})
    adjustment_end = BusinessDate(required=True, metadata={"description": "Last day adjusted"})
    reason = Choice(REASONS, required=True, metadata={"description": "Why: " + ", ".join(REASONS)})
    open_read = Read(metadata={"description": "Read at the start of the period"})
    close_read = Read(metadata={"description": "Read at the end of the period"})
    correction_factor = CorrectionFactor(metadata={"description": "Correct correction factor"})


class RequestForAdjustment(ContactType):
    code = "RFA"
    name = "Request For Adjustment"
    sub_service = "Data Amend"
    raised_by = ("shipper", "dmsp")
    service_level_days = 10
    schema = RfaSchema
    batch_fields = ("meter_serial", "supply_point_class", "annual_quantity", "adjustment_start",
                    "adjustment_end", "reason", "open_read", "close_read", "correction_factor")
    ceds = {"RDVL": "Reads being validated", "ADJC": "Adjustment being calculated",
            "SPUR": "Supply Point Update Required (with the Shipper)",
            "INVP": "Adjustment passed to invoicing"}
    rejection_codes = {"RFA001": "Adjustment dates wrong for the meter point's history"}
    resolution_codes = {"RFA010": "Adjustment made and passed to invoicing",
                        "RFA011": "Adjustment made in part: see the resolution text"}
    example = {"mprn": "3938424403", "summary": "Reads were estimated",
               "meter_serial": "M123", "supply_point_class": 3, "annual_quantity": 50000,
               "adjustment_start": "2025-01-01", "adjustment_end": "2025-06-30",
               "reason": "inaccurate_read"}
    guide = """
        Ask for the energy of a meter point to be adjusted over a period. Allowed for
        supply point classes 2, 3 and 4: for a class 1 (daily metered) point raise a DMQ to
        your DMSP, who raises the RFA for you. The end date may not be before the start.
        Where the AQ is below 73,200 kWh the period must end after 1 June 2017 (it may span
        that date; the earlier part is not invoiced). Wrong adjustment dates are the
        commonest reason for rejection: check them against the meter's history.
    """

    def rules(self, data, context):
        errors = {}
        start, end = data["adjustment_start"], data["adjustment_end"]
        if end < start:
            errors["adjustment_end"] = "The adjustment cannot end before it starts."
        elif end > context.today:
            errors["adjustment_end"] = "The adjustment cannot end in the future."
        spc = data["supply_point_class"]
        if spc not in (2, 3, 4) and not (spc == 1 and context.participant_type == "dmsp"):
            errors["supply_point_class"] = ("An RFA is for supply point classes 2, 3 and 4: "
                                            "for class 1 raise a DMQ to the DMSP.")
        if data["annual_quantity"] < SMALL_AQ and end <= SMALL_AQ_CUTOFF:
            errors["adjustment_end"] = ("Where the AQ is below 73,200 kWh the adjustment must "
                                        "end after 2017-06-01.")
        if ("close_read" in data and "open_read" in data
                and data["close_read"] < data["open_read"]):
            errors["close_read"] = "The closing read is below the opening read."
        return errors


@hookimpl
def register_contact_types():
    return [RequestForAdjustment()]
