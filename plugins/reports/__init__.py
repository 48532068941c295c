"""The reports plugin: service-level figures, SVG charts and CSV for the CDSP (every contact)
and each organisation (its own contacts), and monthly performance reports that CDSP admins
publish to organisations. The counting is in ``figures.py`` (SQL aggregates)."""
from pathlib import Path

from core.hookspecs import hookimpl
from core.registry import Channel


@hookimpl
def register_channels():
    from plugins.reports.views import bp
    return [Channel(code="reports", name="Reports", blueprint=bp)]


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"
