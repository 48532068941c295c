"""Fixtures for the batch pipeline: a frozen clock, files to send, and a plugin that hears
``batch_file_processed``."""
import datetime

import pytest

from core import clock as service_clock
from core.actors import SystemActor
from core.contacts.mprn import check_digits
from core.hookspecs import hookimpl
from core.storage import storage_for
from core.tenancy import set_plugin_enabled
from plugins.channels.batch.writers import write_qmp

NOW = datetime.datetime(2026, 4, 2, 9, 0)   # a Thursday morning, UTC


def mprn(n=0):
    body = f"{39384244 + n:08d}"
    return body + check_digits(body)


def enq(ref, question="What does WN mean?", **kw):
    return (ref, "ENQ", kw.get("mprn", ""), kw.get("summary", f"Question {ref}"), "files", question)


def qmp(records, sequence=1, org="ALP"):
    return write_qmp(org, sequence, records, now=NOW)


def lines(data):
    return data.decode("utf-8").splitlines()


class Heard:
    """A test plugin: remembers every batch file the hook announces."""
    name = "batch_test_listener"

    def __init__(self):
        self.files = []

    @hookimpl
    def batch_file_processed(self, batch_file):
        self.files.append((batch_file.id, batch_file.status, batch_file.response_type))


@pytest.fixture
def heard():
    return Heard()


@pytest.fixture
def app_config(heard):
    return {"CMS_EXTRA_PLUGINS": [heard]}


@pytest.fixture(autouse=True)
def listening(request, heard):
    """The listener hears the files of the shippers' portal, which enables it."""
    if "app" in request.fixturenames:
        request.getfixturevalue("app")
        set_plugin_enabled(SystemActor("test"), "shipper", heard.name, True)


@pytest.fixture
def clock():
    with service_clock.frozen(NOW) as fixed:
        yield fixed


@pytest.fixture
def shipper(principals):
    principals.org("BET")
    return principals.user("user", "ALP")


@pytest.fixture
def outbox(app):
    return storage_for(app).outbox("ALP")
