"""MNC: Meter Point Number Creation — ask for a new MPRN for a new supply; one on an IGT's
network is routed to that IGT."""
from core import hookimpl
from core.contacts import ContactSchema, OrgCode, Postcode, Quantity, Text, org_problem
from core.registry import ContactType
from marshmallow import fields


class MncSchema(ContactSchema):
    address = Text(300, required=True, metadata={"description": "Address of the new supply"})
    postcode = Postcode(required=True, metadata={"description": "Postcode of the new supply"})
    estimated_aq = Quantity(required=True, metadata={"description": "Estimated annual quantity, kWh"})
    igt = OrgCode(metadata={"description": "Code of the IGT when the supply is on an IGT network"})
    new_build = fields.Boolean(metadata={"description": "Y for a new-build premises"},
                               truthy={"Y", "y", "1", "true", True}, falsy={"N", "n", "0", "false", False})


class MeterPointNumberCreation(ContactType):
    code = "MNC"
    name = "Meter Point Number Creation"
    sub_service = "Data Amend"
    raised_by = ("shipper",)
    service_level_days = 5
    mprn_required = False
    schema = MncSchema
    batch_fields = ("address", "postcode", "estimated_aq", "igt", "new_build")
    ceds = {"MPRC": "Meter point being created", "ALIG": "Allocated to the IGT"}
    example = {"summary": "New build", "address": "Plot 4, New Road", "postcode": "B2 2BB",
               "estimated_aq": 12000}
    guide = """
        Ask for a Meter Point Reference Number for a supply that has none. Give the
        premises' address and postcode and an estimated AQ above zero. When the supply is on
        an IGT's network, name the IGT: the contact goes to it (IGT MPRNs start 74 to 77).
    """

    def rules(self, data, context):
        errors = {}
        if data["estimated_aq"] < 1:
            errors["estimated_aq"] = "Give an estimated AQ of at least 1 kWh."
        if data.get("igt"):
            problem = org_problem(data["igt"], ("igt",))
            if problem:
                errors["igt"] = problem
        return errors

    def route(self, data, context):
        return data.get("igt")


@hookimpl
def register_contact_types():
    return [MeterPointNumberCreation()]
