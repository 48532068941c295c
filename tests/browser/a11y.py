"""Accessibility checks run inside the page: labels on fields, WCAG AA text contrast, visible focus.

Each returns a list of problems (empty when the page passes) so a failing assert shows them.
"""

UNLABELLED_FIELDS = """() => {
  const skip = new Set(["hidden", "submit", "button", "reset", "image"]);
  return [...document.querySelectorAll("input, select, textarea")]
    .filter(el => !skip.has((el.type || "").toLowerCase()))
    .filter(el => !(el.labels && el.labels.length) && !el.getAttribute("aria-label")
                  && !el.getAttribute("aria-labelledby"))
    .map(el => `${el.tagName.toLowerCase()}#${el.id || "?"}[name=${el.name || "?"}]`);
}"""

# Contrast of every visible piece of text against the first opaque background behind it.
LOW_CONTRAST = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const problems = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || seen.has(el)) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (style.visibility === "hidden" || style.display === "none" || box.width <= 1 || box.height <= 1) continue;
    const fg = rgb(style.color).slice(0, 3), bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < needed) {
      problems.push(`${el.tagName.toLowerCase()} "${walker.currentNode.textContent.trim().slice(0, 40)}" ` +
                    `contrast ${ratio.toFixed(2)} < ${needed}`);
    }
  }
  return problems;
}"""

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  const shadow = s.boxShadow && s.boxShadow !== "none";
  return {what: `${el.tagName.toLowerCase()} ${(el.innerText || el.name || el.id || "").trim().slice(0, 30)}`,
          visible: outline || shadow};
}"""


def unlabelled_fields(page):
    return page.evaluate(UNLABELLED_FIELDS)


def low_contrast_text(page):
    return page.evaluate(LOW_CONTRAST)


def invisible_focus(page, stops=12):
    """Tab through the first ``stops`` focusable elements; those whose focus cannot be seen."""
    problems = []
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(stops):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_STYLE)
        if focused is None:
            break
        if not focused["visible"]:
            problems.append(focused["what"])
    return problems


def problems(page):
    """Every problem found on the page, for ``assert not problems(page)``.

    Waits for the page's load event first: a heading can be visible while a
    revalidated stylesheet is still arriving, and before it lands the browser's
    own thin focus ring is all there is to measure."""
    page.wait_for_load_state("load")
    return ([f"no label: {f}" for f in unlabelled_fields(page)]
            + [f"low contrast: {t}" for t in low_contrast_text(page)]
            + [f"focus not visible: {f}" for f in invisible_focus(page)])
