"""The main pages of a busy market (the demo's) at a laptop's width and a phone's: nothing
wider than a phone's window, every table inside a named region that takes keyboard focus
(so it can be scrolled sideways from the keyboard), the contact page's actions above its
details; a screenshot of each page at each width in test-artifacts/screenshots/."""
import pytest
from playwright.sync_api import expect

from core.demo import DEMO_PASSWORD, load_demo
from core.models import Contact, Organisation, User
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.steps import sign_in
from tests.support.principals import TOTP_SECRET

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LSO = "lso@alp.example.com"

# Tables that may scroll sideways must do so inside a focusable, named region.
TABLES_OUTSIDE_A_REGION = """() => [...document.querySelectorAll("main table")].filter(table => {
  const wrap = table.closest(".table-wrap");
  return !(wrap && wrap.getAttribute("tabindex") === "0" && wrap.getAttribute("role") === "region"
           && (wrap.getAttribute("aria-label") || wrap.getAttribute("aria-labelledby")));
}).map(table => (table.querySelector("th") || table).innerText.trim().slice(0, 40))"""

# What reaches furthest past the window's right edge, for the message when the page is too wide.
TOO_WIDE = """() => [...document.querySelectorAll("body *")]
  .map(el => [el, el.getBoundingClientRect().right])
  .filter(([el, right]) => right > document.documentElement.clientWidth + 1)
  .sort((a, b) => b[1] - a[1]).slice(0, 5)
  .map(([el, right]) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(right)}px`)"""


@pytest.fixture
def market(app):
    """The demo's market, with the Shipper LSO's authenticator set up as the tests' one."""
    load_demo()
    lso = User.by_email(LSO)
    User.update(totp_secret=User.totp_secret.seal(lso.id, TOTP_SECRET)).where(
        User.id == lso.id).execute()
    alp = Organisation.by_code("ALP")
    open_ones = Contact.select().where(Contact.originator_org == alp, Contact.closed_at.is_null())
    contact = (open_ones.where(Contact.status == "awaiting_originator").order_by(Contact.id).first()
               or open_ones.order_by(Contact.id).first())   # one waiting on the Shipper's answer
    return {
        "home": "/shipper/",
        "queue": "/shipper/queue",
        "contact": f"/shipper/contacts/{contact.reference}",
        "raise": "/shipper/contacts/new/RFA",
        "search": "/shipper/search?status=resolved",
        "files": "/shipper/files",
        "reports": "/shipper/reports",
        "users": "/shipper/users",
        "help": "/shipper/help",
    }


def test_the_main_pages_fit_a_laptop_and_a_phone(market, new_page, screenshot):
    for width in (DESKTOP, PHONE):
        the_pages_fit(market, new_page(width=width), screenshot)


def the_pages_fit(market, page, screenshot):
    width = page.viewport_size["width"]
    sign_in(page, "shipper", LSO, DEMO_PASSWORD)
    for name, path in market.items():
        page.goto(path)
        page.wait_for_load_state("load")
        expect(page.locator("h1")).to_be_visible()
        screenshot(page, f"{width}-{name}")
        assert not page.evaluate(TABLES_OUTSIDE_A_REGION), f"{path}: a table outside a focusable region"
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{path} is {scroll_width} px wide: {page.evaluate(TOO_WIDE)}"

    page.goto(market["contact"])
    actions = page.get_by_role("heading", name="What you can do")
    details = page.get_by_role("heading", name="Details", exact=True)
    assert actions.bounding_box()["y"] < details.bounding_box()["y"]
    if width == PHONE:   # within the first two screens of a phone
        assert actions.bounding_box()["y"] < 2 * page.viewport_size["height"]
