"""The theft of gas reports: TRAS notices per month (counts, volumes notified and settled,
outcomes) and Theft of Gas contacts per month (counts, energy, where they stand), on the
page and as CSV; each organisation counts only its own."""
import datetime

import pytest

from core import clock as service_clock
from core import theft
from core.contacts import raise_contact
from core.contacts.jobs import tick

NOTICE = {"mprn": "3938424403", "summary": "Theft confirmed by TRAS",
          "theft_start": "2025-11-03", "method": "bypass", "estimated_energy": 10000,
          "tras_reference": "TRAS-1"}
PDF = b"%PDF-1.4\n% evidence\n"


@pytest.fixture
def clock():
    with service_clock.frozen(datetime.datetime(2026, 4, 2, 9, 0)) as fixed:
        yield fixed


@pytest.fixture
def market(app, clock, principals):
    for code in ("ALP", "BET", "NWG"):
        principals.org(code)
    agent = principals.user("agent")
    alp, bet = principals.user("user", "ALP"), principals.user("user", "BET")
    made = [raise_contact(agent, "TOG", dict(NOTICE, tras_reference=f"TRAS-{n}",
                                             estimated_energy=energy), "web", to_org=org)
            for n, (org, energy) in enumerate([("ALP", 10000), ("ALP", 4000), ("ALP", 2500),
                                               ("BET", 7000)])]
    theft.accept(alp, made[0].reference)
    theft.object_to(alp, made[1].reference, reason="volume_too_high", text="Too high",
                    filename="e.pdf", content=PDF)
    theft.decide(agent, made[1].reference, decision="amended", text="Agreed",
                 settled_energy=1500)
    plain = {k: v for k, v in NOTICE.items() if k != "tras_reference"}
    raise_contact(principals.user("user", "NWG"), "TOG", dict(plain, estimated_energy=900), "web")
    clock.set(datetime.datetime(2026, 4, 21, 8, 0))
    tick()                                    # the third: deemed accepted; BET's too
    return principals


def test_a_shipper_reads_its_own_theft_figures(market):
    client, _ = market.client("user", "ALP")
    page = client.get("/shipper/reports/theft?from=2026-04&to=2026-04")
    assert page.status_code == 200
    csv = client.get("/shipper/reports/theft.csv?table=tras&from=2026-04&to=2026-04")
    lines = csv.get_data(as_text=True).strip().splitlines()
    assert lines == ["month,notices,notified_kwh,accepted,deemed_accepted,objected,upheld,"
                     "amended,pending,settled_kwh",
                     "2026-04,3,16500,1,1,1,0,1,0,14000"]       # 10000 + 1500 + 2500


def test_a_transporter_reads_its_theft_of_gas_contacts(market):
    client, _ = market.client("user", "NWG")
    lines = client.get("/gt/reports/theft.csv?table=tog&from=2026-04&to=2026-04") \
        .get_data(as_text=True).strip().splitlines()
    assert lines == ["month,raised,energy_kwh,open,resolved,rejected,cancelled",
                     "2026-04,1,900,1,0,0,0"]
    tras = client.get("/gt/reports/theft.csv?table=tras&from=2026-04&to=2026-04")
    assert tras.get_data(as_text=True).strip().splitlines()[1:] == []


def test_the_cdsp_reads_every_organisations_and_one(market):
    client, _ = market.client("agent")
    lines = client.get("/cdsp/reports/theft.csv?table=tras&from=2026-04&to=2026-04") \
        .get_data(as_text=True).strip().splitlines()
    assert lines[1] == "2026-04,4,23500,1,2,1,0,1,0,21000"
    one = client.get("/cdsp/reports/theft.csv?table=tras&from=2026-04&to=2026-04&org=BET")
    assert one.get_data(as_text=True).strip().splitlines()[1] == "2026-04,1,7000,0,1,0,0,0,0,7000"
    page = client.get("/cdsp/reports/theft?from=2026-04&to=2026-04").get_data(as_text=True)
    assert "Thefts notified through TRAS" in page and "23,500" in page


def test_bad_filters_say_what_to_fix(market):
    client, _ = market.client("user", "ALP")
    assert client.get("/shipper/reports/theft.csv?table=nope").status_code == 400
    assert client.get("/shipper/reports/theft?from=2026-05&to=2026-04").status_code == 400
    assert client.get("/shipper/reports/theft?org=BET").status_code == 400
