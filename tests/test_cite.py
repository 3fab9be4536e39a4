"""Citations: every item's paragraph and the offsets of it and its checked details point at
the article's own text, for every gold article (code's reading, no model)."""

from __future__ import annotations

import asyncio
import json

import pytest

from factsheet.article import read_article
from factsheet.models import Span
from factsheet.pipeline import make_sheet
from factsheet.render import render_markdown
from factsheet.text import fold, parse
from tests.conftest import DATA
from tests.reading import CodeReading

GOLD = sorted((DATA / "gold").rglob("*.json"))


@pytest.mark.parametrize("gold", GOLD, ids=[p.stem[:40] for p in GOLD])
def test_every_offset_points_at_its_words_and_every_item_cites_its_paragraph(gold) -> None:  # type: ignore[no-untyped-def]
    article = read_article(str(DATA / "corpus" / json.loads(gold.read_text())["file"]))
    sheet = asyncio.run(make_sheet(article, CodeReading(), one_page=False))  # type: ignore[arg-type]
    text, paragraphs = article.text, parse(article.text)

    def points(span: Span | None, words: str | None = None) -> None:
        if span is None:
            return
        assert text[span.start : span.end] == span.text
        if words:
            assert fold(words.split()[-1]) in fold(span.text) or fold(span.text) in fold(words)

    for quote in sheet.quotes:
        for part in quote.parts:
            points(part)
        assert quote.paragraph == paragraphs.paragraph_number(quote.parts[0].start)
        points(quote.speaker_at, quote.speaker)
    for figure in sheet.figures:
        points(figure.phrase)
        assert figure.paragraph == paragraphs.paragraph_number(figure.phrase.start)
        points(figure.reported_by_at, figure.reported_by)
        points(figure.victims_at, figure.victims)
    for item in [*sheet.events, *sheet.claims]:
        assert item.span is not None and item.paragraph == paragraphs.paragraph_number(item.span.start)
        points(item.span)
    for event in sheet.events:
        points(event.where_at, event.where)
        points(event.when_at, event.when)
    for claim in sheet.claims:
        points(claim.source_at, claim.source)
    page = render_markdown(sheet)
    shown = [i for i in sheet.items() if i.check.status == "verified"]
    assert page.count(" [¶") >= len(shown) and "cites the article's paragraph" in page


def test_a_claim_told_twice_cites_the_place_that_names_its_source(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Of the same words told twice, the citation is the paragraph that names the claim's source
    (it cited the first, which named another)."""
    path = tmp_path / "article.txt"
    path.write_text(
        "Poison\n\nThe government said Tom Berger was poisoned with a nerve agent.\n\n"
        "Berger is a critic of the president, and his associates had alleged Tom Berger was poisoned.\n"
    )
    article = read_article(str(path))
    sheet = asyncio.run(make_sheet(article, CodeReading(), one_page=False))  # type: ignore[arg-type]
    cited = next(c for c in sheet.claims if c.source == "his associates")
    assert cited.check.status == "verified" and cited.paragraph == 3 and cited.source_at is not None
    assert article.text[cited.source_at.start : cited.source_at.end] == "his associates"
