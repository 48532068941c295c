import pytest

from core import apikeys


class ApiCaller:
    """A test client speaking to /api/v1 with one user's API key."""

    def __init__(self, client, user, token):
        self.client, self.user, self.token = client, user, token

    def headers(self, extra=None):
        return {"Authorization": f"Bearer {self.token}", **(extra or {})}

    def get(self, path, **kwargs):
        return self.client.get(f"/api/v1{path}", headers=self.headers(kwargs.pop("headers", None)), **kwargs)

    def post(self, path, json=None, **kwargs):
        return self.client.post(f"/api/v1{path}", json=json,
                                headers=self.headers(kwargs.pop("headers", None)), **kwargs)


@pytest.fixture
def api(app, principals):
    """``api(role, org)``: an ApiCaller for a new user of that role in that organisation."""
    def make(role="user", org="ALP"):
        user = principals.user(role, org)
        _, token = apikeys.create_key(user, user, "tests")
        return ApiCaller(app.test_client(), user, token)
    return make


VALID_MPRN = "3938424403"


def enq(**overrides):
    body = {"type": "ENQ", "mprn": VALID_MPRN, "summary": "Why was my read rejected?",
            "originator_ref": "REF-1", "fields": {"topic": "data", "question": "Why?"}}
    body.update(overrides)
    return body
