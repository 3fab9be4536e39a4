"""Quoted spans: every stretch of the article inside double quotation marks, with offsets.

A quote split by its attribution ("X," he said, "Y.") is one quote of two parts; a quote
left open at a paragraph's end and reopened in the next (the news convention for a speech
that runs on) is one quote with a part in each paragraph. Who said it is speakers.py's
reading of the parse. Every offset points into the original article text.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from factsheet.models import Span

FINITE = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})  # Penn tags of verbs that make a clause
OPEN_TO_CLOSE = {"“": "”", "„": "“", "«": "»", '"': '"'}
# Words that, between two quoted parts of one paragraph, mark them as one split quote.
JOINING_VERBS = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|stated|states|declared|continued|"
    r"explained|noted|warned|insisted|asked|replied|saying|adding|according to)\b",
    re.IGNORECASE,
)


@dataclass
class QuoteCandidate:
    """One or more quoted spans that read as one speaker's words, with their context."""

    parts: list[Span]
    direct: bool  # a sentence or clause, not a short scare-quoted phrase

    @property
    def clause(self) -> bool:
        """Two words or more with a finite verb: 'We will win', with its comma outside the marks
        (British style), is someone's words too."""
        words = " ".join(part.text for part in self.parts)
        return len(words.split()) >= 2 and _has_verb(words, tensed=True)

    @property
    def bare_phrase(self) -> bool:
        """Under six words and not a closed clause ('swine flu.', 'an act of barbarity.', 'Build
        Back Better'): someone's words only where the article says whose; else a scare quote, a
        slogan or a title, even with the full stop that American style puts inside the marks."""
        words = " ".join(part.text for part in self.parts)
        closed = words.rstrip()[-1:] in ".,!?…"  # a sentence's own stop inside the marks
        return len(words.split()) < 6 and not (closed and _has_verb(words))

    paragraph: Span  # the paragraph holding the first part
    cue: str = ""  # the words around the quote, quotes elided: where attribution lives


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines (paragraphs) with their offsets."""
    return [
        Span(text=m.group(), start=m.start(), end=m.end())
        for m in re.finditer(r"[^\n]+", text)
        if m.group().strip()
    ]


def _quoted_spans(para: Span) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each top-level quoted span inside one paragraph: double marks,
    and curly single ones where they close in it."""
    spans: list[tuple[int, int, bool]] = []
    text, i = para.text, 0
    while i < len(text):
        ch = text[i]
        if ch == "‘" and _opens(text, i) and i + 1 < len(text) and not text[i + 1].isspace():
            close = _single_close(text, i)  # British style: ‘We will win,’ she said
            if close != -1:
                spans.append((para.start + i + 1, para.start + close, True))
                i = close + 1
                continue
        if ch in OPEN_TO_CLOSE and (ch != '"' or _opens(text, i)):
            close = text.find(OPEN_TO_CLOSE[ch], i + 1) if ch != '"' else _straight_close(text, i)
            if close == -1:  # runs to the paragraph's end: a quote spanning paragraphs
                spans.append((para.start + i + 1, para.end, False))
                break
            spans.append((para.start + i + 1, para.start + close, True))
            i = close + 1
            continue
        i += 1
    return spans


def _single_close(text: str, i: int) -> int:
    """Where the single quotation mark opened at ``i`` closes: the next ’ that ends a word and
    is no apostrophe ('don’t' goes on; 'the workers’ rights', a plural's possessive before a
    word, goes on too); -1 where none does in the paragraph (a stray mark: '‘90s')."""
    j = text.find("’", i + 1)
    while j != -1:
        after = text[j + 1 : j + 3]
        ends_word = not after[:1].isalnum() and not text[j - 1].isspace()
        possessive = text[j - 1] == "s" and after[:1] == " " and after[1:2].islower()
        if ends_word and not possessive:
            return j
        j = text.find("’", j + 1)
    return -1


def _straight_close(text: str, i: int) -> int:
    """Where the straight quotation mark at ``i`` closes: past a quotation nested in it with
    the same mark ('"The "United States" holds none," he wrote': the mark after 'States'
    closes the inner one, the mark after the comma the outer), or at its next mark where the
    marks nest in no way that reads."""
    depth, j = 0, text.find('"', i + 1)
    first = j
    while j != -1:
        if _nested_open(text, j):
            depth += 1
        elif depth == 0:
            return j
        else:
            depth -= 1
        j = text.find('"', j + 1)
    return first


def _nested_open(text: str, j: int) -> bool:
    """A straight mark that can only open: a space or an opening bracket before it, a word
    after it ('the "United States"'); not one with a space after it, which closes."""
    return (j == 0 or text[j - 1].isspace() or text[j - 1] in "([{") and j + 1 < len(text) and \
        text[j + 1].isalnum()  # fmt: skip


def _opens(text: str, i: int) -> bool:
    """A straight double quote opens when it is not glued to the word before it."""
    return i == 0 or not text[i - 1].isalnum() or text[i - 1] in "([{"


def find_quotes(text: str, skip: int = 0) -> list[QuoteCandidate]:
    """Every quoted span after ``skip`` (a title line), grouped when one attribution splits one."""
    found: list[QuoteCandidate] = []
    carry: QuoteCandidate | None = None  # a quote left open at a paragraph's end
    for para in paragraphs(text):
        if para.start < skip:
            continue
        spans = _quoted_spans(para)
        if carry is not None:
            starts_quoted = para.text.lstrip()[:1] in OPEN_TO_CLOSE
            if starts_quoted and spans:
                start, end, closed = spans.pop(0)
                carry.parts.append(_span(text, start, end))
                if not closed:
                    continue
                found.append(carry)
            carry = None
        for start, end, closed in spans:
            part = _span(text, start, end)
            if not part.text.strip():
                continue
            candidate = QuoteCandidate([part], _is_direct(part.text, _stands_alone(text, start, end)), para)
            if closed:
                found.append(candidate)
            else:
                carry = candidate
    return [_with_cue(text, q) for q in _merge_split(text, found)]


def _span(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text=text[start:end], start=start, end=end)


def _is_direct(quoted: str, alone: bool = False) -> bool:
    if _a_title(quoted):
        return False  # 'the album "Songs From the Big Chair"': a name, not words said
    words = quoted.split()
    if len(words) <= 3 and quoted.rstrip()[-1:] not in "!?" and all(w[:1].isupper() for w in words):
        return False  # ('blamed the "Islamic State".': a name, however the stop falls)
    if len(words) >= 6 or len(words) >= 2 and quoted.rstrip()[-1:] in ".,!?…":
        return True
    # standing alone, a quote is said if it is a sentence or about four words: '"We are all
    # shocked", Roe said' (not '"Fake news", he tweeted': a slogan)
    return alone and (len(words) >= 4 or len(words) >= 2 and _has_verb(quoted))


# English function words, which a title capitalises and a sentence does not.
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with about into over under and or but nor who what how when why "
    "where our my your his her its their we you they too no more not".split()
)


def _a_title(quoted: str) -> bool:
    """Words in title case: the name of a work, a law or a slogan ('Songs From the Big Chair',
    'The Man Who Knew Too Much', 'Reproductive Health Care Reform Bill 2019'), not words said:
    every word of three letters or more, function words aside, capitalised (three at least)
    with no stop, or two function words capitalised inside a sentence (one is a name's: 'Her
    Majesty'); and no comma, '!' or '?' closes them, as closes words said ('"Stop," he said')."""
    end = quoted.rstrip()[-1:]
    if end in (",", "!", "?"):
        return False
    found = list(re.finditer(r"[^\W\d_][\w'’-]*", quoted))
    content = [m.group() for m in found if len(m.group()) >= 3 and m.group().lower() not in FUNCTION_WORDS]
    if end != "." and len(content) >= 3 and all(w[0].isupper() for w in content):
        return True
    capitalised = 0
    for m in found:
        at = _back_over_space(quoted, m.start())
        while at and quoted[at - 1] in "])":  # an editor's '[.]' ends a sentence too
            at -= 1
        at = _back_over_space(quoted, at)
        first = not at or quoted[at - 1] in ".!?:;\"“‘'([—–-…"  # a sentence's or a clause's first word
        capitalised += not first and m.group()[0].isupper() and m.group().lower() in FUNCTION_WORDS
    return capitalised >= 2


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether quoted words stand as an utterance of their own, with the punctuation outside
    the marks (British style): '"We are all shocked", Roe said.', 'Roe said: "Stop it".'
    They open their sentence or follow a colon, and a comma or a stop follows them; words
    quoted inside a sentence ('called it "a disgrace".') do not."""
    before = _before_opening(text, start)
    mark = _on_over_space(text, end)  # the closing mark, then the character after it
    after = text[mark + 1 : mark + 2]
    opens = not before or before in ".!?:\n"
    return opens and after in (",", ".", "!", "?")


@functools.lru_cache(maxsize=1024)
def _has_verb(words: str, tensed: bool = False) -> bool:
    """Whether the words hold a verb that makes a clause; ``tensed``: one with a tense ('it was
    incredible'), not a bare form, which is as often a slogan ('Build Back Better', 'lock me up')."""
    from factsheet.text import nlp

    if not re.search(r"[A-Za-z]", words):
        return True  # not English: the English tagger cannot tell, so it is not judged a phrase
    pipeline = nlp()
    doc = pipeline.get_pipe("tagger")(pipeline.get_pipe("tok2vec")(pipeline.make_doc(words)))
    verbs = FINITE - {"VB"} if tensed else FINITE  # the tagger alone; a participle makes no clause
    return any(t.tag_ in verbs for t in doc)


# The end of a sentence: a stop after a word that is no abbreviation of English titles
# ('Dr.', 'Gen.'), initial ('J.') or dotted ('U.S.').
_SENTENCE_END = re.compile(
    r"(?<![\s.](?:Mr|Ms|Dr|St|Jr|Sr|Lt|No))(?<![\s.](?:Mrs|Col|Gen|Sgt|Gov|Sen|Rep|Rev))"
    r"(?<![\s.](?:Capt|Prof))(?<![\s.][A-Z])(?<!\.[A-Za-z])[.!?](?=\s)"
)


def _opening_word(text: str, quote: QuoteCandidate) -> bool:
    """A word quoted at a sentence's start (too short to be a quote alone) and closed by a
    comma: the first part of a quote its attribution splits ('"Nobody," she added, "can stop
    us."'). A paragraph's start follows the stop of the one before it."""
    part = quote.parts[-1]
    before = _before_opening(text, part.start)
    return len(quote.parts) == 1 and part.text.endswith(",") and (not before or before in ".!?:")


def _before_opening(text: str, start: int) -> str:
    """The last character before the opening mark that ends at start, space skipped ('' at the
    text's start): read from where it stands, not from a copy of all the text before it (a one-line
    article of thousands of quotes copied megabytes for each)."""
    at = _back_over_space(text, start)
    at = _back_over_space(text, at - 1) if at else 0
    return text[at - 1] if at else ""


def _back_over_space(text: str, at: int) -> int:
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _on_over_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _merge_split(text: str, quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Join 'X,' he said, 'Y.' (one paragraph, only an attribution between) into one."""
    merged: list[QuoteCandidate] = []
    for quote in quotes:
        last = merged[-1] if merged else None
        if last is not None and (last.direct or _opening_word(text, last)) and quote.direct and \
                last.paragraph == quote.paragraph:  # fmt: skip
            gap = text[last.parts[-1].end : quote.parts[0].start]
            continues = last.parts[-1].text.endswith(",") or gap[1:2] == ","
            verbs = [m.group().lower() for m in JOINING_VERBS.finditer(gap)]
            # two finite speech verbs are two attributions: '"X," Berger said, while Roe said: "Y"'
            finite = [v for v in verbs if not v.endswith(("ing", " to"))]
            # an attribution that ends its sentence (or clause: ';'), and one of the second
            # quote's own, after it or before a colon: '"X," said Roe. "Y," added Berger',
            # '"X," Roe said. Berger disagreed: "Y."' are two people's words ('"X," Roe said.
            # She paused. "Y."' is one's)
            after = re.split(r"[.!?\n]", text[quote.parts[-1].end : quote.parts[-1].end + 120], maxsplit=1)[0]
            ended = [m.end() for m in _SENTENCE_END.finditer(gap)] + [m.end() for m in re.finditer(";", gap)]
            introduced = bool(ended) and gap[max(ended) :].rstrip(" \n\"“‘'").endswith(":")
            opens = last.parts[-1].end + max(ended, default=0)
            narrated = bool(ended) and (
                JOINING_VERBS.search(after) is not None
                or introduced
                or _speech_in(text, quote.parts[-1].end, quote.parts[-1].end + len(after), after=True)
                or _speech_in(text, opens, quote.parts[0].start)
            )
            if continues and len(gap) <= 100 and verbs and len(finite) < 2 and not narrated:
                last.parts.extend(quote.parts)
                last.direct = True  # ('"However," he said, "..."': the whole is said)
                continue
        merged.append(quote)
    return merged


def _speech_in(text: str, start: int, end: int, after: bool = False) -> bool:
    """Whether a verb of saying stands in the words at [start, end): a second quote's own
    attribution, in the sentence that leads to it ('He underlined the call by saying "..."') or,
    ``after``, right after it ('"We were alone," agreed her neighbour'; not where the verb opens
    another quote: 'He posted on Twitter, "..."'), whatever the verb."""
    from factsheet.speakers import SPEECH_LEMMAS
    from factsheet.text import parse

    words = parse(text).tokens_in(start, end)
    if after and any(t.tag_ == "``" for t in words):
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS for t in words)


def _with_cue(text: str, quote: QuoteCandidate) -> QuoteCandidate:
    """The sentence(s) around the quote with the quoted words elided."""
    para = quote.paragraph
    first, last = quote.parts[0], quote.parts[-1]
    start = _sentence_start(text, para.start, first.start - 1)
    end = _sentence_end(text, min(last.end + 1, para.end), para.end)
    if last.end > para.end:  # spans paragraphs
        end = last.end
    pieces, cursor = [], start
    for part in quote.parts:
        if part.start >= cursor:
            pieces.append(text[cursor : part.start] + "…")
            cursor = part.end
    pieces.append(text[cursor:end])
    quote.cue = re.sub(r"\s+", " ", "".join(pieces)).strip()
    return quote


def _sentence_start(text: str, floor: int, pos: int) -> int:
    """Start of the sentence holding pos (not before floor), ignoring ends inside quotes."""
    cuts = _sentence_starts(text, floor)
    return cuts[max(0, bisect.bisect_left(cuts, pos) - 1)]


SENTENCE_END = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"])")


@functools.lru_cache(maxsize=64)
def _sentence_starts(text: str, floor: int) -> list[int]:
    """floor and where each sentence of its paragraph starts after it, not counting ends inside
    quotes: read once per paragraph, the marks counted as the reading goes (a 2 MB one-line
    article has thousands of quotes in its one paragraph)."""
    end = text.find("\n", floor)
    cuts, counted, opened, closed, straight = [floor], floor, 0, 0, 0
    for match in SENTENCE_END.finditer(text, floor, len(text) if end == -1 else end):
        piece = text[counted : match.end()]
        opened, closed = opened + piece.count("“"), closed + piece.count("”")
        straight, counted = straight + piece.count('"'), match.end()
        if opened <= closed and straight % 2 == 0:
            cuts.append(match.end())
    return cuts


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    match = re.search(r"[.!?](?=\s|$)", text[pos:ceiling])
    return pos + match.end() if match else ceiling
