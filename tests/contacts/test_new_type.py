"""A thirteenth contact type, registered by a test plugin, works like the twelve: it is in
the registry and the guide, and can be raised on screen, through the API and in a batch."""
import pytest
from marshmallow import fields

from core import hookimpl
from core.actors import SystemActor
from core.contacts.fields import ContactSchema, MeterSerial
from core.contacts import enabled_types
from core.contacts import raise_contact, raise_many
from core.errors import Invalid
from core.registry import ContactType
from core.tenancy import set_plugin_enabled


class MeterExchangeSchema(ContactSchema):
    old_serial = MeterSerial(required=True, metadata={"description": "Serial of the removed meter"})
    new_serial = MeterSerial(required=True, metadata={"description": "Serial of the new meter"})
    dials = fields.Integer(strict=False, metadata={"description": "Number of dials"})


class MeterExchange(ContactType):
    code = "MEX"
    name = "Meter Exchange Query"
    raised_by = ("shipper",)
    service_level_days = 3
    schema = MeterExchangeSchema
    batch_fields = ("old_serial", "new_serial", "dials")
    guide = "Query a meter exchange."

    def rules(self, data, context):
        if data["old_serial"] == data["new_serial"]:
            return {"new_serial": "The new meter must have another serial number."}
        return {}


class MexPlugin:
    name = "mex"

    @hookimpl
    def register_contact_types(self):
        return [MeterExchange()]


@pytest.fixture
def app_config():
    return {"CMS_EXTRA_PLUGINS": [MexPlugin()]}


@pytest.fixture
def enabled(app):
    set_plugin_enabled(SystemActor("test"), "shipper", "mex", True)


def test_the_type_is_registered_by_its_plugin(app):
    ctype = app.extensions["cms"].contact_types["MEX"]
    assert ctype.plugin == "mex"


def test_it_cannot_be_raised_until_the_tenant_enables_it(app, clock, shipper, mprn="3938424403"):
    with pytest.raises(Invalid) as caught:
        raise_contact(shipper, "MEX", {"mprn": mprn, "summary": "x", "old_serial": "A",
                                       "new_serial": "B"}, "web")
    assert caught.value.code == "unknown_type"
    assert "MEX" not in {t.code for t in enabled_types("shipper")}


def test_it_is_raised_on_every_channel_once_enabled(app, clock, shipper, enabled):
    assert "MEX" in {t.code for t in enabled_types("shipper")}
    data = {"mprn": "3938424403", "summary": "Exchanged in March", "old_serial": "A1",
            "new_serial": "B2"}
    on_screen = raise_contact(shipper, "MEX", data, "web")
    by_api = raise_contact(shipper, "mex", dict(data, dials="5"), "api")
    assert (on_screen.reference, by_api.reference) == ("MEX-2026-000001", "MEX-2026-000002")
    assert by_api.fields == {"old_serial": "A1", "new_serial": "B2", "dials": 5}
    assert on_screen.sla_days == 3
    good, bad = raise_many(shipper, [dict(data, contact_type="MEX"),
                                     dict(data, contact_type="MEX", new_serial="A1")], "batch")
    assert good.contact.reference == "MEX-2026-000003" and good.contact.channel == "batch"
    assert (bad.code, bad.text) == ("bad_value", "new_serial: The new meter must have another serial number.")
