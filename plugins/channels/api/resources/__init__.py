"""The API's resources, one flask-smorest blueprint each."""
from plugins.channels.api.resources import (contact_templates, contact_types, contacts,
                                            escalation, links, templates, theft, views,
                                            watchers)

RESOURCES = (contact_types.blp, contacts.blp, views.blp, watchers.blp, links.blp,
             templates.blp, escalation.blp, contact_templates.blp, theft.blp)
