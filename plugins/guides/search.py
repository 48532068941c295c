"""Searching the guides a tenant shows: every word must appear in a section (or its guide's
title); a word in a heading counts more than one in the text."""
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from plugins.guides.catalogue import guides_for, sections_of

MAX_QUERY = 200
MAX_RESULTS = 30
SNIPPET = 200


@dataclass
class Hit:
    guide: object
    anchor: str
    title: str
    snippet: Markup
    score: int


def words(query):
    return [w for w in re.findall(r"[\w'-]+", (query or "").lower()[:MAX_QUERY]) if len(w) > 1][:10]


def search(tenant, query):
    """Hits for ``query`` among this tenant's guides, best first."""
    terms = words(query)
    if not terms:
        return []
    hits = []
    for guide in guides_for(tenant):
        for section in sections_of(guide, tenant):
            heading = f"{guide.title} {section.title}".lower()
            text = section.text.lower()
            if not all(t in heading or t in text for t in terms):
                continue
            score = sum(5 * heading.count(t) + min(text.count(t), 5) for t in terms)
            hits.append(Hit(guide, section.anchor, section.title, snippet(section.text, terms), score))
    hits.sort(key=lambda h: (-h.score, h.guide.title, h.title))
    return hits[:MAX_RESULTS]


def snippet(text, terms):
    """About SNIPPET characters of ``text`` around the first term found, terms in <mark>."""
    lowered = text.lower()
    first = min((lowered.find(t) for t in terms if t in lowered), default=0)
    start = max(0, first - SNIPPET // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    piece = text[start:start + SNIPPET]
    if start + SNIPPET < len(text) and " " in piece:
        piece = piece.rsplit(" ", 1)[0]  # end on a whole word
    pattern = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    parts = re.split(f"(?i)({pattern})", piece)
    html = "".join(f"<mark>{escape(p)}</mark>" if i % 2 else str(escape(p))
                   for i, p in enumerate(parts))
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET < len(text) else ""
    return Markup(prefix + html + suffix)
