"""The API's resources, one flask-smorest blueprint each."""
from plugins.channels.api.resources import batch_files, contact_types, contacts

RESOURCES = (contact_types.blp, contacts.blp, batch_files.blp)
