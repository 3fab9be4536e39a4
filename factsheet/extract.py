"""Stage 2: find candidates in code, ask the model about them, and assemble draft items.

Code finds every quoted span and who the article says said it (speakers.py), every
casualty number with what it counts and who reported it (figures.py), the sentences that
narrate events and the clauses that report claims (statements.py). The model answers only
what needs judgement, by label, from closed lists its JSON schema enforces: what each
number counts (or that it counts no casualties), which listed source reported it, which
events and claims are the key ones. It writes no free text, so it can invent none. The
drafts returned here are unchecked: verify.py decides.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from factsheet import dates, prompts, statements
from factsheet import figures as counts
from factsheet.article import DATE_PREFIX, Article, headline
from factsheet.errors import contained
from factsheet.models import Answer, Check, Claim, Event, Figure, FigureAnswer, Kind, Quote, Span
from factsheet.names import same_person
from factsheet.numbers import (
    KILLED_OR_HURT,
    KIND_PATTERN,
    KIND_PATTERNS,
    FigureCandidate,
    find_figures,
    kind_words,
)
from factsheet.quotes import QuoteCandidate, find_quotes
from factsheet.speakers import in_transcript
from factsheet.statements import ClaimCandidate, EventCandidate
from factsheet.text import Text, parse
from factsheet.transport import MAX_ANSWER_TOKENS
from factsheet.verify import indexed

if TYPE_CHECKING:
    from factsheet.client import ModelClient

UNCHECKED = Check(status="flagged", reason="Not checked yet.")
MAX_OPTIONS = 5  # sources offered for one figure
MAX_LISTED = 20  # event or claim candidates offered
MAX_EVENTS = 5  # key events the model picks
MAX_ALL_EVENTS = 8  # with the other narrated events, on the sheet
MAX_CLAIMS = 40  # claims checked and kept (the page shows the key ones)


@dataclass
class Question:
    """What the model is asked about one article: the candidates and the options for each."""

    quotes: list[QuoteCandidate]
    figures: list[FigureCandidate]
    source_options: list[list[str]]
    events: list[EventCandidate]  # in article order (their labels E1, E2 ...)
    event_rank: list[int]  # indexes into events, the headline's likeliest first
    claims: list[ClaimCandidate]  # the ones offered to the model (labels C1, C2 ...)
    messages: list[dict[str, str]] = field(default_factory=list)
    unlisted_claims: list[ClaimCandidate] = field(default_factory=list)  # after those: checked all the same


@dataclass
class Draft:
    """Unchecked items, and the question they answer."""

    title: str
    title_from_article: bool
    events: list[Event]
    quotes: list[Quote]
    figures: list[Figure]
    claims: list[Claim]
    question: Question
    figure_labels: list[str]  # F-label behind each figure


async def extract(article: Article, client: ModelClient, question: Question | None = None) -> Draft:
    """Find candidates in code (unless ``question`` has them), ask the model about them, and
    assemble draft items."""
    question = question or ask_about(article)
    answer = await client.ask(
        question.messages, Answer, check=lambda a: label_errors(a, question), narrow=narrower(question)
    )  # fmt: skip
    return assemble(article, answer, question)


def narrower(question: Question) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The schema narrowed to this question's labels and options."""
    return lambda schema: narrow_answer(schema, question)


def answer_budget(question: Question) -> int:
    """Tokens the answer may take: generous for its labels (a figure's kind and source run to
    about 20 tokens, an event label to 5, a claim to 12), within the request's max_tokens."""
    listed = 20 * len(question.figures) + 5 * min(len(question.events), 5) + 12 * min(len(question.claims), 4)
    return min(MAX_ANSWER_TOKENS, 64 + 2 * listed)


def ask_about(article: Article) -> Question:
    """The candidates, their options, and the messages that ask about them."""
    skip = article.text.find("\n") if article.title else _date_header(article.text)
    text = parse(article.text)
    # (each finder on its own: a bug in one costs its items, with a warning, not the sheet)
    no_events: tuple[list[EventCandidate], list[int]] = ([], [])
    figures: list[FigureCandidate]
    claims: list[ClaimCandidate]
    quotes: list[QuoteCandidate]
    events, event_rank = contained(
        "The article's events",
        no_events,
        lambda: _listed(statements.find_events(text, skip), headline(article), text),
    )
    figures = contained(
        "The article's casualty figures",
        [],
        lambda: read_figures(article.text, find_figures(article.text, skip), skip),
    )
    claims = contained("The article's claims", [], lambda: statements.find_claims(text, skip))
    quotes = contained("The article's quotes", [], lambda: [
        q for q in find_quotes(article.text, skip=skip)
        if (q.direct or q.clause) and _someone_s_words(article, q)
    ])  # fmt: skip
    question = Question(
        quotes=quotes,
        figures=figures,
        source_options=[list(dict.fromkeys(f.sources))[:MAX_OPTIONS] for f in figures],
        events=events,
        event_rank=event_rank,
        claims=claims[:MAX_LISTED],
        # a long article's reports, too many to offer, not too many to check (not an interview's
        # every answer: the transcript is the interviewee's words throughout)
        unlisted_claims=[c for c in claims[MAX_LISTED:] if not in_transcript(text, c.sentence.start)],
    )
    question.messages = build_messages(article, question)
    return question


def _listed(events: list[EventCandidate], title: str, text: Text) -> tuple[list[EventCandidate], list[int]]:
    """The events the headline's words point at most, up to the list's length, in article
    order; and their order by the headline (indexes into that list)."""
    ranked = statements.by_headline(events, title, text)
    kept = {id(e) for e in ranked[:MAX_LISTED]}
    listed = [e for e in events if id(e) in kept]
    position = {id(e): n for n, e in enumerate(listed)}
    return listed, [position[id(e)] for e in ranked if id(e) in position]


def _someone_s_words(article: Article, quote: QuoteCandidate) -> bool:
    """A quote, not a scare-quoted phrase: a clause, or a phrase the article gives a speaker."""
    return not quote.bare_phrase or indexed(article.text).attribution(quote.parts[0]).speaker is not None


def _date_header(text: str) -> int:
    """Where the text starts after a 'date YYYY-MM-DD' header fused to its first sentence."""
    found = DATE_PREFIX.match(text)
    return found.end() if found else 0


def read_figures(text: str, found: list[FigureCandidate], skip: int) -> list[FigureCandidate]:
    """The candidates that count people (the parse's own finds added), with what the parse
    says they count and who reported them."""
    parsed = parse(text)
    counted = [f for f in found if counts.is_count(parsed, f) and not counts.misread(parsed, f)]
    # the parse's reading of a number whose casualty word beside it is about another number
    # ('casualties increased to 167 from a previous 93 injured people') stands in its place
    read = counts.find(parsed, skip)
    for f in counted:  # the parse's reading of what the number counts beats the nearest word
        kind = counts.kind_of_number(parsed, f)
        said = KIND_PATTERN.get(f.kind_hint)
        if kind is not None and kind != f.kind_hint and said is not None and said.search(f.phrase.text):
            # ('freed 12 people trapped'); and not a phrase run on to another number's word:
            # 'the toll rose to 27 after three of the wounded died' is the parse's '27'
            own = next(
                (
                    g.phrase
                    for g in read
                    if _same_number(g, f)
                    and g.kind_hint == kind
                    and f.phrase.start <= g.phrase.start
                    and g.phrase.end <= f.phrase.end
                ),
                None,
            )
            f.phrase = counts.with_its_verb(parsed, f) or own or f.phrase
        f.kind_hint = kind or f.kind_hint
    # 'killed a security guard': the parse's phrase for the one victim the words name runs to
    # the noun, where the nearest-word reading stopped at 'a security'
    counted = [next((g for g in read if _fuller(g, f)), f) for f in counted]
    more = [f for f in read if not any(_same_number(f, g) for g in counted)]
    more = [f for f in more if counts.is_count(parsed, f) and not counts.misread(parsed, f)]
    found = [f for f in [*counted, *more] if not counts.part_of_a_total(parsed, f)]
    # '12 people died in Cebu, four in Iloilo': the counts a list gives with the noun left out
    found += [
        g for f in found for g in counts.gapped(parsed, f) if not any(_same_number(g, h) for h in found)
    ]
    kept: list[FigureCandidate] = []
    ordered = sorted(found, key=lambda f: f.phrase.start)
    for before, candidate in zip([None, *ordered], ordered, strict=False):
        if (
            before is not None
            and _INCLUDING.fullmatch(text, before.core[1], candidate.core[0])
            and not _kind_word_after(text, candidate.core[1])
        ):
            # 'killed 11, including four children, and injured three' (not 'casualties
            # totalled 120, including 20 dead': a kind of its own)
            candidate.kind_hint = before.kind_hint
        if (
            candidate.qualifier == "exact"
            and candidate.low == candidate.high
            and _OR_MORE.match(text, candidate.core[1])
        ):
            candidate.high, candidate.qualifier = None, "at_least"  # 'Sixty-six people or more were injured'
        _dead_or_missing(text, candidate)
        _killed_or_hurt(text, candidate)
        # (a bug met reading one figure's source costs that source, not the article's figures)
        candidate.sources = contained(
            f"The source of “{candidate.phrase.text[:40]}”",
            [],
            lambda: [s.speaker for s in counts.sources(parsed, candidate) if s.speaker],  # noqa: B023
        )
        if _told_again(candidate, kept):
            continue
        _the_one_named(parsed, candidate, kept)
        candidate.counted = counts.victims(parsed, candidate)
        candidate.verb_kind = counts.verb_kind(parsed, candidate.phrase.start, candidate.phrase.end)
        within = (candidate.sentence.start, candidate.sentence.end)
        if not counts.is_noun_phrase(parsed, candidate.victims_hint, within):
            candidate.victims_hint = ""  # 'more with minor', 'of whom': no one
        kept.append(candidate)
    # 'the woman was killed', 'detained the man': one the article counted before, if it did, in
    # a group or alone ('the pilot and two linemen died': one and two; 'the local police chief
    # and two others were injured', with no injury told before: one; 'the victim was taken to
    # hospital', before the day's 66 injured: one, as 'the' points back, not on); one person
    # the article tells was hurt and died ('Baker was hospitalized ... Ginger Baker died') is one
    # death, not two casualties
    told = kept
    deaths = {id(c): death for c in told if c.kind_hint == "injured" and (death := _the_death_of(c, told))}
    for c in told:  # the death, told with 'he', takes the hurt one's words for them ('pilot')
        death = deaths.get(id(c))
        if death is not None and not (death.counted or death.victims_hint):
            death.counted, death.victims_hint = c.counted, c.victims_hint
    kept = [
        c
        for c in told
        if not (
            _the_one(c)
            and any(
                o.kind_hint == c.kind_hint and o.sentence != c.sentence and o.phrase.start < c.phrase.start
                for o in told
            )
        )
        and id(c) not in deaths
        and not _one_of_a_count(c, told)
    ]
    # 'Doris Day died at 97': a death of no harm told is an obituary's, not a casualty ('Baker
    # was hospitalised in critical condition ... Baker died' too; not 'Gupta was taken to
    # hospital with burns ... He died that night')
    return [
        c
        for c in kept
        if not (counts.died_of_no_harm(parsed, c) and not any(_hurt_before(parsed, c, o) for o in told))
    ]


def _kind_word_after(text: str, offset: int) -> bool:
    """Whether the word after a number says what happened to those it counts ('20 dead')."""
    word = re.match(r"\s+([\w-]+)", text[offset : offset + 40])
    return word is not None and any(p.fullmatch(word.group(1)) for _, p in KIND_PATTERNS)


def _hurt_before(parsed: Text, death: FigureCandidate, other: FigureCandidate) -> bool:
    """Whether another figure is the same named person's, told in a sentence of harm ('Roe was
    taken to hospital with burns')."""
    return (
        other is not death
        and _named_one(other)
        and _named_one(death)
        and same_person(other.victims_hint, death.victims_hint)
        and counts.harm_told(parsed, other.sentence.start, other.sentence.end)
    )


def _one_of_a_count(candidate: FigureCandidate, kept: list[FigureCandidate]) -> bool:
    """A single victim inside the phrase of a 'both' or of people joined, of the same kind:
    'both the driver and the passenger died', 'killed a pilot, a paramedic and a nurse' are two
    and three deaths, not those and one more ('three soldiers and a civilian' are four)."""
    start, end = candidate.core

    def joined(o: FigureCandidate) -> bool:
        number = o.phrase.text[o.core[0] - o.phrase.start : o.core[1] - o.phrase.start]
        return number.lower() in ("both", "and", "or")  # 'and': the word that joins them counts

    return candidate.low == candidate.high == 1 and any(
        o is not candidate and o.kind_hint == candidate.kind_hint and joined(o)
        and o.phrase.start <= start and end <= o.phrase.end for o in kept
    )  # fmt: skip


def _named_one(candidate: FigureCandidate) -> bool:
    """Whether a figure is one person the article names ('Roe was hospitalised')."""
    return candidate.low == candidate.high == 1 and candidate.victims_hint[:1].isupper()


def _by_pronoun(candidate: FigureCandidate) -> bool:
    """Whether a figure's phrase opens with 'he' or 'she' ('He died that night')."""
    return candidate.phrase.text.split(" ", 1)[0].lower() in ("he", "she")


def _the_death_of(candidate: FigureCandidate, kept: list[FigureCandidate]) -> FigureCandidate | None:
    """The death told of the one person a hurt figure counts, if the article tells one: named in
    both, the subject of both ('A man was shot in the head and killed'), or the one a death
    told within the hurt one's phrase is of ('was taken to hospital, where he later died')."""
    one = candidate.low == candidate.high == 1
    return next((
        o
        for o in kept
        if o.kind_hint == "killed"
        and (
            _named_one(candidate)
            and _named_one(o)
            and same_person(o.victims_hint, candidate.victims_hint)
            or one
            and o.low == o.high == 1
            and (
                o.phrase.start == candidate.phrase.start
                # or told inside the hurt one's own phrase: 'The pilot was taken to hospital,
                # where he later died'
                or candidate.phrase.start < o.phrase.start
                and o.phrase.end <= candidate.phrase.end
            )
            and o is not candidate
        )
    ), None)  # fmt: skip


# A death and a disappearance joined by 'or': the count is of both, told apart by no one.
_EITHER = re.compile(
    r"\s*(?:(?:dead|killed|died)\s+or\s+(?:(?:are|were|is|was|still|remain|remained)\s+)*"
    r"(?:missing|unaccounted\s+for)|missing\s+or\s+(?:(?:presumed|feared|believed)\s+)?(?:dead|killed))\b",
    re.IGNORECASE,
)


def _dead_or_missing(text: str, candidate: FigureCandidate) -> None:
    """'At least 20 people are dead or missing', 'killed or missing', 'missing or presumed dead':
    one count of the dead and the missing together (the phrase takes the words in)."""
    if candidate.kind_hint not in ("killed", "missing"):
        return
    end = candidate.phrase.end
    word = re.search(r"(?:dead|killed|died|missing)\s*$", text[candidate.phrase.start : end], re.IGNORECASE)
    either = _EITHER.match(text, end - len(word.group()) if word else end)
    if either is None:
        return
    candidate.kind_hint = "dead_or_missing"
    stop = either.end()
    candidate.phrase = Span(text=text[candidate.phrase.start : stop], start=candidate.phrase.start, end=stop)


def _killed_or_hurt(text: str, candidate: FigureCandidate) -> None:
    """'Twelve people were killed or injured', 'The blast killed or wounded 12 people': one count
    of the dead and the hurt together, told apart by no one (it read as 12 killed, or 12
    injured): a casualty of another kind, its phrase taking both words in."""
    if candidate.kind_hint not in ("killed", "injured") or candidate.low == 0:
        return  # ('No one was killed or injured': no one was either, as read)
    start, end = candidate.phrase.start, candidate.phrase.end
    # the pair across the phrase's first or last word: 'killed or injured 12', '12 ... killed or injured'
    either = next((m for m in KILLED_OR_HURT.finditer(text, max(0, start - 30), end + 40)
                   if m.start() < start < m.end() or m.start() < end < m.end()), None)  # fmt: skip
    if either is None:
        return
    candidate.kind_hint = "other"
    s, e = min(start, either.start()), max(end, either.end())
    candidate.phrase = Span(text=text[s:e], start=s, end=e)


# Between a count and a part of it: 'killed 11, including four children', '40 people, among them'.
_INCLUDING = re.compile(r"(?:\s+[\w-]+){0,2}\s*,\s*(?:including|among them|among whom)\s+", re.IGNORECASE)

# 'or more' after a count and at most two words of what it counts: at least the count.
_OR_MORE = re.compile(r"(?:\s+[\w-]+){0,2}?,?\s+or (?:more|over)\b", re.IGNORECASE)


# Those who do the harm a count of victims counts: never one of them ('killing four ... The
# attacker was shot dead by police' is a fifth death).
DOERS = frozenset("attacker assailant gunman shooter bomber killer hijacker perpetrator".split())


# A count written with 'the' right before it: one the reader was told before.
_THE_COUNT = re.compile(r"\b[Tt]he\s+$")


def _the_one(candidate: FigureCandidate) -> bool:
    """A single victim the article writes with 'the' and does not name ('the woman died'); not
    the one who did the harm ('the attacker')."""
    who = candidate.victims_hint
    if who and who.lower().split()[-1] in DOERS:
        return False
    return bool(candidate.low == candidate.high == 1 and who and not who[:1].isupper() and
                re.search(rf"\b[Tt]he\s+{re.escape(who)}\b", candidate.phrase.text))  # fmt: skip


def _told_again(candidate: FigureCandidate, before: list[FigureCandidate]) -> bool:
    """One person's death (arrest ...) told again: 'Ginger Baker died ... Baker has died', or
    'he died' after it; a toll told again with the same number by the same source, or by none
    ('increased the death toll to six ... the previous death toll to six'; 'police said four were
    injured ... all four are in stable condition'). A toll given by two sources is two figures,
    unless 'the' points back to it ('Of the 33 injured, five ..., health officials said')."""
    if not candidate.low == candidate.high == 1:
        same = (candidate.kind_hint, candidate.low, candidate.high)
        # 'Of the 33 injured, five ...', 'the 12 arrested': 'the' points back to a count told before
        back = _THE_COUNT.search(candidate.sentence.text[: candidate.core[0] - candidate.sentence.start])
        # ('Three of the victims were officers ... the three officers were stabbed': the dead,
        # whatever the later verb says was done to them)
        return candidate.low is not None and any(
            (b.kind_hint, b.low, b.high) == same
            and b.qualifier == candidate.qualifier
            and candidate.sources in (b.sources, [])
            or back is not None
            and (b.low, b.high) == (candidate.low, candidate.high)
            for b in before
        )
    singles = [b for b in before if b.low == b.high == 1 and b.kind_hint == candidate.kind_hint]
    if _by_pronoun(candidate):  # and 'he was arrested and taken into custody': one arrest
        return any(_named_one(b) or _by_pronoun(b) and b.sentence == candidate.sentence for b in singles)
    named = candidate.victims_hint[:1].isupper()
    if not named and candidate.victims_hint:  # 'A bystander was injured ... a bystander was hospitalised'
        return any(b.victims_hint.lower() == candidate.victims_hint.lower() for b in singles)
    return named and any(
        _named_one(b) and same_person(b.victims_hint, candidate.victims_hint) for b in singles
    )


def _the_one_named(parsed: Text, candidate: FigureCandidate, before: list[FigureCandidate]) -> None:
    """'Gupta was transported to a local hospital ... He died that night': 'he' is the person
    the article names a casualty before it, so the death is Gupta's (and _the_death_of makes the
    two one death). Who 'he' is, is read as for a quote's speaker: 'Sergeant Ratana underwent
    surgery, but he was later pronounced dead' is Ratana's, whoever was hurt before."""
    from factsheet.speakers import _person_before

    if candidate.victims_hint or not candidate.low == candidate.high == 1 or not _by_pronoun(candidate):
        return
    person = _person_before(parsed, candidate.phrase.start, candidate.phrase.start)
    if person is None:
        return
    named = [b for b in before if _named_one(b) and same_person(b.victims_hint, person[0])]
    if named:
        candidate.victims_hint = named[-1].victims_hint


def _fuller(parsed: FigureCandidate, found: FigureCandidate) -> bool:
    """Whether the parse read the same one victim with more of its words: its phrase starts
    where the other's does and goes on past its end."""
    one = parsed.low == parsed.high == found.low == found.high == 1 and parsed.kind_hint == found.kind_hint
    longer = parsed.phrase.start == found.phrase.start and parsed.phrase.end > found.phrase.end
    return one and longer and parsed.phrase.text.startswith(found.phrase.text)


def _same_number(a: FigureCandidate, b: FigureCandidate) -> bool:
    """Two readings of one number ('A rescued woman died' is one rescued and one killed)."""
    (a0, a1), (b0, b1) = a.core, b.core
    single = a.low == a.high == b.low == b.high == 1 and a.kind_hint != b.kind_hint
    return a0 < b1 and b0 < a1 and not single


def build_messages(article: Article, question: Question) -> list[dict[str, str]]:
    """System rules first, then the article, then the candidates: the shared prefix is cached."""
    user = prompts.render(
        "extract",
        article=marked(article.text, question).strip(),
        figures=[{"phrase": f.phrase.text, "options": options}
                 for f, options in zip(question.figures, question.source_options, strict=True)],
        events=len(question.events),
        claims=[c.source for c in question.claims],
    )  # fmt: skip
    return [
        {"role": "system", "content": prompts.render("system")},
        {"role": "user", "content": user},
    ]


def marked(text: str, question: Question) -> str:
    """The article with each event candidate's sentence marked [E1], [E2] ... and each
    claim's reported words [C1], [C2] ... where they start: the model answers by label and
    no candidate's words are sent twice."""
    marks = [(e.sentence.start, f"[E{n}] ") for n, e in enumerate(question.events, 1)]
    marks += [(c.said.start, f"[C{n}] ") for n, c in enumerate(question.claims, 1)]
    pieces, cursor = [], 0
    for at, mark in sorted(marks):
        pieces += [text[cursor:at], mark]
        cursor = at
    return "".join([*pieces, text[cursor:]])


def narrow_answer(schema: dict[str, Any], question: Question) -> dict[str, Any]:
    """The Answer schema with one property per figure and closed lists of labels and sources."""
    schema = copy.deepcopy(schema)
    properties = schema["properties"]
    shape = properties["figures"]["additionalProperties"]
    properties["figures"] = _keyed({
        f"F{n}": _with_property(shape, "reported_by", _choice(sources))
        for n, sources in enumerate(question.source_options, 1)
    })  # fmt: skip
    events = _labels("E", question.events)
    properties["events"] = {
        "type": "array", "items": _choice(events, nullable=False),
        "minItems": min(3, len(events)), "maxItems": min(MAX_EVENTS, len(events)),
    }  # fmt: skip
    claims = _labels("C", question.claims)
    if claims:
        claim = properties["claims"]["items"]["properties"]
        claim["id"] = _choice(claims, nullable=False)
        claim["disputes"] = _choice(claims)
    else:
        properties["claims"] = {"type": "array", "maxItems": 0, "items": properties["claims"]["items"]}
    return schema


def _keyed(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object", "properties": properties, "required": list(properties),
        "additionalProperties": False,
    }  # fmt: skip


def _choice(options: list[str], nullable: bool = True) -> dict[str, Any]:
    values: list[str | None] = [*options, None] if nullable else list(options)
    if not options:
        return {"type": "null"} if nullable else {"type": "string"}
    return {"type": ["string", "null"] if nullable else "string", "enum": values}


def _with_property(shape: dict[str, Any], name: str, value: dict[str, Any]) -> dict[str, Any]:
    shape = copy.deepcopy(shape)
    shape["properties"][name] = value
    return shape


def label_errors(answer: Answer, question: Question) -> list[str]:
    """Labels that name no candidate (a server that ignored the schema)."""
    figures = set(_labels("F", question.figures))
    events = set(_labels("E", question.events))
    claims = set(_labels("C", question.claims))
    errors = [f"figures: {k} is not a figure candidate." for k in answer.figures if k not in figures]
    errors += [f"events: {e} is not an event candidate." for e in answer.events if e not in events]
    errors += [f"claims: {c.id} is not a claim candidate." for c in answer.claims if c.id not in claims]
    return errors


def _labels(prefix: str, items: list[Any]) -> list[str]:
    return [f"{prefix}{n}" for n in range(1, len(items) + 1)]


def _index(label: str) -> int:
    return int(label[1:]) - 1


# --- the draft -------------------------------------------------------------------------------


def assemble(article: Article, answer: Answer, question: Question) -> Draft:
    """Join the model's answer to the candidates it was about."""
    figure_labels = [
        label for label in _labels("F", question.figures)
        if label in answer.figures and answer.figures[label].kind != "not_a_casualty"
    ]  # fmt: skip
    return Draft(
        title=headline(article),
        title_from_article=article.title is not None,
        events=_events(article, answer, question),
        quotes=[quote(article, q) for q in question.quotes],
        figures=[figure(question.figures[_index(label)], answer.figures[label]) for label in figure_labels],
        claims=_claims(answer, question),
        question=question,
        figure_labels=figure_labels,
    )


def quote(article: Article, candidate: QuoteCandidate) -> Quote:
    """A draft quote: the candidate's spans and the speaker the article's attribution gives."""
    said = indexed(article.text).attribution(candidate.parts[0])
    return Quote(parts=candidate.parts, speaker=said.speaker, cue=said.cue or None, check=UNCHECKED)


def figure(candidate: FigureCandidate, answer: FigureAnswer) -> Figure:
    """A draft figure: numbers, phrase and victims from code; kind and source from the model,
    within what the phrase and the parse allow."""
    kind: Kind = answer.kind if answer.kind != "not_a_casualty" else "other"
    if kind != candidate.kind_hint and (
        not _says(kind, candidate.phrase.text)
        or candidate.verb_kind == candidate.kind_hint
        or candidate.kind_hint == "dead_or_missing"  # 'dead or missing' says both, whatever the guess
    ):
        kind = cast(Kind, candidate.kind_hint)  # the phrase's own word ("died") beats a guess
    return Figure(
        kind=kind, low=candidate.low, high=candidate.high, qualifier=candidate.qualifier,
        victims=candidate.counted or candidate.victims_hint or None,
        reported_by=answer.reported_by, phrase=candidate.phrase, check=UNCHECKED,
    )  # fmt: skip


def _says(kind: str, phrase: str) -> bool:
    pattern = kind_words(kind)
    return bool(pattern and pattern.search(phrase))


def _events(article: Article, answer: Answer, question: Question) -> list[Event]:
    """The key events the model chose, then the other narrated ones, the headline's likeliest first."""
    chosen = list(dict.fromkeys(answer.events))
    rest = [label for label in (f"E{n + 1}" for n in question.event_rank) if label not in chosen]
    events = []
    for label in [*chosen, *rest][:MAX_ALL_EVENTS]:
        found = question.events[_index(label)]
        day = dates.resolve(found.when, article.date, found.sentence.text)
        events.append(Event(what=found.what, where=found.where, when=found.when, date=day, check=UNCHECKED))
    return events


def _claims(answer: Answer, question: Question) -> list[Claim]:
    """The chosen claim candidates first, once each (a dispute points at another chosen one),
    then the other candidates, offered or not: every claim is checked, the page shows the chosen
    ones."""
    chosen = list(dict.fromkeys(c.id for c in answer.claims))
    disputes = {c.id: c.disputes for c in answer.claims}
    rest = [label for label in _labels("C", question.claims) if label not in chosen]
    claims = []
    for label in [*chosen, *rest][:MAX_CLAIMS]:
        candidate = question.claims[_index(label)]
        other = disputes.get(label)
        claims.append(Claim(
            claim=candidate.said.text, source=candidate.source, check=UNCHECKED,
            disputes=chosen.index(other) if other in chosen and other != label else None,
        ))  # fmt: skip
    for candidate in question.unlisted_claims[: max(0, MAX_CLAIMS - len(claims))]:
        claims.append(Claim(claim=candidate.said.text, source=candidate.source, check=UNCHECKED))
    return claims
