"""Files answered for download: one ``Content-Disposition`` for every channel (RFC 6266).

A stored file name is whatever its sender chose, in any script and with any character. The
header carries it twice: ``filename*=UTF-8''...`` (RFC 5987), percent-encoded by the standard
library so no character of the name can end the parameter, and a plain ``filename="..."``
for old clients, reduced to ASCII letters, digits and a few safe marks, so a quote,
semicolon, backslash, CR/LF or control character in a name never adds a parameter.
"""
import re
import unicodedata
from urllib.parse import quote

from flask import Response

FALLBACK_NAME = "download"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_UNSAFE_IN_FALLBACK = re.compile(r"[^A-Za-z0-9 ._()+,=@#&!~-]")
# RFC 5987 attr-char: what may stand unencoded in an ext-value (the set werkzeug uses).
_ATTR_CHARS = "!#$&+-.^_`|~"


def content_disposition(filename, disposition="attachment"):
    """The header value naming ``filename``: an ASCII ``filename`` and a ``filename*``."""
    name = _CONTROL.sub("_", str(filename or "")).strip() or FALLBACK_NAME
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = _UNSAFE_IN_FALLBACK.sub("_", plain).strip()
    if not plain.strip("._ "):
        plain = FALLBACK_NAME
    elif plain.startswith("."):   # "€.txt": keep the extension
        plain = FALLBACK_NAME + plain
    encoded = quote(name, safe=_ATTR_CHARS, encoding="utf-8")
    return f"{disposition}; filename=\"{plain}\"; filename*=UTF-8''{encoded}"


def download(content, filename, mimetype, headers=None):
    """A response that saves ``content`` (bytes, text or an iterable of them) as ``filename``."""
    response = Response(content, mimetype=mimetype, headers=headers)
    response.headers["Content-Disposition"] = content_disposition(filename)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
