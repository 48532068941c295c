"""The small Markdown dialect the guides are written in, turned into safe HTML.

Blocks: paragraphs, ``### sub-headings`` (given ids), ``- `` bulleted and ``1. `` numbered
lists, ``> `` inset text, ```` ``` ```` code blocks (```` ```Label ```` names one; "Example"
otherwise) and ``| a | b |`` tables (the first row is
the header; a ``|---|`` row under it is skipped). Inline: ```code```, ``**bold**`` and
``[text](target)`` links to relative addresses, ``#anchors``, https or mailto only.
Everything else is text: HTML in the source is escaped, never passed through.
"""
import html as html_module
import re

from markupsafe import Markup, escape

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
SAFE_TARGET = re.compile(r"^(https://|mailto:|#|\.\.?/|[a-z0-9][a-z0-9\-]*(/|#|$))", re.I)
LIST_ITEM = re.compile(r"^(?:[-*]|\d+\.)\s+")
BLOCK_TAG = re.compile(r"</?(?:p|li|h\d|td|th|tr|pre|div|dd|dt|ul|ol|dl|table|section)\b[^>]*>")


def slugify(text):
    """``"Passwords & lockout"`` -> ``"passwords-lockout"``: an id safe in a URL fragment."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def inline(text):
    """Escape ``text`` and apply the inline marks; code spans are left exactly as written."""
    out = []
    for i, part in enumerate(text.split("`")):
        if i % 2:
            out.append(f"<code>{escape(part)}</code>")
            continue
        html = str(escape(part))
        html = BOLD.sub(r"<strong>\1</strong>", html)
        html = LINK.sub(_link, html)
        out.append(html)
    return "".join(out)


def _link(match):
    label, target = match.group(1), match.group(2)
    if not SAFE_TARGET.match(target):
        return match.group(0)
    return f'<a href="{target}">{label}</a>'


def render(source, id_prefix=""):
    """HTML (as Markup) for ``source``; sub-heading ids start with ``id_prefix``."""
    html, lines, i = [], source.splitlines(), 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
        elif stripped.startswith("```"):
            label = stripped[3:].strip() or "Example"
            block, i = _take(lines, i + 1, lambda s: not s.strip().startswith("```"))
            html.append(code_block("\n".join(block), label))
            i += 1  # the closing fence
        elif stripped.startswith("### "):
            title = stripped[4:].strip()
            html.append(f'<h3 id="{id_prefix}{slugify(title)}">{inline(title)}</h3>')
            i += 1
        elif stripped.startswith("|"):
            block, i = _take(lines, i, lambda s: s.strip().startswith("|"))
            html.append(_table(block))
        elif stripped.startswith("> "):
            block, i = _take(lines, i, lambda s: s.strip().startswith(">"))
            text = " ".join(s.strip()[1:].strip() for s in block)
            html.append(f'<div class="inset-text">{inline(text)}</div>')
        elif LIST_ITEM.match(stripped):
            html.append(_list(lines, i))
            i = _list_end(lines, i)
        else:
            block, i = _take(lines, i, lambda s: s.strip() and not _starts_block(s.strip()))
            html.append("<p>" + inline(" ".join(s.strip() for s in block)) + "</p>")
    return Markup("\n".join(html))


def code_block(text, label):
    """A ``<pre>`` that may scroll sideways, so a named region keyboard users can focus."""
    return (f'<pre class="code-block" tabindex="0" role="region" aria-label="{escape(label)}">'
            f"<code>{escape(text)}</code></pre>")


def _starts_block(stripped):
    return (stripped.startswith(("```", "### ", "|", "> ")) or bool(LIST_ITEM.match(stripped)))


def _take(lines, i, keep):
    block = []
    while i < len(lines) and keep(lines[i]):
        block.append(lines[i])
        i += 1
    return block, i


def _list_end(lines, i):
    while i < len(lines) and lines[i].strip() and (LIST_ITEM.match(lines[i].strip())
                                                   or lines[i].startswith("  ")):
        i += 1
    return i


def _list(lines, start):
    numbered = lines[start].strip()[0].isdigit()
    items = []
    for line in lines[start:_list_end(lines, start)]:
        if LIST_ITEM.match(line.strip()):
            items.append(LIST_ITEM.sub("", line.strip()))
        else:  # an indented continuation of the item above
            items[-1] += " " + line.strip()
    tag = "ol" if numbered else "ul"
    return f'<{tag} class="list">' + "".join(f"<li>{inline(t)}</li>" for t in items) + f"</{tag}>"


def _cells(row):
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _table(rows):
    head, body = _cells(rows[0]), [r for r in rows[1:] if not re.fullmatch(r"[\s|:\-]+", r)]
    label = escape("Table: " + ", ".join(plain_text(inline(c)) for c in head))
    out = [f'<div class="table-wrap" tabindex="0" role="region" aria-label="{label}">'
           '<table class="table"><thead><tr>']
    out += [f'<th scope="col">{inline(c)}</th>' for c in head]
    out.append("</tr></thead><tbody>")
    for row in body:
        out.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in _cells(row)) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def plain_text(html):
    """The words of rendered HTML, for searching."""
    text = BLOCK_TAG.sub(" ", str(html))
    text = html_module.unescape(re.sub(r"<[^>]+>", "", text))
    return re.sub(r"\s+", " ", text).strip()
