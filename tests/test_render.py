"""Rendering: hostile article text stays inert text; figures read as the article put them."""

from __future__ import annotations

import re

from factsheet.models import Check, Claim, Event, Figure, Footer, Quote, Sheet, Span
from factsheet.render import json_schema, markdown_text, number, render_json, render_markdown

OK = Check(status="verified", reason="ok")
HOSTILE = (
    "[click here](http://evil.example) ![pic](http://evil.example/x.png) <script>alert(1)</script>"
    " <img src=x onerror=alert(1)> | broken | table |\n# Heading\n---\n`code` *bold* _em_"
)


def sheet(text: str = HOSTILE) -> Sheet:
    span = Span(text=text, start=0, end=len(text))
    footer = Footer(model=text, server=text, prompt_version="p", output_mode="json_object",
                    attempts=1, prompt_tokens=1, completion_tokens=1, verified=4, flagged=1,
                    dropped=0, article_sha256="0" * 64)  # fmt: skip
    return Sheet(
        title=text, title_from_article=True, date="2022-09-20", summary=text,
        events=[Event(what=text, where=text, when=text, check=OK)],
        quotes=[Quote(parts=[span], speaker=text, cue=text, check=OK)],
        figures=[Figure(kind="killed", low=1, high=1, qualifier="exact", victims=text,
                        reported_by=text, phrase=span, check=OK),
                 Figure(kind="killed", low=2, high=2, qualifier="exact", victims=text,
                        reported_by=text, phrase=span, check=Check(status="flagged", reason=text))],
        claims=[Claim(claim=text, source=text, check=OK)],
        footer=footer,
    )  # fmt: skip


def test_hostile_text_cannot_make_links_images_html_headings_or_break_tables() -> None:
    page = render_markdown(sheet())
    assert not re.search(r"(?<!\\)\[[^\]]*(?<!\\)\]\(", page), "a live link or image"
    assert not re.search(r"(?<!\\)<(script|img)", page), "raw HTML"
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert all(line.startswith(("# ", "## ")) and "Heading" not in line for line in headings[1:])
    for line in page.splitlines():
        if line.startswith("| killed"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 6, line  # five cells, no more


def test_markdown_text_is_one_escaped_line() -> None:
    assert markdown_text("a\n# b [c](d)") == r"a # b \[c\](d)"


def test_flagged_items_appear_only_under_unverified() -> None:
    page = render_markdown(sheet("plain words"))
    verified_part, _, unverified_part = page.partition("## Unverified")
    assert "| killed | 2 |" not in verified_part
    assert "Figure" in unverified_part


def test_number_wording() -> None:
    base = {"kind": "killed", "victims": None, "reported_by": None, "check": OK,
            "phrase": Span(text="x", start=0, end=1)}  # fmt: skip
    assert number(Figure(low=None, high=200, qualifier="up_to", **base)) == "up to 200"
    assert number(Figure(low=7, high=None, qualifier="at_least", **base)) == "at least 7"
    assert number(Figure(low=20, high=30, qualifier="range", **base)) == "20–30"
    assert number(Figure(low=None, high=None, qualifier="vague", **base)) == "unspecified"


def test_json_round_trips_and_schema_is_versioned() -> None:
    original = sheet("plain")
    assert Sheet.model_validate_json(render_json(original)) == original
    assert '"schema_version"' in json_schema()


def test_sheet_fits_one_page() -> None:
    assert len(render_markdown(sheet("plain")).splitlines()) <= 60


def test_a_claim_the_page_already_quotes_is_shown_once_as_the_quote() -> None:
    from factsheet.pipeline import fit_page

    words = "The line will stay closed until the inspectors are satisfied"
    quoted = Span(text=words, start=1, end=1 + len(words))
    page = sheet("plain").model_copy(update={
        "quotes": [Quote(parts=[quoted], speaker="Maria Lenz", cue="Maria Lenz said", check=OK)],
        "claims": [Claim(claim=words, source="Maria Lenz", check=OK),
                   Claim(claim="the pay offer was not enough", source="The union", check=OK)],
    })  # fmt: skip
    fitted = fit_page(page)
    assert [c.source for c in fitted.claims] == ["The union"]
    assert fitted.footer.omitted == 0  # shown, as a quote: nothing left off the page
    assert "The line will stay closed" in render_markdown(fitted)
