"""Reports under a group view: a parent's supervisors' figures cover its group, by
organisation, and may be narrowed to one of the group's organisations (none other)."""
import datetime

import pytest

from core import clock
from core.actors import SystemActor
from core.models import Organisation
from core.orgs import create_organisation, set_group_view

MARCH = "?from=2026-03&to=2026-03"


@pytest.fixture
def group(app, principals, raise_enq):
    """ALK raises two ENQs on 2 March 2026, ALS, ALP and BET one each; ALP has the group view."""
    principals.org("ALK")
    create_organisation(SystemActor("test"), "ALS", "shipper", "Alpha Gas Sisters", "ALP")
    with clock.frozen(datetime.datetime(2026, 3, 2, 9, 0)):
        for code, n in (("ALK", 2), ("ALS", 1), ("ALP", 1), ("BET", 1)):
            user = principals.user("user", code)
            for _ in range(n):
                raise_enq(user)
    set_group_view(principals.user("admin"), Organisation.by_code("ALP"), True)


def by_org(client, extra=""):
    response = client.get(f"/shipper/reports/export.csv{MARCH}&table=organisation{extra}")
    if response.status_code != 200:
        return response.status_code
    return {line.split(",")[0]: int(line.split(",")[1])
            for line in response.get_data(as_text=True).splitlines()[1:]}


def test_a_parent_supervisor_reports_on_the_group_and_each_of_its_organisations(group, principals):
    client, _ = principals.client("supervisor", "ALP")
    assert by_org(client) == {"ALK": 2, "ALS": 1, "ALP": 1}
    assert by_org(client, "&org=ALK") == {"ALK": 2}
    page = client.get(f"/shipper/reports{MARCH}").get_data(as_text=True)
    assert "Your group's contacts" in page and '<option value="ALS"' in page
    assert '<option value="BET"' not in page
    refused = client.get(f"/shipper/reports{MARCH}&org=BET")
    assert refused.status_code == 400 and "There is no organisation" in refused.get_data(as_text=True)


@pytest.mark.parametrize("role, org, sees", [
    ("user", "ALP", {"ALP": 1}), ("lso", "ALP", {"ALP": 1}), ("supervisor", "ALK", {"ALK": 2}),
    ("supervisor", "ALS", {"ALS": 1}), ("supervisor", "BET", {"BET": 1})])
def test_everyone_else_reports_on_their_own_organisation_alone(role, org, sees, group, principals):
    client, _ = principals.client(role, org)
    assert by_org(client) == sees
    assert by_org(client, "&org=ALK" if org != "ALK" else "&org=ALS") == 400
