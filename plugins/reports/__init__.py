"""The reports plugin: service-level figures, SVG charts and CSV for the CDSP (every contact)
and each organisation (its own contacts), and monthly performance reports that CDSP admins
publish to organisations. The counting is in ``figures.py`` (SQL aggregates)."""
import datetime
from pathlib import Path

from core.hookspecs import hookimpl
from core.registry import Channel


@hookimpl
def register_channels():
    from plugins.reports import allowance_report  # noqa: F401  (its pages join the blueprint)
    from plugins.reports.views import bp
    return [Channel(code="reports", name="Reports", blueprint=bp)]


@hookimpl
def register_api_resources(api):
    from plugins.reports import allowance_api
    return allowance_api.resources(api)


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"


@hookimpl
def demo_market(people):
    """The demo's published monthly reports: last month's, for the demo Shipper and
    Transporter (publishing again only brings them up to date)."""
    from core import clock
    from plugins.reports import monthly
    last_month = (clock.local_today().replace(day=1) - datetime.timedelta(days=1)).strftime("%Y-%m")
    for code in ("ALP", "NWG"):
        if code in people:
            monthly.publish(people["admin"], code, last_month)
