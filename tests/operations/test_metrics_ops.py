"""The operators' files under ops/ read only metrics the service exports: the alert rules
(Prometheus YAML) and the Grafana dashboard (JSON) parse, and every ``cms_*`` name in
their expressions is a series /metrics can show."""
import json
import re
from pathlib import Path

import yaml

from core.observability import metrics

OPS = Path(__file__).resolve().parents[2] / "ops"
NAME = re.compile(r"\bcms_[a-z_]+\b")
SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}


def exported(scraped_gauges):
    names = set(scraped_gauges)
    for metric in vars(metrics._m()).values():
        names.update(metric._name + suffix for suffix in SUFFIXES[metric._type])
    return names


def gauge_names(client):
    from tests.operations.test_metrics import scrape
    return {name for name, _ in scrape(client)}


def alert_expressions():
    rules = yaml.safe_load((OPS / "prometheus" / "alerts.yml").read_text())
    found = [rule for group in rules["groups"] for rule in group["rules"]]
    assert {"CmsBreachesRising", "CmsQueueStuck", "CmsBatchFileProcessingPastLease",
            "CmsHigh5xxRate"} <= {rule["alert"] for rule in found}
    assert all(rule["expr"] and rule["annotations"]["summary"] for rule in found)
    return [rule["expr"] for rule in found]


def dashboard_expressions():
    board = json.loads((OPS / "grafana" / "cms-dashboard.json").read_text())
    return [target["expr"] for panel in board["panels"] for target in panel["targets"]]


def test_ops_files_use_only_exported_metrics(app, client):
    from tests.operations import test_metrics
    app.config["CMS_METRICS_TOKEN"] = test_metrics.TOKEN
    known = exported(gauge_names(client))
    for source, expressions in (("alerts.yml", alert_expressions()),
                                ("cms-dashboard.json", dashboard_expressions())):
        used = {name for expr in expressions for name in NAME.findall(expr)}
        assert used, source
        unknown = sorted(used - known)
        assert not unknown, f"{source} uses metrics the service does not export: {unknown}"
