"""Fixtures for the operations tests: contacts to raise, and API keys."""
import pytest

from core import apikeys
from core.contacts import raise_contact

ENQ = {"mprn": "3938424403", "summary": "Why was my read rejected?", "topic": "data",
       "question": "Why?"}


@pytest.fixture
def raise_enq():
    """``raise_enq(user, **changes)``: an ENQ raised through the portal's channel."""
    def make(user, channel="web", **changes):
        return raise_contact(user, "ENQ", {**ENQ, **changes}, channel)
    return make


@pytest.fixture
def api_key(principals):
    def make(user):
        _, token = apikeys.create_key(user, user, "tests")
        return {"Authorization": f"Bearer {token}"}
    return make
