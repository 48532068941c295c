"""The Contact Management Service core: ``create_app`` and the marker plugins use."""
from core.hookspecs import hookimpl

__all__ = ["create_app", "hookimpl"]


def create_app(config=None):
    from core.app import create_app as _create_app
    return _create_app(config)
