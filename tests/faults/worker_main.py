"""``python -m tests.faults.worker_main worker …``: ``cms worker`` whose reaper takes a file
that no worker started after ``FAULTS_STALE_SECONDS`` (5) instead of a minute, so that a test
of a few seconds sees the reaper recover a file whose job was lost in an outage."""
import os
import sys

from flask.cli import FlaskGroup

from core import create_app
from plugins.channels.batch import pipeline


def main():
    pipeline.STALE_SECONDS = int(os.environ.get("FAULTS_STALE_SECONDS", "5"))
    app = create_app()
    FlaskGroup(create_app=lambda: app).main(args=sys.argv[1:], prog_name="cms")


if __name__ == "__main__":
    main()
