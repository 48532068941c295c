"""The contacts engine's own command group, ``cms contacts``, added as a core plugin."""
from core.hookspecs import hookimpl


@hookimpl(trylast=True)
def register_commands(cli):
    from core.contacts.cli import contacts_group
    cli.add_command(contacts_group)
