"""ADD: Address Amendment — correct the address recorded for a meter point."""
from core import hookimpl
from core.contacts import ContactSchema, Postcode, Text
from core.registry import ContactType
from marshmallow import fields, validate


class AddSchema(ContactSchema):
    building = Text(100, metadata={"description": "Building name or number"})
    street = Text(100, required=True, metadata={"description": "Street"})
    town = Text(60, required=True, metadata={"description": "Town or city"})
    postcode = Postcode(required=True, metadata={"description": "Postcode"})
    uprn = fields.String(validate=validate.Regexp(r"^[0-9]{1,12}$", error="A UPRN is 1 to 12 digits."),
                         metadata={"description": "Unique Property Reference Number, if known"})


class AddressAmendment(ContactType):
    code = "ADD"
    name = "Address Amendment"
    sub_service = "Data Amend"
    raised_by = ("shipper", "gt", "igt")
    cdsp_may_raise = True
    service_level_days = 10
    schema = AddSchema
    batch_fields = ("building", "street", "town", "postcode", "uprn")
    ceds = {"ADVL": "Address being validated", "ADUP": "Address updated"}
    example = {"mprn": "3938424403", "summary": "Wrong street", "building": "2",
               "street": "Low St", "town": "Birmingham", "postcode": "B1 1AA"}
    guide = """
        Correct the address of a meter point. Give the address as it should be: the street,
        the town and a valid postcode are needed; a building name or number for anything
        but a single premises on its street. Give the UPRN when you know it.
    """

    def rules(self, data, context):
        if not data.get("building") and not data.get("uprn"):
            return {"building": "Give the building name or number (or the UPRN)."}
        return {}


@hookimpl
def register_contact_types():
    return [AddressAmendment()]
