"""The standards-of-service charts, drawn like the others (``charts.py``: pygal SVG served as
images under their own Content-Security-Policy)."""
import pygal

from plugins.reports import sectors
from plugins.reports.charts import _config
from plugins.reports.standards import THRESHOLDS

CHARTS = ("sectors", "trend")


def by_sector(rows, title="Resolved within 4, 10 and 20 business days, by market sector (%)"):
    """Bars per sector (both sides of the allowance), one series per threshold."""
    totals = [r for r in rows if r.allowance == "all"]
    chart = pygal.Bar(**_config(title), range=(0, 100))
    chart.x_labels = [sectors.LABELS.get(r.sector, r.sector) for r in totals]
    for n in THRESHOLDS:
        chart.add(f"Within {n} days", [r.pct(n) for r in totals])
    return chart.render()


def trend(rows, days=10, title=None):
    """A line per sector: the share resolved within ``days`` business days, month by month.
    ``rows``: standards rows by month."""
    title = title or f"Resolved within {days} business days, by month and market sector (%)"
    months = sorted({r.key for r in rows})
    sums = {}
    for r in rows:
        resolved, within = sums.get((r.key, r.sector), (0, 0))
        sums[(r.key, r.sector)] = (resolved + r.resolved, within + getattr(r, f"within_{days}"))
    chart = pygal.Line(**_config(title), range=(0, 100))
    chart.x_labels = months
    for sector in sectors.SECTORS:
        values = []
        for month in months:
            resolved, within = sums.get((month, sector), (0, 0))
            values.append(round(100.0 * within / resolved, 1) if resolved else None)
        if any(v is not None for v in values):
            chart.add(sectors.LABELS[sector], values)
    return chart.render()
