"""Stage 2: ask the model about the candidates code found, and assemble draft items.

Code finds every quoted span, casualty number, name, place, time phrase and reporting
source (candidates.py). The model answers narrow questions about them, choosing names,
places, times and sources from closed lists that the request's JSON schema enforces, so
it cannot invent one. The drafts returned here are unchecked: verify.py decides.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from factsheet import dates, prompts
from factsheet.article import Article, headline
from factsheet.candidates import (
    KIND_PATTERNS,
    ClaimCandidate,
    FigureCandidate,
    QuoteCandidate,
    find_claims,
    find_figures,
    find_places,
    find_quotes,
    find_sources,
    find_times,
)
from factsheet.models import (
    EVENT_CHARS,
    Answer,
    Check,
    Claim,
    Event,
    Figure,
    FigureAnswer,
    Kind,
    Quote,
    Revision,
)
from factsheet import figures as counts
from factsheet.text import parse
from factsheet.verify import consistent_victims, indexed

if TYPE_CHECKING:
    from factsheet.client import ModelClient

UNCHECKED = Check(status="flagged", reason="Not checked yet.")
PREVIEW_WORDS = 12
MAX_OPTIONS = 5  # names offered for one quote or one figure
MAX_LISTED = 30  # places, times or sources offered for events and claims
MAX_EVENTS = 5


@dataclass
class Question:
    """What the model is asked about one article: candidates and the options for each."""

    quotes: list[QuoteCandidate]
    figures: list[FigureCandidate]
    speaker_options: list[list[str]]
    source_options: list[list[str]]
    places: list[str]
    times: list[str]
    claims: list[ClaimCandidate]
    messages: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Draft:
    """Unchecked items, plus what is needed to ask again about some of them."""

    title: str
    title_from_article: bool
    events: list[Event]
    quotes: list[Quote]
    figures: list[Figure]
    claims: list[Claim]
    question: Question
    quote_labels: list[str]  # Q-label behind each quote
    figure_labels: list[str]  # F-label behind each figure


async def extract(article: Article, client: ModelClient) -> Draft:
    """Find candidates in code, ask the model about them, and assemble draft items."""
    question = ask_about(article)
    answer = await client.ask(
        question.messages, Answer, check=lambda a: label_errors(a, question),
        narrow=lambda schema: narrow_answer(schema, question),
    )  # fmt: skip
    return assemble(article, answer, question)


def ask_about(article: Article) -> Question:
    """The candidates, their options, and the messages that ask about them."""
    skip = article.text.find("\n") if article.title else 0
    quotes = [q for q in find_quotes(article.text, skip=skip) if q.direct]
    figures = read_figures(article.text, find_figures(article.text, skip=skip), skip)
    sources = find_sources(article.text)
    question = Question(
        quotes=quotes,
        figures=figures,
        speaker_options=[_unique([*_said(article, q), *q.names])[:MAX_OPTIONS] for q in quotes],
        source_options=[
            _unique([*f.sources, *(s.text for s in sources
                                   if f.sentence.start - 250 <= s.start < f.sentence.end)])[:MAX_OPTIONS]
            for f in figures
        ],  # fmt: skip
        places=find_places(article.text, skip)[:MAX_LISTED],
        times=[t for t in find_times(article.text) if t != _iso(article)][:MAX_LISTED],
        claims=find_claims(article.text, skip)[:MAX_LISTED],
    )
    question.messages = build_messages(article, question)
    return question


def build_messages(article: Article, question: Question) -> list[dict[str, str]]:
    """System rules first, then the article, then the candidates: the shared prefix is cached."""
    user = prompts.render(
        "extract",
        article=article.text.strip(),
        quotes=[
            {"preview": _preview(q), "cue": q.cue, "options": options}
            for q, options in zip(question.quotes, question.speaker_options, strict=True)
        ],
        figures=[
            {"phrase": f.phrase.text, "sentence": f.sentence.text.strip(), "options": options}
            for f, options in zip(question.figures, question.source_options, strict=True)
        ],
        places=question.places,
        times=question.times,
        claims=[{"source": c.source, "said": _clip(c.said.text)} for c in question.claims],
    )
    return [
        {"role": "system", "content": prompts.render("system")},
        {"role": "user", "content": user},
    ]


def narrow_answer(schema: dict[str, Any], question: Question) -> dict[str, Any]:
    """The Answer schema with one property per candidate and closed lists of choices."""
    schema = copy.deepcopy(schema)
    properties = schema["properties"]
    properties["speakers"] = _speakers(question)
    properties["figures"] = _figures(properties["figures"]["additionalProperties"], question)
    properties["events"]["minItems"] = min(3, MAX_EVENTS)  # a small model stops at one
    event = properties["events"]["items"]["properties"]
    event["where"] = _choice(question.places)
    event["when"] = _choice(question.times)
    labels = [f"C{n}" for n in range(1, len(question.claims) + 1)]
    if labels:
        claim = properties["claims"]["items"]["properties"]
        claim["id"] = _choice(labels, nullable=False)
        claim["disputes"] = _choice(labels)
    else:
        properties["claims"] = {"type": "array", "maxItems": 0, "items": properties["claims"]["items"]}
    return schema


def narrow_revision(schema: dict[str, Any], question: Question, labels: list[str]) -> dict[str, Any]:
    """The Revision schema, for the failed candidates only."""
    schema = copy.deepcopy(schema)
    properties = schema["properties"]
    properties["speakers"] = _speakers(question, labels)
    properties["figures"] = _figures(properties["figures"]["additionalProperties"], question,
                                     labels)  # fmt: skip
    return schema


def _speakers(question: Question, only: list[str] | None = None) -> dict[str, Any]:
    options = {f"Q{n}": _choice(names) for n, names in enumerate(question.speaker_options, 1)}
    return _keyed({k: v for k, v in options.items() if only is None or k in only})


def _figures(shape: dict[str, Any], question: Question, only: list[str] | None = None) -> dict[str, Any]:
    options = {
        f"F{n}": _with_property(shape, "reported_by", _choice(sources))
        for n, sources in enumerate(question.source_options, 1)
    }
    return _keyed({k: v for k, v in options.items() if only is None or k in only})


def _keyed(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object", "properties": properties, "required": list(properties),
        "additionalProperties": False,
    }  # fmt: skip


def _choice(options: list[str], nullable: bool = True) -> dict[str, Any]:
    values: list[str | None] = [*options, None] if nullable else list(options)
    return {"enum": values} if values else {"type": "string"}


def _with_property(shape: dict[str, Any], name: str, value: dict[str, Any]) -> dict[str, Any]:
    shape = copy.deepcopy(shape)
    shape["properties"][name] = value
    return shape


def label_errors(answer: Answer | Revision, question: Question) -> list[str]:
    """Labels that name no candidate (a server that ignored the schema)."""
    quotes = {f"Q{n}" for n in range(1, len(question.quotes) + 1)}
    figures = {f"F{n}" for n in range(1, len(question.figures) + 1)}
    errors = [f"speakers: {k} is not a quote candidate." for k in answer.speakers if k not in quotes]
    if isinstance(answer, Answer):
        claims = {f"C{n}" for n in range(1, len(question.claims) + 1)}
        errors += [f"claims: {c.id} is not a claim candidate." for c in answer.claims if c.id not in claims]
    errors += [f"figures: {k} is not a figure candidate." for k in answer.figures if k not in figures]
    return errors


def _preview(quote: QuoteCandidate) -> str:
    words = " ".join(p.text for p in quote.parts).split()
    return " ".join(words[:PREVIEW_WORDS]) + (" …" if len(words) > PREVIEW_WORDS else "")


def read_figures(text: str, found: list[FigureCandidate], skip: int) -> list[FigureCandidate]:
    """The candidates that count people (the parse's own finds added), with what the parse
    says they count and who reported them."""
    parsed = parse(text)
    more = [f for f in counts.find(parsed, skip) if not any(_same_number(f, g) for g in found)]
    kept = []
    for candidate in sorted([*found, *more], key=lambda f: f.phrase.start):
        if counts.is_count(parsed, candidate):
            candidate.counted = counts.victims(parsed, candidate)
            within = (candidate.sentence.start, candidate.sentence.end)
            if not counts.is_noun_phrase(parsed, candidate.victims_hint, within):
                candidate.victims_hint = ""  # 'more with minor', 'of whom': no one
            candidate.sources = [s.speaker for s in counts.sources(parsed, candidate) if s.speaker]
            kept.append(candidate)
    return kept


def _same_number(a: FigureCandidate, b: FigureCandidate) -> bool:
    (a0, a1), (b0, b1) = a.core, b.core
    return a0 < b1 and b0 < a1


def _said(article: Article, quote: QuoteCandidate) -> list[str]:
    """The speaker the article's own attribution gives, first among the choices."""
    said = indexed(article.text).attribution(quote.parts[0])
    return [said.speaker] if said.speaker else []


def _iso(article: Article) -> str | None:
    return article.date.isoformat() if article.date else None


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def assemble(article: Article, answer: Answer, question: Question) -> Draft:
    """Join the model's answer to the candidates it was about."""
    quote_labels = [label for label in _labels("Q", question.quotes) if label in answer.speakers]
    figure_labels = [
        label for label in _labels("F", question.figures)
        if label in answer.figures and answer.figures[label].kind != "not_a_casualty"
    ]  # fmt: skip
    return Draft(
        title=headline(article),
        title_from_article=article.title is not None,
        events=[
            Event(
                what=_whole_words(e.what, EVENT_CHARS),
                where=e.where,
                when=e.when,
                date=dates.resolve(e.when, article.date, e.what),
                check=UNCHECKED,
            )
            for e in answer.events
        ],  # fmt: skip
        quotes=[quote(question.quotes[_index(label)], answer.speakers[label]) for label in quote_labels],
        figures=[figure(question.figures[_index(label)], answer.figures[label]) for label in figure_labels],
        claims=_claims(answer, question),
        question=question,
        quote_labels=quote_labels,
        figure_labels=figure_labels,
    )


def _labels(prefix: str, items: list[Any]) -> list[str]:
    return [f"{prefix}{n}" for n in range(1, len(items) + 1)]


def _index(label: str) -> int:
    return int(label[1:]) - 1


def quote(candidate: QuoteCandidate, speaker: str | None) -> Quote:
    """A draft quote: the candidate's spans and the chosen speaker."""
    return Quote(parts=candidate.parts, speaker=speaker, cue=candidate.cue, check=UNCHECKED)


def figure(candidate: FigureCandidate, answer: FigureAnswer) -> Figure:
    """A draft figure: numbers and phrase from code, the rest from the model."""
    kind: Kind = answer.kind if answer.kind != "not_a_casualty" else "other"
    if kind != candidate.kind_hint and not _says(kind, candidate.phrase.text):
        kind = cast(Kind, candidate.kind_hint)  # the phrase's own word ("died") beats a guess
    return Figure(
        kind=kind, low=candidate.low, high=candidate.high, qualifier=candidate.qualifier,
        victims=candidate.counted or candidate.victims_hint or consistent_victims(
            answer.victims, {candidate.low, candidate.high}, candidate.sentence.text),
        reported_by=answer.reported_by,
        phrase=candidate.phrase, check=UNCHECKED,
    )  # fmt: skip



def _whole_words(text: str, most: int) -> str:
    """Text the length limit cut ("... as part of investig", "... were housed in a") ends at
    its last whole word that is not a little word, with an ellipsis."""
    if len(text) < most or " " not in text:
        return text
    kept = text[: text.rfind(" ")] if text[-1:].isalnum() else text
    kept = re.sub(r"(?:[\s,;:]+(?:a|an|the|in|of|on|at|to|and|or|for|with|by|from|as|that))+$", "", kept,
                  flags=re.IGNORECASE)  # fmt: skip
    return kept.rstrip(" ,;:") + "…"


def _says(kind: str, phrase: str) -> bool:
    pattern = dict(KIND_PATTERNS).get("missing" if kind == "dead_or_missing" else kind)
    return bool(pattern and pattern.search(phrase))


def _claims(answer: Answer, question: Question) -> list[Claim]:
    """The chosen claim candidates, once each; a dispute points at another chosen one."""
    chosen = list(dict.fromkeys(c.id for c in answer.claims))
    disputes = {c.id: c.disputes for c in answer.claims}
    claims = []
    for label in chosen:
        candidate = question.claims[_index(label)]
        other = disputes.get(label)
        claims.append(Claim(
            claim=candidate.said.text, source=candidate.source, check=UNCHECKED,
            disputes=chosen.index(other) if other in chosen and other != label else None,
        ))  # fmt: skip
    return claims


def _clip(text: str, words: int = 30) -> str:
    split = text.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")


async def revise(draft: Draft, problems: dict[str, str], client: ModelClient) -> Revision:
    """Ask once more about the quotes and figures that failed verification."""
    messages = [
        *draft.question.messages,
        {"role": "user", "content": prompts.render("revise", problems=list(problems.values()))},
    ]
    labels = list(problems)
    return await client.ask(
        messages, Revision, check=lambda r: label_errors(r, draft.question),
        narrow=lambda schema: narrow_revision(schema, draft.question, labels),
    )  # fmt: skip
