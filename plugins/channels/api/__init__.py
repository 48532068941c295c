"""The REST API channel (``/api/v1``): JSON in and out, API keys, idempotency, rate limits.

It calls the same core functions as the portal; OpenAPI is generated from the
marshmallow schemas that validate requests.
"""
from core import hookimpl
from core.registry import Channel

from plugins.channels.api import auth, commands


class ApiChannel(Channel):
    code = "api"
    name = "REST API"

    def init_app(self, app):
        from plugins.channels.api.setup import init_api
        init_api(app)


@hookimpl
def register_channels():
    return [ApiChannel()]


@hookimpl
def actor_from_request(request, tenant):
    return auth.actor_from_bearer(request)


@hookimpl
def register_commands(cli):
    cli.add_command(commands.apikey_group)
