"""What a plugin needs to declare its own settings (the ``register_settings`` hook): a
:class:`Setting` per name, the parsers and checks that turn ``CMS_<name>`` into a value,
and :class:`ConfigError`, which stops the service at start-up with one line saying what
to fix. The core reads the declared settings with :func:`core.config.read_settings`.
"""
from dataclasses import dataclass
from typing import Callable, Optional


class ConfigError(Exception):
    """A setting that stops the service from starting."""


def whole_number(name, raw, minimum=0):
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def true_or_false(name, raw):
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


@dataclass(frozen=True)
class Setting:
    """One setting a plugin reads: ``CMS_<name>`` in the environment or the app's config.

    ``parser(full_name, raw)`` turns the raw text into a value or raises
    :class:`ConfigError` (``str``, :func:`whole_number`, :func:`true_or_false` or the
    plugin's own); ``check(value)`` returns a message saying what to fix, or None.
    """
    name: str
    default: object
    parser: Callable = str
    check: Optional[Callable] = None
    help: str = ""


def at_least(minimum):
    """A ``Setting.check`` for a number that must be at least ``minimum``."""
    return lambda value: None if value >= minimum else f"must be at least {minimum}, got {value}"


def one_of(*allowed):
    """A ``Setting.check`` for a value that must be one of ``allowed``."""
    words = " or ".join(str(a) for a in allowed)
    return lambda value: None if value in allowed else f"must be {words}, got {value!r}"
