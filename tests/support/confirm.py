"""Destructive and wide-reaching portal actions ask first (core.web.confirm_or): a POST
acts only with ``confirmed=yes``, which the confirmation page's button sends."""


def confirmed(data=None, **fields):
    """The form ``data`` (and ``fields``) as the confirmation page posts it back."""
    return {**(data or {}), **fields, "confirmed": "yes"}
