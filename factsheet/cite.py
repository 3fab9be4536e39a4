"""Where each item stands: its paragraph, and the offsets of it and of every checked detail
(speaker, reported-by, victims, place, time, source), for the reviewer's citations."""

from __future__ import annotations

from typing import TypeVar

from factsheet.models import Claim, Event, Figure, Quote, Sheet, Span
from factsheet.verify import Source, indexed, told_again, told_at

T = TypeVar("T", Event, Claim)
REACH = 1500  # how far from an item a detail it names is looked for (a "he said" points back)


def cite(text: str, sheet: Sheet) -> Sheet:
    """The sheet with paragraph numbers and offsets on every item and checked detail."""
    source = indexed(text)
    return sheet.model_copy(update={
        "quotes": [_quote(source, q) for q in sheet.quotes],
        "figures": [_figure(source, f) for f in sheet.figures],
        "events": [_event(source, e) for e in sheet.events],
        "claims": [_claim(source, c) for c in sheet.claims],
    })  # fmt: skip


def _quote(source: Source, quote: Quote) -> Quote:
    first, last = quote.parts[0], quote.parts[-1]
    return quote.model_copy(update={
        "paragraph": _paragraph(source, first.start),
        "speaker_at": _near(source, quote.speaker, first.start, last.end),
    })  # fmt: skip


def _figure(source: Source, figure: Figure) -> Figure:
    at = figure.phrase
    return figure.model_copy(update={
        "paragraph": _paragraph(source, at.start),
        "victims_at": _near(source, figure.victims, at.start, at.end, 300),
        "reported_by_at": _near(source, figure.reported_by, at.start, at.end, 400),
    })  # fmt: skip


def _event(source: Source, event: Event) -> Event:
    return _told(source, event, event.what, {"where_at": event.where, "when_at": event.when}, 250)


def _claim(source: Source, claim: Claim) -> Claim:
    return _told(source, claim, claim.claim, {"source_at": claim.source}, 400)


def _told(source: Source, item: T, words: str, details: dict[str, str | None], reach: int) -> T:
    """An event or claim with where the article tells it, and where it names its details (of
    the same words told twice, where its first detail is named nearest)."""
    span = told_at(source, words)
    if span is None:
        return item
    wanted = next(iter(details.values()))
    for again in told_again(source, words, span):
        if _apart(source, wanted, again, reach) < _apart(source, wanted, span, reach):
            span = again  # (the same words told again, nearer where the detail is named)
    near = {name: _near(source, value, span.start, span.end, reach) for name, value in details.items()}
    return item.model_copy(update={"span": span, "paragraph": _paragraph(source, span.start), **near})


def _apart(source: Source, words: str | None, at: Span, reach: int) -> int:
    """How far from the words at ``at`` the article names ``words`` (past reach: none near)."""
    hit = _near(source, words, at.start, at.end, reach)
    return _gap(hit, at.start, at.end) if hit is not None else reach + 1


def _paragraph(source: Source, offset: int) -> int:
    return source.parsed.paragraph_number(offset)


def _near(source: Source, words: str | None, start: int, end: int, reach: int = REACH) -> Span | None:
    """The occurrence of words nearest to [start, end) within reach (a person's surname, if the
    fullest form of the name does not stand there)."""
    if not words:
        return None
    for wanted in dict.fromkeys([words, words.split()[-1]]):
        found, at = [], max(0, start - reach)
        while (hit := source.find(wanted, at)) is not None and hit.start <= end + reach:
            found.append(hit)
            at = hit.start + 1
        if found:
            return min(found, key=lambda hit: _gap(hit, start, end))
    return None


def _gap(hit: Span, start: int, end: int) -> int:
    """Characters between a hit and the item (0 when they touch or overlap)."""
    return max(0, start - hit.end, hit.start - end)
