"""The reports plugin: service-level figures, SVG charts and CSV for the CDSP (every contact)
and each organisation (its own contacts); standards of service (the share of queries
resolved within 4, 10 and 20 business days by market sector and query allowance,
``standards.py``) and the CDSP's KPI page; monthly performance reports that CDSP admins
publish to organisations and that the scheduled job publishes and emails to each
organisation's report recipients (``delivery.py``). The counting is in ``figures.py`` and
``standards.py`` (SQL aggregates)."""
import datetime
from pathlib import Path

from core.hookspecs import hookimpl
from core.jobs import Job, crontab
from core.registry import Channel


@hookimpl
def register_channels():
    from plugins.reports import standards_views  # noqa: F401  (its routes join the blueprint)
    from plugins.reports import allowance_report  # noqa: F401  (its pages join the blueprint)
    from plugins.reports.views import bp
    return [Channel(code="reports", name="Reports", blueprint=bp, service="reports")]


@hookimpl
def register_api_resources(api):
    from plugins.reports import allowance_api, standards_api
    return allowance_api.resources(api) + standards_api.resources(api)


@hookimpl
def register_migrations():
    return Path(__file__).parent / "migrations"


@hookimpl
def register_jobs():
    from plugins.reports import delivery
    # 07:45 UTC daily, after the maintenance window: the first run of a month sends the month
    # before; later runs find it sent and retry only what failed
    return [Job("reports.monthly", delivery.send_monthly, schedule=crontab(hour="7", minute="45"),
                per_tenant=True)]


@hookimpl
def demo_market(people):
    """The demo's monthly reports: last month's, for the demo Shipper and Transporter,
    published and emailed by the scheduled job's own path to each one's demo user (a
    report recipient); loading the demo again finds them sent."""
    from core import clock
    from plugins.reports import delivery
    now = clock.now()
    last_month = (clock.local_today(now).replace(day=1) - datetime.timedelta(days=1)).strftime("%Y-%m")
    for code in ("ALP", "NWG"):
        if code in people:
            org = people[code].organisation
            if not delivery.recipients(org):
                delivery.set_recipients(people["admin"], org, [people[code].id])
            delivery.deliver(org, last_month, now)
