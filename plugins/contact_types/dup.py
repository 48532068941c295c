"""DUP: Duplicate Meter Point — two meter points recorded for one supply."""
from core import hookimpl
from core.contacts import ContactSchema, MeterSerial, Mprn
from core.registry import ContactType


class DupSchema(ContactSchema):
    duplicate_mprn = Mprn(required=True, metadata={"description": "The MPRN you believe duplicates it"})
    meter_serial = MeterSerial(metadata={"description": "Serial number of the meter on site"})


class DuplicateMeterPoint(ContactType):
    code = "DUP"
    name = "Duplicate Meter Point"
    sub_service = "Data Amend"
    raised_by = ("shipper", "gt", "igt", "mra")
    cdsp_may_raise = True
    service_level_days = 10
    schema = DupSchema
    batch_fields = ("duplicate_mprn", "meter_serial")
    ceds = {"DPIN": "Duplicate under investigation", "DPRM": "Duplicate being removed"}
    example = {"mprn": "3938424403", "summary": "Two MPRNs one meter",
               "duplicate_mprn": "1234567810"}
    guide = """
        Report two meter points recorded for one supply. Give the MPRN that should stay
        and the one that duplicates it; they must differ.
    """

    def rules(self, data, context):
        if data["duplicate_mprn"] == data.get("mprn"):
            return {"duplicate_mprn": "The duplicate must be a different MPRN."}
        return {}


@hookimpl
def register_contact_types():
    return [DuplicateMeterPoint()]
