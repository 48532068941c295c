"""axe-core on every page the browser tests visit.

Every tab the tests open reports each HTML document it loads, as the server sent it: an init
script hands the parsed page to Python when parsing ends (``readystatechange`` to
``interactive``, before any of the page's own scripts run), so no page escapes however fast
the test moves on. At the end of the test each page is shown again, at the width it was
seen at, in a context of its own that lets the engine's script in past the strict CSP, its
own scripts run, and axe-core (``node_modules/axe-core``, pinned in ``package.json``,
installed by ``npm ci --prefix tests/browser``) runs every rule it runs by default.
"""
from dataclasses import dataclass
from pathlib import Path

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
MISSING = (f"axe-core is not installed at {AXE}: npm ci --prefix tests/browser "
           "(scripts/test does this when npm is there)")

CAPTURE = """
document.addEventListener("readystatechange", () => {
  if (document.readyState !== "interactive" || window.top !== window) return;
  if (document.contentType !== "text/html") return;
  window.__cmsPageSeen(location.href, "<!doctype html>\\n" + document.documentElement.outerHTML);
});
"""

RUN = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
    nodes: v.nodes.map(n => n.target.join(" ")),
    why: (v.nodes[0].failureSummary || "").replace(/\\s+/g, " ").slice(0, 300),
  }));
}"""


@dataclass(frozen=True)
class Seen:
    url: str
    html: str
    width: int
    height: int


class Pages:
    """The pages one test's tabs loaded, in order, each once."""

    def __init__(self):
        self.seen = []
        self._keys = set()

    def watch(self, context, scripts=True):
        """Record the pages ``context``'s tabs load. Without scripts in the context (a test of
        the pages without JavaScript) each document response is read as it arrives instead;
        one that cannot be read fails the check rather than going unchecked."""
        if scripts:
            context.expose_binding("__cmsPageSeen",
                                   lambda source, url, html: self._add(source["page"], url, html))
            context.add_init_script(CAPTURE)
        else:
            context.on("response", self._read)

    def _read(self, response):
        request = response.request
        if request.resource_type != "document" or request.frame.parent_frame is not None:
            return
        if 300 <= response.status < 400 or "text/html" not in response.headers.get("content-type", ""):
            return
        try:
            html = response.text()
        except Exception as error:   # noqa: BLE001 - kept, and reported as a failure
            html = f"could not be read: {error}"
        self._add(request.frame.page, response.url, html)

    def _add(self, page, url, html):
        size = page.viewport_size or {"width": 1280, "height": 900}
        key = (url, html, size["width"])
        if key not in self._keys:
            self._keys.add(key)
            self.seen.append(Seen(url, html, size["width"], size["height"]))

    def violations(self, browser, base_url):
        """["<url> at <width> px: <rule> (<impact>) <help>: <targets>"] for every page seen."""
        found = []
        context = browser.new_context(base_url=base_url, bypass_csp=True, locale="en-GB")
        try:
            page = context.new_page()
            showing = {}

            def serve(route):
                request = route.request
                if request.is_navigation_request() and request.frame == page.main_frame:
                    route.fulfill(status=200, body=showing["html"],
                                  content_type="text/html; charset=utf-8")
                else:
                    route.continue_()
            page.route("**/*", serve)
            for seen in self.seen:
                if seen.html.startswith("could not be read"):
                    found.append(f"{seen.url}: {seen.html}")
                    continue
                showing["html"] = seen.html
                page.set_viewport_size({"width": seen.width, "height": seen.height})
                page.goto("about:blank")   # a new document even when only the #fragment differs
                page.goto(seen.url, wait_until="load")
                page.add_script_tag(path=str(AXE))
                for v in page.evaluate(RUN):
                    found.append(f"{seen.url} at {seen.width} px: {v['id']} ({v['impact']}) "
                                 f"{v['help']} [{v['url']}]: " + "; ".join(v["nodes"])
                                 + f" ({v['why']})")
        finally:
            context.close()
        return found
