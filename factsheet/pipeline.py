"""The whole run for one article: read -> extract -> verify -> repair -> verify -> one page."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Literal

from factsheet import extract as extraction
from factsheet import prompts
from factsheet.article import Article, headline, lead, split
from factsheet.cite import cite
from factsheet.models import Footer, Sheet, Span
from factsheet.repair import repair
from factsheet.verify import link_conflicts, tally, verify

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
    return cite(article.text, fit_page(sheet) if one_page else sheet)


async def _one_part(article: Article, client: ModelClient, server: str) -> Sheet:
    """Extract, check, repair what failed from the article's own reading, check again."""
    draft = await extraction.extract(article, client)
    sheet = verify(article.text, _as_sheet(article, draft, client, server))
    return verify(article.text, repair(article.text, sheet, draft))


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
