"""core.app.LazyBuilderRule: the app's URL rules build the URLs Werkzeug's own rules build."""
from flask import Flask, url_for
from werkzeug.routing import Rule

from core.app import LazyBuilderRule


def urls(rule_class):
    app = Flask(__name__)
    app.url_rule_class = rule_class
    def view(**_):
        return ""
    app.add_url_rule("/contacts/<int:contact_id>/<rule>", "page", view)
    app.add_url_rule("/reports/", "report", view, defaults={"month": "latest"})
    app.add_url_rule("/reports/<month>/<int:day>", "report", view)
    with app.test_request_context():
        return [url_for("page", contact_id=7, rule="sla", page=2),    # unknown values appended
                url_for("page", contact_id=7, rule="a b/c", _external=True),
                url_for("report"), url_for("report", month="2026-04", day=2),
                app.url_map.bind("example.com").match("/contacts/7/sla")]


def test_lazy_rules_build_and_match_as_werkzeugs_rules_do():
    assert urls(LazyBuilderRule) == urls(Rule) == [
        "/contacts/7/sla?page=2", "http://localhost/contacts/7/a%20b/c", "/reports/",
        "/reports/2026-04/2", ("page", {"contact_id": 7, "rule": "sla"})]
