"""The Help pages: guides per tenant, sections with anchors, search, Contact us, and the plugin
switched off for a tenant."""
import datetime
import re
from urllib.parse import urljoin, urlsplit

import pytest

from core import clock
from core.tenancy import set_plugin_enabled

PARTICIPANT_GUIDES = {"shipper": "shipper", "gt": "gt", "igt": "igt", "mra": "mra",
                      "dmsp": "dmsp", "uip": "uip"}
ORG_OF = {"shipper": "ALP", "gt": "NWG", "igt": "IPL", "mra": "MRC", "dmsp": "DMS", "uip": "UCN"}


def text(response):
    return response.get_data(as_text=True)


def guide_links(html):
    return set(re.findall(r'href="/\w+/help/([a-z0-9-]+)"', html))


@pytest.mark.parametrize("path", ["/shipper/help", "/shipper/help/quick-reference",
                                  "/shipper/help/search?q=password"])
def test_help_pages_need_sign_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/shipper/login")


@pytest.mark.parametrize("tenant", PARTICIPANT_GUIDES)
def test_each_portal_lists_its_own_guides(tenant, principals):
    client, _ = principals.client("user", ORG_OF[tenant])
    response = client.get(f"/{tenant}/help")
    assert response.status_code == 200
    listed = guide_links(text(response))
    assert {"quick-reference", "faqs", "contacts-explained", tenant} <= listed
    others = set(PARTICIPANT_GUIDES) - {tenant}
    assert not listed & (others | {"cdsp-staff"})
    assert client.get(f"/{tenant}/help/{tenant}").status_code == 200
    for other in others:
        assert client.get(f"/{tenant}/help/{other}").status_code == 404


def test_cdsp_staff_see_every_guide(principals):
    client, _ = principals.client("agent")
    listed = guide_links(text(client.get("/cdsp/help")))
    assert set(PARTICIPANT_GUIDES) | {"cdsp-staff", "quick-reference", "faqs"} <= listed


def test_a_guide_has_contents_linking_to_anchored_sections(client, login_as):
    login_as("user", "ALP")
    html = text(client.get("/shipper/help/quick-reference"))
    assert '<h1>Quick Reference Guide</h1>' in html
    for anchor in ("signing-in", "passwords", "lso-tasks", "service-levels", "maintenance"):
        assert f'href="#{anchor}"' in html
        assert f'<section id="{anchor}"' in html
    assert "<script" not in html.split("<main", 1)[1]


@pytest.mark.parametrize("app_config", [{"CMS_LOCKOUT_THRESHOLD": 4,
                                         "CMS_SESSION_IDLE_MINUTES": 15}])
def test_guides_quote_this_services_settings(client, login_as):
    login_as("user", "ALP")
    html = text(client.get("/shipper/help/quick-reference"))
    assert "After 4 wrong passwords in a row" in html
    assert "You are signed out after 15 minutes without activity" in html
    assert "{setting:" not in html


@pytest.mark.parametrize("window,words", [
    ("00:00-07:00", "unavailable for maintenance every day from 00:00 to 07:00 UK time."),
    ("01:30-05:00", "unavailable for maintenance every day from 01:30 to 05:00 UK time."),
    ("", "unavailable for maintenance only at times announced in advance by the service desk."),
])
def test_guides_and_contact_us_give_the_maintenance_window(app, client, login_as, window, words):
    app.config["CMS_MAINTENANCE_WINDOW"] = window
    with clock.frozen(datetime.datetime(2026, 4, 1, 12, 0)):   # midday: open, whenever it runs
        login_as("user", "ALP")
        for path in ("/shipper/help/quick-reference", "/shipper/help/faqs", "/shipper/contact-us"):
            assert words in text(client.get(path)), path


def test_unknown_guide_is_not_found(client, login_as):
    login_as("user", "ALP")
    assert client.get("/shipper/help/no-such-guide").status_code == 404


@pytest.mark.parametrize("tenant,role", [("shipper", "user"), ("gt", "lso"), ("cdsp", "admin")])
def test_every_link_in_the_guides_leads_somewhere(tenant, role, principals):
    """Cross-references between guides name guides and sections this portal really has."""
    client, _ = principals.client(role, ORG_OF.get(tenant, "ALP"))
    pages = {}
    for slug in guide_links(text(client.get(f"/{tenant}/help"))):
        pages[slug] = text(client.get(f"/{tenant}/help/{slug}"))
    assert len(pages) >= 4
    for slug, html in pages.items():
        base = f"http://localhost/{tenant}/help/{slug}"
        article = html.split('<article class="guide">', 1)[1].split("</article>", 1)[0]
        for href in re.findall(r'<a href="([^"]+)"', article):
            url = urlsplit(urljoin(base, href))
            if url.netloc != "localhost":
                continue
            if url.path == urlsplit(base).path:
                target = html
            else:
                response = client.get(url.path)
                assert response.status_code == 200, f"{slug}: {href} -> {response.status_code}"
                target = text(response)
            if url.fragment:
                assert f'id="{url.fragment}"' in target, f"{slug}: {href} has no such section"


def test_nav_has_help_and_pages_link_to_the_section_that_explains_them(client, login_as):
    login_as("lso", "ALP")
    html = text(client.get("/shipper/users"))
    assert '<a href="/shipper/help">Help</a>' in html
    assert '<a href="/shipper/help/quick-reference#lso-tasks">Help with this page</a>' in html
    html = text(client.get("/shipper/password"))
    assert 'href="/shipper/help/quick-reference#passwords"' in html


def test_contact_us_is_public_and_shows_the_tenants_contacts(client, app):
    settings = app.extensions["cms"].tenants["gt"].settings
    html = text(client.get("/gt/contact-us"))
    assert "<h1>Contact us</h1>" in html
    assert settings["service_desk"] in html
    assert settings["access_control"] in html
    assert "Customer Advocate" not in html


def test_contact_us_names_the_signed_in_users_customer_advocate(client, principals):
    org = principals.org("BET")
    org.customer_advocate = "Ada Advocate, 0121 000 0101"
    org.save()
    principals.sign_in(client, principals.user("user", "BET"))
    html = text(client.get("/shipper/contact-us"))
    assert "Your Customer Advocate" in html and "Ada Advocate, 0121 000 0101" in html


@pytest.mark.parametrize("path", ["/shipper/help", "/shipper/help/quick-reference",
                                  "/shipper/help/search?q=password", "/shipper/contact-us"])
def test_pages_are_not_found_where_the_plugin_is_disabled(path, app, client, principals):
    admin = principals.user("admin")
    principals.sign_in(client, principals.user("user", "ALP"))
    assert client.get(path).status_code == 200
    set_plugin_enabled(admin, "shipper", "guides", False)
    assert client.get(path).status_code == 404
    assert ">Help</a>" not in text(client.get("/shipper/"))
    assert "Help with this page" not in text(client.get("/shipper/password"))
    assert client.get("/gt/contact-us").status_code == 200  # other portals keep theirs
    set_plugin_enabled(admin, "shipper", "guides", True)
    assert client.get(path).status_code == 200
