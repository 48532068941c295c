"""The plugin manager: built inside the app factory, never at import time."""
import importlib
import inspect

import pluggy

from core import hookspecs

# Core behaviour that others may override; always on, never toggled per tenant.
CORE_PLUGINS = (
    "core.defaults.tenancy",
    "core.defaults.actors",
    "core.defaults.permissions",
    "core.defaults.contact_permissions",
    "core.defaults.contacts",
    "core.defaults.jobs",
)

# The plugins that ship with the service; tenants enable them by name.
BUILTIN_PLUGINS = (
    "plugins.guides",
    "plugins.channels.api",
    "plugins.channels.batch",
    "plugins.channels.web",
    "plugins.contact_types.rfa", "plugins.contact_types.cdq", "plugins.contact_types.dmq",
    "plugins.contact_types.fom", "plugins.contact_types.mnc", "plugins.contact_types.tog",
    "plugins.contact_types.sar", "plugins.contact_types.add", "plugins.contact_types.aqq",
    "plugins.contact_types.enq", "plugins.contact_types.inv", "plugins.contact_types.dup",
    "plugins.contact_types.gsr", "plugins.contact_types.sus",
    "plugins.notifications", "plugins.webhooks", "plugins.reports",
)

ENTRY_POINT_GROUP = "cms.plugins"


def plugin_name(module_name):
    """``core.defaults.permissions`` -> ``core.permissions``; ``plugins.contact_types.rfa`` -> ``rfa``."""
    if module_name.startswith("core.defaults."):
        return "core." + module_name.rsplit(".", 1)[1]
    return module_name.rsplit(".", 1)[1]


def is_core_plugin(name):
    return name.startswith("core.")


def build_plugin_manager(extra_plugins=(), blocked=()):
    """Specs, then entry points, then the defaults, then ``extra_plugins``; then check_pending."""
    pm = pluggy.PluginManager("cms")
    pm.add_hookspecs(hookspecs)
    for name in blocked:
        pm.set_blocked(name)
    pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    for module_name in CORE_PLUGINS + BUILTIN_PLUGINS:
        name = plugin_name(module_name)
        if not pm.is_blocked(name):
            pm.register(importlib.import_module(module_name), name=name)
    for plugin in extra_plugins:
        name = getattr(plugin, "name", None) or getattr(plugin, "__name__", None)
        pm.register(plugin, name=name)
    pm.check_pending()
    return pm


def describe_plugins(pm):
    """[(name, [hook names], source)] for every registered plugin, sorted by name."""
    rows = []
    for name, plugin in pm.list_name_plugin():
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        source = inspect.getmodule(plugin) or plugin
        rows.append((name, hooks, getattr(source, "__name__", repr(source))))
    return sorted(rows)


def plugin_description(pm, name):
    """The first paragraph of the plugin's docstring, on one line."""
    doc = (pm.get_plugin(name).__doc__ or "").strip()
    return " ".join(doc.split("\n\n")[0].split()).replace("``", "")


def plugin_title(pm, name):
    """What a person calls the plugin: "RFA – Request For Adjustment", "REST API channel"."""
    first = plugin_description(pm, name).split(" — ", 1)[0].split(": ", 1)
    if len(first) == 2 and first[0].isupper():          # "RFA: Request For Adjustment"
        return f"{first[0]} – {first[1]}"
    title = first[0].split(" (", 1)[0].removeprefix("The ").strip().rstrip(".")
    return title[:1].upper() + title[1:] if title else name
