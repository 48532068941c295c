"""Actors that are not signed-in people: the command line and installers act as a CDSP admin."""
from core.models import Role


class SystemActor:
    id = None
    organisation_id = None
    role_id = "admin"

    def __init__(self, label="cli"):
        self.email = label

    @property
    def role(self):
        return Role.get_by_id(self.role_id)
