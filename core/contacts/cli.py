"""``cms contacts ...``: the scheduled contact work, runnable by hand or from cron."""
import datetime

import click
from flask.cli import with_appcontext

from core import db as database


@click.group("contacts")
def contacts_group():
    """Contacts: scheduled work."""


@contacts_group.command("tick")
@click.option("--at", "at", default=None,
              help="run as if it were this UTC time (YYYY-MM-DDTHH:MM), e.g. to catch up")
@with_appcontext
def tick_command(at):
    """Auto-close unanswered correspondence, mark breaches, close resolved contacts."""
    from core.contacts.jobs import tick
    now = None
    if at:
        try:
            now = datetime.datetime.fromisoformat(at)
        except ValueError:
            raise click.ClickException(f"--at {at!r} is not a time like 2026-04-02T09:30") from None
        if now.tzinfo is not None:
            now = now.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    database.db.connect(reuse_if_open=True)
    counts = tick(now)
    click.echo(", ".join(f"{name.replace('_', ' ')}: {n}" for name, n in counts.items()))
