"""Wiring the API into an app: flask-smorest, OpenAPI, CSRF exemption, JSON errors."""
import copy
import functools

import apispec
import flask
import flask_smorest
from flask import g
from werkzeug.routing import UnicodeConverter

from core.tenancy import plugin_enabled, results_by_plugin
from plugins.channels.api import action_bodies
from plugins.channels.api.contract import exact
from plugins.channels.api.errors import api_abort
from plugins.channels.api.kit import KIT
from plugins.channels.api.openapi import add_type_schemas
from plugins.channels.api.resources import RESOURCES

SECURITY = {"bearerAuth": {"type": "http", "scheme": "bearer",
                           "description": "An API key made in the portal or with `cms apikey create`."}}


class ReferenceConverter(UnicodeConverter):
    """A contact's reference in a path: one segment, but not a name the contacts' own routes
    use (``bulk-actions``), so that ``/contacts/bulk-actions`` is not also ``/contacts/<reference>``
    and its ``Allow`` header names only its own methods."""
    RESERVED = ("bulk-actions",)

    def __init__(self, url_map):
        super().__init__(url_map)
        self.regex = "(?!(" + "|".join(self.RESERVED) + ")$)" + self.regex


class ExactSpec(apispec.APISpec):
    """The document with what flask-smorest cannot say added (:mod:`.contract`), wherever it
    is read: served at ``/api/v1/openapi.json`` and written by ``cms openapi write FILE``."""

    def to_dict(self):
        cms = flask.current_app.extensions["cms"]
        return exact(copy.deepcopy(super().to_dict()), cms.contact_types, cms.tenants)


class CmsApi(flask_smorest.Api):
    def _register_error_handlers(self):
        """The API's blueprints answer their own errors (as JSON); the portal keeps HTML."""

    def _init_spec(self, **kwargs):
        super()._init_spec(**kwargs)
        self.spec.__class__ = ExactSpec   # flask-smorest makes a plain APISpec; nothing else differs


def _declared(view, access):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        return view(*args, **kwargs)
    wrapped.access = access
    return wrapped


def _served_where_enabled(blueprint, plugin):
    """A resource another plugin added is not found in tenants that do not enable that plugin."""
    @blueprint.before_request
    def enabled():
        if not plugin_enabled(g.tenant.code, plugin):
            api_abort(404)


def plugin_resources(pm):
    """The blueprints of the ``register_api_resources`` hook, each guarded by its plugin once."""
    found = []
    for plugin, blueprints in results_by_plugin(pm, "register_api_resources", api=KIT):
        for blueprint in blueprints or ():
            if not getattr(blueprint, "cms_plugin", None):
                blueprint.cms_plugin = plugin
                _served_where_enabled(blueprint, plugin)
            found.append(blueprint)
    return found


def init_api(app):
    for key, value in {
        "API_TITLE": "Contact Management Service API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api/v1",
        "OPENAPI_JSON_PATH": "openapi.json",
    }.items():
        app.config.setdefault(key, value)
    app.url_map.converters["reference"] = ReferenceConverter
    api = CmsApi(app, spec_kwargs={
        "info": {"description": "Raise, track and act on contacts with the CDSP. Every request "
                                "but this document needs an API key sent as a Bearer token. A "
                                "key acts as its user, and only while that user has the API "
                                "service (given by their organisation's LSO): otherwise every "
                                "request is answered 403, saying so."},
        "servers": [{"url": "/"}],
        "components": {"securitySchemes": SECURITY},
        "security": [{"bearerAuth": []}],
    })
    add_type_schemas(api.spec, app.extensions["cms"].contact_types)
    for name, schema in action_bodies.components().items():
        api.spec.components.schema(name, schema=schema)
    csrf = app.extensions["csrf"]
    resources = RESOURCES + tuple(plugin_resources(app.extensions["cms"].pm))
    for blueprint in resources:
        api.register_blueprint(blueprint)
        csrf.exempt(blueprint)
    csrf.exempt("api-docs")
    # Declare who may reach each view (the route matrix reads it): every resource sits
    # behind the API-key guard of its blueprint; the OpenAPI document is public.
    names = {blueprint.name for blueprint in resources}
    for endpoint, view in app.view_functions.items():
        blueprint = endpoint.partition(".")[0]
        if blueprint in names:
            view.access = "api_key"
        elif blueprint == "api-docs":
            app.view_functions[endpoint] = _declared(view, "public")
    app.config.setdefault("CMS_JSON_PREFIXES", []).append("/api/")
    app.extensions["cms_api"] = api
    return api
