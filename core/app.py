"""The app factory: settings, database, plugins, tenants, registries, blueprints."""
from dataclasses import dataclass, field

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from pluggy import PluginValidationError
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter, Rule

from core import cli, db, observability, views
from core.config import ConfigError, load_config, read_settings
from core.plugins import build_plugin_manager
from core.tenancy import results_by_plugin
from core.registry import RegistryError, build_registries
from core.tenancy import load_tenants

csrf = CSRFProtect()


class DatabaseId(IntegerConverter):
    """``<int:...>`` in every route: a non-negative id the database can hold; a larger number
    in a URL is simply not found, never an overflow deep in a query."""

    def __init__(self, url_map, fixed_digits=0, min=0, max=2**63 - 1, signed=False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


class LazyBuilderRule(Rule):
    """A URL rule that writes its two URL builders (Python compiled from the rule, for
    ``url_for``) the first time it builds a URL rather than when it is added: matching
    requests never needs them, and compiling them for the app's ~160 rules was half of
    ``create_app``'s time (each test makes an app). The builders are Werkzeug's own."""

    def _compile_builder(self, append_unknown=True):
        compile_builder, built = super()._compile_builder, []

        def build(rule, /, **values):   # positional-only: a URL may have a <rule>
            if not built:
                built.append(compile_builder(append_unknown).__get__(rule, None))
            return built[0](**values)
        return build


@dataclass
class Cms:
    """What the core keeps on ``app.extensions["cms"]``."""
    pm: object
    tenants: dict
    contact_types: object
    channels: object
    guides: object
    callers: dict = field(default_factory=dict)   # per hook, a caller per plugin (core.tenancy)
    blueprint_plugins: dict = field(default_factory=dict)  # blueprint name -> the plugin it came from
    blueprint_services: dict = field(default_factory=dict)  # blueprint name -> its channel's service


def create_app(config=None):
    config = dict(config or {})
    extra_plugins = config.pop("CMS_EXTRA_PLUGINS", ())
    blocked = config.pop("CMS_BLOCKED_PLUGINS", ())
    settings = load_config(config)

    app = Flask(__name__, instance_path=settings["CMS_DATA_DIR"], instance_relative_config=False)
    app.url_map.converters["int"] = DatabaseId  # before any route: every <int:...> is bounded
    app.url_rule_class = LazyBuilderRule
    app.config.update(settings)
    app.config.update(
        SECRET_KEY=settings["CMS_SECRET_KEY"],
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings["CMS_SECURE_COOKIES"],
        # On HTTPS the __Host- prefix pins the cookie to this exact host, path / and Secure.
        SESSION_COOKIE_NAME="__Host-cms_session" if settings["CMS_SECURE_COOKIES"] else "cms_session",
        MAX_CONTENT_LENGTH=64 * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the (server-checked) session
    )
    app.config.update({k: v for k, v in config.items() if not k.startswith("CMS_")})

    db.init_database(app.config["CMS_DATABASE_URL"])
    try:
        pm = build_plugin_manager(extra_plugins, blocked)
        registries = build_registries(pm)
    except (RegistryError, PluginValidationError) as exc:
        raise ConfigError(f"plugins: {exc}") from None
    declared = [(plugin, setting) for plugin, settings in results_by_plugin(pm, "register_settings")
                for setting in settings or ()]
    app.config.update(read_settings(declared, config))
    app.extensions["cms"] = Cms(pm=pm, tenants=load_tenants(app.config["CMS_TENANTS_DIR"]),
                                **registries)

    if settings["CMS_TRUSTED_PROXIES"]:
        n = settings["CMS_TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n)
    observability.init_app(app)   # metrics, request ids and log lines, /readyz and /metrics
    csrf.init_app(app)
    views.init_app(app)
    for channel in registries["channels"]:
        before = set(app.blueprints)
        if hasattr(channel, "init_app"):
            channel.init_app(app)  # a channel that wires more than one blueprint
        elif channel.blueprint is not None:
            app.register_blueprint(channel.blueprint)
        # each blueprint answers only in the tenants that enable the plugin it came from
        app.extensions["cms"].blueprint_plugins.update(
            dict.fromkeys(set(app.blueprints) - before, channel.plugin))
        if getattr(channel, "service", None):   # core.services: who may use its pages
            app.extensions["cms"].blueprint_services.update(
                dict.fromkeys(set(app.blueprints) - before, channel.service))
    cli.init_app(app)
    pm.hook.register_commands(cli=app.cli)
    return app
