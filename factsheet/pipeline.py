"""The whole run for one article: read -> extract -> verify -> repair -> verify -> one page."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, Literal

from factsheet import extract as extraction
from factsheet import prompts
from factsheet.article import PART_CHARS, Article, halve, headline, lead, split
from factsheet.cite import cite
from factsheet.errors import ContextOverflow
from factsheet.models import Answer, Claim, Figure, Footer, Quote, Sheet, Span
from factsheet.repair import repair, reread
from factsheet.text import parse, parts_of
from factsheet.verify import link_conflicts, tally, verify

if TYPE_CHECKING:
    from factsheet.client import ModelClient

log = logging.getLogger("factsheet")
Unverified = Literal["show", "drop"]
ANSWER_TOKENS = 800  # what part_chars leaves for the answer; each request reserves its own
MARGIN_TOKENS = 64  # room for what the count does not see (a model's own chat template)
MIN_PART_CHARS = 1_000
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
    (asked about at once, within the client's limit), each small enough that its request and
    the answer fit the model's context; the parts' items are merged (the same quote or figure
    found twice is one item) and verified again against the whole article.
    """
    found = await _parts(article, client, server)
    if getattr(client, "recording", False):
        return found[0][1]  # batch prepare: the requests were the work; this draft is not kept
    if len(found) == 1:
        sheet = found[0][1]
    else:
        pieces = [shift(sheet, offset) for offset, sheet in found]
        sheet = verify(article.text, merge(pieces, _footer(article, client, server)))
        reread_sheet = reread(article.text, sheet)  # the flagged, read again against the whole article
        sheet = sheet if reread_sheet == sheet else verify(article.text, reread_sheet)
        sheet = sheet.model_copy(update={
            "title": headline(article), "title_from_article": article.title is not None,
            "summary": lead(article),
        })  # fmt: skip
    sheet = _with_footer(sheet, client, server)
    sheet = drop_unverified(sheet) if unverified == "drop" else sheet
    return cite(article.text, fit_page(sheet) if one_page else sheet)


async def _parts(article: Article, client: ModelClient, server: str) -> list[tuple[int, Sheet]]:
    """(offset, sheet) of each part: cut by characters first (as many as the model's context
    is likely to take), then each part checked in tokens and halved where it does not fit."""
    parts = split(article, part_chars(client.context))
    held = parts_of(parse(article.text), [(o, p.text) for o, p in parts]) if len(parts) > 1 else []
    found = await asyncio.gather(*(_fitted(part, client, server) for _, part in parts))
    del held  # the parts' parses were found again by every stage until now
    return [(offset + inner, sheet) for (offset, _), pieces in zip(parts, found, strict=True)
            for inner, sheet in pieces]  # fmt: skip


def part_chars(context: int | None) -> int:
    """Characters of article per request: PART_CHARS, or fewer where the model's context is
    small (an English news token is about 4 characters, and the prompt's marks and
    instructions add about half again: bench/reading.py)."""
    if context is None:
        return PART_CHARS
    return max(MIN_PART_CHARS, min(PART_CHARS * 2, int((context - ANSWER_TOKENS) * 2.6)))


async def _fitted(article: Article, client: ModelClient, server: str) -> list[tuple[int, Sheet]]:
    """One part's sheet, or its halves' where its request would not fit the model's context
    (counted by the model's tokenizer beforehand where the server can, else as the server
    refuses it): extract, check, repair what failed from the article's own reading, check."""
    question = extraction.ask_about(article)
    tokens = await client.count(question.messages, Answer, extraction.narrower(question))
    budget = extraction.answer_budget(question)
    if tokens is not None and client.context is not None:
        fits = tokens + budget + MARGIN_TOKENS <= client.context
        log.info(
            "%s, characters %d-%d: %d prompt tokens + %d for the answer, of %d in the context%s",
            article.name, article.offset, article.offset + len(article.text), tokens, budget,
            client.context, "" if fits else ": cut in two",
        )  # fmt: skip
        if not fits:
            return await _halves(article, client, server, f"{tokens} prompt tokens")
    try:
        draft = await extraction.extract(article, client, question)
    except ContextOverflow as overflow:
        return await _halves(article, client, server, str(overflow))
    sheet = _as_sheet(article, draft, client, server)
    if getattr(client, "recording", False):
        return [(0, sheet)]  # batch prepare: nothing to check until the engine has answered
    sheet = verify(article.text, sheet)
    return [(0, verify(article.text, repair(article.text, sheet, draft)))]


async def _halves(article: Article, client: ModelClient, server: str, why: str) -> list[tuple[int, Sheet]]:
    halves = halve(article)
    if halves is None:
        end = article.offset + len(article.text)
        raise ContextOverflow(
            f"One paragraph of {article.name} (characters {article.offset}-{end}) is too long for the "
            f"model's context ({why}) and cannot be cut; use a model with a longer context."
        )
    found = await asyncio.gather(*(_fitted(half, client, server) for _, half in halves))
    return [(offset + inner, sheet) for (offset, _), pieces in zip(halves, found, strict=True)
            for inner, sheet in pieces]  # fmt: skip


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
        "figures": first([f for p in pieces for f in p.figures], _figure_key),
        "events": first([e for p in pieces for e in p.events], lambda e: ("e", e.what.lower())),
        "claims": first([c.model_copy(update={"disputes": None}) for p in pieces for c in p.claims],
                        lambda c: ("c", c.claim.lower(), c.source.lower())),
        "footer": footer,
    })  # fmt: skip


def _figure_key(figure: Figure) -> tuple[object, ...]:
    """The same figure: the same phrase, or one named person's death (arrest ...) told in two
    parts of the article."""
    if figure.low == figure.high == 1 and figure.victims and figure.victims[:1].isupper():
        return ("one", figure.kind, figure.victims)
    return ("f", figure.phrase.start)


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
    kept: dict[str, list[Any]] = {}
    omitted = 0
    for name, limit in PAGE_LIMITS.items():
        items = getattr(sheet, name)
        if name == "claims":  # a quoted statement is a claim too; the page shows it once, as a quote
            items = [c for c in items if not _quoted_on_page(c, kept["quotes"])]
        ranked = sorted(items, key=lambda i: i.check.status != "verified")
        kept[name] = [i for i in items if i in ranked[:limit]]
        omitted += len(items) - len(kept[name])
    kept["figures"] = link_conflicts(kept["figures"])
    fitted = sheet.model_copy(update={**kept, "footer": sheet.footer.model_copy(
        update={"omitted": sheet.footer.omitted + omitted})})  # fmt: skip
    return tally(fitted)


def _quoted_on_page(claim: Claim, quotes: list[Quote]) -> bool:
    return any(claim.claim in part.text for quote in quotes if quote.check.status == "verified"
               for part in quote.parts)  # fmt: skip
