"""Claims and events the article states, read from the parse.

* A claim is what a reporting verb reports: the clause under ``X said``, ``X claimed
  that``, ``according to X``; its source is the verb's subject (speakers.py reads it).
* An event is a sentence of the article's own narration (not a quote, not a report of what
  someone said) whose main verb tells what happened, with the place and the time phrase it
  names; its "what" is the article's own words, cut at a clause boundary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factsheet.models import Span
from factsheet.speakers import _in, _quoted, _reports, _speaker_of, direct_quotes
from factsheet.text import Text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

MIN_CLAIM_WORDS = 4
EVENT_CHARS = 200  # an event's words: its sentence, cut at a clause boundary past this
PLACES = ("GPE", "LOC", "FAC")
TIMES = ("DATE", "TIME")
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})


@dataclass
class ClaimCandidate:
    """A statement the article attributes: who, and the words of what they said or reported."""

    source: str
    said: Span  # the reported clause, verbatim
    sentence: Span


def find_claims(text: Text, skip: int = 0) -> list[ClaimCandidate]:
    """Each sentence's reported clause with its source, in article order."""
    found: list[ClaimCandidate] = []
    for sentence in text.sentences():
        start, end = text.span_of(sentence)
        if start < skip or _mostly_quoted(text, sentence):
            continue
        for verb in (t for t in sentence if _reports(t)):
            claim = _claim(text, sentence, verb)
            if claim is not None and not any(_within(claim.said, other.said) for other in found):
                found.append(claim)
    return found


def _claim(text: Text, sentence: SpacySpan, verb: Token) -> ClaimCandidate | None:
    if verb.lower_ == "according":
        head = verb.head  # 'According to X, the fire started at 3 am'
        said = [t for t in head.subtree if t not in list(verb.subtree)]
    else:
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        if clause is None and verb.lemma_ in ("report", "confirm", "announce", "reveal", "deny"):
            clause = next((c for c in verb.children if c.dep_ == "dobj"), None)  # 'X reported his arrest'
        if clause is None:
            return None
        said = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
    said = _trimmed(said)
    if len([t for t in said if not t.is_punct]) < MIN_CLAIM_WORDS:
        return None
    inside = direct_quotes(text)
    if any(_in(text.at(t), inside) for t in said):
        return None  # a direct quote: the quotes section has it
    start, end = text.at(said[0]), text.end(said[-1])
    who = _speaker_of(text, verb, start, end)
    if who is None or not who.speaker:
        return None
    s0, s1 = text.span_of(sentence)
    return ClaimCandidate(
        who.speaker, Span(text=text.text[start:end], start=start, end=end),
        Span(text=text.text[s0:s1], start=s0, end=s1),
    )  # fmt: skip


def _within(a: Span, b: Span) -> bool:
    return b.start <= a.start and a.end <= b.end or a.start <= b.start and b.end <= a.end


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Contiguous, without punctuation at either end."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if tokens:
        first = tokens[0].i
        tokens = [t for n, t in enumerate(tokens) if t.i == first + n]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("that", ",")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _mostly_quoted(text: Text, sentence: SpacySpan) -> bool:
    inside = _quoted(text)
    words = [t for t in sentence if not t.is_punct]
    return bool(words) and sum(_in(text.at(t), inside) for t in words) * 2 >= len(words)


# --- events ---------------------------------------------------------------------------------


class EventCandidate:
    """A sentence that tells what happened, with its place and time phrases."""

    def __init__(self, what: str, where: str | None, when: str | None, sentence: Span) -> None:
        self.what, self.where, self.when, self.sentence = what, where, when, sentence


def find_events(text: Text, skip: int = 0) -> list[EventCandidate]:
    """Narrated sentences whose main verb, with a subject, is not a verb of saying: what
    happened, in article order, with the place and the time phrase each names (if any)."""
    found = []
    for sentence in text.sentences():
        start, end = text.span_of(sentence)
        root = sentence.root
        if start < skip or _mostly_quoted(text, sentence) or root.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            continue  # a clause without a subject
        subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        ents = [e for e in sentence.ents if not _in(text.at(e[0]), _quoted(text))
                and (e.label_ not in PLACES or e.root.i not in subject)]  # fmt: skip
        where = next((e.text for e in ents if e.label_ in PLACES), None) or _located(text, sentence)
        when = next((e.text for e in ents if e.label_ in TIMES), None)
        what = _clause(text, sentence)
        if len(what.split()) >= 4:
            span = Span(text=text.text[start:end], start=start, end=end)
            found.append(EventCandidate(what, where, when, span))
    return found


def _located(text: Text, sentence: SpacySpan) -> str | None:
    """A proper name after 'in', 'at' or 'near' that the recogniser did not call a person
    or a body ('a hotel in Bontddu'): a place."""
    for token in sentence:
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and token.head.lower_ in LOCATIVE:
            if token.ent_type_ in ("PERSON", "ORG", "NORP", "DATE", "TIME"):
                continue
            words = [*(c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), token]
            start, end = text.span_of(words)
            return text.text[start:end]
    return None


def _clause(text: Text, sentence: SpacySpan) -> str:
    """The sentence's words up to the event length limit, cut after a whole word."""
    start, end = text.span_of(sentence)
    words = text.text[start:end].rstrip(" .")
    if len(words) <= EVENT_CHARS:
        return words
    cut = words[: EVENT_CHARS - 1]
    for boundary in (", ", "; ", " and ", " when ", " after ", " as ", " "):
        at = cut.rfind(boundary)
        if at > EVENT_CHARS // 2:
            return cut[:at].rstrip(" ,;") + "…"
    return cut.rsplit(" ", 1)[0] + "…"
