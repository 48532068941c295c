"""Every API error is JSON: ``{"errors": {...}, "message": "..."}`` with the right status."""
from flask import jsonify
from flask_smorest import abort as smorest_abort
from werkzeug.exceptions import HTTPException

from core.errors import CmsError

MESSAGES = {
    400: "The request could not be read: send well-formed JSON.",
    401: "Send a valid API key as 'Authorization: Bearer <key>'.",
    403: "You may not do that.",
    404: "Not found, or not visible to you.",
    405: "This method is not allowed here.",
    409: "The object's state does not allow this now.",
    413: "The request body is too large.",
    415: "Send the body as application/json (or multipart/form-data for files).",
    422: "The request was well-formed but its content is not valid.",
    429: "Too many requests from your organisation: slow down.",
    500: "Something went wrong on our side; nothing was changed. Try again later.",
}


def api_abort(status, message=None, errors=None, headers=None):
    smorest_abort(status, message=message or MESSAGES.get(status, ""), errors=errors or {},
                  headers=headers or {})


def payload(status, message, errors=None):
    return {"errors": errors or {}, "message": message or MESSAGES.get(status, "")}


def http_error(error):
    data = getattr(error, "data", None) or {}
    errors = data.get("errors") or data.get("messages") or {}
    message = data.get("message") or MESSAGES.get(error.code, error.description)
    if error.code == 422 and errors and "message" not in data:
        message = "The request is not valid: see 'errors' for what to fix in each field."
    response = jsonify(payload(error.code, message, errors))
    response.status_code = error.code or 500
    for name, value in (data.get("headers") or {}).items():
        response.headers[name] = value
    if error.code == 405 and hasattr(error, "valid_methods") and error.valid_methods:
        response.headers["Allow"] = ", ".join(error.valid_methods)
    return response


def cms_error(error):
    response = jsonify(payload(error.status, error.message, error.errors))
    response.status_code = error.status
    return response


def register(blueprint):
    blueprint.register_error_handler(HTTPException, http_error)
    blueprint.register_error_handler(CmsError, cms_error)
