"""The whole run for one article: read -> extract -> verify (re-ask once) -> a Sheet."""

from __future__ import annotations

import asyncio
import re
from datetime import date
from typing import TYPE_CHECKING, Literal

from factsheet import dates, prompts
from factsheet import extract as extraction
from factsheet.article import Article, headline, lead, split
from factsheet.candidates import find_sources
from factsheet.errors import ModelError
from factsheet.models import Claim, Event, Footer, Revision, Sheet, Span
from factsheet.verify import (
    Source,
    indexed,
    best_sentence,
    link_conflicts,
    passage,
    tally,
    verify,
)

if TYPE_CHECKING:
    from factsheet.client import ModelClient

Unverified = Literal["show", "drop"]
# One page: at most this many items of each kind; the rest are counted as omitted.
PAGE_LIMITS = {"events": 5, "quotes": 8, "figures": 8, "claims": 4}


async def make_sheet(
    article: Article,
    client: ModelClient,
    unverified: Unverified = "show",
    server: str = "",
    one_page: bool = True,
) -> Sheet:
    """Extract, verify, re-ask once about what failed, and fit the result to one page.

    An article too long for one request is extracted in parts cut on paragraph boundaries
    (asked about at once, within the client's limit); the parts' items are merged (the same
    quote or figure found twice is one item) and verified again against the whole article.
    """
    parts = split(article)
    if len(parts) == 1:
        sheet = await _one_part(article, client, server)
    else:
        sheets = await asyncio.gather(*(_one_part(part, client, server) for _, part in parts))
        pieces = [shift(sheet, offset) for sheet, (offset, _) in zip(sheets, parts, strict=True)]
        sheet = verify(article.text, merge(pieces, _footer(article, client, server)))
        sheet = sheet.model_copy(update={
            "title": headline(article), "title_from_article": article.title is not None,
            "summary": lead(article),
        })  # fmt: skip
    sheet = _with_footer(sheet, client, server)
    sheet = drop_unverified(sheet) if unverified == "drop" else sheet
    return fit_page(sheet) if one_page else sheet


async def _one_part(article: Article, client: ModelClient, server: str) -> Sheet:
    draft = await extraction.extract(article, client)
    sheet = verify(article.text, _as_sheet(article, draft, client, server))
    problems = _fixable(sheet, draft)
    if problems:
        try:
            revision = await extraction.revise(draft, problems, client)
        except ModelError:  # no usable correction: the items stay flagged
            revision = None
        if revision is not None:
            sheet = verify(article.text, _revised(sheet, draft, revision))
    return verify(article.text, _read_by_code(article, sheet, draft))


def shift(sheet: Sheet, offset: int) -> Sheet:
    """Move a part's offsets to where the part stands in the whole article."""
    if offset == 0:
        return sheet

    def moved(span: Span) -> Span:
        return span.model_copy(update={"start": span.start + offset, "end": span.end + offset})

    quotes = [q.model_copy(update={"parts": [moved(p) for p in q.parts]}) for q in sheet.quotes]
    figures = [f.model_copy(update={"phrase": moved(f.phrase)}) for f in sheet.figures]
    return sheet.model_copy(update={"quotes": quotes, "figures": figures})


def merge(pieces: list[Sheet], footer: Footer) -> Sheet:
    """One sheet from several parts' sheets; an item found twice is kept once."""
    seen: set[object] = set()

    def first(items: list, key) -> list:  # type: ignore[no-untyped-def,type-arg]
        kept = []
        for item in items:
            if key(item) not in seen:
                seen.add(key(item))
                kept.append(item)
        return kept

    return pieces[0].model_copy(update={
        "quotes": first([q for p in pieces for q in p.quotes], lambda q: ("q", q.parts[0].start)),
        "figures": first([f for p in pieces for f in p.figures],
                         lambda f: ("f", f.phrase.start)),
        "events": first([e for p in pieces for e in p.events], lambda e: ("e", e.what.lower())),
        "claims": first([c.model_copy(update={"disputes": None}) for p in pieces for c in p.claims],
                        lambda c: ("c", c.claim.lower(), c.source.lower())),
        "footer": footer,
    })  # fmt: skip


def _as_sheet(article: Article, draft: extraction.Draft, client: ModelClient, server: str) -> Sheet:
    return Sheet(
        title=draft.title, title_from_article=draft.title_from_article,
        date=article.date.isoformat() if article.date else None,
        summary=lead(article),
        events=draft.events, quotes=draft.quotes, figures=draft.figures, claims=draft.claims,
        footer=_footer(article, client, server),
    )  # fmt: skip


def _footer(article: Article, client: ModelClient, server: str) -> Footer:
    usage = client.usage
    return Footer(
        model=client.model, server=server or client.server,
        prompt_version=prompts.prompt_version(), output_mode=client.mode,
        attempts=usage.requests, prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens, tokens_estimated=usage.estimated,
        verified=0, flagged=0, dropped=0, article_sha256=article.sha256,
    )  # fmt: skip


def _fixable(sheet: Sheet, draft: extraction.Draft) -> dict[str, str]:
    """Speaker and figure-source problems the model may fix, keyed by candidate label."""
    problems = {}  # speakers are not asked again: the article's attribution decides them
    for figure, label in zip(sheet.figures, draft.figure_labels, strict=True):
        if figure.check.status == "flagged" and figure.reported_by is not None:
            problems[label] = f"{label}: {figure.check.reason}"
    return problems


def _revised(sheet: Sheet, draft: extraction.Draft, revision: Revision) -> Sheet:
    """Replace the re-asked items' speaker or figure answer with the revised one."""
    quotes, figures = list(sheet.quotes), list(sheet.figures)
    for label, speaker in revision.speakers.items():
        if label in draft.quote_labels:
            at = draft.quote_labels.index(label)
            quotes[at] = quotes[at].model_copy(update={"speaker": speaker})
    for label, answer in revision.figures.items():
        if label in draft.figure_labels and answer.kind != "not_a_casualty":
            candidate = draft.question.figures[int(label[1:]) - 1]
            figures[draft.figure_labels.index(label)] = extraction.figure(candidate, answer)
    return sheet.model_copy(update={"quotes": quotes, "figures": figures})


def _read_by_code(article: Article, sheet: Sheet, draft: extraction.Draft) -> Sheet:
    """Where the model's speaker or source still fails (or it named no speaker although the
    attribution names one), take the article's own attribution as code reads it."""
    question, quotes, figures = draft.question, list(sheet.quotes), list(sheet.figures)
    source = indexed(article.text)
    for at, quote in enumerate(quotes):
        said = source.attribution(quote.parts[0])
        if quote.check.status == "flagged" and said.speaker != quote.speaker:
            quotes[at] = quote.model_copy(update={"speaker": said.speaker})
    for at, (figure, label) in enumerate(zip(figures, draft.figure_labels, strict=True)):
        if figure.check.status == "flagged":  # the article's own reading of its details
            found = question.figures[int(label[1:]) - 1]
            figures[at] = figure.model_copy(update={
                "reported_by": found.sources[0] if found.sources else None,
                "victims": found.counted or found.victims_hint or None,
            })  # fmt: skip
    return sheet.model_copy(update={
        "quotes": quotes, "figures": figures,
        "events": _events_by_code(source, sheet, question, article.date),
        "claims": _claims_by_code(source, sheet),
    })  # fmt: skip


def _events_by_code(
    source: Source, sheet: Sheet, question: extraction.Question, article_date: date | None
) -> list[Event]:
    """An event the article tells, but with the wrong place or time: take the place and time
    from the sentences that tell it (or none, if they name none)."""
    events = []
    for event in sheet.events:
        found = passage(source, event.what)
        if event.check.status == "flagged" and found is not None:
            sentence = best_sentence(source, found, event.what).text
            places = [p for p in question.places if _has(sentence, p)]
            named = sorted((p for p in places if _has(event.what, p)), key=event.what.rfind)
            where = named[-1] if named else (places[0] if places else None)  # the object, often
            when = next((t for t in question.times if _has(sentence, t)), None)
            day = dates.resolve(when, article_date, sentence)
            event = event.model_copy(update={"where": where, "when": when, "date": day})
        events.append(event)
    return events


def _has(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _claims_by_code(source: Source, sheet: Sheet) -> list[Claim]:
    """A claim the article makes, given to the wrong source: take the source that the
    sentences saying it name beside a reporting verb, if exactly one does."""
    claims = []
    for claim in sheet.claims:
        found = passage(source, claim.claim)
        if claim.check.status == "flagged" and found is not None:
            sentence = best_sentence(source, found, claim.claim)
            named = {s.text for s in find_sources(sentence.text)}
            if len(named) == 1:
                claim = claim.model_copy(update={"source": named.pop()})
        claims.append(claim)
    return claims


def _with_footer(sheet: Sheet, client: ModelClient, server: str) -> Sheet:
    usage = client.usage
    footer = sheet.footer.model_copy(update={
        "attempts": usage.requests, "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens, "tokens_estimated": usage.estimated,
        "output_mode": client.mode,
    })  # fmt: skip
    return sheet.model_copy(update={"footer": footer})


def drop_unverified(sheet: Sheet) -> Sheet:
    """Remove flagged items (``--unverified drop``), counting them as dropped."""
    kept = {name: [i for i in getattr(sheet, name) if i.check.status == "verified"]
            for name in PAGE_LIMITS}  # fmt: skip
    dropped = sum(len(getattr(sheet, name)) - len(kept[name]) for name in PAGE_LIMITS)
    footer = sheet.footer.model_copy(update={"dropped": sheet.footer.dropped + dropped})
    return tally(sheet.model_copy(update={**kept, "footer": footer}))


def fit_page(sheet: Sheet) -> Sheet:
    """Keep verified items first, up to each section's limit; count what is left out."""
    kept, omitted = {}, 0
    for name, limit in PAGE_LIMITS.items():
        items = getattr(sheet, name)
        ranked = sorted(items, key=lambda i: i.check.status != "verified")
        kept[name] = [i for i in items if i in ranked[:limit]]
        omitted += len(items) - len(kept[name])
    kept["figures"] = link_conflicts(kept["figures"])
    fitted = sheet.model_copy(update={**kept, "footer": sheet.footer.model_copy(
        update={"omitted": sheet.footer.omitted + omitted})})  # fmt: skip
    return tally(fitted)
