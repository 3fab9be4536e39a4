"""Stage 3: check every item against the article; nothing unchecked is shown as fact.

* A quote must stand in the article verbatim, inside quotation marks, and its speaker must
  be the one the article's own attribution gives (speakers.py), or nobody when it gives none.
* A figure's phrase must be in the article, its numbers in that phrase, its kind said by a
  casualty word or the parse, its victims a noun phrase of its sentence that counts no one
  else, and its source the subject of a reporting verb in its sentence (or none).
* An event's place and time words must be in the article, near what it describes.
* A claim's source must report it: the subject of the reporting verb of its sentence, or,
  for words inside quotation marks, the speaker the article gives that quote.

Matching ignores quote-mark style, dashes, whitespace and Unicode form (NFKC); offsets
always point into the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TypeVar

from factsheet.errors import contained
from factsheet.figures import (
    ONE_PERSON,
    denied,
    described_victims,
    figure_sources,
    is_noun_phrase,
    joined_counts,
    kinds_read,
    named_victims,
)
from factsheet.models import Check, Claim, Event, Figure, Quote, Sheet, Span
from factsheet.names import STOP, mentions, name_keys, same_person
from factsheet.numbers import (
    FIGURE_PATTERN,
    KILLED_OR_HURT,
    ORDINAL_WORD,
    SINGLE_VICTIM,
    kind_words,
    parse_number,
    range_low,
)
from factsheet.quotes import QuoteCandidate, find_quotes
from factsheet.speakers import NONE, Attribution, attribute_all, reporters
from factsheet.statements import HOUR, judges
from factsheet.text import Text, fold, kept_per_text, parse

_TIME_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|today|yesterday|"
    r"tonight|tomorrow|morning|afternoon|evening|night|week|weeks|month|months|year|years|"
    r"day|days|ago|earlier|later|last|noon|midnight|dawn|dusk|\d{4}|\d{1,2}:\d{2})\b"
    rf"|\b{HOUR}",  # and a clock's hour: 'around 4 a.m.', '9pm'
    re.IGNORECASE,
)


@dataclass
class Source:
    """The article, indexed for matching."""

    text: str

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def squeezed(self) -> tuple[str, list[int]]:
        """The folded text with whitespace runs made one space, and each char's offset."""
        chars: list[str] = []
        offsets: list[int] = []
        for index, ch in enumerate(self.folded):
            if ch.isspace():
                if chars and chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            offsets.append(index)
        return "".join(chars), offsets

    @cached_property
    def sentence_pairs(self) -> list[tuple[int, int, set[str]]]:
        """Each sentence with the next one: where the pair starts and ends, its content words."""
        sentences = [self.parsed.span_of(s) for s in self.parsed.sentences()]
        pairs = []
        for index, (start, _) in enumerate(sentences):
            end = sentences[min(index + 1, len(sentences) - 1)][1]
            pairs.append((start, end, set(content_words(self.text[start:end]))))
        return pairs

    @cached_property
    def quotes(self) -> list[QuoteCandidate]:
        return find_quotes(self.text)

    @cached_property
    def parsed(self) -> Text:
        return parse(self.text)

    @cached_property
    def _attributions(self) -> list[Attribution]:
        return attribute_all(self.parsed, self.quotes)

    def attribution(self, part: Span) -> Attribution:
        """The article's own attribution of the quote holding this span."""
        for candidate, said in zip(self.quotes, self._attributions, strict=True):
            if any(p.start <= part.start and part.end <= p.end for p in candidate.parts):
                return said
        return NONE

    def find(self, needle: str, start: int = 0) -> Span | None:
        """Where needle stands in the article, ignoring quote style, case and spacing."""
        wanted = re.sub(r"\s+", " ", fold(needle)).strip()
        haystack, offsets = self.squeezed
        if not wanted:
            return None
        at = haystack.find(wanted, _squeezed_index(offsets, start))
        if at < 0:
            return None
        begin, end = offsets[at], offsets[at + len(wanted) - 1] + 1
        return Span(text=self.text[begin:end], start=begin, end=end)

    def names(self, name: str, within: Span | None = None) -> bool:
        """Whether the article (or the part within) names this person or body."""
        return mentions(name, self.text[within.start : within.end] if within else self.text)


@lru_cache(maxsize=8)
def indexed(text: str) -> Source:
    """The article's ``Source``, built once however many stages ask for it."""
    return Source(text)


kept_per_text(indexed.cache_clear)


def _squeezed_index(offsets: list[int], start: int) -> int:
    """The first squeezed position at or after ``start`` in the original text."""
    return bisect.bisect_left(offsets, start)


def _ok(reason: str) -> Check:
    return Check(status="verified", reason=reason)


def _flag(reason: str) -> Check:
    return Check(status="flagged", reason=reason)


# --- quotes ------------------------------------------------------------------------------


def check_quote(source: Source, quote: Quote) -> Quote:
    """Each part verbatim inside quotation marks; the speaker named beside it or before it."""
    parts: list[Span] = []
    for part in quote.parts:
        found = _quoted(source, part)
        if isinstance(found, str):
            return quote.model_copy(update={"check": _flag(found)})
        parts.append(found)
    quote = quote.model_copy(update={"parts": parts})
    return quote.model_copy(update={"check": _speaker_check(source, quote)})


def _quoted(source: Source, part: Span) -> Span | str:
    """The part's span, found at its offsets or anywhere, if quotation marks enclose it."""
    hint = source.find(part.text, part.start) if part.start < len(source.text) else None
    spans = [hint] if hint else []
    anywhere = source.find(part.text)
    if anywhere and anywhere != hint:
        spans.append(anywhere)
    if not spans:
        return f"“{_short(part.text)}” is not in the article word for word."
    for span in spans:
        if _enclosing(source, span) is not None:
            return span
    return f"“{_short(part.text)}” is in the article, but not inside quotation marks."


def _enclosing(source: Source, span: Span) -> QuoteCandidate | None:
    for candidate in source.quotes:
        if any(p.start <= span.start and span.end <= p.end for p in candidate.parts):
            return candidate
    return None


def _speaker_check(source: Source, quote: Quote) -> Check:
    """The speaker must be the one the article's own attribution gives (speakers.py): a model
    answer never overrides it, and no attribution means no speaker."""
    said = source.attribution(quote.parts[0])
    if said.speaker is None:
        if quote.speaker is None:
            return _ok("Quoted in the article; the article names no speaker for it.")
        return _flag(f"Nothing beside this quote says who said it; {quote.speaker} is a guess.")
    if quote.speaker is None:
        return _flag(f"The article attributes this quote (“{_short(said.cue, 12)}”); no speaker was given.")
    if not same_person(quote.speaker, said.speaker):
        return _flag(f"The article attributes this quote to {said.speaker} (“{_short(said.cue, 12)}”), "
                     f"not to {quote.speaker}.")  # fmt: skip
    return _ok(_SAID_BY[said.how].format(cue=_short(said.cue, 12), speaker=said.speaker))


_SAID_BY = {
    "named": "Quoted verbatim; the article attributes it: “{cue}”.",
    "pronoun": "Quoted verbatim; “{cue}” refers to {speaker}, the person named last before it.",
    "role": "Quoted verbatim; “{cue}”: the article gives {speaker} that role.",
    "continued": "Quoted verbatim; it continues {speaker}'s words from the paragraph before.",
    "colon": "Quoted verbatim; “{cue}” introduces it.",
}


# --- figures -----------------------------------------------------------------------------


def check_figure(source: Source, figure: Figure) -> Figure:
    """Phrase verbatim; its numbers in the phrase; the kind in the sentence; the source near."""
    span = source.find(figure.phrase.text, figure.phrase.start)
    span = span or source.find(figure.phrase.text)
    if span is None:
        return _with(figure, _flag(f"“{_short(figure.phrase.text)}” is not in the article."))
    figure = figure.model_copy(update={"phrase": span})
    numbers = _numbers_in(_AGES.sub(" ", span.text))  # an age is no count
    if figure.low == figure.high == 1:
        named = named_victims(source.parsed, span.start, span.end)
        if figure.victims and figure.victims in named:
            numbers.add(1)  # 'Anna Roe was killed': one person, named
        if any(fold(n) in {*ONE_PERSON, "another"} or ORDINAL_WORD.fullmatch(fold(n)) for n in named):
            numbers.add(1)  # 'he was taken to hospital': one person, told before; 'and wounded
            # another'; 'and a fourth from Germany': one more
    if figure.low == figure.high == 1 and figure.kind in described_victims(
        source.parsed, span.start, span.end
    ):
        numbers.add(1)  # 'a rescued woman': one person, the adjective says what happened
    totals = joined_counts(source.parsed, span.start, span.end) if figure.victims else set()
    joined = {n for n in (figure.low, figure.high) if n in totals}
    numbers |= joined  # 'a man and his son were killed': two people, joined; 'a photojournalist
    # and at least five others': at least six
    for value in (figure.low, figure.high):
        if value is not None and value not in numbers:
            return _with(figure, _flag(f"The number {value} is not in “{_short(span.text)}”."))
    if figure.low is None and figure.high is None and figure.qualifier != "vague":
        return _with(figure, _flag("The figure has no number and is not marked vague."))
    sentence = _sentence_pair(source.text, span, sentences=1)
    kind = kind_words(figure.kind)
    if figure.kind == "other" and KILLED_OR_HURT.search(span.text):
        kind = KILLED_OR_HURT  # 'twelve people were killed or injured': both, told apart by no one
    if kind is not None and not kind.search(sentence) and \
            figure.kind not in kinds_read(source.parsed, span.start, span.end):  # fmt: skip
        return _with(figure, _flag(f"Nothing in the sentence says the people were {figure.kind}."))
    denial = denied(source.parsed, span.start, span.end)
    if denial is not None:
        words, how = denial
        told_as = {"talk": "only as talk", "unconfirmed": "as unconfirmed"}.get(how, "as denied")
        return _with(
            figure, _flag(f"The article tells this figure {told_as} (“{_short(words)}”), not as fact.")
        )
    counted: set[int | None] = {figure.low, figure.high}
    if joined:  # 'a captain and eleven other crew': twelve, the eleven a part of them
        counted |= _numbers_in(_AGES.sub(" ", figure.victims or ""))
    wrong = victims_problem(figure.victims, counted, _sentence_pair(source.text, span))
    sentence_span = _sentence_span(source.text, span)
    if not wrong and figure.victims and not is_noun_phrase(source.parsed, figure.victims, sentence_span):
        wrong = f"“{figure.victims}” names no one: it is not a noun phrase of the article."
    if wrong:
        return _with(figure, _flag(wrong))
    given = [s.speaker for s in figure_sources(source.parsed, span.start, span.end) if s.speaker]
    if figure.reported_by is None:
        if given:
            return _with(figure, _flag(f"The article gives {given[0]} as the source; none was given."))
        return _with(figure, _ok("Figure and phrase are in the article; no source is given."))
    if any(same_person(figure.reported_by, g) for g in given):
        return _with(figure, _ok(f"Figure in the article; {figure.reported_by} is given as "
                                 "its source."))  # fmt: skip
    return _with(figure, _flag(f"The source “{figure.reported_by}” is not given as the source "
                               "of this figure in the article."))  # fmt: skip


def _sentence_span(text: str, span: Span) -> tuple[int, int]:
    start = max(0, text.rfind("\n", 0, span.start) + 1)
    end = text.find("\n", span.end)
    return start, len(text) if end < 0 else end


def _sentence_pair(text: str, span: Span, sentences: int = 2) -> str:
    """The sentence holding span (and the one before it), within its paragraph."""
    start = max(0, text.rfind("\n", 0, span.start) + 1)
    before = [m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", text[start : span.start])]
    start = start + (before[-sentences] if len(before) >= sentences else 0)
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    tail = max(span.start, span.end - 3)  # a span may end with its own full stop
    after = re.search(r"[.!?][”\"’]?(?:\s|$)", text[tail:end])
    return text[start : tail + after.end() if after else end]


def _with(figure: Figure, check: Check) -> Figure:
    return figure.model_copy(update={"check": check})


# Words for victims that say nothing the article must back ("people", "victims").
_GENERIC_VICTIMS = {"people", "person", "persons", "individual", "individuals", "victim", "victims", "others"}
_AGES = re.compile(
    r"\baged?\s+[\w-]+(?:\s*(?:,|and|or|to)\s*[\w-]+)*|\b[\w]+[-\s](?:year|month|week|day)s?[-\s]olds?\b"
    r"|(?<=[a-z]),\s*\d{1,3}\s*(?=,)",
    re.IGNORECASE,
)  # 'aged 9 and 12', '25-year-old man', 'a man, 45, and a woman': ages, not counts


# A number that begins a hyphenated word: 'a two-time champion', 'a 40-storey tower' (not
# 'twenty-five', one number).
_NAMED_BY_A_NUMBER = re.compile(
    r"\b[\w]+-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)(?=[a-z])[a-z]+\b", re.IGNORECASE
)


def victims_problem(victims: str | None, numbers: set[int | None], sentences: str) -> str | None:
    """Why the figure's victims are not what the article says of them, or None: every word of
    theirs is in the sentences, and they count no one but the figure's own number ("five
    children, two truck drivers" does not describe a figure of 5; ages do not count)."""
    if not victims:
        return None
    other = sorted(_numbers_in(_NAMED_BY_A_NUMBER.sub(" ", _AGES.sub(" ", victims))) - numbers)  # type: ignore[operator]
    if other:
        return f"“{victims}” counts {other[0]}, which is not this figure's number."
    words = content_words(sentences)  # and a possessive's word: "the man's arrest" calls him 'man'
    said = {_stem(w) for w in words} | {_stem(w[:-2]) for w in words if w.endswith("'s")}
    unsaid = [w for w in content_words(victims) if w not in _GENERIC_VICTIMS and _stem(w) not in said]
    if unsaid:
        return f"The article does not call these people “{unsaid[0]}” here."
    return None


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _numbers_in(text: str) -> set[int]:
    found: set[int] = {1} if SINGLE_VICTIM.search(text) else set()
    for match in FIGURE_PATTERN.finditer(text):
        for group in ("num", "high"):
            if match.group(group):
                value = parse_number(match.group(group))
                if value is not None:
                    found.add(value)
        scaled = range_low(match) if match.group("high") else None
        if scaled is not None:
            found.add(scaled)  # 'two to three hundred': 200
        if match.group("none"):
            found.add(0)
    return found


# --- events and claims -------------------------------------------------------------------


def check_event(source: Source, event: Event) -> Event:
    """Its place and time words in the article, in the passage that tells what happened."""
    told = told_at(source, event.what)
    if _foreign_letters(source, event.what):
        return _mark(event, _flag("It uses letters the article never does."))
    if told is None:
        return _mark(event, _flag("The article does not describe this event in these words."))
    near = _widen(source, told, 250)
    if event.where and not source.names(event.where, near):
        return _mark(event, _flag(f"The place “{event.where}” is not named where the article "
                                  "tells of this event."))  # fmt: skip
    if event.when:
        if not _TIME_WORDS.search(event.when):
            return _mark(event, _flag(f"“{_short(event.when)}” is not a time."))
        if fold(event.when) not in fold(near.text):
            return _mark(event, _flag(f"The time “{event.when}” is not given where the article "
                                      "tells of this event."))  # fmt: skip
    return _mark(event, _ok("Place and time are in the article, beside what happened."))


def told_at(source: Source, words: str) -> Span | None:
    """Where the article tells an event or claim: these very words (its own, cut with '…'),
    else the passage that holds most of them."""
    verbatim = source.find(words.rstrip("…")) if len(words.split()) >= 3 else None
    return verbatim or passage(source, words)


def told_again(source: Source, words: str, told: Span) -> list[Span]:
    """The places after ``told`` where the article says the same words again (none for a
    passage, or for words too few to stand for one statement)."""
    again: list[Span] = []
    key = words.rstrip("…")
    hit = source.find(key, told.end) if len(words.split()) >= 3 else None
    while hit is not None:
        again.append(hit)
        hit = source.find(key, hit.end)
    return again


def _foreign_letters(source: Source, text: str) -> bool:
    """Letters the article never uses (a small model's stray Chinese token, say)."""
    return bool({ch for ch in fold(text) if ch.isalpha()} - set(source.folded))


def _mark(item: Event, check: Check) -> Event:
    return item.model_copy(update={"check": check})


def check_claim(source: Source, claim: Claim) -> Claim:
    """Its source named in the article, near words of the claim (where the article says the
    same words twice, at either place: 'the government said Navalny was poisoned ... his
    associates had alleged Navalny was poisoned')."""
    told = told_at(source, claim.claim)
    if _foreign_letters(source, claim.claim):
        return claim.model_copy(update={"check": _flag("It uses letters the article never does.")})
    if told is None:
        return claim.model_copy(update={"check": _flag("The article does not say this.")})
    first = _claim_told_at(source, claim, told)
    if first.check.status == "verified":
        return first
    others = (_claim_told_at(source, claim, again) for again in told_again(source, claim.claim, told))
    return next((other for other in others if other.check.status == "verified"), first)


def _claim_told_at(source: Source, claim: Claim, told: Span) -> Claim:
    """The claim checked against the words of the article at ``told``."""
    quoted = _enclosing(source, told)
    if quoted is not None:  # a quoted statement: its source is the quote's speaker
        part = next(p for p in quoted.parts if p.start <= told.start and told.end <= p.end)
        speaker = source.attribution(part).speaker
        if speaker is None or not same_person(claim.source, speaker):
            return claim.model_copy(update={"check": _flag(
                f"The article quotes this, but does not give the quote to “{claim.source}”.")})  # fmt: skip
        return claim.model_copy(update={"check": _ok("Quoted in the article, from this source.")})
    said = best_sentence(source, told, claim.claim)
    given = [r.speaker for r in reporters(source.parsed, said.start, said.end) if r.speaker]
    given += judges(source.parsed, said.start, said.end)  # ('identified the driver as a local man')
    if not any(same_person(claim.source, g) for g in given):
        return claim.model_copy(
            update={"check": _flag(f"The article does not attribute this to “{claim.source}”.")}
        )
    return claim.model_copy(
        update={"check": _ok("Said in the article, in a sentence that names this source.")}
    )


def best_sentence(source: Source, span: Span, statement: str) -> Span:
    """The sentence within span that shares most content words with the statement."""
    wanted = set(content_words(statement))
    best, score = span, -1
    for match in re.finditer(r".+?(?:[.!?]+[”\"’]?(?=\s|$)|$)", span.text, re.DOTALL):
        overlap = len(wanted & set(content_words(match.group())))
        if match.group().strip() and overlap > score:
            start = span.start + match.start()
            best = Span(text=match.group(), start=start, end=start + len(match.group()))
            score = overlap
    return best


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_][\w'\-]*", fold(text)) if w not in STOP and len(w) > 2]


def passage(source: Source, statement: str) -> Span | None:
    """Where the article says it: the sentence pair holding most of the statement's content
    words (at least 60 %)."""
    wanted = set(content_words(statement))
    if not wanted:
        return None
    best, best_score = None, 0.0
    for start, end, words in source.sentence_pairs:
        score = len(wanted & words) / len(wanted)
        if score > best_score:
            best, best_score = Span(text=source.text[start:end], start=start, end=end), score
    return best if best_score >= 0.6 else None


def _widen(source: Source, span: Span, by: int) -> Span:
    start, end = max(0, span.start - by), min(len(source.text), span.end + by)
    return Span(text=source.text[start:end], start=start, end=end)


def _short(text: str, words: int = 8) -> str:
    split = text.split()
    return " ".join(split[:words]) + ("…" if len(split) > words else "")


# --- the whole sheet ---------------------------------------------------------------------


def verify(text: str, sheet: Sheet) -> Sheet:
    """Check every item of a sheet against the article text; count the verdicts."""
    source = indexed(text)
    claims = [_checked(check_claim, source, c) for c in sheet.claims]
    checked = sheet.model_copy(update={
        "quotes": [_checked(check_quote, source, q) for q in sheet.quotes],
        "figures": link_conflicts([_checked(check_figure, source, f) for f in sheet.figures]),
        "events": [_checked(check_event, source, e) for e in sheet.events],
        "claims": _check_disputes(claims),
    })  # fmt: skip
    return tally(checked)


Item = TypeVar("Item", Quote, Figure, Event, Claim)


def _checked(check: Callable[[Source, Item], Item], source: Source, item: Item) -> Item:
    """The item checked; flagged, never verified, where checking it meets a bug."""
    checked: Item | None = contained("One item", None, lambda: check(source, item))
    return checked if checked is not None else item.model_copy(update={"check": _flag(
        "factsheet could not check this item (an internal error); it is not shown as fact.")})  # fmt: skip


def link_conflicts(figures: list[Figure]) -> list[Figure]:
    """Mark figures of one kind whose numbers cannot both be true; never merge them."""
    linked = []
    for index, figure in enumerate(figures):
        others = [
            other_index for other_index, other in enumerate(figures)
            if other_index != index and other.kind == figure.kind
            and other.phrase.start != figure.phrase.start and _disagree(figure, other)
        ]  # fmt: skip
        linked.append(figure.model_copy(update={"conflicts_with": others}))
    return linked


def _disagree(a: Figure, b: Figure) -> bool:
    if None in (a.low, a.high, b.low, b.high):
        low_a, high_a = a.low or 0, a.high if a.high is not None else 10**9
        low_b, high_b = b.low or 0, b.high if b.high is not None else 10**9
        return a.victims == b.victims and (high_a < low_b or high_b < low_a)
    return (a.low, a.high) != (b.low, b.high) and _same_victims(a, b)


def _same_victims(a: Figure, b: Figure) -> bool:
    """Whether two figures may count the same people: their victims share a word, or one names
    none; but a group named ('two small children died') smaller than a count of no one named
    ('killed at least 62') can be part of it, not another report of it."""
    words_a, words_b = _named_group(a), _named_group(b)
    if bool(words_a) != bool(words_b):
        part, whole = (a, b) if words_a else (b, a)
        return not (part.high is not None and whole.low is not None and part.high < whole.low)
    return bool(words_a & words_b) or not (words_a and words_b)


def _named_group(figure: Figure) -> set[str]:
    return {w for w in content_words(figure.victims or "") if w not in _GENERIC_VICTIMS}


def _check_disputes(claims: list[Claim]) -> list[Claim]:
    """A dispute stands only between two supported claims from different sources."""
    result = []
    for claim in claims:
        other = claims[claim.disputes] if claim.disputes is not None and \
            0 <= claim.disputes < len(claims) else None  # fmt: skip
        keep = (
            other is not None and claim.check.status == other.check.status == "verified"
            and set(name_keys(claim.source)) != set(name_keys(other.source))
        )  # fmt: skip
        result.append(claim if keep else claim.model_copy(update={"disputes": None}))
    return result


def tally(sheet: Sheet) -> Sheet:
    """Count verified and flagged items into the footer."""
    items = sheet.items()
    verified = sum(i.check.status == "verified" for i in items)
    footer = sheet.footer.model_copy(update={"verified": verified, "flagged": len(items) - verified})
    return sheet.model_copy(update={"footer": footer})
