"""The guides' Markdown dialect: safe HTML, and content files cut into anchored sections."""
import pytest

from plugins.guides import catalogue, markup


def test_blocks_and_inline_marks():
    html = markup.render("Intro with **bold** and `a<b>`.\n\n- one\n- two\n  continued\n\n"
                         "1. first\n2. second\n\n### Sub heading\n\n> Take care.\n\n"
                         "| A | B |\n| --- | --- |\n| 1 | 2 |\n\n```\nQ01,<X>\n```", id_prefix="s-")
    assert "<p>Intro with <strong>bold</strong> and <code>a&lt;b&gt;</code>.</p>" in html
    assert '<ul class="list"><li>one</li><li>two continued</li></ul>' in html
    assert '<ol class="list"><li>first</li><li>second</li></ol>' in html
    assert '<h3 id="s-sub-heading">Sub heading</h3>' in html
    assert '<div class="inset-text">Take care.</div>' in html
    assert '<th scope="col">A</th>' in html and "<td>2</td>" in html and "---" not in html
    assert ('<pre class="code-block" tabindex="0" role="region" aria-label="Example">'
            "<code>Q01,&lt;X&gt;</code></pre>") in html
    assert 'aria-label="QMP layout"' in markup.render("```QMP layout\nA00\n```")


@pytest.mark.parametrize("source,expected", [
    ("[Guide](faqs#batch-files)", '<a href="faqs#batch-files">Guide</a>'),
    ("[Up](../contact-us)", '<a href="../contact-us">Up</a>'),
    ("[Mail](mailto:desk@example.com)", '<a href="mailto:desk@example.com">Mail</a>'),
    ("[Bad](javascript:alert(1))", "[Bad](javascript:alert(1))"),
    ("[Bad](//evil.example.com)", "[Bad](//evil.example.com)"),
    ('<script>alert("x")</script>', "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"),
])
def test_links_are_limited_and_html_is_escaped(source, expected):
    assert expected in markup.render(source)


def test_a_content_file_becomes_sections():
    guide = catalogue.parse("demo", "title: Demo\nsummary: S\naudiences: gt, cdsp\norder: 3\n\n"
                            "Intro.\n\n## First part {#first}\n\nOne.\n\n## Second & last\n\nTwo.")
    assert (guide.slug, guide.title, guide.summary, guide.audiences, guide.order) == (
        "demo", "Demo", "S", ("gt", "cdsp"), 3)
    assert guide.body == "<p>Intro.</p>"
    assert [(s.anchor, s.title, s.text) for s in guide.sections] == [
        ("first", "First part", "One."), ("second-last", "Second & last", "Two.")]


def test_a_content_file_needs_a_title():
    with pytest.raises(ValueError, match="title"):
        catalogue.parse("demo", "summary: no title\n\nText.")


def test_every_shipped_guide_reads_well():
    guides = catalogue.load_content_guides()
    slugs = {g.slug for g in guides}
    assert {"quick-reference", "faqs", "cdsp-staff", "shipper", "gt", "igt", "mra", "dmsp",
            "uip"} <= slugs
    for guide in guides:
        assert guide.title and guide.summary, guide.slug
        assert len(guide.sections) >= 3, guide.slug
        anchors = [s.anchor for s in guide.sections]
        assert len(anchors) == len(set(anchors)), guide.slug
        assert all(len(s.text) > 40 for s in guide.sections), guide.slug
