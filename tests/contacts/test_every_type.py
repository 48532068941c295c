"""Every contact type the service registers runs the channel suite (tests/contacts/every_type.py):
a new type module is tested here by being registered, with no change to this file."""
import pytest

from tests.contacts.every_type import ChannelSuite, registered_type_codes


@pytest.fixture(params=registered_type_codes())
def ctype_code(request):
    return request.param


class TestEveryType(ChannelSuite):
    pass
