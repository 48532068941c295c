"""Every hookspec is really called: a meta-test that drives the app through a day's work
(start-up, the portal, the API, an agent's actions, a QMP file through the job queue, the
CLI, the periodic jobs) and watches the plugin manager.

Two witnesses, because a hook can be "called" in two senses:

* pluggy's own hook-call monitoring (``pm.add_hookcall_monitoring``), installed on the plugin
  manager as ``create_app`` builds it, so it sees the start-up hooks too and every call the
  core makes *through the plugin manager* (tenant-scoped subset callers included);
* a probe plugin with a do-nothing implementation of every hookspec (made from
  ``core.hookspecs`` itself, so a new hook gets one), enabled for every tenant. It sees the
  calls that reach plugins, whichever way the core makes them. The core calls some hooks only
  for the implementations there are (``call_for_tenants``, ``results_by_plugin``), so without
  an implementation nobody would hear, e.g., ``batch_file_processed``, which no shipped plugin
  implements.
"""
import collections
import datetime
import inspect
import io

import pytest

import core.app
from core import apikeys, hookimpl, hookspecs
from core.actors import SystemActor
from core.contacts import act
from core.jobs import get_queue
from core.tenancy import set_plugin_enabled
from plugins.channels.batch.models import BatchFile
from tests.batch.conftest import enq as qmp_enq
from tests.batch.conftest import qmp

PROBE = "hookprobe"

# Hooks the core calls without going through the plugin manager, so that pluggy's monitoring
# (and any hook wrapper, and ``pm.enable_tracing``) never sees them; the probe still hears
# them. Each with its reason; the test fails when one of them starts going through pluggy,
# so that this list only ever shrinks.
# Hooks called around the plugin manager (each implementation's function by hand), with
# the reason. Empty: every hook goes through pluggy, so wrappers and tracing see it.
BYPASS_PLUGGY = set()

# Hooks that cannot be exercised here, each with its reason. Empty: every hook can be.
NOT_EXERCISED = {}


def hookspec_names():
    """Every function of core.hookspecs decorated with ``@hookspec``."""
    return sorted(name for name, value in vars(hookspecs).items()
                  if inspect.isfunction(value) and hasattr(value, "cms_spec"))


def make_probe(heard):
    """A plugin implementing every hookspec with its full signature: it notes the call in
    ``heard`` (a Counter of hook names) and returns None (pluggy drops None from results;
    firstresult hooks go on to the next implementation)."""
    namespace = {"name": PROBE}
    for name in hookspec_names():
        params = list(inspect.signature(getattr(hookspecs, name)).parameters)
        source = (f"def {name}(self, {', '.join(params)}):\n"
                  f"    heard[{name!r}] += 1\n")
        scope = {"heard": heard}
        exec(source, scope)  # noqa: S102 - the signature pluggy reads is the spec's own
        namespace[name] = hookimpl(tryfirst=True)(scope[name])
    return type("HookProbe", (), namespace)()


@pytest.fixture
def monitored(monkeypatch):
    """A Counter of the hook calls made through the plugin manager of the apps made from now."""
    calls = collections.Counter()
    real = core.app.build_plugin_manager

    def build_and_monitor(*args, **kwargs):
        pm = real(*args, **kwargs)
        pm.add_hookcall_monitoring(before=lambda name, impls, kwargs: calls.update([name]),
                                   after=lambda outcome, name, impls, kwargs: None)
        return pm
    monkeypatch.setattr(core.app, "build_plugin_manager", build_and_monitor)
    return calls


@pytest.fixture
def heard():
    return collections.Counter()


@pytest.fixture
def app_config(monitored, heard):
    return {"CMS_EXTRA_PLUGINS": [make_probe(heard)]}


def bearer(user):
    _, token = apikeys.create_key(user, user, "tests")
    return {"Authorization": f"Bearer {token}"}


def a_days_work(app, principals):
    """The scenario: each step a door of the service, as its users would use it."""
    for code in app.extensions["cms"].tenants:
        set_plugin_enabled(SystemActor("test"), code, PROBE, True)
    principals.org("BET")
    user = principals.user("user", "ALP")
    agent = principals.user("agent")

    # the portal: sign in, the home page and its panels, the raise page
    portal = principals.sign_in(app.test_client(), user)
    assert portal.get("/shipper/").status_code == 200
    assert portal.get("/shipper/contacts/new").status_code == 200

    # the API: raise an ENQ, then add a message to it
    api = app.test_client()
    raised = api.post("/api/v1/contacts", headers=bearer(user), json={
        "type": "ENQ", "mprn": "3938424403", "summary": "Why was my read rejected?",
        "originator_ref": "REF-1", "fields": {"topic": "data", "question": "Why?"}})
    assert raised.status_code == 201, raised.get_data(as_text=True)
    reference = raised.json["reference"]
    said = api.post(f"/api/v1/contacts/{reference}/messages", headers=bearer(user),
                    json={"text": "Any news?"})
    assert said.status_code == 201, said.get_data(as_text=True)

    # the CDSP's agent accepts and resolves it; the raiser sees it on the portal
    act(agent, reference, "accept")
    act(agent, reference, "resolve", text="The read failed its tolerance check.")
    assert portal.get(f"/shipper/contacts/{reference}").status_code == 200

    # a QMP file uploaded on the portal, processed by the job queue as a worker would
    sent = portal.post("/shipper/files", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(qmp([qmp_enq("B1")], sequence=7)), "day.qmp")})
    assert sent.status_code == 302, sent.get_data(as_text=True)
    queue = get_queue(app)
    while (task := queue.huey.dequeue()) is not None:
        queue.huey.execute(task)
    assert BatchFile.get().status == "processed"

    # a CDSP admin's escalation rule, and a contact long past its due date for it
    from core.contacts import raise_contact, save_escalation_rule
    from core.models import Contact
    save_escalation_rule(principals.user("admin"), {"name": "Late", "trigger": "breached",
                                                    "action": "notify"})
    late = raise_contact(user, "ENQ", {"mprn": "3938424403", "summary": "Late", "topic": "data",
                                       "question": "?"}, "web")
    Contact.update(due_at=datetime.datetime(2026, 1, 5)).where(Contact.id == late.id).execute()

    # someone asks for an account on the sign-in page; the LSO declines it, saying why
    from core import access_requests
    from core.models import AccessRequest
    asked = app.test_client().post("/shipper/request-access", data={
        "name": "New Starter", "email": "starter@alp.example.com", "organisation": "ALP",
        "services": "contacts", "reason": "I joined."})
    assert asked.status_code == 200, asked.get_data(as_text=True)
    access_requests.decline(principals.user("lso", "ALP"), AccessRequest.get(), "Not one of ours.")

    # the periodic jobs due on the minute
    for minute in (1, 4):         # 09:04: the scheduled contact work, its escalation rules
        for task in queue.huey.read_periodic(datetime.datetime(2026, 4, 2, 9, minute)):
            queue.huey.execute(task)

    # an organisation's sandbox (core.sandbox), and the nightly jobs that purge it
    from core import sandbox
    sandbox.switch(SystemActor("test"), principals.org("ALP"), True)
    for task in queue.huey.read_periodic(datetime.datetime(2026, 4, 2, 3, 47)):
        queue.huey.execute(task)

    # the operators' scrape of /metrics reads the gauges plugins add
    app.config["CMS_METRICS_TOKEN"] = token = "t" * 32
    scraped = app.test_client().get("/metrics", headers={"Authorization": f"Bearer {token}"})
    assert scraped.status_code == 200, scraped.get_data(as_text=True)

    # the CLI: migrations (nothing left to apply), the plugin listing and the demo market
    runner = app.test_cli_runner()
    for args in (["db", "upgrade"], ["plugins"], ["demo"], ["retention", "run"],
                 ["user", "erase", user.email, "--yes"]):     # the day's leaver asks to be erased
        result = runner.invoke(args=args)
        assert result.exit_code == 0, result.output


def test_every_hookspec_is_called(app, principals, monitored, heard):
    a_days_work(app, principals)
    specs = set(hookspec_names())
    assert {"register_settings", "register_migrations", "register_api_resources"} <= specs

    never_heard = sorted(specs - set(heard) - set(NOT_EXERCISED))
    assert not never_heard, f"hooks no plugin heard in the scenario: {never_heard}"

    unmonitored = sorted(specs - set(monitored) - BYPASS_PLUGGY - set(NOT_EXERCISED))
    assert not unmonitored, f"hooks never called through the plugin manager: {unmonitored}"

    mended = sorted(BYPASS_PLUGGY & set(monitored))
    assert not mended, f"now called through the plugin manager, take out of BYPASS_PLUGGY: {mended}"
    assert not set(NOT_EXERCISED) & set(heard), "exercised after all: take out of NOT_EXERCISED"
