"""Test organisations and users, and signing them in."""
import itertools

import pyotp

from core import two_factor
from core.actors import SystemActor
from core.lso import create_user
from core.models import CDSP_ORG, Organisation, User
from core.orgs import create_organisation

PASSWORD = "correct horse battery staple"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # the test users' authenticator app

# code -> (tenant, name, parent)
ORGS = {
    "ALP": ("shipper", "Alpha Gas Shipping", None),
    "ALK": ("shipper", "Alpha Gas Kids (child of ALP)", "ALP"),
    "BET": ("shipper", "Beta Energy", None),
    "NWG": ("gt", "Northway Gas Networks", None),
    "DMS": ("dmsp", "DailyMeter Services", None),
    "UCN": ("uip", "Utility Connect", None),
    "IPL": ("igt", "Independent Pipelines", None),
    "MRC": ("mra", "MeterRead Co", None),
}
_counter = itertools.count(1)


class Principals:
    def __init__(self, app):
        self.app = app

    def org(self, code):
        org = Organisation.by_code(code)
        if org is None:
            tenant, name, parent = ORGS[code]
            if parent:
                self.org(parent)
            org = create_organisation(SystemActor("test"), code, tenant, name, parent)
        return org

    def user(self, role, org="ALP", email=None, password=PASSWORD, name=None):
        organisation = Organisation.by_code(CDSP_ORG) if role in ("agent", "admin") else self.org(org)
        email = email or f"{role}{next(_counter)}@{organisation.code.lower()}.example.com"
        user, _ = create_user(SystemActor("test"), email, organisation, role,
                              name or f"{role.title()} of {organisation.code}", password)
        if two_factor.required(user):  # as if they had set up their authenticator app
            User.update(totp_secret=User.totp_secret.seal(user.id, TOTP_SECRET)).where(
                User.id == user.id).execute()
            user = User.get_by_id(user.id)
        return user

    def sign_in(self, client, user, password=PASSWORD):
        tenant = user.organisation.tenant.code
        response = client.post(f"/{tenant}/login", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        if response.headers["Location"].endswith("/login/second-factor"):
            # let the same code serve again: tests sign the same user in several times a minute
            User.update(totp_last_step=0).where(User.id == user.id).execute()
            response = client.post(f"/{tenant}/login/second-factor",
                                   data={"code": pyotp.TOTP(TOTP_SECRET).now()})
            assert response.status_code == 302, response.get_data(as_text=True)
        return client

    def client(self, role, org="ALP", **kwargs):
        """A new test client signed in as a new user: returns (client, user)."""
        user = self.user(role, org, **kwargs)
        return self.sign_in(self.app.test_client(), user), user

    def reload(self, user):
        return User.get_by_id(user.id)
