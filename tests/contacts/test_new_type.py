"""A fifteenth contact type, registered by a test plugin, works like the fourteen: it is in
the registry, off until a tenant enables it, and runs the suite every type runs (raised
through the portal's form, the API and a QMP file, in Contacts Explained, behind the wall)."""
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
from tests.contacts.every_type import ChannelSuite


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
    example = {"mprn": "3938424403", "summary": "Exchanged in March", "old_serial": "A1",
               "new_serial": "B2", "dials": 5}
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


def test_its_own_rule_rejects_a_record_and_the_good_one_stands(app, clock, shipper, enabled):
    data = {"mprn": "3938424403", "summary": "Exchanged in March", "old_serial": "A1",
            "new_serial": "B2"}
    good, bad = raise_many(shipper, [dict(data, contact_type="MEX"),
                                     dict(data, contact_type="MEX", new_serial="A1")], "batch")
    assert good.contact.reference == "MEX-2026-000001" and good.contact.channel == "batch"
    assert (bad.code, bad.text) == ("bad_value", "new_serial: The new meter must have another serial number.")


class TestMexOnEveryChannel(ChannelSuite):
    """The suite every registered type runs, for a type only a test plugin registers:
    portal form, API, QMP file, Contacts Explained, and the wall."""

    @pytest.fixture
    def suite_plugins(self):
        return [MexPlugin()]

    @pytest.fixture
    def ctype_code(self):
        return "MEX"
