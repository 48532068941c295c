"""INV: Invoice Query — question a charge on an invoice from the CDSP."""
from core import hookimpl
from core.contacts import BusinessDate, Choice, ContactSchema, Money, not_future
from core.registry import ContactType
from marshmallow import fields, validate

INVOICE_TYPES = ("commodity", "amendment", "reconciliation", "ancillary")


class InvSchema(ContactSchema):
    invoice_number = fields.String(required=True, validate=validate.Regexp(
        r"^[A-Z0-9]{6,20}$", error="An invoice number is 6 to 20 capital letters or digits."),
        metadata={"description": "The invoice's number"})
    invoice_date = BusinessDate(required=True, metadata={"description": "The invoice's date"})
    invoice_type = Choice(INVOICE_TYPES, required=True,
                          metadata={"description": "Which invoice: " + ", ".join(INVOICE_TYPES)})
    disputed_amount = Money(required=True, metadata={"description": "The amount in question, GBP"})


class InvoiceQuery(ContactType):
    code = "INV"
    name = "Invoice Query"
    sub_service = "Invoicing"
    raised_by = ("shipper", "gt", "igt")
    cdsp_may_raise = True
    service_level_days = 15
    mprn_required = False
    schema = InvSchema
    batch_fields = ("invoice_number", "invoice_date", "invoice_type", "disputed_amount")
    ceds = {"INVR": "With the invoicing team", "CRDN": "Credit note being issued"}
    example = {"summary": "Charge twice", "invoice_number": "INV123456",
               "invoice_date": "2026-03-01", "invoice_type": "commodity",
               "disputed_amount": 125.50}
    guide = """
        Question a charge on an invoice. Give the invoice's number and date (not in the
        future), which invoice it is and the amount in question. Give an MPRN when the
        charge concerns one meter point.
    """

    def rules(self, data, context):
        if not_future(data["invoice_date"], context):
            return {"invoice_date": "The invoice date cannot be in the future."}
        return {}


@hookimpl
def register_contact_types():
    return [InvoiceQuery()]
