"""The operator's commands: ``cms backup``, ``cms restore``, ``cms retention run`` and
``cms user erase``. Errors print one line and exit non-zero, like the rest of ``cms``."""
import click
from flask import current_app
from flask.cli import with_appcontext

from core import db as database
from core.errors import CmsError


def _fail(exc):
    raise click.ClickException(getattr(exc, "message", None) or str(exc))


@click.command("backup")
@click.argument("path", type=click.Path(file_okay=False, dir_okay=True, writable=True))
@click.option("--include-key", is_flag=True,
              help="also copy the encryption key file: the backup then opens its own sealed "
                   "secrets, so keep it as safe as the keys themselves")
@with_appcontext
def backup(path, include_key):
    """Back up the database and the data folder's files to the new folder PATH."""
    from core.backup import create_backup
    try:
        manifest = create_backup(current_app.config, path, include_key=include_key)
    except CmsError as exc:
        _fail(exc)
    counts = manifest["counts"]
    click.echo(f"backup written to {path}: {manifest['database']['kind']} database, "
               f"{len(manifest['files']) - 1} files, {counts['contacts']} contacts, "
               f"{counts['audit_entries']} audit entries")
    if not include_key and manifest["key_ids"]:
        click.echo(f"the encryption key ({', '.join(manifest['key_ids'])}) is not in the backup: "
                   "keep it apart, a restore needs it")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, file_okay=False, dir_okay=True))
@with_appcontext
def restore(path):
    """Restore the backup in folder PATH into this empty installation."""
    from core import audit
    from core.backup import missing_keys, restore_backup
    try:
        manifest = restore_backup(current_app.config, path)
    except CmsError as exc:
        _fail(exc)
    counts = manifest["counts"]
    click.echo(f"restored {counts['contacts']} contacts, {counts['audit_entries']} audit "
               f"entries and {len(manifest['files']) - 1} files from {path}")
    database.db.connect(reuse_if_open=True)
    count, broken, why = audit.verify()
    if why is not None:
        raise click.ClickException(f"restored, but the audit log is broken at entry "
                                   f"#{getattr(broken, 'id', '?')}: {why}")
    click.echo(f"audit log intact: {count} entries")
    missing = missing_keys(current_app.config, manifest)
    if missing:
        click.echo(f"the secrets were sealed with key {', '.join(missing)}, which this installation "
                   "lacks: put that key in the data folder's encryption_keys (or "
                   "CMS_ENCRYPTION_KEY) before starting the service")
    click.echo("next: `cms db upgrade` (when the backup is from an older version), then start the service")


@click.group("retention")
def retention_group():
    """Retention periods (each tenant's file, [retention])."""


@retention_group.command("run")
@with_appcontext
def retention_run():
    """Purge what is past its retention period now (the nightly job does the same)."""
    from core import retention
    database.db.connect(reuse_if_open=True)
    done = retention.run()
    click.echo("purged: " + ", ".join(f"{count} {kind.replace('_', ' ')}"
                                      for kind, count in sorted(done.items())))


@click.command("erase")
@click.argument("email")
@click.confirmation_option(prompt="Erasing a person cannot be undone. Go on?")
@with_appcontext
def user_erase(email):
    """Erase the person with address EMAIL: pseudonymise their name and address everywhere."""
    from core.actors import SystemActor
    from core.erasure import erase_person
    database.db.connect(reuse_if_open=True)
    try:
        done = erase_person(SystemActor("cli"), email)
    except CmsError as exc:
        _fail(exc)
    click.echo(f"erased: now {done['pseudonym']} ({len(done['users'])} accounts, "
               f"{done['audit_entries']} audit entries, {done['rows']} rows of contacts' text)")


def init_app(app):
    for command in (backup, restore, retention_group):
        app.cli.add_command(command)
    app.cli.commands["user"].add_command(user_erase)   # `cms user erase EMAIL`
