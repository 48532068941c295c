"""AQQ: Annual Quantity Query — challenge the annual quantity (AQ) of a meter point."""
from core import hookimpl
from core.contacts import BusinessDate, Choice, ContactSchema, Quantity, example_date
from core.registry import ContactType

REASONS = ("change_of_use", "vacant_premises", "meter_fault", "demolition", "other")
MIN_CHANGE = 0.20   # a proposed AQ must differ from the current by at least 20 %


class AqqSchema(ContactSchema):
    current_aq = Quantity(required=True, metadata={"description": "The AQ on record, kWh"})
    proposed_aq = Quantity(required=True, metadata={"description": "The AQ you propose, kWh"})
    effective_date = BusinessDate(required=True, metadata={"description": "From when it applies"})
    reason = Choice(REASONS, required=True, metadata={"description": "Why: " + ", ".join(REASONS)})


class AnnualQuantityQuery(ContactType):
    code = "AQQ"
    name = "Annual Quantity Query"
    sub_service = "Data Amend"
    raised_by = ("shipper",)
    service_level_days = 10
    schema = AqqSchema
    batch_fields = ("current_aq", "proposed_aq", "effective_date", "reason")
    ceds = {"AQRV": "AQ under review", "AQUP": "AQ updated"}

    @property
    def example(self):
        """Effective ten business days from today: a date to come, whatever day it is read."""
        return {"mprn": "3938424403", "summary": "Premises now a shop", "current_aq": 10000,
                "proposed_aq": 20000, "effective_date": example_date(10),
                "reason": "change_of_use"}

    guide = """
        Ask for the AQ of a meter point to change because the use of the premises has
        changed. The proposed AQ must differ from the one on record by at least 20% and
        be at least 1 kWh; it applies from the effective date, which cannot be in the past.
    """

    def rules(self, data, context):
        errors = {}
        current, proposed = data["current_aq"], data["proposed_aq"]
        if proposed < 1:
            errors["proposed_aq"] = "Propose an AQ of at least 1 kWh."
        elif abs(proposed - current) < MIN_CHANGE * max(current, 1):
            errors["proposed_aq"] = "The proposed AQ must differ from the current by at least 20%."
        if data["effective_date"] < context.today:
            errors["effective_date"] = "The effective date cannot be in the past."
        return errors


@hookimpl
def register_contact_types():
    return [AnnualQuantityQuery()]
