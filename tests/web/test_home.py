"""Home: My Tasks, Recent Activity and the Customer Advocate; the ``home_panels`` hook."""
import datetime

import pytest
from markupsafe import Markup

from core import hookimpl
from core.actors import SystemActor
from core.contacts import act
from core.tenancy import set_plugin_enabled
from tests.web.conftest import text


def test_my_tasks_lists_what_my_organisation_holds_with_due_dates(app, client, login_as,
                                                                  principals, raised, clock):
    agent = principals.user("agent")
    contact = raised(principals.user("user", "ALP"), summary="Where is my read?")
    act(agent, contact, "accept", "web")
    act(agent, contact, "request_info", "web", kind="DCR", text="Which read?", due_days=2)
    login_as("user", "ALP")
    page = text(client.get("/shipper/"))
    assert "My tasks" in page and "Recent activity" in page
    assert contact.reference in page and "Answer needed" in page
    assert "6 Mar 2026" in page   # the request's due date: two business days on
    assert "Data Clarification Request sent" in page
    # the flag is the organisation's own deadline, not the CDSP's stopped clock
    assert "Answer due soon" in page and "Clock stopped" not in page


def test_recent_activity_names_whom_a_contact_was_assigned_to(client, login_as, principals,
                                                              raised):
    agent = principals.user("agent", name="Ada Agent")
    contact = raised(principals.user("user", "ALP"))
    act(agent, contact, "accept", "web")
    act(agent, contact, "assign", "web", assignee=agent)
    act(agent, contact, "assign", "web", assignee=None)
    login_as("agent")
    page = text(client.get("/cdsp/"))
    assert "Assigned to Ada Agent" in page and "Returned to the queue" in page


def test_the_cdsp_sees_the_contacts_it_holds_and_flags_breaches(client, login_as, raised,
                                                                clock):
    contact = raised()
    clock.advance(days=14)   # ENQ: 5 business days
    login_as("agent")
    page = text(client.get("/cdsp/"))
    assert contact.reference in page and "With your organisation" in page
    assert "Breached" in page


def test_at_risk_is_flagged(client, login_as, raised, clock):
    contact = raised()
    clock.advance(days=6)    # Tuesday: one business day left of five
    login_as("agent")
    page = text(client.get("/cdsp/"))
    assert contact.reference in page and "At risk" in page


def test_nothing_to_do_says_so(client, login_as):
    login_as("user", "BET")
    page = text(client.get("/shipper/"))
    assert "Nothing is waiting for you or your organisation." in page


def test_the_organisations_customer_advocate_is_named(client, login_as, principals):
    org = principals.org("ALP")
    org.customer_advocate = "Priya Shah, 0121 000 0001"
    org.save()
    login_as("user", "ALP")
    assert "Priya Shah, 0121 000 0001" in text(client.get("/shipper/"))


class Panel:
    """A plugin that adds a panel to the home page."""
    name = "test_panel"

    @hookimpl
    def home_panels(self, user, tenant):
        return [Markup(f"<p>Panel for {user.email} in {tenant.code}</p>")]


@pytest.mark.parametrize("app_config", [{"CMS_EXTRA_PLUGINS": [Panel()]}])
def test_home_panels_come_from_the_plugins_the_tenant_enables(client, login_as, app_config):
    user = login_as("user", "ALP")
    assert "Panel for" not in text(client.get("/shipper/"))     # not enabled for the tenant
    set_plugin_enabled(SystemActor("test"), "shipper", "test_panel", True)
    assert f"<p>Panel for {user.email} in shipper</p>" in text(client.get("/shipper/"))


def test_with_the_web_plugin_off_its_panels_and_pages_go(client, login_as, raised):
    contact = raised()
    login_as("user", "ALP")
    set_plugin_enabled(SystemActor("test"), "shipper", "web", False)
    page = text(client.get("/shipper/"))
    assert "My tasks" not in page and "Raise a contact" not in page
    for url in ("/shipper/contacts/new", f"/shipper/contacts/{contact.reference}",
                "/shipper/queue", "/shipper/search", "/shipper/profile"):
        assert client.get(url).status_code == 404, url


def test_header_links_to_the_pages(client, login_as):
    login_as("user", "ALP")
    page = text(client.get("/shipper/"))
    for link in ('href="/shipper/contacts/new">Raise a contact', 'href="/shipper/queue">Queue',
                 'href="/shipper/search">Search', 'href="/shipper/profile">Your profile'):
        assert link in page


def test_cdsp_staff_get_all_queues_in_the_header(client, login_as):
    login_as("agent")
    assert 'href="/cdsp/queues">Queues' in text(client.get("/cdsp/"))


def test_the_date_is_that_of_the_business_calendar():
    from core.formats import long_date
    assert long_date(datetime.date(2026, 3, 4)) == "4 Mar 2026"


def _glance(page):
    """{label: (count, href)} of the home page's at-a-glance panel."""
    import html
    import re
    panel = page.split('id="at-a-glance"', 1)[1].split("</section>", 1)[0]
    return {label.strip(): (int(count), html.unescape(href)) for href, count, label in re.findall(
        r'<a href="([^"]+)"><span class="glance__count">(\d+)</span>\s*'
        r'<span class="glance__label">([^<]+)</span>', panel)}


def test_at_a_glance_counts_my_organisations_open_contacts_and_links_to_each_list(
        client, login_as, principals, raised, clock):
    alp, agent = principals.user("user", "ALP"), principals.user("agent")
    waiting = raised(alp, summary="Which read?")            # ENQ, due Wednesday 11 March
    act(agent, waiting, "accept", "web")
    act(agent, waiting, "request_info", "web", kind="DCR", text="Which read?", due_days=2)
    raised(alp)                                             # ENQ, due Wednesday 11 March
    rejected = raised(alp)
    act(agent, rejected, "reject", "web", code="REJ099", text="Not ours.")   # no longer open
    raised(principals.user("user", "BET"))                  # another organisation's
    clock.advance(days=5)                                   # Monday 9 March
    raised(alp, code="RFA")                                 # due 23 March: not this week
    login_as("user", "ALP")
    glance = _glance(text(client.get("/shipper/")))
    counts = {label: count for label, (count, _) in glance.items()}
    # the two ENQs are due this week (the one waiting on us keeps its due date until answered)
    assert counts == {"Raised by us": 3, "With us to work": 0, "Waiting on our answer": 1,
                      "Due this week": 2}
    for label, (count, href) in glance.items():   # each figure opens the list it counts
        listed = text(client.get(href))
        said = {0: "No contacts match", 1: "1 contact matches"}.get(count, f"{count} contacts match")
        assert said in listed, label


def test_at_a_glance_for_the_cdsp_counts_what_it_holds(client, login_as, raised):
    raised()
    raised()
    login_as("agent")
    counts = {label: count for label, (count, _) in _glance(text(client.get("/cdsp/"))).items()}
    assert counts["With us to work"] == 2 and counts["Raised by us"] == 0
