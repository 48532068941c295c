"""Charts as SVG, drawn by pygal on the server. The pages show them as ``<img>`` from their
own address: pygal's SVG carries its own styles (and a small script that never runs in an
image), so the chart responses get their own Content-Security-Policy (styles inside the
image only, no script) and the pages keep the strict one."""
import pygal
from pygal.style import Style

from core.contacts import STATUS_LABELS, STATUSES

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
STYLE = Style(background="white", plot_background="white", foreground="#0b0c0c",
              foreground_strong="#0b0c0c", foreground_subtle="#505a5f",
              colors=("#1d70b8", "#00703c", "#d4351c", "#f47738", "#4c2c92", "#28575e"),
              font_family="Arial, sans-serif")
CHARTS = ("volumes", "service-level", "open")


def _config(title):
    return dict(title=title, style=STYLE, js=[], width=800, height=400, legend_at_bottom=True,
                print_values=False, x_label_rotation=30, show_minor_x_labels=True,
                explicit_size=True)


def volumes(rows, title="Raised and closed by month"):
    chart = pygal.Bar(**_config(title))
    chart.x_labels = [r.key for r in rows]
    chart.add("Raised", [r.raised for r in rows])
    chart.add("Closed", [r.closed for r in rows])
    chart.add("Breached", [r.breached for r in rows])
    return chart.render()


def service_level(rows, title="Resolved within the service level, by contact type (%)"):
    chart = pygal.HorizontalBar(**_config(title), range=(0, 100))
    chart.x_labels = [r.key for r in rows]
    chart.add("% within", [r.within_pct for r in rows])
    return chart.render()


def open_contacts(open_rows, title="Open contacts by status"):
    by_status = {}
    for status, _holder, n in open_rows:
        by_status[status] = by_status.get(status, 0) + n
    chart = pygal.Bar(**_config(title))
    statuses = [s for s in STATUSES if s in by_status]
    chart.x_labels = [STATUS_LABELS[s] for s in statuses]
    chart.add("Open", [by_status[s] for s in statuses])
    return chart.render()
