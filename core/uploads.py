"""Upload limits, for every channel: a view declares the most it takes in files, and a request
whose ``Content-Length`` declares a larger body is refused (413, saying the limit) before any
of its body is read, whatever reads the body first (the CSRF check, the NUL scan, the view).

The bound is set as the request's ``max_content_length`` before the request's first
``before_request`` function runs; werkzeug then refuses a larger declared body unread and
stops a body sent without a length at the bound.
"""
from flask import current_app, request

from core.storage import FileTooLarge

ENVELOPE_BYTES = 64 * 1024   # a multipart form's boundaries, part headers and other fields


def takes_files(max_bytes, refusal=None):
    """Decorator: the view takes files of at most ``max_bytes()`` bytes in all (a callable,
    read per request, so a limit from the configuration is honoured as it is now).
    ``refusal(limit)``, if given, says what a request over it is told (default: one file's
    limit, :class:`core.storage.FileTooLarge`)."""
    def decorate(view):
        view.max_upload_bytes = max_bytes
        view.upload_refusal = refusal
        return view
    return decorate


def _view():
    return current_app.view_functions.get(request.endpoint)


def upload_limit():
    """The most this request's view takes in files, in bytes; None when it declares none."""
    limit = getattr(_view(), "max_upload_bytes", None)
    return None if limit is None else limit()


def limit_body(default=None):
    """Bound this request's body: its view's upload limit and the form's envelope, else
    ``default`` (else the application's ``MAX_CONTENT_LENGTH`` stays)."""
    limit = upload_limit()
    bound = default if limit is None else limit + ENVELOPE_BYTES
    if bound is not None:
        request.max_content_length = bound


def too_large_message():
    """What a request refused as too large is told: the limit it went over."""
    limit = upload_limit()
    if limit is not None:
        refusal = getattr(_view(), "upload_refusal", None)
        return refusal(limit) if refusal else FileTooLarge(limit).message
    bound = request.max_content_length
    if bound is None:
        return "The request body is larger than the service accepts."
    return f"The request body is larger than the limit of {bound:,} bytes; send less."
