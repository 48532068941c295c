"""Maintenance windows: the daily one in UK time (across midnight and the clock changes),
admin-scheduled ones, what participants, the API and CDSP admins see, the status page and
the banner."""
import datetime

import pytest

from core import clock, maintenance
from core.config import ConfigError, load_config
from core.models import AuditEntry

UTC = datetime.timezone.utc


def at(*args):
    return datetime.datetime(*args)


MIDDAY = at(2026, 1, 15, 12)   # outside the 00:00-07:00 window these tests set


@pytest.fixture
def app_config():
    return {"CMS_MAINTENANCE_WINDOW": "00:00-07:00"}


@pytest.mark.parametrize("raw, problem", [
    ("midnight to seven", "must look like HH:MM-HH:MM"),
    ("00:00-24:00", "does not exist"),
    ("07:00-07:00", "same time"),
    ("0700-0900", "must look like HH:MM-HH:MM"),
])
def test_a_bad_window_setting_stops_start_up_with_one_line(tmp_path, raw, problem):
    with pytest.raises(ConfigError) as info:
        load_config({"CMS_DATA_DIR": str(tmp_path), "CMS_MAINTENANCE_WINDOW": raw}, environ={})
    assert str(info.value).startswith("CMS_MAINTENANCE_WINDOW ") and problem in str(info.value)
    assert "\n" not in str(info.value)


def test_the_service_closes_00_to_07_by_default_and_empty_disables_it(tmp_path):
    assert load_config({"CMS_DATA_DIR": str(tmp_path)}, environ={})["CMS_MAINTENANCE_WINDOW"] == "00:00-07:00"
    assert load_config({"CMS_DATA_DIR": str(tmp_path)},
                       environ={"CMS_MAINTENANCE_WINDOW": ""})["CMS_MAINTENANCE_WINDOW"] == ""


@pytest.mark.parametrize("moment, inside, back", [
    (at(2026, 1, 14, 23, 59), False, None),              # winter: UK time is UTC
    (at(2026, 1, 15, 0, 0), True, at(2026, 1, 15, 7, 0)),
    (at(2026, 1, 15, 6, 59), True, at(2026, 1, 15, 7, 0)),
    (at(2026, 1, 15, 7, 0), False, None),
    (at(2026, 6, 15, 23, 30), True, at(2026, 6, 16, 6, 0)),   # summer: 00:30 BST
    (at(2026, 6, 16, 6, 0), False, None),                # 07:00 BST
    # The clocks go forward at 01:00 on 29 March 2026: the window lasts six hours.
    (at(2026, 3, 29, 0, 0), True, at(2026, 3, 29, 6, 0)),
    (at(2026, 3, 29, 6, 0), False, None),
    # ... and back at 02:00 BST on 25 October 2026: it lasts eight (23:00 to 07:00 UTC).
    (at(2026, 10, 24, 23, 0), True, at(2026, 10, 25, 7, 0)),
    (at(2026, 10, 24, 22, 59), False, None),
    (at(2026, 10, 25, 6, 30), True, at(2026, 10, 25, 7, 0)),
])
def test_the_daily_window_follows_uk_time(app, moment, inside, back):
    assert (maintenance.active(moment) is not None) is inside
    assert maintenance.ends_at(moment) == back


@pytest.mark.parametrize("moment, inside", [
    (at(2026, 1, 15, 21, 59), False), (at(2026, 1, 15, 22, 0), True),
    (at(2026, 1, 16, 0, 30), True), (at(2026, 1, 16, 2, 0), False)])
def test_a_window_across_midnight(app, moment, inside):
    app.config["CMS_MAINTENANCE_WINDOW"] = "22:00-02:00"
    assert (maintenance.active(moment) is not None) is inside
    if inside:
        assert maintenance.ends_at(moment) == at(2026, 1, 16, 2, 0)


def test_scheduled_windows_join_the_daily_one_and_say_why(app, principals):
    admin = principals.user("admin")
    maintenance.schedule(admin, at(2026, 2, 3, 6, 0), at(2026, 2, 3, 9, 30), "Database upgrade",
                         now=at(2026, 2, 1))
    window = maintenance.active(at(2026, 2, 3, 1, 0))
    assert window.ends_at == at(2026, 2, 3, 9, 30)          # the two are one closure
    assert "Database upgrade" in window.reason and "Daily maintenance" in window.reason
    assert maintenance.retry_after(at(2026, 2, 3, 9, 0)) == 1800
    assert maintenance.active(at(2026, 2, 3, 9, 30)) is None


@pytest.mark.parametrize("starts, ends, reason, field", [
    (at(2026, 2, 3, 9), at(2026, 2, 3, 8), "Upgrade", "ends"),
    (at(2026, 1, 3, 9), at(2026, 1, 3, 10), "Upgrade", "ends"),     # already over
    (at(2026, 2, 3, 9), at(2026, 2, 13, 9), "Upgrade", "ends"),     # longer than a week
    (at(2026, 2, 3, 9), at(2026, 2, 3, 10), "  ", "reason"),
])
def test_a_bad_window_is_refused_and_writes_nothing(app, principals, starts, ends, reason, field):
    from core.errors import Invalid
    from core.models.operations import MaintenanceWindow
    with pytest.raises(Invalid) as info:
        maintenance.schedule(principals.user("admin"), starts, ends, reason, now=at(2026, 2, 1))
    assert field in info.value.errors
    assert MaintenanceWindow.select().count() == 0


def test_participants_get_the_maintenance_page_with_retry_after(app, principals, login_as, client):
    with clock.frozen(MIDDAY):      # signed in outside the window, whenever the test runs
        login_as("user", "ALP")
    with clock.frozen(at(2026, 1, 15, 6, 30)):
        response = client.get("/shipper/")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "1800"
    page = response.get_data(as_text=True)
    assert "closed for maintenance" in page and "Thu 15 Jan 2026, 07:00" in page
    with clock.frozen(at(2026, 1, 15, 7, 0)):
        assert client.get("/shipper/").status_code == 200


def test_participants_cannot_even_sign_in_during_a_window(app, principals, client):
    user = principals.user("user", "ALP")
    with clock.frozen(at(2026, 1, 15, 3, 0)):
        response = client.post("/shipper/login", data={"email": user.email, "password": "x"})
    assert response.status_code == 503


def test_the_api_answers_503_json_with_retry_after(app, principals, client, api_key):
    headers = api_key(principals.user("user", "ALP"))
    with clock.frozen(at(2026, 6, 15, 23, 30)):
        response = client.get("/api/v1/contacts", headers=headers)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == str(int(6.5 * 3600))
    body = response.get_json()
    assert body["errors"] == {} and "maintenance" in body["message"] and "07:00" in body["message"]


def test_cdsp_admins_sign_in_and_work_during_a_window(app, principals, client):
    admin = principals.user("admin")
    agent = principals.user("agent")
    with clock.frozen(at(2026, 1, 15, 3, 0)):
        principals.sign_in(client, admin)
        page = client.get("/cdsp/admin/organisations")
        assert page.status_code == 200
        assert "Maintenance in progress until" in page.get_data(as_text=True)
        other = app.test_client()
        principals.sign_in(other, agent)              # the sign-in page stays open ...
        assert other.get("/cdsp/").status_code == 503  # ... but agents wait like everyone


def test_the_status_page_is_public_and_lists_windows_and_outages(app, principals, client):
    admin = principals.user("admin")
    with clock.frozen(at(2026, 3, 1, 12)):
        maintenance.schedule(admin, at(2026, 3, 10, 18), at(2026, 3, 10, 20), "Network move")
        gone = maintenance.schedule(admin, at(2026, 3, 11, 18), at(2026, 3, 11, 20), "Cancelled one")
        maintenance.cancel(admin, gone.id)
        maintenance.declare_outage(admin, "Batch files are delayed by about an hour.")
        page = client.get("/status").get_data(as_text=True)
    assert "Daily maintenance 00:00–07:00 UK time" in page
    assert "Network move" in page and "Tue 10 Mar 2026, 18:00" in page
    assert "Cancelled one" not in page
    assert "Batch files are delayed by about an hour." in page
    with clock.frozen(at(2026, 3, 2, 2)):       # inside the daily window: still open
        response = client.get("/status")
    assert response.status_code == 200 and "closed for maintenance" in response.get_data(as_text=True)


@pytest.mark.parametrize("hours_before, shown", [(25, False), (23, True), (1, True)])
def test_portals_announce_a_window_from_24_hours_before(app, principals, login_as, client,
                                                        hours_before, shown):
    admin = principals.user("admin")
    starts = at(2026, 3, 10, 18)
    maintenance.schedule(admin, starts, at(2026, 3, 10, 20), "Network move", now=at(2026, 3, 1))
    with clock.frozen(starts - datetime.timedelta(hours=hours_before)):
        login_as("user", "ALP")
        page = client.get("/shipper/").get_data(as_text=True)
    assert ("Network move" in page) is shown


def test_admins_schedule_cancel_and_declare_through_the_portal_audited(app, principals, client):
    admin = principals.user("admin")
    principals.sign_in(client, admin)
    with clock.frozen(at(2026, 3, 1, 12)):
        response = client.post("/cdsp/maintenance", data={
            "start_date": "2026-03-28", "start_time": "22:00", "end_date": "2026-03-29",
            "end_time": "03:00", "reason": "Storage upgrade"})
        assert response.status_code == 302
        [window] = maintenance.future_scheduled()
        # 22:00 GMT on the 28th to 03:00 BST (02:00 UTC) on the 29th: the clocks go forward
        assert (window.starts_at, window.ends_at) == (at(2026, 3, 28, 22), at(2026, 3, 29, 2))
        bad = client.post("/cdsp/maintenance", data={"start_date": "28/03/2026", "start_time": "22:00",
                                                     "end_date": "2026-03-29", "end_time": "03:00",
                                                     "reason": "x"})
        assert bad.status_code == 422 and "YYYY-MM-DD" in bad.get_data(as_text=True)
        client.post(f"/cdsp/maintenance/{window.id}/cancel")
        assert maintenance.future_scheduled() == []
        client.post("/cdsp/maintenance/outages", data={"message": "API slow"})
        [outage] = maintenance.current_outages()
        client.post(f"/cdsp/maintenance/outages/{outage.id}/end")
        assert maintenance.current_outages() == []
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.action.not_in(
        ["login.succeeded", "login.success"])).order_by(AuditEntry.id)]
    assert [a for a in actions if a.startswith(("maintenance.", "outage."))] == [
        "maintenance.scheduled", "maintenance.cancelled", "outage.declared", "outage.ended"]


def test_participants_may_not_schedule_windows(app, login_as, client):
    with clock.frozen(MIDDAY):
        login_as("lso", "ALP")
        assert client.get("/shipper/maintenance").status_code == 404
