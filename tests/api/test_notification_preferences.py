"""Notification choices on the API: each key's owner reads and replaces their own (the events,
one email each or the daily digest, or none at all), the same choices as the portal's
Notifications page; bad names are refused naming them; each change is audited."""
import pytest

from core.actors import SystemActor
from core.models import AuditEntry
from core.tenancy import set_plugin_enabled
from plugins.notifications import rules

PATH = "/api/v1/notification-preferences"


def put(caller, body):
    return caller.client.put(PATH, json=body, headers=caller.headers())


def test_a_user_who_never_chose_reads_the_defaults(api):
    answer = api("user", "ALP").get("/notification-preferences")
    assert answer.status_code == 200
    assert answer.json["events"] == ["mine"] and answer.json["delivery"] == "each"
    assert answer.json["off"] is False and answer.json["chosen"] is False
    assert answer.json["choices"] == rules.KINDS


def test_changing_to_the_digest_and_turning_off_are_saved_and_audited(api):
    caller = api("agent")
    answer = put(caller, {"events": ["breached", "mine"], "delivery": "digest"})
    assert answer.status_code == 200, answer.json
    assert answer.json["events"] == ["mine", "breached"] and answer.json["delivery"] == "digest"
    assert answer.json["chosen"] is True and answer.json["off"] is False
    assert rules.choices_for(caller.user) == ({"mine", "breached"}, "digest")
    assert caller.get("/notification-preferences").json["events"] == ["mine", "breached"]

    off = put(caller, {"events": [], "delivery": "digest"})
    assert off.status_code == 200 and off.json["events"] == [] and off.json["off"] is True
    assert rules.choices_for(caller.user) == (set(), "digest")

    entries = list(AuditEntry.select().where(AuditEntry.action == "notifications.chosen")
                   .order_by(AuditEntry.id))
    assert [(e.actor_id, e.target_id, e.org_id) for e in entries] == \
        [(caller.user.id, str(caller.user.id), caller.user.organisation_id)] * 2
    assert [e.detail for e in entries] == [
        {"events": ["mine", "breached"], "delivery": "digest", "channel": "api"},
        {"events": [], "delivery": "digest", "channel": "api"}]


@pytest.mark.parametrize("body, field, says", [
    ({"events": ["mine", "everything", "weekly"], "delivery": "each"}, "events",
     "Unknown choices: everything, weekly."),
    ({"events": ["resolved"], "delivery": "hourly"}, "delivery", "(digest)"),
    ({"events": "mine", "delivery": "each"}, "events", "Not a valid list."),
    ({"events": [3], "delivery": "each"}, "events", "Not a valid string."),
    ({"delivery": "each"}, "events", "Missing data"),
    ({"events": ["mine"]}, "delivery", "Missing data"),
    ({"events": ["mine"], "delivery": "each", "email": "x@example.com"}, "email", "Unknown field"),
])
def test_bad_choices_are_refused_saying_what_to_fix(api, body, field, says):
    caller = api("user", "ALP")
    refused = put(caller, body)
    assert refused.status_code == 422, refused.json
    assert says in str(refused.json["errors"]["json"][field]), refused.json
    assert rules.preference_for(caller.user) is None
    assert not AuditEntry.select().where(AuditEntry.action == "notifications.chosen").exists()


def test_a_body_that_is_not_json_is_refused(api):
    caller = api("user", "ALP")
    refused = caller.client.put(PATH, data="{not json", headers=caller.headers(),
                                content_type="application/json")
    assert refused.status_code == 400 and rules.preference_for(caller.user) is None


def test_the_api_and_the_portal_show_one_choice(api, client, principals):
    caller = api("user", "ALP")
    assert put(caller, {"events": ["resolved"], "delivery": "digest"}).status_code == 200
    principals.sign_in(client, caller.user)
    page = client.get("/shipper/notifications").get_data(as_text=True)
    assert 'value="resolved" checked' in page and 'value="digest" checked' in page
    assert 'value="mine" checked' not in page and 'value="each" checked' not in page

    saved = client.post("/shipper/notifications", data={"events": ["raised", "mine"],
                                                         "delivery": "each"})
    assert saved.status_code == 302
    answer = caller.get("/notification-preferences").json
    assert answer["events"] == ["mine", "raised"] and answer["delivery"] == "each"
    portal = AuditEntry.select().where(AuditEntry.action == "notifications.chosen") \
        .order_by(AuditEntry.id.desc()).get()
    assert portal.detail == {"events": ["mine", "raised"], "delivery": "each", "channel": "web"}


def test_a_users_choice_leaves_everyone_elses_alone(api):
    first, colleague, other = api("user", "ALP"), api("lso", "ALP"), api("user", "BET")
    assert put(colleague, {"events": ["due_soon"], "delivery": "digest"}).status_code == 200
    assert put(first, {"events": [], "delivery": "each"}).status_code == 200
    assert rules.choices_for(colleague.user) == ({"due_soon"}, "digest")
    assert rules.preference_for(other.user) is None
    assert other.get("/notification-preferences").json["events"] == ["mine"]
    assert colleague.get("/notification-preferences").json["events"] == ["due_soon"]


def test_the_resource_is_the_notification_plugins_and_documented(api, client):
    doc = client.get("/api/v1/openapi.json").json
    operations = doc["paths"]["/api/v1/notification-preferences"]
    assert set(operations) == {"get", "put"}
    schemas = doc["components"]["schemas"]
    assert schemas["PreferencesIn"]["properties"]["delivery"]["enum"] == ["each", "digest"]
    assert schemas["PreferencesIn"]["properties"]["events"]["items"]["enum"] == list(rules.KINDS)
    caller = api("user", "ALP")
    set_plugin_enabled(SystemActor("test"), "shipper", "notifications", False)
    assert caller.get("/notification-preferences").status_code == 404
    assert put(caller, {"events": [], "delivery": "each"}).status_code == 404
    assert rules.preference_for(caller.user) is None
