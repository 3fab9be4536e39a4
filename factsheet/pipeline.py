"""The whole run for one article: read -> extract -> verify (re-ask once) -> a Sheet."""

from __future__ import annotations

from typing import Literal

from factsheet import extract as extraction
from factsheet import prompts
from factsheet.article import Article, lead
from factsheet.client import ModelClient
from factsheet.models import Footer, Revision, Sheet
from factsheet.verify import link_conflicts, tally, verify

Unverified = Literal["show", "drop"]
# One page: at most this many items of each kind; the rest are counted as omitted.
PAGE_LIMITS = {"events": 5, "quotes": 6, "figures": 8, "claims": 4}


def make_sheet(
    article: Article, client: ModelClient, unverified: Unverified = "show", server: str = ""
) -> Sheet:
    """Extract, verify, re-ask once about what failed, and fit the result to one page."""
    draft = extraction.extract(article, client)
    sheet = verify(article.text, _as_sheet(article, draft, client, server))
    problems = _fixable(sheet, draft)
    if problems:
        revision = extraction.revise(draft, list(problems.values()), client)
        sheet = verify(article.text, _revised(sheet, draft, revision))
    sheet = _with_footer(sheet, client, server)
    return fit_page(drop_unverified(sheet) if unverified == "drop" else sheet)


def _as_sheet(article: Article, draft: extraction.Draft, client: ModelClient, server: str) -> Sheet:
    return Sheet(
        title=draft.title, title_from_article=draft.title_from_article,
        date=article.date.isoformat() if article.date else None,
        summary=lead(article, sentences=3),
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
    """Speaker and figure problems the model can fix, keyed by candidate label."""
    problems = {}
    for quote, number, names in zip(sheet.quotes, draft.quote_ids, draft.quote_names,
                                    strict=True):  # fmt: skip
        if quote.check.status == "flagged" and quote.speaker is not None:
            named = f" People named near it: {'; '.join(names)}." if names else ""
            problems[f"Q{number}"] = (
                f"Q{number} (you said “{quote.speaker}”): {quote.check.reason}{named}"
            )
    for figure, number in zip(sheet.figures, draft.figure_ids, strict=True):
        if figure.check.status == "flagged" and "source" in figure.check.reason:
            problems[f"F{number}"] = f"F{number}: {figure.check.reason}"
    return problems


def _revised(sheet: Sheet, draft: extraction.Draft, revision: Revision) -> Sheet:
    quotes, figures = list(sheet.quotes), list(sheet.figures)
    for answer in revision.quotes:
        if answer.id in draft.quote_ids and quotes[draft.quote_ids.index(answer.id)].check.status \
                == "flagged":  # fmt: skip
            at = draft.quote_ids.index(answer.id)
            quotes[at] = quotes[at].model_copy(update={"speaker": answer.speaker})
    for figure_answer in revision.figures:
        if figure_answer.id in draft.figure_ids:
            at = draft.figure_ids.index(figure_answer.id)
            if figures[at].check.status == "flagged":
                figures[at] = figures[at].model_copy(
                    update={"reported_by": figure_answer.reported_by, "kind": figure_answer.kind}
                )
    return sheet.model_copy(update={"quotes": quotes, "figures": figures})


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
