"""Stage 2: ask the model about the candidates code found, and assemble draft items.

Code finds every quoted span and every casualty number (candidates.py); the model says
who spoke, what a number counts and who reported it, and names the events and claims.
The drafts this returns are unchecked: verify.py decides what the article supports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from factsheet import dates, prompts
from factsheet.article import Article, headline
from factsheet.candidates import FigureCandidate, QuoteCandidate, find_figures, find_quotes
from factsheet.client import ModelClient
from factsheet.models import (
    Answer,
    Check,
    Claim,
    Event,
    Figure,
    FigureAnswer,
    Quote,
    QuoteAnswer,
    Revision,
)

A = TypeVar("A", QuoteAnswer, FigureAnswer)
UNCHECKED = Check(status="flagged", reason="Not checked yet.")
PREVIEW_WORDS = 12


@dataclass
class Draft:
    """Unchecked items, plus what is needed to ask again about some of them."""

    title: str
    title_from_article: bool
    events: list[Event]
    quotes: list[Quote]
    figures: list[Figure]
    claims: list[Claim]
    messages: list[dict[str, str]]
    quote_ids: list[int]  # candidate number behind each quote
    quote_names: list[list[str]]  # people named around each quote, nearest first
    figure_ids: list[int]  # candidate number behind each figure


def extract(article: Article, client: ModelClient) -> Draft:
    """Find candidates in code, ask the model about them, and assemble draft items."""
    quotes = [q for q in find_quotes(article.text, skip=_title_end(article)) if q.direct]
    figures = find_figures(article.text, skip=_title_end(article))
    messages = build_messages(article, quotes, figures)
    answer = client.ask(
        messages, Answer, check=lambda a: _id_errors(a, quotes, figures),
        narrow=lambda schema: only_ids(schema, len(quotes), len(figures)),
    )  # fmt: skip
    return assemble(article, answer, quotes, figures, messages)


def build_messages(
    article: Article, quotes: list[QuoteCandidate], figures: list[FigureCandidate]
) -> list[dict[str, str]]:
    """System rules first, then the article, then the candidates: the shared prefix is cached."""
    user = prompts.render(
        "extract",
        article=article.text.strip(),
        quotes=[{"preview": _preview(q), "cue": q.cue, "names": q.names} for q in quotes],
        figures=[{"phrase": f.phrase.text, "sentence": f.sentence.text.strip()} for f in figures],
    )
    return [
        {"role": "system", "content": prompts.render("system")},
        {"role": "user", "content": user},
    ]


def _preview(quote: QuoteCandidate) -> str:
    words = " ".join(p.text for p in quote.parts).split()
    return " ".join(words[:PREVIEW_WORDS]) + (" …" if len(words) > PREVIEW_WORDS else "")


def only_ids(schema: dict[str, Any], quotes: int, figures: int) -> dict[str, Any]:
    """Let the schema admit only real candidate numbers, each at most once in a list."""
    for name, count in (("quotes", quotes), ("figures", figures)):
        listing = schema["properties"][name]
        if count == 0:
            schema["properties"][name] = {"type": "array", "maxItems": 0, "items": listing["items"]}
            continue
        listing["items"]["properties"]["id"] = {
            "type": "integer",
            "enum": list(range(1, count + 1)),
        }
        listing["maxItems"] = count
    return schema


def _title_end(article: Article) -> int:
    return article.text.find("\n") if article.title else 0


def _id_errors(
    answer: Answer | Revision, quotes: list[QuoteCandidate], figures: list[FigureCandidate]
) -> list[str]:
    errors = [
        f"quotes: Q{q.id} does not exist; use the numbers of the quote candidates."
        for q in answer.quotes
        if not 1 <= q.id <= len(quotes)
    ]
    errors += [
        f"figures: F{f.id} does not exist; use the numbers of the figure candidates."
        for f in answer.figures
        if not 1 <= f.id <= len(figures)
    ]
    return errors


def assemble(
    article: Article,
    answer: Answer,
    quotes: list[QuoteCandidate],
    figures: list[FigureCandidate],
    messages: list[dict[str, str]],
) -> Draft:
    """Join the model's answer to the candidates it was about."""
    quote_answers = _first_per_id(answer.quotes)
    figure_answers = _first_per_id(answer.figures)
    return Draft(
        title=headline(article),
        title_from_article=article.title is not None,
        events=[
            Event(
                what=e.what,
                where=e.where,
                when=e.when,
                date=dates.resolve(e.when, article.date),
                check=UNCHECKED,
            )
            for e in answer.events
        ],  # fmt: skip
        quotes=[_quote(quotes[i - 1], a) for i, a in quote_answers.items()],
        figures=[_figure(figures[i - 1], a) for i, a in figure_answers.items()],
        claims=[
            Claim(claim=c.claim, source=c.source, disputes=_dispute(c.disputes, n), check=UNCHECKED)
            for n, c in enumerate(answer.claims)
        ],
        messages=messages,
        quote_ids=list(quote_answers),
        quote_names=[quotes[i - 1].names for i in quote_answers],
        figure_ids=list(figure_answers),
    )


def _first_per_id(answers: list[A]) -> dict[int, A]:
    chosen: dict[int, A] = {}
    for item in answers:
        chosen.setdefault(item.id, item)
    return dict(sorted(chosen.items()))


def _quote(candidate: QuoteCandidate, answer: QuoteAnswer) -> Quote:
    return Quote(parts=candidate.parts, speaker=answer.speaker, cue=candidate.cue, check=UNCHECKED)


def _figure(candidate: FigureCandidate, answer: FigureAnswer) -> Figure:
    return Figure(
        kind=answer.kind, low=candidate.low, high=candidate.high, qualifier=candidate.qualifier,
        victims=candidate.victims_hint or answer.victims, reported_by=answer.reported_by,
        phrase=candidate.phrase,
        check=UNCHECKED,
    )  # fmt: skip


def _dispute(number: int | None, index: int) -> int | None:
    """The model counts claims from 1; a claim can only dispute an earlier one."""
    return number - 1 if number is not None and 1 <= number <= index else None


def revise(draft: Draft, problems: list[str], client: ModelClient) -> Revision:
    """Ask once more about the quotes and figures that failed verification."""
    messages = [
        *draft.messages,
        {"role": "user", "content": prompts.render("revise", problems=problems)},
    ]
    counts = (max(draft.quote_ids, default=0), max(draft.figure_ids, default=0))
    return client.ask(messages, Revision, narrow=lambda schema: only_ids(schema, *counts))
