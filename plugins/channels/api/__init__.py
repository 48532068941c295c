"""The REST API channel (``/api/v1``): JSON in and out, API keys, idempotency, rate limits.

It calls the same core functions as the portal; OpenAPI is generated from the
marshmallow schemas that validate requests.
"""
from pathlib import Path

from core import hookimpl
from core.settings import Setting, whole_number
from core.registry import Channel

from plugins.channels.api import auth, commands
from plugins.channels.api.erasure import erase


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
def erase_person(erasure):
    return erase(erasure)


@hookimpl
def register_commands(cli):
    cli.add_command(commands.apikey_group)


@hookimpl
def register_settings():
    return [Setting("API_RATE_LIMIT", 1200, whole_number,
                    help="API requests per organisation per minute; 0: no limit")]


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"
