"""``python -m tests.batch.worker_main worker …``: ``cms worker`` with a plugin that can hold
a batch file mid-transaction, so a test can kill the worker exactly there.

With ``BATCH_TEST_PAUSE_AT=N`` the N-th ``contact_created`` of the process prints
``PAUSED`` and sleeps, inside the transaction that writes the file's contacts.
"""
import os
import sys
import time

from flask.cli import FlaskGroup

from core import create_app
from core.actors import SystemActor
from core.tenancy import set_plugin_enabled
from core.hookspecs import hookimpl


class PauseMidFile:
    name = "pause_mid_file"

    def __init__(self, at):
        self.at, self.seen = at, 0

    @hookimpl
    def contact_created(self, contact, event):
        self.seen += 1
        if self.seen == self.at:
            print("PAUSED", flush=True)
            time.sleep(60)


def main():
    config = {}
    if os.environ.get("BATCH_TEST_PAUSE_AT"):
        config["CMS_EXTRA_PLUGINS"] = [PauseMidFile(int(os.environ["BATCH_TEST_PAUSE_AT"]))]
    if os.environ.get("CMS_QUEUE_NAME"):
        config["CMS_QUEUE_NAME"] = os.environ["CMS_QUEUE_NAME"]
    app = create_app(config)
    if os.environ.get("BATCH_TEST_PAUSE_AT"):
        # contact hooks reach a plugin only in the tenants that enable it: the sender's
        with app.app_context():
            set_plugin_enabled(SystemActor("test"), "shipper", PauseMidFile.name, True)
    FlaskGroup(create_app=lambda: app).main(args=sys.argv[1:], prog_name="cms")


if __name__ == "__main__":
    main()
