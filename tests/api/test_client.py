"""What the README's "Building against the CMS" hands an integrator, used as they would: the
Python client in clients/python (the committed one is what the generator writes for today's
OpenAPI document, else it is stale; it raises, reads and acts on a contact, reads a type's
layout, sends a QMP file and fetches its response from the service on a real port), and the
README's code that verifies a webhook delivery, run on a real delivery."""
import csv
import filecmp
import io
import logging
import re
import sys
import threading
import time
from pathlib import Path

import pytest
from werkzeug.datastructures import Headers
from werkzeug.serving import make_server

from core import apikeys
from core.contacts import raise_contact
from plugins.webhooks import delivery, registry
from tests.batch.conftest import enq
from tests.batch.conftest import qmp
from tests.operations.receiver import Receiver

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "clients" / "python"
SKIP = {"__pycache__", ".ruff_cache"}


@pytest.fixture
def app_config():
    return {"CMS_QUEUE_IMMEDIATE": True,            # a sent file is processed before its 202
            "CMS_WEBHOOK_ALLOW_PRIVATE": True}      # the webhook receiver is on 127.0.0.1


@pytest.fixture
def cms_client(monkeypatch):
    """The committed client package, imported from clients/python/cms-client."""
    monkeypatch.syspath_prepend(str(CLIENTS / "cms-client"))
    for name in [n for n in sys.modules if n == "cms_client" or n.startswith("cms_client.")]:
        monkeypatch.delitem(sys.modules, name)
    import cms_client
    assert Path(cms_client.__file__).is_relative_to(CLIENTS)
    return cms_client


class Served:
    """The app on a free local port, in a thread of this process (sharing the test's database)."""

    def __init__(self, app):
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_port}"

    def __exit__(self, *exc):
        self.server.shutdown()
        self.thread.join()


def differences(committed, fresh):
    """The files that differ between two trees, or are in one only (caches aside)."""
    def files(root):
        return {p.relative_to(root) for p in root.rglob("*")
                if p.is_file() and not SKIP & set(p.relative_to(root).parts)}
    ours, theirs = files(committed), files(fresh)
    changed = {p for p in ours & theirs if not filecmp.cmp(committed / p, fresh / p, shallow=False)}
    return sorted(str(p) for p in (ours ^ theirs) | changed)


def test_the_committed_client_is_what_the_generator_writes_for_todays_document(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(CLIENTS))
    import regenerate
    fresh = regenerate.generate(tmp_path / "cms-client")
    stale = differences(CLIENTS / "cms-client", fresh)
    assert not stale, ("the API changed but clients/python/cms-client was not regenerated: run "
                       f"'.venv/bin/python clients/python/regenerate.py'. Differing: {stale[:20]}")


def test_the_client_raises_reads_and_acts_on_a_contact_and_sends_a_file(app, principals, cms_client):
    from cms_client import AuthenticatedClient
    from cms_client.api.batch_files import (get_api_v1_batch_files_file_id,
                                            get_api_v1_batch_files_file_id_response,
                                            post_api_v1_batch_files)
    from cms_client.api.contact_types import get_api_v1_contact_types_code_layout
    from cms_client.api.contacts import (get_api_v1_contacts_reference, post_api_v1_contacts,
                                         post_api_v1_contacts_reference_actions)
    from cms_client.models import (ActionCancel, ContactDetailOut, ContactOut, ENQGeneralEnquiry,
                                   Error, LayoutOut, RaiseENQGeneralEnquiry, UploadIn)
    from cms_client.types import File

    user = principals.user("supervisor", "ALP")
    _, token = apikeys.create_key(user, user, "client")
    with Served(app) as base, AuthenticatedClient(base_url=base, token=token,
                                                   raise_on_unexpected_status=True) as client:
        body = RaiseENQGeneralEnquiry(type_="ENQ", summary="Sent by the client",
                                      originator_ref="CLIENT-1", mprn="3938424403",
                                      fields=ENQGeneralEnquiry(topic="files",
                                                               question="What does WN mean?"))
        # a key of its own per request: with_headers on a client in use changes it for good
        once = AuthenticatedClient(base_url=base, token=token, raise_on_unexpected_status=True,
                                   headers={"Idempotency-Key": "client-0001"})
        raised = post_api_v1_contacts.sync(client=once, body=body)
        assert isinstance(raised, ContactOut) and raised.status == "submitted"
        again = post_api_v1_contacts.sync_detailed(client=once, body=body)   # a retry
        assert again.headers["Idempotent-Replayed"] == "true"
        assert again.parsed.reference == raised.reference

        read = get_api_v1_contacts_reference.sync(raised.reference, client=client)
        assert isinstance(read, ContactDetailOut) and read.originator_ref == "CLIENT-1"
        assert read.fields["topic"] == "files"

        cancelled = post_api_v1_contacts_reference_actions.sync(
            raised.reference, client=client, body=ActionCancel(action="cancel", text="Raised in error"))
        assert cancelled.status == "cancelled"

        refused = post_api_v1_contacts_reference_actions.sync(
            raised.reference, client=client, body=ActionCancel(action="cancel", text="Again"))
        assert isinstance(refused, Error) and refused.message

        layout = get_api_v1_contact_types_code_layout.sync("ENQ", client=client)
        assert isinstance(layout, LayoutOut) and [c.name for c in layout.cells][:3] == [
            "RECORD_TYPE", "ORIGINATOR_REF", "CONTACT_TYPE"]

        data = qmp([enq("FILE-1"), enq("FILE-2", question="")])
        sent = post_api_v1_batch_files.sync(
            client=client, body=UploadIn(file=File(payload=io.BytesIO(data), file_name="mine.qmp")))
        followed = get_api_v1_batch_files_file_id.sync(sent.id, client=client)
        assert (followed.status, followed.accepted_count, followed.rejected_count) == ("processed", 1, 1)
        response = get_api_v1_batch_files_file_id_response.sync_detailed(sent.id, client=client)
        assert response.status_code == 200
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        assert rows[0][:3] == ["A00", "CDSP", "QMR"]
        assert [(r[1], r[2]) for r in rows[1:-1]] == [("FILE-1", "AC"), ("FILE-2", "RJ")]
        assert rows[1][3].startswith("ENQ-")


def readme_verify():
    """The ``verify`` function of the README's webhook section, as written there."""
    section = (ROOT / "README.md").read_text().split("### Verifying webhooks", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    namespace = {}
    exec(compile(code, "README.md", "exec"), namespace)
    return namespace["verify"]


def test_the_readmes_code_verifies_a_real_webhook_delivery(app, principals):
    verify = readme_verify()
    with Receiver() as receiver:
        lso = principals.user("lso", "ALP")
        _, secret = registry.create(lso, lso.organisation, receiver.url, ["contact.raised"])
        raise_contact(principals.user("user", "ALP"), "ENQ", {
            "summary": "Tell my system", "topic": "data", "question": "Did it hear?"}, "web")
    [sent] = receiver.requests
    headers, body = Headers(sent["headers"]), sent["body"]
    assert verify(secret, headers, body)
    assert not verify(secret, headers, body + b" ")                     # a changed body
    assert not verify(secret + "x", headers, body)                      # another secret
    assert not verify(secret, headers, body, now=time.time() + 301)     # too late: a replay
    moved = headers.copy()                                              # a changed timestamp
    moved["X-CMS-Timestamp"] = str(int(headers["X-CMS-Timestamp"]) + 1)
    assert not verify(secret, moved, body)
    old = int(time.time()) - 600                  # signed correctly, but ten minutes ago
    replayed = Headers({"X-CMS-Timestamp": str(old), "X-CMS-Signature": delivery.sign(secret, old, body)})
    assert not verify(secret, replayed, body)
    assert verify(secret, replayed, body, now=old + 10)
