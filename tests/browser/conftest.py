"""Browser fixtures: the real app served on 127.0.0.1, driven by Debian's Chromium via Playwright.

``live_server`` serves the ``app`` fixture (a clean database, CSRF on) from a background
thread; ``page`` is a fresh browser tab with its own cookies; ``screenshot(page, name)``
saves a PNG under ``test-artifacts/screenshots/``, and the folder is printed once at the
end of the run. Every HTML page a tab loads is checked with axe-core when the test ends
(``tests/browser/axe.py``): any violation, of any impact, fails the test with the page, the
rule, its help and the elements. Without Chromium, Playwright or axe-core (``npm ci --prefix
tests/browser``) the tests are skipped with a line saying how to install them, except under
CI, where that is a failure: the suite never runs without the engine.
"""
import os
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.browser.axe import AXE, MISSING, Pages

CHROMIUM = os.environ.get("CMS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
TIMEOUT_MS = 15_000
DESKTOP, PHONE = 1280, 390   # window widths: a laptop, and a phone held upright
_saved = []


def _unavailable(reason):
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed: pip install -e '.[test]'")
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"Chromium is not at {CHROMIUM}: apt-get install chromium "
                     "(scripts/test does this when run as root)")
    if not AXE.is_file():
        _unavailable(MISSING)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True}


class LiveServer:
    """The app answering real HTTP on a free port of 127.0.0.1, one thread per request."""

    def __init__(self, app):
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


@pytest.fixture
def live_server(app):
    with LiveServer(app) as server:
        yield server


@pytest.fixture
def new_page(browser, live_server):
    """``new_page()``: another tab in its own browser context (its own cookies), 1280 px wide
    unless ``width`` says otherwise, without JavaScript if ``java_script_enabled=False``. When the test ends every page its tabs loaded must pass
    axe-core."""
    contexts = []
    pages = Pages()

    def make(width=DESKTOP, height=900, java_script_enabled=True):
        context = browser.new_context(base_url=live_server.url, locale="en-GB",
                                      viewport={"width": width, "height": height},
                                      java_script_enabled=java_script_enabled)
        context.set_default_timeout(TIMEOUT_MS)
        pages.watch(context, scripts=java_script_enabled)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    violations = pages.violations(browser, live_server.url)
    if violations:
        pytest.fail(f"axe-core: {len(violations)} violation(s) on the pages this test visited:\n"
                    + "\n".join(violations), pytrace=False)


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def screenshot():
    """``screenshot(page, name)``: save the whole page (or with ``full_page=False`` what the
    window shows) as test-artifacts/screenshots/<name>.png."""
    def take(page, name, full_page=True):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        _saved.append(path)
        return path
    return take


def pytest_terminal_summary(terminalreporter):
    if _saved:
        terminalreporter.write_line(f"browser screenshots ({len(_saved)}) saved in {SCREENSHOTS}")
