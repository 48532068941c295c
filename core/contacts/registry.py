"""The registered contact types, as the engine and the channels ask for them."""
from flask import current_app

from core.permissions import allowed
from core.tenancy import plugin_enabled


def contact_types():
    """The app's :class:`core.registry.Registry` of contact types."""
    return current_app.extensions["cms"].contact_types


def type_of(contact):
    """The ContactType of ``contact`` (None if its plugin is no longer installed)."""
    return contact_types().get(contact.contact_type)


def enabled_types(tenant_code):
    """The contact types ``tenant_code`` has enabled, in code order."""
    return [t for t in contact_types() if plugin_enabled(tenant_code, t.plugin)]


def raisable_types(actor):
    """The contact types ``actor`` may raise: enabled for their tenant and open to them."""
    return [t for t in enabled_types(actor.organisation.tenant.code)
            if allowed(actor, "contact.raise", t)]
