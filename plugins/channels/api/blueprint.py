"""A flask-smorest blueprint with the API's guard and JSON errors built in."""
from flask import current_app, request
from flask_smorest import Blueprint

from core.uploads import limit_body
from plugins.channels.api import errors, ratelimit
from plugins.channels.api.auth import require_actor
from plugins.channels.api.errors import api_abort

JSON_MAX_BYTES = 1024 * 1024


def api_blueprint(name, import_name, url_prefix, description):
    blp = Blueprint(name, import_name, url_prefix=f"/api/v1{url_prefix}", description=description)
    errors.register(blp)

    @blp.before_request
    def guard():
        actor = require_actor()
        ratelimit.check(actor.organisation_id)
        repeated = sorted({name for name, values in request.args.lists() if len(values) > 1})
        if repeated:
            # every query parameter the document names is one value
            api_abort(422, "A query parameter is given more than once.",
                      {name: "Give this parameter once." for name in repeated})
        if request.method == "POST":
            view = current_app.view_functions.get(request.endpoint)
            multipart = getattr(view, "accepts_multipart", False)
            expected = "multipart/form-data" if multipart else "application/json"
            if request.mimetype != expected:
                api_abort(415, f"Send the body as {expected}.")
            if multipart and request.form:
                # the document names the parts a view takes (its files): nothing else
                api_abort(422, "Send only the file.",
                          {name: "Not a part this request takes." for name in request.form})

    @blp.url_value_preprocessor
    def bound_the_body(endpoint, values):
        # An oversized body is refused from its Content-Length, unread (core.uploads): a
        # view's declared upload limit, else a JSON body's.
        limit_body(JSON_MAX_BYTES)

    return blp
