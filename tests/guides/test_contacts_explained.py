"""Contacts Explained is written from the contact-type plugins: who raises each type, its
service level, its fields and its batch record."""
import types

import pytest
from marshmallow import Schema, fields, validate

from core.hookspecs import hookimpl
from core.registry import ContactType
from core.tenancy import set_plugin_enabled


class Zzq(ContactType):
    code = "ZZQ"
    name = "Zebra Zone Query"
    sub_service = "Data Amend"
    raised_by = ("shipper",)
    service_level_days = 7
    batch_fields = ("read_date", "reading")
    ceds = {"ZZWT": "Waiting for the zebra"}
    guide = "Raise a ZZQ when the **zebra** is wrong."

    class schema(Schema):
        mprn = fields.String(required=True, metadata={"description": "The meter point"})
        summary = fields.String(required=True)
        reading = fields.Integer(required=True, validate=validate.Range(min=0),
                                 metadata={"description": "The meter's index"})
        read_date = fields.Date(metadata={"description": "When it was read"})
        reason = fields.String(validate=validate.OneOf(["lost", "stolen"]))


class Bare(ContactType):
    """A type that declares nothing but its code and name."""
    code = "ZZB"
    name = "Bare type"
    raised_by = ("gt",)


def plugin(name, *contact_types):
    module = types.ModuleType(name)
    module.register_contact_types = hookimpl(lambda: list(contact_types))
    return module


@pytest.fixture
def app_config():
    return {"CMS_EXTRA_PLUGINS": [plugin("zzq", Zzq()), plugin("zzb", Bare())]}


@pytest.fixture
def enabled(app, principals):
    admin = principals.user("admin")
    for tenant in ("shipper", "gt", "cdsp"):
        for name in ("zzq", "zzb"):
            set_plugin_enabled(admin, tenant, name, True)


def page(client):
    response = client.get("/shipper/help/contacts-explained")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_a_type_is_explained_from_its_plugin(enabled, client, login_as):
    login_as("user", "ALP")
    html = page(client)
    assert 'href="#zzq">ZZQ – Zebra Zone Query</a>' in html
    section = html.split('<section id="zzq"', 1)[1].split("</section>", 1)[0]
    assert "<h2>ZZQ – Zebra Zone Query</h2>" in section
    assert "Raise a ZZQ when the <strong>zebra</strong> is wrong." in section
    assert "<dd>Shipper portal</dd>" in section
    assert "7 business days" in section
    assert ("Q01,&lt;ORIGINATOR_REF&gt;,ZZQ,&lt;MPRN&gt;,&lt;SUMMARY&gt;,&lt;READ_DATE&gt;,"
            "&lt;READING&gt;") in section
    assert ("<code>reading</code></td><td>Yes</td><td>whole number; at least 0</td>"
            "<td>The meter&#39;s index</td>") in section
    assert "<code>read_date</code></td><td>No</td><td>date, YYYY-MM-DD (YYYYMMDD in batch files)" in section
    assert "text; one of lost, stolen" in section
    assert "ZZWT" in section and "Waiting for the zebra" in section
    order = [section.index(f"<code>{name}</code>")
             for name in ("mprn", "summary", "read_date", "reading", "reason")]
    assert order == sorted(order)  # in batch-record order, the rest after


def test_a_tenant_override_of_the_service_level_is_shown(enabled, client, login_as, app):
    spec = app.extensions["cms"].tenants["shipper"]
    spec.service_levels["ZZQ"] = 3
    try:
        login_as("user", "ALP")
        assert "3 business days" in page(client)
    finally:
        del spec.service_levels["ZZQ"]


def test_only_types_the_portal_may_use_are_explained(enabled, principals):
    shipper, _ = principals.client("user", "ALP")
    html = page(shipper)
    assert 'id="zzq"' in html and 'id="zzb"' not in html
    gt, _ = principals.client("user", "NWG")
    html = gt.get("/gt/help/contacts-explained").get_data(as_text=True)
    assert 'id="zzb"' in html and 'id="zzq"' not in html
    assert "ZZB – Bare type" in html  # nothing but a code and a name is still explained
    agent, _ = principals.client("agent")
    html = agent.get("/cdsp/help/contacts-explained").get_data(as_text=True)
    assert 'id="zzq"' in html and 'id="zzb"' in html


def test_a_disabled_type_drops_out(enabled, client, login_as, principals):
    login_as("user", "ALP")
    set_plugin_enabled(principals.user("admin"), "shipper", "zzq", False)
    assert 'id="zzq"' not in page(client)


def test_a_type_is_found_by_search(enabled, client, login_as):
    login_as("user", "ALP")
    html = client.get("/shipper/help/search?q=zebra").get_data(as_text=True)
    assert 'href="/shipper/help/contacts-explained#zzq"' in html
