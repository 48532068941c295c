"""The WSGI entry point: ``gunicorn wsgi:app``."""
import sys

from core import create_app
from core.config import ConfigError

try:
    app = create_app()
except ConfigError as exc:
    sys.stderr.write(f"cms: configuration error: {exc}\n")
    sys.exit(2)
