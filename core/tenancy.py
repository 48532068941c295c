"""Tenants: one per participant type plus the CDSP's own, each described by a file in ``tenants/``.

A tenant's file names the plugins it enables; CDSP admins override that at
run time (stored in ``tenant_plugin``, read on every request, audited).
"""
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app, g

from core import audit
from core.config import ConfigError
from core.db import transaction, utcnow
from core.models import CDSP_ORG, CDSP_TENANT, Organisation, Tenant, TenantPlugin
from core.plugins import is_core_plugin
from core.retention import parse_retention

PARTICIPANT_TYPES = ("shipper", "gt", "igt", "mra", "dmsp", "uip")


@dataclass(frozen=True)
class TenantSpec:
    code: str
    name: str
    participant_type: str
    colour: str = "#1d70b8"
    plugins: tuple = ()
    settings: dict = field(default_factory=dict)
    service_levels: dict = field(default_factory=dict)
    retention: dict = field(default_factory=dict)    # kind -> core.retention.Period

    @property
    def is_cdsp(self):
        return self.code == CDSP_TENANT


def load_tenants(directory):
    """Read every ``*.toml`` in ``directory``; a bad file raises ConfigError naming it."""
    specs = {}
    for path in sorted(Path(directory).glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text())
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"tenant file {path.name}: {exc}") from None
        code = path.stem
        ptype = data.get("participant_type", code)
        if ptype not in PARTICIPANT_TYPES + (CDSP_TENANT,):
            raise ConfigError(f"tenant file {path.name}: participant_type {ptype!r} is not one of "
                              f"{', '.join(PARTICIPANT_TYPES + (CDSP_TENANT,))}")
        if not isinstance(data.get("name"), str):
            raise ConfigError(f"tenant file {path.name}: needs a name")
        plugins = data.get("plugins", [])
        if not isinstance(plugins, list) or not all(isinstance(p, str) for p in plugins):
            raise ConfigError(f"tenant file {path.name}: plugins must be a list of plugin names")
        specs[code] = TenantSpec(code=code, name=data["name"], participant_type=ptype,
                                 colour=data.get("colour", "#1d70b8"), plugins=tuple(plugins),
                                 settings=dict(data.get("settings", {})),
                                 service_levels=dict(data.get("service_levels", {})),
                                 retention=parse_retention(data.get("retention", {}), path.name))
    if CDSP_TENANT not in specs:
        raise ConfigError(f"no tenant file for the CDSP ({CDSP_TENANT}.toml) in {directory}")
    return specs


def sync_tenants(specs):
    """Make the tenant rows match the files, and make sure the CDSP organisation exists."""
    with transaction():
        for code, spec in specs.items():
            tenant = Tenant.by_code(code)
            if tenant is None:
                Tenant.create(code=code, name=spec.name)
            elif tenant.name != spec.name:
                tenant.name = spec.name
                tenant.save()
        if Organisation.by_code(CDSP_ORG) is None:
            Organisation.create(code=CDSP_ORG, name="Central Data Service Provider",
                                tenant=Tenant.by_code(CDSP_TENANT))


def tenants():
    return current_app.extensions["cms"].tenants


def participant_tenants():
    """(code, name) of each participant portal (every tenant but the CDSP's), by name."""
    return sorted(((s.code, s.name) for s in tenants().values() if not s.is_cdsp),
                  key=lambda pair: pair[1])


def get_tenant(code):
    return tenants().get(code)


def toggleable_plugins():
    """Names of plugins a tenant may enable or disable (everything but the core's own)."""
    pm = current_app.extensions["cms"].pm
    return sorted(name for name, _ in pm.list_name_plugin() if not is_core_plugin(name))


def enabled_plugins(tenant_code):
    """The plugin names enabled for a tenant: its file's list, then admins' overrides."""
    cache = g.setdefault("_enabled_plugins", {})
    if tenant_code not in cache:
        spec = get_tenant(tenant_code)
        names = set(spec.plugins if spec else ())
        known = g.get("_plugin_overrides", {}).get(tenant_code)
        overrides = known if known is not None else TenantPlugin.overrides_for(tenant_code)
        for plugin, enabled in overrides.items():
            (names.add if enabled else names.discard)(plugin)
        cache[tenant_code] = names
    return cache[tenant_code]


def remember_overrides(tenant_code, overrides):
    """For this request: ``tenant_code``'s plugin overrides ({plugin: enabled}), read along
    with something else (the API key's query brings its tenant's), so not asked again."""
    g.setdefault("_plugin_overrides", {})[tenant_code] = dict(overrides)


def tenants_enabling(plugin):
    """The codes of the tenants that enable ``plugin`` now (a frozenset)."""
    return frozenset(code for code in tenants() if plugin_enabled(code, plugin))


def plugin_enabled(tenant_code, plugin):
    return is_core_plugin(plugin) or plugin in enabled_plugins(tenant_code)


def set_plugin_enabled(actor, tenant_code, plugin, enabled):
    """A CDSP admin's run-time toggle; effective on the next request."""
    tenant = Tenant.by_code(tenant_code)
    with transaction():
        row = TenantPlugin.get_or_none(tenant=tenant, plugin=plugin)
        if row is None:
            TenantPlugin.create(tenant=tenant, plugin=plugin, enabled=enabled, changed_by=actor.id)
        else:
            row.enabled, row.changed_at, row.changed_by = enabled, utcnow(), actor.id
            row.save()
        audit.record("plugin.enabled" if enabled else "plugin.disabled", actor=actor,
                     target_type="tenant", target_id=tenant_code, detail={"plugin": plugin})
    g.pop("_enabled_plugins", None)
    g.pop("_plugin_overrides", None)
    g.pop("_tenant_hook_callers", None)


def results_by_plugin(pm, hook_name, **kwargs):
    """[(plugin name, result)] of ``hook_name`` called once per implementing plugin, in
    registration order, through the plugin manager (so hook wrappers and tracing see it)."""
    return [(name, result) for name, one in _single_callers(pm, hook_name)
            for result in one(**kwargs)]


def _single_callers(pm, hook_name):
    """[(plugin name, a caller of only that plugin's implementation)] of ``hook_name``, in
    registration order."""
    plugins = pm.get_plugins()
    return [(pm.get_name(impl.plugin),
             pm.subset_hook_caller(hook_name, [p for p in plugins if p is not impl.plugin]))
            for impl in getattr(pm.hook, hook_name).get_hookimpls()]


def hook_for_tenant(hook_name, tenant_code):
    """A caller for ``hook_name`` that skips the plugins this tenant has not enabled."""
    pm = current_app.extensions["cms"].pm
    disabled = [plugin for name, plugin in pm.list_name_plugin()
                if plugin is not None and not plugin_enabled(tenant_code, name)]
    return pm.subset_hook_caller(hook_name, remove_plugins=disabled)


def call_for_tenants(hook_name, tenant_codes, **kwargs):
    """Call ``hook_name`` on each plugin enabled for at least one of ``tenant_codes``,
    passing ``tenants``: those of the codes that enable it. The one place where an event
    is scoped to the tenants concerned (a contact's parties, a file's sender).

    Plugins that would be passed the same ``tenants`` are called together, in pluggy's
    order, by one caller (usually the whole hook): a batch of thousands of contacts costs
    one hook call per contact, not one per plugin."""
    for caller, enabled in callers_for_tenants(hook_name, tenant_codes):
        caller(tenants=enabled, **kwargs)


def callers_for_tenants(hook_name, tenant_codes):
    """[(caller, tenants)] that :func:`call_for_tenants` calls, for a caller that fires the
    same event for many objects (a bulk raise) and works this out once: worked out once
    per request or job anyway (kept in ``g``; a plugin toggle forgets it)."""
    codes = frozenset(code for code in tenant_codes if code)
    pm = current_app.extensions["cms"].pm
    impls = getattr(pm.hook, hook_name).get_hookimpls()
    known = g.setdefault("_tenant_hook_callers", {})
    key = (hook_name, codes, tuple(map(id, impls)))   # a plugin (un)registered: worked out again
    if key not in known:
        groups = {}
        for impl in reversed(impls):  # pluggy calls the last registered first
            enabled = frozenset(c for c in codes if plugin_enabled(c, pm.get_name(impl.plugin)))
            if enabled:
                groups.setdefault(enabled, []).append(impl.plugin)
        known[key] = [(_caller_of(pm, hook_name, impls, plugins), enabled)
                      for enabled, plugins in groups.items()]
    return known[key]


def _caller_of(pm, hook_name, impls, plugins):
    """A caller of ``hook_name`` limited to ``plugins``' implementations (the hook itself
    when that is all of them); made again only when the hook's implementations change."""
    if len(plugins) == len(impls):
        return getattr(pm.hook, hook_name)
    made = current_app.extensions["cms"].callers
    key = (hook_name, tuple(id(impl.plugin) for impl in impls), tuple(map(id, plugins)))
    if key not in made:
        made[key] = pm.subset_hook_caller(
            hook_name, remove_plugins=[p for p in pm.get_plugins() if p not in plugins])
    return made[key]
