"""What ``create_app`` costs, the cost every test pays once: CPU seconds per app, with the
URL rules' builders compiled lazily (core.app.LazyBuilderRule, the service's own) against
Werkzeug's plain Rule, which compiles them when a rule is added, measured in the same run.

    .venv/bin/python bench/app_factory.py -n 20
"""
import argparse
import tempfile
import time
from pathlib import Path

from werkzeug.routing import Rule

import core.app
from core import create_app


def per_app(n, data_dir):
    settings = {"TESTING": True, "CMS_DATABASE_URL": f"sqlite:///{data_dir}/bench.sqlite3",
                "CMS_DATA_DIR": str(data_dir), "CMS_SECRET_KEY": "bench-secret-key-0123456789"}
    create_app(settings)                                  # imports and first-time caches
    start = time.process_time()
    for _ in range(n):
        app = create_app(settings)
    return (time.process_time() - start) / n, len(list(app.url_map.iter_rules()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=20, help="apps made per variant")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lazy, rules = per_app(args.n, Path(tmp))
        lazy_rule, core.app.LazyBuilderRule = core.app.LazyBuilderRule, Rule   # the baseline
        try:
            eager, _ = per_app(args.n, Path(tmp))
        finally:
            core.app.LazyBuilderRule = lazy_rule
    print(f"{rules} URL rules; create_app, CPU seconds per app over {args.n}:")
    print(f"  Werkzeug Rule (builders compiled when added) {eager:.3f}")
    print(f"  LazyBuilderRule (compiled on first url_for)  {lazy:.3f}   ratio {lazy / eager:.2f}")


if __name__ == "__main__":
    main()
