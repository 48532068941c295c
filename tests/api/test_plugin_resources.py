"""A plugin adds an API resource with ``register_api_resources``, built from the API's kit
(guard, JSON errors, field types) without importing the API plugin; the resource answers
only in tenants that enable the plugin that added it."""
import io

import pytest
from marshmallow import Schema, fields

from core import hookimpl
from core.actors import SystemActor
from core.tenancy import set_plugin_enabled


class Echo(Schema):
    said = fields.String()
    at = fields.Raw()


class EchoPlugin:
    name = "echo"
    built = {}

    @hookimpl
    def register_api_resources(self, api):
        if "blp" not in self.built:
            blp = api.blueprint("echoes", __name__, "/echoes", "Things said back.")

            class EchoOut(Schema):
                said = fields.String()
                at = api.UtcDateTime(allow_none=True)

            @blp.route("/<word>", methods=["GET"])
            @blp.response(200, EchoOut)
            def echo(word):
                if word == "nothing":
                    api.abort(422, "Say something.", {"word": "must not be 'nothing'"})
                return {"said": word, "at": None}

            self.built["blp"] = blp
        return [self.built["blp"]]


@pytest.fixture
def app_config():
    return {"CMS_EXTRA_PLUGINS": [EchoPlugin()]}


def test_the_resource_answers_where_its_plugin_is_enabled(app, api):
    caller = api()
    assert caller.get("/echoes/hello").status_code == 404
    set_plugin_enabled(SystemActor("test"), "shipper", "echo", True)
    assert caller.get("/echoes/hello").json == {"said": "hello", "at": None}
    refused = caller.get("/echoes/nothing")
    assert refused.status_code == 422 and refused.json["errors"] == {"word": "must not be 'nothing'"}


def test_the_resource_sits_behind_the_api_key_guard_and_in_the_openapi(app, client):
    set_plugin_enabled(SystemActor("test"), "shipper", "echo", True)
    assert client.get("/api/v1/echoes/hello").status_code == 401
    assert "/api/v1/echoes/{word}" in client.get("/api/v1/openapi.json").json["paths"]


def test_batch_files_are_the_batch_plugins_resource(app, api, client):
    assert "/api/v1/batch-files" in client.get("/api/v1/openapi.json").json["paths"]
    caller = api()
    sent = caller.client.post("/api/v1/batch-files", headers=caller.headers(),
                              data={"file": (io.BytesIO(b"not a file"), "x.qmp")})
    assert sent.status_code == 202
    assert caller.get(f"/batch-files/{sent.json['id']}").status_code == 200
    set_plugin_enabled(SystemActor("test"), "shipper", "batch", False)
    assert caller.get(f"/batch-files/{sent.json['id']}").status_code == 404


def test_every_resource_is_refused_where_the_api_plugin_is_off(app, api):
    """The API answers a key only in tenants that enable the plugin that mounted it, for its
    own resources and for those other plugins add to it alike."""
    caller = api()
    set_plugin_enabled(SystemActor("test"), "shipper", "echo", True)
    assert caller.get("/contacts").status_code == 200
    set_plugin_enabled(SystemActor("test"), "shipper", "api", False)
    for path in ("/contacts", "/contact-types", "/batch-files/1", "/echoes/hello"):
        refused = caller.get(path)
        assert refused.status_code == 403, path
        assert refused.json["message"] == "The API is not enabled for your organisation's portal.", path
