"""Wiring the API into an app: flask-smorest, OpenAPI, CSRF exemption, JSON errors."""
import functools

import flask_smorest

from plugins.channels.api.resources import RESOURCES

SECURITY = {"bearerAuth": {"type": "http", "scheme": "bearer",
                           "description": "An API key made in the portal or with `cms apikey create`."}}


class CmsApi(flask_smorest.Api):
    def _register_error_handlers(self):
        """The API's blueprints answer their own errors (as JSON); the portal keeps HTML."""


def _declared(view, access):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        return view(*args, **kwargs)
    wrapped.access = access
    return wrapped


def init_api(app):
    for key, value in {
        "API_TITLE": "Contact Management Service API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api/v1",
        "OPENAPI_JSON_PATH": "openapi.json",
    }.items():
        app.config.setdefault(key, value)
    api = CmsApi(app, spec_kwargs={
        "info": {"description": "Raise, track and act on contacts with the CDSP. Every request "
                                "but this document needs an API key sent as a Bearer token."},
        "servers": [{"url": "/"}],
        "components": {"securitySchemes": SECURITY},
        "security": [{"bearerAuth": []}],
    })
    csrf = app.extensions["csrf"]
    for blueprint in RESOURCES:
        api.register_blueprint(blueprint)
        csrf.exempt(blueprint)
    csrf.exempt("api-docs")
    # Declare who may reach each view (the route matrix reads it): every resource sits
    # behind the API-key guard of its blueprint; the OpenAPI document is public.
    names = {blueprint.name for blueprint in RESOURCES}
    for endpoint, view in app.view_functions.items():
        blueprint = endpoint.partition(".")[0]
        if blueprint in names:
            view.access = "api_key"
        elif blueprint == "api-docs":
            app.view_functions[endpoint] = _declared(view, "public")
    app.config.setdefault("CMS_JSON_PREFIXES", []).append("/api/")
    app.extensions["cms_api"] = api
    return api
