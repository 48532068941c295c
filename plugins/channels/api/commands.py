"""``cms apikey create EMAIL [--sandbox]``: prints a new key alone on stdout."""
import click
from flask.cli import with_appcontext

from core import apikeys
from core.errors import CmsError
from core.models import User


@click.group("apikey")
def apikey_group():
    """API keys."""


@apikey_group.command("create")
@click.argument("email")
@click.option("--name", default="created with cms apikey", help="what the key is for")
@click.option("--sandbox", "in_sandbox", is_flag=True,
              help="a key of the organisation's sandbox (cms_sbx_...; the user is its LSO)")
@with_appcontext
def create(email, name, in_sandbox):
    """Create an API key for a user and print it (only once)."""
    user = User.by_email(email)
    if user is None or not user.is_active:
        raise click.ClickException(f"no active user with email {email}")
    try:
        _, token = apikeys.create_key(user, user, name, in_sandbox=in_sandbox)
    except CmsError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(token)
