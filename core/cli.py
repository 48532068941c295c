"""The ``cms`` command: a Flask CLI group. Errors print one line and exit non-zero."""
import re
import sys

import click
import peewee
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext
from playhouse.migrations import Runner

from core import cli_ops
from core import db as database
from core.actors import SystemActor
from core.config import PROJECT_ROOT, ConfigError
from core.errors import CmsError
from core.models import Organisation, User
from core.tenancy import results_by_plugin

MIGRATIONS_DIR = PROJECT_ROOT / "migrations"


def _fail(exc):
    if getattr(exc, "errors", None):
        detail = "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
        raise click.ClickException(f"{exc.message} ({detail})")
    raise click.ClickException(getattr(exc, "message", None) or str(exc))


def migration_runners(pm):
    """[(label, Runner)]: the core's migrations, then each plugin's in the order of plugin
    names, each plugin with its own history table (``schema_migration_<plugin>``)."""
    runners = [("core", Runner(database.db.obj, str(MIGRATIONS_DIR)))]
    for plugin, directory in sorted(results_by_plugin(pm, "register_migrations")):
        if directory is not None:
            table = "schema_migration_" + re.sub(r"\W", "_", plugin)
            runners.append((plugin, Runner(database.db.obj, str(directory), table_name=table)))
    return runners


def upgrade_database():
    """Apply pending migrations, then bring tenants and the CDSP organisation up to date."""
    from core.tenancy import sync_tenants
    database.db.connect(reuse_if_open=True)
    cms = current_app.extensions["cms"]
    applied = []
    for label, runner in migration_runners(cms.pm):
        applied += [name if label == "core" else f"{label}/{name}" for name in runner.up()]
    sync_tenants(cms.tenants)
    return applied


@click.group("db")
def db_group():
    """Database schema."""


@db_group.command("upgrade")
@with_appcontext
def db_upgrade():
    """Apply pending migrations (safe to run again)."""
    applied = upgrade_database()
    click.echo(f"applied: {', '.join(applied)}" if applied else "database is up to date")


@click.command("demo")
@with_appcontext
def demo():
    """Load the demo organisations and users (idempotent) and print the logins."""
    from core.demo import load_demo
    upgrade_database()
    for line in load_demo():
        click.echo(line)


@click.group("org")
def org_group():
    """Organisations."""


@org_group.command("create")
@click.argument("code")
@click.option("--tenant", required=True, help="participant type: shipper, gt, igt, mra, dmsp, uip")
@click.option("--name", required=True)
@click.option("--parent", default=None, help="code of the parent organisation")
@with_appcontext
def org_create(code, tenant, name, parent):
    """Create an organisation."""
    from core.orgs import create_organisation
    try:
        org = create_organisation(None, code, tenant, name, parent)
    except CmsError as exc:
        _fail(exc)
    click.echo(f"created organisation {org.code} in tenant {tenant}")


@click.group("user")
def user_group():
    """Users."""


@user_group.command("create")
@click.argument("email")
@click.option("--org", "org_code", required=True)
@click.option("--role", required=True)
@click.option("--name", default="")
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
@with_appcontext
def user_create(email, org_code, role, name, password_stdin):
    """Create a user; without --password-stdin a one-time password is printed."""
    from core.lso import create_user
    org = Organisation.by_code(org_code)
    if org is None:
        raise click.ClickException(f"no organisation with code {org_code.upper()}")
    password = sys.stdin.readline().rstrip("\r\n") if password_stdin else None
    try:
        user, otp = create_user(SystemActor(), email, org, role, name, password)
    except CmsError as exc:
        _fail(exc)
    click.echo(f"created {user.email} ({user.role_id}) in {org.code}")
    if otp:
        click.echo(f"one-time password (valid 24 hours, must be changed): {otp}")


@user_group.command("unlock")
@click.argument("email")
@with_appcontext
def user_unlock(email):
    """Unlock a user locked by failed sign-ins."""
    from core.lso import unlock_user
    user = User.by_email(email)
    if user is None:
        raise click.ClickException(f"no user with email {email}")
    unlock_user(SystemActor(), user)
    click.echo(f"unlocked {user.email}")


@click.command("plugins")
@with_appcontext
def plugins():
    """List every plugin with its hooks and the tenants that enable it."""
    from core.plugins import describe_plugins, is_core_plugin
    from core.tenancy import enabled_plugins
    cms = current_app.extensions["cms"]
    database.db.connect(reuse_if_open=True)
    for name, hooks, source in describe_plugins(cms.pm):
        if is_core_plugin(name):
            where = "all (core)"
        else:
            where = ", ".join(code for code in sorted(cms.tenants)
                              if name in enabled_plugins(code)) or "none"
        click.echo(f"{name}  [{source}]")
        click.echo(f"    hooks: {', '.join(hooks) or '-'}")
        click.echo(f"    tenants: {where}")


@click.group("audit")
def audit_group():
    """The audit log."""


@audit_group.command("verify")
@with_appcontext
def audit_verify():
    """Check the audit log's hash chain; name the first broken entry."""
    from core import audit
    database.db.connect(reuse_if_open=True)
    count, broken, why = audit.verify()
    if why is None:
        click.echo(f"audit log intact: {count} entries")
        return
    where = f"entry #{broken.id} ({broken.at:%Y-%m-%d %H:%M:%S} UTC, {broken.action})" if broken else "the end"
    raise click.ClickException(f"audit log broken at {where}: {why}; "
                               f"the {count} entries before it are intact")


@click.group("secrets")
def secrets_group():
    """Secrets kept sealed in the database."""


@secrets_group.command("rotate-key")
@with_appcontext
def secrets_rotate_key():
    """Reseal every secret under a new key, then drop the old one (safe to run again)."""
    from core.secrets_at_rest import SecretsError, rotate_key
    database.db.connect(reuse_if_open=True)
    try:
        current, retired, resealed = rotate_key()
    except SecretsError as exc:
        _fail(exc)
    click.echo(f"{resealed} secrets resealed under key {current}; retired: {', '.join(retired) or 'none'}")
    if retired and current_app.config.get("CMS_ENCRYPTION_KEY"):
        click.echo("now remove the old keys from CMS_ENCRYPTION_KEY, leaving the first")


def init_app(app):
    for command in (db_group, demo, org_group, user_group, plugins, audit_group, secrets_group):
        app.cli.add_command(command)
    cli_ops.init_app(app)   # backup, restore, retention, erasure


def main(argv=None):
    from core import create_app
    try:
        app = create_app()
    except ConfigError as exc:
        sys.exit(f"cms: configuration error: {exc}")
    cli = FlaskGroup(create_app=lambda: app, add_version_option=False,
                     help="The Contact Management Service command.")
    try:
        cli.main(args=argv, prog_name="cms")
    except peewee.DatabaseError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        sys.exit(f"cms: database error: {first} (has `cms db upgrade` been run?)")


if __name__ == "__main__":  # pragma: no cover
    main()
