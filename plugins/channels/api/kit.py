"""What the API hands to a plugin that adds resources (the ``register_api_resources`` hook),
so that the plugin builds them with the API's guard, errors and field types without
importing the API plugin."""
from plugins.channels.api.blueprint import api_blueprint
from plugins.channels.api.errors import api_abort, payload
from plugins.channels.api.schemas import UploadIn, UtcDateTime


class ApiKit:
    """``blueprint(name, import_name, url_prefix, description)``: a flask-smorest blueprint
    under ``/api/v1`` behind the API-key guard, answering errors as JSON;
    ``abort(status, message, errors=None)``; ``error_body(status, message, errors=None)``: the
    JSON of an error; ``UploadIn``: a multipart ``file`` argument; ``UtcDateTime``: a field."""
    blueprint = staticmethod(api_blueprint)
    abort = staticmethod(api_abort)
    error_body = staticmethod(payload)
    UploadIn = UploadIn
    UtcDateTime = UtcDateTime


KIT = ApiKit()
