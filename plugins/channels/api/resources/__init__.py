"""The API's resources, one flask-smorest blueprint each."""
from plugins.channels.api.resources import contact_types, contacts, views

RESOURCES = (contact_types.blp, contacts.blp, views.blp)
