"""Errors the core raises; each channel turns them into its own kind of answer."""


class CmsError(Exception):
    status = 400

    def __init__(self, message="", errors=None):
        super().__init__(message)
        self.message = message
        self.errors = errors or {}

    def __reduce__(self):
        """Pickled with every attribute (``code``, ``errors``, a subclass's own), whatever
        the subclass's constructor takes: a forked worker's refusals come back whole."""
        return _restore, (type(self), self.message, dict(self.__dict__))


def _restore(cls, message, state):
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    exc.__dict__.update(state)
    return exc


class Invalid(CmsError):
    """Input that breaks a rule: ``errors`` maps each field to what to fix."""
    status = 422


class Taken(Invalid):
    """A name already in use: Invalid for a form (shown beside its field), answered 409
    Conflict by the API."""
    status = 409


class NotFound(CmsError):
    """Missing, or not visible to the actor (the two are never told apart)."""
    status = 404


class Forbidden(CmsError):
    """Visible, but the actor may not do this."""
    status = 403


class Conflict(CmsError):
    """The object's state does not allow this now."""
    status = 409


def messages(errors):
    """Every message in ``errors`` (nested dicts and lists, as marshmallow gives them), in order."""
    if isinstance(errors, dict):
        return [m for v in errors.values() for m in messages(v)]
    if isinstance(errors, (list, tuple)):
        return [m for v in errors for m in messages(v)]
    return [str(errors)]


def one_line(errors):
    """``{"mprn": ["..."]}`` -> ``"mprn: ..."``, for response files and logs."""
    return "; ".join(f"{field}: {' '.join(messages(msgs))}" for field, msgs in errors.items())
