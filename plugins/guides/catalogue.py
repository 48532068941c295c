"""The guides: read from ``content/*.md``, filtered per tenant, cut into linkable sections.

A content file starts with ``key: value`` lines (``title``, ``summary``, ``audiences``,
``order``), then a blank line, then an introduction and ``## Section`` headings. A heading
may name its anchor, ``## Passwords {#passwords}``; otherwise the anchor is made from the
title. ``audiences`` lists participant types (``shipper``, ``gt``, ``igt``, ``mra``,
``dmsp``, ``uip``, ``cdsp``) or says ``all``.

Guides registered by other plugins are plain :class:`core.registry.Guide` objects; they are
shown too, with ``body`` as the introduction and ``sections`` as (title, text) pairs.
"""
import re
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from markupsafe import Markup, escape

from core.registry import Guide
from core.tenancy import enabled_plugins
from plugins.guides import markup

CONTENT = Path(__file__).parent / "content"
HEADING = re.compile(r"^## +(.+?)(?:\s*\{#([a-z0-9\-]+)\})?\s*$")
RESERVED_SLUGS = {"search", "feedback"}  # the help pages' own addresses


@dataclass
class Section:
    anchor: str
    title: str
    html: Markup
    text: str = field(default="")

    def __post_init__(self):
        self.text = self.text or markup.plain_text(self.html)


class ContentGuide(Guide):
    """A guide whose text is fixed when the service starts."""

    def __init__(self, slug, title, summary="", audiences=(), order=50, body="", sections=()):
        super().__init__(slug=slug, title=title, body=body, sections=list(sections))
        self.summary = summary
        self.audiences = tuple(audiences)
        self.order = order

    def sections_for(self, tenant):
        return [Section(s.anchor, s.title, fill_settings(s.html)) for s in self.sections]


# Settings a guide may quote as ``{setting:NAME}``, so its figures match this service's.
QUOTABLE_SETTINGS = ("CMS_SESSION_IDLE_MINUTES", "CMS_SESSION_ABSOLUTE_HOURS",
                     "CMS_LOCKOUT_THRESHOLD")
SETTING = re.compile(r"\{setting:([A-Z0-9_]+)\}")
DEFAULT_WINDOW = "00:00-07:00"


def maintenance_window():
    """When the service closes for maintenance, in words that end a sentence beginning
    "The service is unavailable for maintenance ..." (from ``CMS_MAINTENANCE_WINDOW``)."""
    window = current_app.config.get("CMS_MAINTENANCE_WINDOW", DEFAULT_WINDOW)
    window = DEFAULT_WINDOW if window is None else window.strip()
    if not window:
        return "only at times announced in advance by the service desk"
    start, _, end = window.partition("-")
    return f"every day from {start.strip()} to {end.strip()} UK time"


def fill_settings(html):
    def value(match):
        name = match.group(1)
        if name == "MAINTENANCE_WINDOW":
            return str(escape(maintenance_window()))
        return str(escape(current_app.config.get(name, ""))) if name in QUOTABLE_SETTINGS \
            else match.group(0)
    return Markup(SETTING.sub(value, str(html))) if "{setting:" in html else html


def parse(slug, source):
    """A ContentGuide from a content file's text; a missing title raises ValueError."""
    meta, _, rest = source.partition("\n\n")
    headers = dict(line.split(":", 1) for line in meta.splitlines() if ":" in line)
    headers = {k.strip().lower(): v.strip() for k, v in headers.items()}
    if not headers.get("title"):
        raise ValueError(f"guide {slug}: the file must start with 'title: ...'")
    audiences = [a.strip() for a in headers.get("audiences", "all").split(",") if a.strip()]
    intro, sections, current = [], [], None
    for line in rest.splitlines():
        match = HEADING.match(line)
        if match:
            current = [match.group(2) or markup.slugify(match.group(1)), match.group(1), []]
            sections.append(current)
        else:
            (current[2] if current else intro).append(line)
    return ContentGuide(
        slug, headers["title"], summary=headers.get("summary", ""),
        audiences=() if audiences == ["all"] else audiences,
        order=int(headers.get("order", 50)),
        body=markup.render("\n".join(intro), id_prefix="intro-"),
        sections=[Section(anchor, title, markup.render("\n".join(lines), id_prefix=anchor + "-"))
                  for anchor, title, lines in sections])


def load_content_guides(directory=CONTENT):
    return [parse(path.stem, path.read_text(encoding="utf-8"))
            for path in sorted(Path(directory).glob("*.md"))]


# ------------------------------------------------------------------ per tenant

def is_for(guide, tenant):
    audiences = getattr(guide, "audiences", ())
    return not audiences or tenant.participant_type in audiences


def guides_for(tenant):
    """The guides this tenant shows: from the plugins it enables, meant for its participants."""
    registry = current_app.extensions["cms"].guides
    visible = [g for g in registry.enabled_for(enabled_plugins(tenant.code))
               if is_for(g, tenant) and g.slug not in RESERVED_SLUGS]
    return sorted(visible, key=lambda g: (getattr(g, "order", 50), g.title))


def guide_for(tenant, slug):
    """The guide ``slug`` if this tenant shows it, else None."""
    return next((g for g in guides_for(tenant) if g.slug == slug), None)


def introduction(guide):
    body = guide.body or ""
    return fill_settings(body if isinstance(body, Markup)
                         else markup.render(str(body), id_prefix="intro-"))


def sections_of(guide, tenant):
    """The guide's sections for this tenant, whatever kind of guide it is."""
    if hasattr(guide, "sections_for"):
        return list(guide.sections_for(tenant))
    sections = []
    for item in guide.sections or ():
        if isinstance(item, Section):
            sections.append(item)
        elif isinstance(item, dict):
            sections.append(_section(item.get("title", ""), item.get("body", ""), item.get("anchor")))
        else:
            title, text = item[0], item[1]
            sections.append(_section(title, text))
    return sections


def _section(title, text, anchor=None):
    anchor = anchor or markup.slugify(title)
    html = text if isinstance(text, Markup) else markup.render(str(text), id_prefix=anchor + "-")
    return Section(anchor, str(title), html)
