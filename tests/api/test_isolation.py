"""Another organisation's contact is a 404 on every endpoint that takes a reference."""
import io

import pytest

from core.models import Contact, ContactEvent, Message
from tests.api.conftest import enq

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def contact_of_a(api):
    owner = api("user", "ALP")
    ref = owner.post("/contacts", json=enq()).json["reference"]
    response = owner.client.post(f"/api/v1/contacts/{ref}/attachments", headers=owner.headers(),
                                 data={"file": (io.BytesIO(PDF), "a.pdf")},
                                 content_type="multipart/form-data")
    return ref, response.json["id"]


CALLS = [
    ("get", "/contacts/{ref}", None),
    ("post", "/contacts/{ref}/actions", {"action": "cancel", "text": "hijack"}),
    ("post", "/contacts/{ref}/actions", {"action": "accept"}),
    ("post", "/contacts/{ref}/messages", {"text": "hello from B"}),
    ("get", "/contacts/{ref}/attachments/{att}", None),
    ("get", "/contacts/{ref}/links", None),
    ("post", "/contacts/{ref}/links", {"reference": "ENQ-2026-000001"}),
    ("post", "/contacts/{ref}/links", {"reference": "ENQ-2026-000001", "kind": "duplicate_of"}),
    ("post", "/contacts/{ref}/actions", {"action": "mark_duplicate", "of": "ENQ-2026-000001"}),
    ("get", "/contacts/{ref}/watchers", None),
    ("put", "/contacts/{ref}/watchers/me", None),
    ("delete", "/contacts/{ref}/watchers/me", None),
    ("get", "/contacts/{ref}/notes", None),
    ("get", "/templates?contact={ref}", None),
]


@pytest.mark.parametrize("method, path, body", CALLS)
@pytest.mark.parametrize("role, org", [("user", "BET"), ("lso", "BET"), ("supervisor", "NWG")])
def test_other_organisations_get_404(api, contact_of_a, method, path, body, role, org):
    ref, att = contact_of_a
    outsider = api(role, org)
    before = (Contact.get(Contact.reference == ref).status, ContactEvent.select().count(),
              Message.select().count())
    url = path.format(ref=ref, att=att)
    if method in ("get", "post"):
        response = outsider.get(url) if method == "get" else outsider.post(url, json=body)
    else:
        response = outsider.client.open(f"/api/v1{url}", method=method.upper(),
                                        headers=outsider.headers())
    assert response.status_code == 404
    assert ref not in response.get_data(as_text=True)
    after = (Contact.get(Contact.reference == ref).status, ContactEvent.select().count(),
             Message.select().count())
    assert after == before


def test_other_organisations_contacts_are_not_listed(api, contact_of_a):
    ref, _ = contact_of_a
    outsider = api("lso", "BET")
    assert outsider.get("/contacts").json["items"] == []
    assert outsider.get(f"/contacts?originator_ref=REF-1").json["items"] == []


def test_attachment_of_another_contact_is_404_even_for_a_party(api, contact_of_a):
    _, att = contact_of_a
    owner_b = api("user", "BET")
    ref_b = owner_b.post("/contacts", json=enq()).json["reference"]
    assert owner_b.get(f"/contacts/{ref_b}/attachments/{att}").status_code == 404


def test_cdsp_sees_every_contact(api, contact_of_a):
    ref, _ = contact_of_a
    assert api("agent").get(f"/contacts/{ref}").status_code == 200
