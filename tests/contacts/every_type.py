"""The suite every contact type runs: raised through the portal's form (HTTP, with its CSRF
token), through the API (with the body the type's own listing gives as its example) and
in a QMP file uploaded on the portal; listed in Contacts Explained with its batch layout;
and seen only by its parties. Nothing here names a type: each one brings its own
``example``, so a new type module is tested by being registered.

``test_every_type.py`` runs :class:`ChannelSuite` for every type the service registers;
a test plugin's type runs it by subclassing (see ``test_new_type.py``).
"""
import csv
import html
import io

import pytest

from core.actors import SystemActor
from core.apikeys import create_key
from core.contacts import describe_type
from core.contacts.fields import jsonable
from core.models import Contact, ContactParty, Organisation
from core.plugins import build_plugin_manager
from core.registry import build_registries
from core.tenancy import plugin_enabled, set_plugin_enabled
from plugins.channels.batch.writers import write_qmp
from tests.support.principals import ORGS, PASSWORD

BASE = ("mprn", "summary", "originator_ref")


def registered_type_codes():
    """The codes of every contact type the service registers (built-in and installed)."""
    return sorted(ct.code for ct in build_registries(build_plugin_manager())["contact_types"])


def csrf_token(page):
    return page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]


def sign_in(client, user):
    """Sign in through the form, as a browser does: the token first, then the post."""
    url = f"/{user.organisation.tenant.code}/login"
    response = client.post(url, data={"email": user.email, "password": PASSWORD,
                                      "csrf_token": csrf_token(client.get(url))})
    assert response.status_code == 302 and "second-factor" not in response.headers["Location"]
    return client


class ChannelSuite:
    """Run with a ``ctype_code`` fixture naming the type under test."""

    @pytest.fixture(autouse=True)
    def world(self, clock, principals):
        """The examples' dates are valid on the suite's day (tests/contacts/conftest.py), and
        the organisations they name exist (tests/support/principals.py)."""
        for code in ORGS:
            principals.org(code)

    @pytest.fixture
    def suite_plugins(self):
        return []

    @pytest.fixture
    def app_config(self, suite_plugins):
        return {"WTF_CSRF_ENABLED": True, "CMS_QUEUE_IMMEDIATE": True,
                "CMS_EXTRA_PLUGINS": suite_plugins}

    @pytest.fixture
    def ctype(self, app, ctype_code):
        return app.extensions["cms"].contact_types[ctype_code]

    @pytest.fixture
    def described(self, ctype):
        return describe_type(ctype)

    @pytest.fixture
    def raiser(self, app, ctype, principals):
        """A user of the first participant type that may raise it, in a tenant enabling it
        (and the batch and API channels); a type only the CDSP raises is raised by an agent."""
        if not ctype.raised_by:
            return principals.user("agent")
        tenant = ctype.raised_by[0]
        for plugin in (ctype.plugin, "batch", "api", "web", "guides"):
            if not plugin_enabled(tenant, plugin):
                set_plugin_enabled(SystemActor("test"), tenant, plugin, True)
        org = next(code for code, (t, _, parent) in ORGS.items() if t == tenant and not parent)
        return principals.user("user", org)

    @pytest.fixture
    def portal(self, app, raiser):
        return sign_in(app.test_client(), raiser), f"/{raiser.organisation.tenant.code}"

    @pytest.fixture
    def expected(self, ctype):
        return self.kept_fields(ctype)

    @staticmethod
    def kept_fields(ctype):
        """The type's own fields as the engine keeps them, read from its example."""
        assert ctype.example, f"{ctype.code} declares no example"
        loaded = jsonable((ctype.schema)().load(ctype.example))
        return {k: v for k, v in loaded.items() if k not in BASE}

    def to_org(self, raiser):
        return {} if raiser.organisation.tenant.code != "cdsp" else {"to_org": "ALP"}

    def check(self, contact, expected, channel, ref):
        assert contact.channel == channel
        assert contact.originator_ref == ref
        assert contact.fields == expected
        assert contact.status == "submitted"

    # ------------------------------------------------------------------ raising

    def test_it_is_raised_through_the_portal_form(self, ctype, described, portal, raiser, expected):
        client, base = portal
        form = client.get(f"{base}/contacts/new/{ctype.code}")
        assert form.status_code == 200
        page = form.get_data(as_text=True)
        for field in described.fields:
            assert f'name="{field.name}"' in page, field.name
        values = {k: str(v) for k, v in ctype.example.items()}
        sent = client.post(f"{base}/contacts/new/{ctype.code}", data={
            **values, "originator_ref": "WEB-1", **self.to_org(raiser),
            "csrf_token": csrf_token(form)})
        assert sent.status_code == 302, sent.get_data(as_text=True)
        contact = Contact.get(Contact.originator_ref == "WEB-1")
        assert sent.headers["Location"].split("?")[0].endswith(f"/contacts/{contact.reference}")
        self.check(contact, expected, "web", "WEB-1")
        assert contact.reference in client.get(sent.headers["Location"]).get_data(as_text=True)

    def test_the_portal_form_refuses_it_without_the_csrf_token(self, ctype, portal):
        client, base = portal
        sent = client.post(f"{base}/contacts/new/{ctype.code}", data=dict(ctype.example))
        assert sent.status_code == 400
        assert Contact.select().count() == 0

    @pytest.mark.parametrize("later", [0, 500], ids=["today", "500 days on"])
    def test_it_is_raised_through_the_api_with_its_listed_example(self, ctype, described, client,
                                                                   raiser, clock, later):
        """On the suite's day, and 500 days on: an example's date measured from today (an
        effective date to come, a read of the last year) is listed as valid on the day."""
        clock.advance(days=later)
        expected = self.kept_fields(ctype)
        _, token = create_key(raiser, raiser, "suite")
        key = {"Authorization": f"Bearer {token}"}
        listing = client.get("/api/v1/contact-types", headers=key).get_json()
        entry = next(t for t in listing["items"] if t["code"] == ctype.code)
        assert entry["service_level_days"] == described.service_level_days
        assert [f["name"] for f in entry["fields"]] == [f.name for f in described.own_fields]
        for field, out in zip(described.own_fields, entry["fields"]):
            assert out.get("enum") == (list(field.enum) if field.enum else None), field.name
        body = dict(entry["example"], originator_ref="API-1", **self.to_org(raiser))
        sent = client.post("/api/v1/contacts", json=body, headers=key)
        assert sent.status_code == 201, sent.get_json()
        self.check(Contact.get(Contact.reference == sent.get_json()["reference"]),
                   expected, "api", "API-1")

    def test_it_is_raised_in_a_qmp_file(self, ctype, described, portal, raiser, expected):
        if raiser.organisation.tenant.code == "cdsp":
            pytest.skip("the CDSP does not send itself QMP files")
        client, base = portal
        record = next(csv.reader([described.batch_example]))[1:]   # after "Q01"
        record[0] = "QMP-1"
        data = write_qmp(raiser.organisation.code, 1, [record])
        page = client.get(f"{base}/files")
        sent = client.post(f"{base}/files", content_type="multipart/form-data", data={
            "file": (io.BytesIO(data), "every-type.qmp"), "csrf_token": csrf_token(page)})
        assert sent.status_code == 302, sent.get_data(as_text=True)
        done = client.get(sent.headers["Location"]).get_data(as_text=True)
        assert "1 accepted, 0 rejected" in done, done
        self.check(Contact.get(Contact.originator_ref == "QMP-1"), expected, "batch", "QMP-1")

    # ------------------------------------------------------------------ describing

    def test_contacts_explained_lists_it_with_its_layout(self, ctype, described, portal):
        client, base = portal
        page = client.get(f"{base}/help/contacts-explained")
        assert page.status_code == 200
        text = page.get_data(as_text=True)
        assert f'id="{ctype.code.lower()}"' in text
        layout = ",".join(["Q01", "<ORIGINATOR_REF>", ctype.code, "<MPRN>", "<SUMMARY>",
                           *(f"<{name.upper()}>" for name in ctype.batch_fields)])
        assert html.escape(layout, quote=False) in text
        for field in described.fields:
            assert f"<code>{field.name}</code>" in text, field.name

    # ------------------------------------------------------------------ the wall

    def test_only_its_parties_see_it(self, ctype, client, raiser, principals):
        from core.contacts import raise_contact
        contact = raise_contact(raiser, ctype.code, dict(ctype.example, originator_ref="WALL-1"),
                                "web", **self.to_org(raiser))
        parties = {p.organisation_id for p in ContactParty.select().where(
            ContactParty.contact == contact.id)}
        related = parties | {o.parent_id for o in Organisation.select().where(
            Organisation.id.in_(parties)) if o.parent_id}
        outsider_code = next(code for code, (_, _, parent) in ORGS.items()
                             if Organisation.by_code(code).id not in related and not parent)
        outsider = principals.user("user", outsider_code)
        _, token = create_key(outsider, outsider, "outsider")
        seen = client.get(f"/api/v1/contacts/{contact.reference}",
                          headers={"Authorization": f"Bearer {token}"})
        assert seen.status_code == 404
        browser = sign_in(principals.app.test_client(), outsider)
        page = browser.get(f"/{outsider.organisation.tenant.code}/contacts/{contact.reference}")
        assert page.status_code == 404
        insider = sign_in(principals.app.test_client(), raiser)
        assert insider.get(f"/{raiser.organisation.tenant.code}/contacts/"
                           f"{contact.reference}").status_code == 200
