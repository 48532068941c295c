"""Settings: defaults, then ``CMS_*`` environment variables, then the caller's overrides.

Every setting is checked once, at start-up; a bad one raises :class:`ConfigError` with a
single line that says what to fix. The core's settings are listed here; a plugin declares
its own with the ``register_settings`` hook (a list of :class:`Setting`), read the same way
by :func:`read_settings` once the plugins are known.
"""
import os
import secrets
import time
import zoneinfo
from pathlib import Path

from core.settings import ConfigError, true_or_false, whole_number

PROJECT_ROOT = Path(__file__).resolve().parent.parent


# name -> (default, parser); a default of None means "derived below".
SETTINGS = {
    "DATA_DIR": (None, str),
    "DATABASE_URL": (None, str),
    "SECRET_KEY": (None, str),
    "ENCRYPTION_KEY": ("", str),             # keys sealing secrets at rest (core.secrets_at_rest)
    "TIMEZONE": ("Europe/London", str),
    "TENANTS_DIR": (str(PROJECT_ROOT / "tenants"), str),
    "TENANT_HOSTS": ("", str),
    "SESSION_IDLE_MINUTES": (30, whole_number),
    "SESSION_ABSOLUTE_HOURS": (12, whole_number),
    "LOCKOUT_THRESHOLD": (10, whole_number),
    "ONE_TIME_PASSWORD_HOURS": (24, whole_number),
    "ARGON2_TIME_COST": (3, whole_number),
    "ARGON2_MEMORY_KIB": (19456, whole_number),
    "ARGON2_PARALLELISM": (1, whole_number),
    "SECURE_COOKIES": (False, true_or_false),
    "SIGNIN_LIMIT_PER_ADDRESS": (200, whole_number),  # sign-in attempts per source address per 15 min
    "SIGNIN_LIMIT_PER_ACCOUNT": (20, whole_number),  # sign-in attempts per account per 15 min
    "TRUSTED_PROXIES": (0, whole_number),            # proxies in front whose X-Forwarded-* to trust
    "RATE_LIMIT_REDIS_URL": ("", str),       # count rate limits in Redis instead of the database
    "QUEUE_URL": ("", str),
    "ATTACHMENT_MAX_BYTES": (10 * 1024 * 1024, whole_number),
    "SLA_AT_RISK_DAYS": (1, whole_number),           # a contact is at risk with this many business days left
    "COUNT_CACHE_SECONDS": (15, whole_number),       # a list's count is kept this long (core.contacts.counts)
    "MAINTENANCE_WINDOW": (None, str),       # daily, UK time, "HH:MM-HH:MM"; empty: none
    "LOG_FORMAT": ("text", str),             # text or json (core.observability.logs)
    "METRICS_TOKEN": ("", str),              # bearer token for /metrics; empty: /metrics is off
    "SANDBOX_PURGE_DAYS": (30, lambda name, raw: whole_number(name, raw, minimum=1)),  # core.sandbox
}


def _parse(name, parser, raw):
    full = f"CMS_{name}"
    if parser is str:
        return str(raw)
    return parser(full, raw)


def load_config(overrides=None, environ=None):
    """Return the settings as a dict of Flask config keys prefixed ``CMS_``."""
    environ = os.environ if environ is None else environ
    overrides = dict(overrides or {})
    config = {}
    for name, (default, parser) in SETTINGS.items():
        key = f"CMS_{name}"
        if key in overrides:
            raw = overrides.pop(key)
        elif key in environ:
            raw = environ[key]
        else:
            raw = default
        config[key] = None if raw is None else _parse(name, parser, raw)

    data_dir = Path(config["CMS_DATA_DIR"] or PROJECT_ROOT / "instance").resolve()
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if data_dir.stat().st_mode & 0o077:   # it holds the database and the keys: owner-only
            data_dir.chmod(0o700)
    except OSError as exc:
        raise ConfigError(f"CMS_DATA_DIR {str(data_dir)!r} cannot be created owner-only: "
                          f"{exc.strerror}") from None
    if not os.access(data_dir, os.W_OK):
        raise ConfigError(f"CMS_DATA_DIR {str(data_dir)!r} is not writable")
    config["CMS_DATA_DIR"] = str(data_dir)

    url = config["CMS_DATABASE_URL"] or f"sqlite:///{data_dir / 'cms.sqlite3'}"
    if not url.startswith(("sqlite:///", "postgresql://", "postgres://", "postgresql+pool://")):
        raise ConfigError(
            f"CMS_DATABASE_URL must start with sqlite:/// or postgresql://, got {url.split(':', 1)[0]!r}")
    config["CMS_DATABASE_URL"] = url

    try:
        zoneinfo.ZoneInfo(config["CMS_TIMEZONE"])
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"CMS_TIMEZONE {config['CMS_TIMEZONE']!r} is not a known time zone "
                          "(e.g. Europe/London)") from None

    if not Path(config["CMS_TENANTS_DIR"]).is_dir():
        raise ConfigError(f"CMS_TENANTS_DIR {config['CMS_TENANTS_DIR']!r} is not a directory")

    config["CMS_TENANT_HOSTS"] = _parse_hosts(config["CMS_TENANT_HOSTS"])

    if not config["CMS_SECRET_KEY"]:
        config["CMS_SECRET_KEY"] = _instance_secret(data_dir)
    elif len(config["CMS_SECRET_KEY"]) < 16:
        raise ConfigError("CMS_SECRET_KEY must be at least 16 characters")

    if config["CMS_ENCRYPTION_KEY"]:
        from core.secrets_at_rest import SecretsError, parse_keys
        try:
            parse_keys(config["CMS_ENCRYPTION_KEY"], "CMS_ENCRYPTION_KEY")
        except SecretsError as exc:
            raise ConfigError(exc.message) from None

    if config["CMS_SESSION_IDLE_MINUTES"] < 1 or config["CMS_SESSION_ABSOLUTE_HOURS"] < 1:
        raise ConfigError("CMS_SESSION_IDLE_MINUTES and CMS_SESSION_ABSOLUTE_HOURS must be at least 1")
    if config["CMS_LOCKOUT_THRESHOLD"] < 1:
        raise ConfigError("CMS_LOCKOUT_THRESHOLD must be at least 1")
    if config["CMS_QUEUE_URL"] and not config["CMS_QUEUE_URL"].startswith(("redis://", "rediss://")):
        raise ConfigError("CMS_QUEUE_URL must be empty (a SQLite queue in CMS_DATA_DIR) or start "
                          f"with redis://, got {config['CMS_QUEUE_URL'].split(':', 1)[0]!r}")
    if config["CMS_ATTACHMENT_MAX_BYTES"] < 1:
        raise ConfigError("CMS_ATTACHMENT_MAX_BYTES must be at least 1")

    _check_window(config, testing=bool(overrides.get("TESTING")))
    if config["CMS_LOG_FORMAT"] not in ("text", "json"):
        raise ConfigError(f"CMS_LOG_FORMAT must be text or json, got {config['CMS_LOG_FORMAT']!r}")
    if config["CMS_METRICS_TOKEN"] and len(config["CMS_METRICS_TOKEN"]) < 24:
        raise ConfigError("CMS_METRICS_TOKEN must be at least 24 characters (or empty: no /metrics)")

    config.update(overrides)  # anything else the caller passes (Flask keys, TESTING, ...)
    return config


def _check_window(config, testing):
    from core.maintenance import DEFAULT_WINDOW, parse_window
    if config["CMS_MAINTENANCE_WINDOW"] is None:
        # A test app has no daily window unless it sets one, so tests never depend on the
        # hour they run at; the service itself closes 00:00-07:00 unless told otherwise.
        config["CMS_MAINTENANCE_WINDOW"] = "" if testing else DEFAULT_WINDOW
    try:
        parse_window(config["CMS_MAINTENANCE_WINDOW"])
    except ValueError as exc:
        raise ConfigError(f"CMS_MAINTENANCE_WINDOW {exc}") from None


def read_settings(declared, overrides=None, environ=None):
    """The plugins' settings (``declared``: [(plugin, Setting)]) as ``{"CMS_<name>": value}``,
    each from the caller's overrides, else the environment, else its default."""
    environ = os.environ if environ is None else environ
    overrides = overrides or {}
    values, owners = {}, {}
    for plugin, setting in declared:
        key = f"CMS_{setting.name}"
        if key in owners or setting.name in SETTINGS:
            other = owners.get(key, "the core")
            raise ConfigError(f"{key} is declared by both {other} and plugin {plugin!r}")
        owners[key] = f"plugin {plugin!r}"
        raw = overrides[key] if key in overrides else environ.get(key, setting.default)
        value = raw if raw is None or raw == setting.default else _parse(setting.name, setting.parser, raw)
        problem = setting.check(value) if setting.check and value is not None else None
        if problem:
            raise ConfigError(f"{key} {problem}")
        values[key] = value
    return values


def _parse_hosts(raw):
    """``portal.shipper.example=shipper,gt.example=gt`` -> {host: tenant}."""
    if isinstance(raw, dict):
        return raw
    hosts = {}
    for part in filter(None, (p.strip() for p in raw.split(","))):
        host, sep, tenant = part.partition("=")
        if not sep or not host.strip() or not tenant.strip():
            raise ConfigError(f"CMS_TENANT_HOSTS entry {part!r} must look like host=tenant")
        hosts[host.strip().lower()] = tenant.strip()
    return hosts


def _instance_secret(data_dir):
    """The secret key kept under the data directory, made on first use."""
    path = data_dir / "secret_key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass  # made earlier, or by another process starting at the same moment
    else:
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    for _ in range(50):  # another process may be between creating and writing it
        key = path.read_text().strip()
        if key:
            return key
        time.sleep(0.01)
    raise ConfigError(f"{path} is empty: delete it or set CMS_SECRET_KEY")
