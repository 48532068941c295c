"""A whole-number field (a kWh quantity, a meter read, a supply point class) takes a whole
number and nothing else on every channel: 2.5 is refused with a message saying what to give,
never stored as 2. The API documents such a field as a JSON integer (so 2.0 and "2" are not
one there), the portal's box and a batch file's cell hold its digits."""
import decimal
import re

import pytest

from core import apikeys
from core.contacts import raise_contact
from core.errors import Invalid
from core.models import Contact
from plugins.channels.batch import pipeline
from plugins.channels.batch.intake import register
from plugins.channels.batch.writers import write_qmp
from core.storage import storage_for

MPRN = "3938424403"
TOG = {"type": "TOG", "mprn": MPRN, "summary": "Bypass found",
       "fields": {"theft_start": "2026-01-01", "method": "bypass"}}


def _api(app, user):
    _, token = apikeys.create_key(user, user, "tests")
    client = app.test_client()
    return lambda body: client.post("/api/v1/contacts", json=body,
                                    headers={"Authorization": f"Bearer {token}"})


@pytest.mark.parametrize("energy", [2.5, 2.0, "2", "2.5", True, 1e20, [2]])
def test_the_api_refuses_what_is_not_a_json_integer(app, clock, shipper, energy):
    response = _api(app, shipper)({**TOG, "fields": {**TOG["fields"], "estimated_energy": energy}})
    assert response.status_code == 422, response.json
    assert "whole number" in response.json["errors"]["estimated_energy"]
    assert Contact.select().count() == 0


@pytest.mark.parametrize("energy", [2.5, 2.0, 1e20, decimal.Decimal("2.5"), True, "2.5", "1_000", "\u0663"])
def test_the_engine_refuses_a_number_with_a_fraction_rather_than_cut_it(clock, shipper, energy):
    data = {"mprn": MPRN, "summary": "Bypass found", **TOG["fields"], "estimated_energy": energy}
    with pytest.raises(Invalid) as refused:
        raise_contact(shipper, "TOG", data, "api")
    assert refused.value.errors["estimated_energy"] == [
        "Give a whole number of kWh, with no decimal point."]
    assert Contact.select().count() == 0


def test_the_api_takes_a_whole_number_as_it_is(app, clock, shipper):
    response = _api(app, shipper)({**TOG, "fields": {**TOG["fields"], "estimated_energy": 2}})
    assert response.status_code == 201, response.json
    assert Contact.get().fields["estimated_energy"] == 2


def test_the_document_says_it_is_an_integer(client):
    document = client.get("/api/v1/openapi.json").json
    assert document["components"]["schemas"]["TOGFields"]["properties"]["estimated_energy"]["type"] == "integer"


@pytest.mark.parametrize("typed, stored", [("2.5", None), ("2,5", None), ("2.0", None),
                                           (" 12 ", 12)])
def test_the_portal_explains_a_fraction_next_to_the_box(client, login_as, clock, typed, stored):
    login_as("user", "ALP")
    response = client.post("/shipper/contacts/new/TOG", data={
        "mprn": MPRN, "summary": "Bypass found", "theft_start": "2026-01-01",
        "method": "bypass", "estimated_energy": typed})
    if stored is not None:
        assert response.status_code == 302
        assert Contact.get().fields["estimated_energy"] == stored
        return
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and 'href="#estimated_energy"' in page
    error = re.search(r'id="estimated_energy-error">(.*?)</p>', page, re.S)
    assert error and "whole number of kWh, with no decimal point" in error.group(1)
    assert Contact.select().count() == 0


def test_a_batch_record_with_a_fraction_is_rejected_alone_saying_why(app, clock, shipper):
    tog = ("T1", "TOG", MPRN, "Bypass found", "20260101", "", "bypass", "2.5")
    good = ("T2", "TOG", MPRN, "Bypass found", "20260101", "", "bypass", "25")
    sent = register(shipper.organisation, write_qmp("ALP", 1, [tog, good]), "c.qmp", "portal",
                    shipper)
    batch_file = pipeline.process(sent.id)
    qmr = storage_for().read_bytes(batch_file.response_key).decode().splitlines()
    rejected, accepted = qmr[1].split(","), qmr[2].split(",")
    assert rejected[1:3] == ["T1", "RJ"] and rejected[4] == "REC004"
    assert "estimated_energy" in rejected[5] and "whole number of kWh" in rejected[5]
    assert accepted[1:3] == ["T2", "AC"]
    assert [c.fields["estimated_energy"] for c in Contact.select()] == [25]
