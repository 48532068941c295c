"""The plugin system: defaults, entry points, check_pending, registries, `cms plugins`."""
import ast
import pathlib
import sys
import textwrap

import pytest

from core import create_app, hookimpl, hookspecs
from core.config import ConfigError
from core.registry import Channel, ContactType, Guide

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


def test_a_blocked_plugin_is_not_loaded(tmp_path):
    app = create_app(settings(tmp_path, CMS_BLOCKED_PLUGINS=["xyzplug"],
                              CMS_EXTRA_PLUGINS=[]))
    assert app.extensions["cms"].pm.is_blocked("xyzplug")


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


def test_every_hook_has_a_test():
    sources = "\n".join(p.read_text() for p in (ROOT / "tests").rglob("test_*.py"))
    untested = [name for name in hook_names() if name not in sources]
    assert not untested, f"hooks without a test: {untested}"


def test_plugins_import_only_core():
    for path in (ROOT / "plugins").rglob("*.py"):
        tree = ast.parse(path.read_text())
        own = path.relative_to(ROOT).parts[:2]  # ("plugins", "<plugin package or module>")
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                parts = tuple(node.module.split("."))
                if parts[0] == "plugins":
                    assert parts[:2] == (own[0], own[1].removesuffix(".py")), \
                                        f"{path.relative_to(ROOT)} imports another plugin: {node.module}"
