"""The sheet as the renderers reviewers use read it: CommonMark, and GFM-style with linkify on.
No link, image or HTML may come from article text; each quote is its own block quote."""

from __future__ import annotations

from markdown_it import MarkdownIt

from factsheet.models import Check, Quote, Span
from factsheet.render import render_markdown
from tests.test_render import sheet

LINKY = (
    "Read https://evil.example/x?y=1, www.evil.example or evil.example; write to boss@evil.example, "
    "cc @someone about #1234 and [a](javascript:alert(1)) <img src=x onerror=alert(1)>"
)
RENDERERS = {
    "commonmark": MarkdownIt("commonmark"),
    "gfm-linkify": MarkdownIt("gfm-like", {"linkify": True}).enable(["linkify"]),
}


def _tokens(markdown: str, renderer: MarkdownIt) -> list[str]:
    found = []
    for token in renderer.parse(markdown):
        found.append(token.type)
        found += [child.type for child in token.children or []]
    return found


def test_article_text_makes_no_link_image_or_html_in_any_renderer() -> None:
    page = render_markdown(sheet(LINKY))
    for name, renderer in RENDERERS.items():
        kinds = _tokens(page, renderer)
        assert "link_open" not in kinds, name
        assert "image" not in kinds, name
        assert not [k for k in kinds if k.startswith("html")], name
        html = renderer.render(page)
        assert "<a " not in html and "<img" not in html, name


def test_the_words_stay_readable_as_code() -> None:
    html = RENDERERS["gfm-linkify"].render(render_markdown(sheet(LINKY)))
    assert "<code>https://evil.example/x?y=1</code>" in html and "<code>boss@evil.example</code>" in html


def test_each_quote_is_its_own_block_quote() -> None:
    ok = Check(status="verified", reason="ok")
    base = sheet("plain")
    quotes = [
        Quote(
            parts=[Span(text=f"Words number {n} of a speaker.", start=0, end=1)],
            speaker=f"Speaker {n}",
            check=ok,
        )
        for n in range(3)
    ]
    page = render_markdown(base.model_copy(update={"quotes": quotes}))
    for renderer in RENDERERS.values():
        assert _tokens(page, renderer).count("blockquote_open") == 3
