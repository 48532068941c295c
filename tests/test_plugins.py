"""The plugin system: defaults, entry points, check_pending, registries, `cms plugins`."""
import configparser
import pathlib
import sys
import textwrap

import pytest

from core import apikeys, create_app, hookimpl, hookspecs
from core.cli import migration_runners
from core.config import ConfigError
from core.jobs import get_queue
from core.plugins import BUILTIN_PLUGINS
from core.registry import Channel, ContactType, Guide
from tests.support.plugin_imports import check_plugin_imports, plugin_units

ROOT = pathlib.Path(__file__).resolve().parent.parent


def settings(tmp_path, **extra):
    return {"CMS_DATA_DIR": str(tmp_path), "CMS_SECRET_KEY": "x" * 32, **extra}


class XyzType(ContactType):
    code = "XYZ"
    name = "Test type"


def plugin(name, **hooks):
    """A plugin object called ``name`` implementing ``hooks`` (hook name -> return value)."""
    namespace = {"name": name}
    for hook, value in hooks.items():
        namespace[hook] = hookimpl(lambda self, _value=value: _value)
        namespace[hook].__name__ = hook
    return type(name.title(), (), namespace)()


def test_core_defaults_are_registered(app):
    pm = app.extensions["cms"].pm
    names = {name for name, _ in pm.list_name_plugin()}
    assert {"core.tenancy", "core.actors", "core.permissions"} <= names


def test_a_misspelt_hook_stops_start_up(tmp_path):
    class Typo:
        name = "typo"

        @hookimpl
        def register_contact_typs(self):
            return []

    with pytest.raises(ConfigError, match="register_contact_typs"):
        create_app(settings(tmp_path, CMS_EXTRA_PLUGINS=[Typo()]))


def test_duplicate_codes_stop_start_up_naming_both_plugins(tmp_path):
    first = plugin("first", register_contact_types=[XyzType()])
    second = plugin("second", register_contact_types=[XyzType()])
    with pytest.raises(ConfigError) as info:
        create_app(settings(tmp_path, CMS_EXTRA_PLUGINS=[first, second]))
    assert "contact type 'XYZ' is registered by both plugin 'first' and plugin 'second'" in str(info.value)


@pytest.mark.parametrize("kind, item, hook", [
    ("channel", Channel(code="fax", name="Fax"), "register_channels"),
    ("guide", Guide(slug="faq", title="FAQ"), "register_guides"),
])
def test_duplicate_channels_and_guides_are_refused_too(tmp_path, kind, item, hook):
    a, b = plugin("alpha", **{hook: [item]}), plugin("beta", **{hook: [item]})
    with pytest.raises(ConfigError, match=f"{kind} .* both plugin 'alpha' and plugin 'beta'"):
        create_app(settings(tmp_path, CMS_EXTRA_PLUGINS=[a, b]))


def test_registries_remember_the_plugin_of_each_item(tmp_path):
    app = create_app(settings(tmp_path, CMS_EXTRA_PLUGINS=[plugin("xyzplug", register_contact_types=[XyzType()])]))
    registry = app.extensions["cms"].contact_types
    assert registry["XYZ"].plugin == "xyzplug"
    assert registry.enabled_for({"xyzplug"}) == [registry["XYZ"]]
    assert registry.enabled_for({"other"}) == []


ENQ_BODY = {"type": "ENQ", "mprn": "3938424403", "summary": "Why was my read rejected?",
            "originator_ref": "REF-1", "fields": {"topic": "data", "question": "Why?"}}


def api_headers(user):
    _, token = apikeys.create_key(user, user, "tests")
    return {"Authorization": f"Bearer {token}"}


def effects_of_webhooks_and_reports(app, principals):
    """What the webhooks and reports plugins do, observed from outside: {effect: present?}."""
    from plugins.webhooks.models import Webhook, WebhookDelivery
    lso = principals.user("lso", "ALP")
    Webhook.create(organisation=lso.organisation.id, url="https://hooks.example.com/cms",
                   events="contact.raised", secret="whsec_test")   # as the LSO's page would
    raised = app.test_client().post("/api/v1/contacts", json=ENQ_BODY, headers=api_headers(lso))
    assert raised.status_code == 201, raised.get_data(as_text=True)
    client = principals.sign_in(app.test_client(), lso)
    home = client.get("/shipper/").get_data(as_text=True)
    pm = app.extensions["cms"].pm
    return {
        "registered": pm.get_plugin("webhooks") is not None or pm.get_plugin("reports") is not None,
        # contact_created reached the webhooks plugin: it made a delivery for the LSO's webhook
        "hook called": WebhookDelivery.select().count() > 0,
        # pages: their status codes, 200 when loaded, 404 when blocked (checked below)
        "webhooks page": client.get("/shipper/webhooks").status_code,
        "reports page": client.get("/shipper/reports").status_code,
        "reports csv": client.get("/shipper/reports/export.csv").status_code,
        "settings": any(k.startswith("CMS_WEBHOOK_") for k in app.config),
        "webhooks link": 'href="/shipper/webhooks"' in home,
        "reports link": 'href="/shipper/reports"' in home,
        "jobs": any(job.name.startswith("webhooks.") for job in get_queue(app).jobs),
        "migrations": {"webhooks", "reports"} & {label for label, _ in migration_runners(pm)},
        "in cms plugins": "webhooks  [plugins.webhooks]" in app.test_cli_runner().invoke(
            args=["plugins"]).output,
    }


def test_the_webhooks_and_reports_plugins_have_effects_when_loaded(app, principals):
    """The control for the test below: each effect it looks for is there when not blocked."""
    effects = effects_of_webhooks_and_reports(app, principals)
    missing = sorted(k for k, v in effects.items() if not v or v == 404)
    assert not missing, f"missing though loaded: {missing}"
    assert (effects["webhooks page"], effects["reports page"], effects["reports csv"]) == (200, 200, 200)


@pytest.mark.parametrize("app_config", [{"CMS_BLOCKED_PLUGINS": ["webhooks", "reports"]}])
def test_a_blocked_plugin_is_not_loaded(app, principals):
    effects = effects_of_webhooks_and_reports(app, principals)
    left = sorted(k for k, v in effects.items() if v and v != 404)
    assert not left, f"still there though blocked: {left}"


def enq_effects(app, principals):
    """Where the ENQ contact type shows, observed from outside: {place: present?}."""
    user = principals.user("user", "ALP")
    api = app.test_client()
    listing = api.get("/api/v1/contact-types", headers=api_headers(user))
    assert listing.status_code == 200
    codes = {item["code"] for item in listing.json["items"]}
    assert "RFA" in codes  # the other types stay
    raised = api.post("/api/v1/contacts", json=ENQ_BODY, headers=api_headers(user))
    portal = principals.sign_in(app.test_client(), user)
    return {
        "registry": "ENQ" in app.extensions["cms"].contact_types,
        "api listing": "ENQ" in codes,
        "api raise": raised.status_code,                                    # 201, or refused
        "portal form": portal.get("/shipper/contacts/new/ENQ").status_code,  # 200 or 404
        "portal list": 'value="ENQ"' in portal.get("/shipper/contacts/new").get_data(as_text=True),
    }


def test_the_enq_type_shows_everywhere_when_loaded(app, principals):
    effects = enq_effects(app, principals)
    assert effects == {"registry": True, "api listing": True, "api raise": 201, "portal form": 200,
                       "portal list": True}


@pytest.mark.parametrize("app_config", [{"CMS_BLOCKED_PLUGINS": ["enq"]}])
def test_a_blocked_contact_type_is_gone_from_the_registry_and_the_channels(app, principals):
    effects = enq_effects(app, principals)
    assert effects == {"registry": False, "api listing": False, "api raise": 422, "portal form": 404,
                       "portal list": False}


def test_plugins_are_loaded_from_installed_entry_points(tmp_path, monkeypatch):
    # A real installed distribution: a module plus a dist-info declaring the entry point.
    site = tmp_path / "site"
    (site / "cms_extra_plugin-1.0.dist-info").mkdir(parents=True)
    (site / "cms_extra_plugin-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: cms-extra-plugin\nVersion: 1.0\n")
    (site / "cms_extra_plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[cms.plugins]\nextra = cms_extra_plugin\n")
    (site / "cms_extra_plugin.py").write_text(textwrap.dedent("""
        from core import hookimpl
        from core.registry import ContactType

        class Qqq(ContactType):
            code = "QQQ"
            name = "From an entry point"

        @hookimpl
        def register_contact_types():
            return [Qqq()]
    """))
    monkeypatch.syspath_prepend(str(site))
    app = create_app(settings(tmp_path / "data"))
    assert app.extensions["cms"].contact_types["QQQ"].plugin == "extra"
    sys.modules.pop("cms_extra_plugin", None)


def test_cms_plugins_lists_hooks_and_tenants(runner):
    result = runner.invoke(args=["plugins"])
    assert result.exit_code == 0
    assert "core.permissions  [core.defaults.permissions]" in result.output
    assert "hooks: permission_allowed" in result.output
    assert "tenants: all (core)" in result.output


def hook_names():
    return sorted(name for name in dir(hookspecs)
                  if callable(getattr(hookspecs, name)) and hasattr(getattr(hookspecs, name), "cms_spec"))


def test_every_hook_is_documented():
    for name in hook_names():
        doc = getattr(hookspecs, name).__doc__
        assert doc and doc.strip(), f"hook {name} has no docstring"
        if getattr(hookspecs, name).cms_spec.get("firstresult"):
            assert "stops at first non-None result" in doc, name


def test_plugins_import_only_core():
    """Each unit (a channel, a contact type, guides...) imports only itself, the stdlib,
    installed packages and the core's public modules: every import form, relative ones too."""
    violations = check_plugin_imports(ROOT, ROOT / "setup.cfg")
    assert not violations, "\n".join(map(str, violations))


def test_the_plugin_units_are_the_builtin_plugins_and_the_contracts():
    units = plugin_units(ROOT)
    assert units == set(BUILTIN_PLUGINS)
    parser = configparser.ConfigParser()
    parser.read(ROOT / "setup.cfg")
    listed = parser["importlinter:contract:plugins-are-independent"]["modules"].split()
    assert set(listed) == units, "setup.cfg's independence contract misses or invents a plugin"


def write_tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))


FAKE_PUBLIC_SURFACE = """\
[importlinter:contract:core-public-surface]
name = fake
type = protected
protected_modules =
    core.contacts.*
    core.defaults
allowed_importers =
    core
"""


def test_the_import_check_catches_every_form(tmp_path):
    write_tree(tmp_path, {
        "setup.cfg": FAKE_PUBLIC_SURFACE,
        "core/__init__.py": "",
        "core/contacts/__init__.py": "",
        "core/contacts/actions.py": "",
        "core/defaults/__init__.py": "",
        "tests/__init__.py": "",
        "plugins/__init__.py": "",
        "plugins/channels/__init__.py": "",
        "plugins/channels/api/__init__.py": "x = 1\n",
        "plugins/channels/web/__init__.py": "from . import forms\nfrom .forms import F\n",
        "plugins/channels/web/forms.py": "import os.path\nimport pluggy\nfrom core.contacts import act\n"
                                         "from core import contacts\nF = 1\n",
        "plugins/channels/batch/__init__.py": "",
        "plugins/channels/batch/relative.py": "from ..api import x\n",
        "plugins/channels/batch/sibling.py": "from .. import web\n",
        "plugins/channels/batch/absolute.py": "from plugins.channels.api import x\n",
        "plugins/channels/batch/plain.py": "import plugins.guides\n",
        "plugins/channels/batch/aliased.py": "import plugins.contact_types.enq as enq\n",
        "plugins/channels/batch/container.py": "from plugins import channels\n",
        "plugins/channels/batch/dynamic.py": "import importlib\nimportlib.import_module('plugins.guides')\n",
        "plugins/channels/batch/private.py": "import core.contacts.actions\n",
        "plugins/channels/batch/private_from.py": "from core.contacts.actions import act\n",
        "plugins/channels/batch/private_name.py": "from core.contacts import actions\n",
        "plugins/channels/batch/defaults.py": "from core.defaults.jobs import x\n",
        "plugins/channels/batch/local.py": "from tests.support import x\n",
        "plugins/channels/batch/missing.py": "import no_such_package_anywhere\n",
        "plugins/channels/batch/climbing.py": "from .... import x\n",
        "plugins/guides/__init__.py": "",
        "plugins/contact_types/__init__.py": "",
        "plugins/contact_types/enq.py": "from . import rfa\n",
        "plugins/contact_types/rfa.py": "from .enq import EnqType\n",
    })
    found = {(v.path, v.target) for v in check_plugin_imports(tmp_path, tmp_path / "setup.cfg")}
    assert found == {
        ("plugins/channels/batch/relative.py", "plugins.channels.api"),
        ("plugins/channels/batch/sibling.py", "plugins.channels.web"),
        ("plugins/channels/batch/absolute.py", "plugins.channels.api"),
        ("plugins/channels/batch/plain.py", "plugins.guides"),
        ("plugins/channels/batch/aliased.py", "plugins.contact_types.enq"),
        ("plugins/channels/batch/container.py", "plugins.channels"),
        ("plugins/channels/batch/dynamic.py", "plugins.guides"),
        ("plugins/channels/batch/private.py", "core.contacts.actions"),
        ("plugins/channels/batch/private_from.py", "core.contacts.actions"),
        ("plugins/channels/batch/private_name.py", "core.contacts.actions"),
        ("plugins/channels/batch/defaults.py", "core.defaults.jobs"),
        ("plugins/channels/batch/local.py", "tests.support"),
        ("plugins/channels/batch/missing.py", "no_such_package_anywhere"),
        ("plugins/channels/batch/climbing.py", "None"),
        ("plugins/contact_types/enq.py", "plugins.contact_types.rfa"),
        ("plugins/contact_types/rfa.py", "plugins.contact_types.enq"),
    }  # and nothing from web: its own relative imports, the stdlib, pluggy, core.contacts
