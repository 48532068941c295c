"""``python -m tests.jobs.worker_main worker …``: the ``cms`` command with the test jobs plugin.

The settings come from ``CMS_*`` environment variables as for ``cms``; ``CMS_QUEUE_NAME``
(a per-test queue) is passed on too.
"""
import os
import sys

from flask.cli import FlaskGroup

from core import create_app
from tests.jobs import plugin


def main():
    config = {"CMS_EXTRA_PLUGINS": [plugin]}
    if os.environ.get("CMS_QUEUE_NAME"):
        config["CMS_QUEUE_NAME"] = os.environ["CMS_QUEUE_NAME"]
    app = create_app(config)
    FlaskGroup(create_app=lambda: app).main(args=sys.argv[1:], prog_name="cms")


if __name__ == "__main__":
    main()
