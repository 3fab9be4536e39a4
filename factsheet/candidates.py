"""Code finds what code finds reliably: quoted spans, their attribution cues, casualty numbers.

The model is then asked only what needs understanding (who said it, what a number counts,
who reported it). Every offset here points into the original article text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from factsheet.models import Qualifier, Span

OPEN_TO_CLOSE = {"“": "”", "„": "“", "«": "»", '"': '"'}
SPEECH_VERBS = (
    "said|says|say|told|tells|wrote|writes|added|adds|stated|states|declared|remarked|called|"
    "saying|telling|writing|adding|stating|declaring|noting|explaining|warning|tweeting|"
    "tweeted|posted|asked|explained|noted|announced|claimed|warned|replied|continued|insisted|"
    "urged|described|according to|commented|recalled|acknowledged|admitted|vowed|promised|"
    "alleged|argued|suggested|responded|answered|concluded|emphasi[sz]ed|praised|condemned"
)
SPEECH_PATTERN = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)


@dataclass
class QuoteCandidate:
    """One or more quoted spans that read as one speaker's words, with their context."""

    parts: list[Span]
    direct: bool  # a sentence or clause, not a short scare-quoted phrase
    paragraph: Span  # the paragraph holding the first part
    cue: str = ""  # the words around the quote, quotes elided: where attribution lives
    names: list[str] = field(default_factory=list)  # people named in the cue, then just before


@dataclass
class FigureCandidate:
    """A number next to a casualty word."""

    low: int | None
    high: int | None
    qualifier: Qualifier
    phrase: Span
    kind_hint: str
    sentence: Span = field(default_factory=lambda: Span(text="", start=0, end=0))
    victims_hint: str = ""  # the words between number and casualty word: "Russian soldiers"
    core: tuple[int, int] = (0, 0)  # where the number itself stands (the phrase, for singles)
    counted: str | None = None  # the noun phrase the number counts, read from the parse
    sources: list[str] = field(default_factory=list)  # who reported it, read from the parse


# --- quotes ------------------------------------------------------------------------------


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines (paragraphs) with their offsets."""
    return [
        Span(text=m.group(), start=m.start(), end=m.end())
        for m in re.finditer(r"[^\n]+", text)
        if m.group().strip()
    ]


def _quoted_spans(para: Span) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each top-level double-quoted span inside one paragraph."""
    spans: list[tuple[int, int, bool]] = []
    text, i = para.text, 0
    while i < len(text):
        ch = text[i]
        if ch in OPEN_TO_CLOSE and (ch != '"' or _opens(text, i)):
            close = text.find(OPEN_TO_CLOSE[ch], i + 1)
            if close == -1:  # runs to the paragraph's end: a quote spanning paragraphs
                spans.append((para.start + i + 1, para.end, False))
                break
            spans.append((para.start + i + 1, para.start + close, True))
            i = close + 1
            continue
        i += 1
    return spans


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
            candidate = QuoteCandidate([part], _is_direct(part.text), para)
            if closed:
                found.append(candidate)
            else:
                carry = candidate
    names = find_names(text)
    return [_with_names(_with_cue(text, q), names) for q in _merge_split(text, found)]


_TOKEN = re.compile(r"[^\W\d_][\w’'\-]*")
PARTICLES = {"al", "bin", "de", "van", "von", "der", "da", "el", "la"}
NOT_NAMES = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "But",
    "And",
    "However",
    "It",
    "He",
    "She",
    "We",
    "They",
    "This",
    "That",
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "President",
    "Prime",
    "Minister",
    "Governor",
    "Mayor",
    "Ex",
    "Former",
    "Interior",
    "Health",
    "Foreign",
    "Defence",
    "Defense",
    "Senator",
    "Police",
    "Professor",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Chancellor",
    "Secretary",
    "Vice",
    "Commissioner",
    "Chief",
    "Head",
    "Spokesman",
    "Spokesperson",
    "General",
    "Credit",
    "Speaker",
    "Ambassador",
    "Deputy",
    "Director",
    "Leader",
    "Senate",
    "Minority",
    "Majority",
    "US",
    "UK",
    "Prosecutor",
    "Judge",
    "Captain",
    "Colonel",
    "Sheriff",
    "Officer",
    "Archbishop",
    "Pope",
}
ORGANISATION_WORDS = {
    "Regional",
    "Administration",
    "Council",
    "Platform",
    "University",
    "Press",
    "Charity",
    "Orchestra",
    "Republic",
    "River",
    "Ministry",
    "Directorate",
    "Department",
    "Agency",
    "Office",
    "Party",
    "Army",
    "Forces",
    "Force",
    "Service",
    "Services",
    "Company",
    "Airport",
    "Station",
    "Street",
    "Hospital",
    "Police",
    "News",
    "Times",
    "Post",
    "Board",
    "Bureau",
    "Committee",
    "Commission",
    "Union",
    "Association",
    "Institute",
    "Court",
    "House",
    "Church",
    "Military",
    "Civil",
    "National",
    "International",
    "Federal",
    "State",
    "States",
    "Great",
    "New",
    "North",
    "South",
    "East",
    "West",
    "United",
    "Islamic",
    "Kingdom",
    "Agence",
    "Presse",
    "France-Presse",
    "Associated",
    "Reuters",
    "Airlines",
    "Airways",
    "Group",
    "Inc",
    "Ltd",
    "War",
    "Center",
    "Centre",
    "County",
    "Protection",
    "Museum",
    "Saint",
    "St",
    "Fortress",
}


_CREDIT = re.compile(r"\b(?:Credit|Photo|Image|Picture)s?:[^\n.]*")


def named_people(text: str) -> list[Span]:
    """``find_names`` less the names the article puts "the" before ("telling the Nevada
    Independent"): a body, not the person a later "he said" points back to."""
    return [
        n
        for n in find_names(text)
        if not re.search(r"\bthe\s+$", text[max(0, n.start - 4) : n.start], re.IGNORECASE)
    ]


def find_names(text: str) -> list[Span]:
    """Runs of two to four capitalised words that may name a person, titles stripped
    (photo credits are not people in the story)."""
    return list(_names(text))


@functools.lru_cache(maxsize=256)
def _names(text: str) -> tuple[Span, ...]:
    text = _CREDIT.sub(lambda m: " " * len(m.group()), text)
    names: list[Span] = []
    run: list[re.Match[str]] = []
    for token in [*_TOKEN.finditer(text), None]:
        joined = token is not None and run and text[run[-1].end() : token.start()] == " "
        if token is not None and (joined or not run) and _name_word(token.group()):
            run.append(token)
            continue
        names.extend(_person(text, run))
        run = [token] if token is not None and _name_word(token.group()) else []
    return tuple(names)


def _name_word(word: str) -> bool:
    return word[0].isupper() or word in PARTICLES


def _person(text: str, run: list[re.Match[str]]) -> list[Span]:
    """The parts of a capitalised run that read as a person's name ('Ned Lamont' in
    'Connecticut Governor Ned Lamont'): titles split the run, organisations rule it out."""
    segments: list[list[re.Match[str]]] = [[]]
    for word in run:
        if any(part in NOT_NAMES for part in word.group().split("-")):
            segments.append([])
        else:
            segments[-1].append(word)
    found = []
    for words in segments:
        while words and words[0].group() in PARTICLES:
            words = words[1:]
        if not 2 <= len(words) <= 4 or any(w.group() in ORGANISATION_WORDS for w in words):
            continue
        end = words[-1].end()
        if text[end - 2 : end] in ("’s", "'s"):
            end -= 2
        found.append(Span(text=text[words[0].start() : end], start=words[0].start(), end=end))
    return found[-1:]


def attribution(cue: str) -> str:
    """The words of a cue that say who spoke: the clause with the speech verb, quotes removed."""
    outside = [piece.strip(" ,.;:") for piece in re.split(r"[\"“”„«»]?…[\"“”„«»]?", cue)]
    for piece in outside:
        if SPEECH_PATTERN.search(piece):
            return piece.strip()
    return ""


def speaker_in_article(text: str, quote: QuoteCandidate) -> str | None:
    """Code's own reading: the person the attribution names, else the person named last
    before the quote (for 'he said', 'the governor said'); None if there is nobody, or no
    attribution at all ("The High Court also ruled, finding: '...'")."""
    subject = attribution(quote.cue)
    if not subject:
        return None
    verb = SPEECH_PATTERN.search(subject)
    clause = subject[: verb.start()] if verb and subject[: verb.start()].strip() else subject
    named = find_names(clause) or find_names(subject)
    if named:
        return _fullest(text, named[0].text)
    surname = _known_surname(text, clause)
    if surname:
        return surname
    if re.match(r"\s*(?:A|An)\s", clause):  # "An official from TfL said": an unnamed speaker
        return clause.strip()
    before = named_people(text[: quote.parts[0].start])
    return before[-1].text if before else None


def _known_surname(text: str, clause: str) -> str | None:
    """The full name of a person the article names elsewhere, mentioned here by surname."""
    for person in find_names(text):
        if re.search(rf"(?<!\w){re.escape(person.text.split()[-1])}(?!\w)", clause):
            return _fullest(text, person.text)
    return None


def _fullest(text: str, name: str) -> str:
    """The longest form of a name the article uses ('Haidai' -> 'Serhiy Haidai')."""
    surname = name.split()[-1]
    forms = [n.text for n in find_names(text) if n.text.split()[-1] == surname]
    return max(forms, key=len, default=name)


def source_in_sentence(figure: FigureCandidate, text: str) -> str | None:
    """Code's own reading: the reporting source in the figure's sentence nearest to it."""
    inside = [s for s in find_sources(text) if figure.sentence.start <= s.start < figure.sentence.end
              and not (figure.phrase.start <= s.start < figure.phrase.end)]  # fmt: skip
    inside.sort(key=lambda s: abs(s.start - figure.phrase.start))
    return inside[0].text if inside else None


def _with_names(quote: QuoteCandidate, names: list[Span]) -> QuoteCandidate:
    """People named around the quote first, then the nearest named before it."""
    first, last = quote.parts[0], quote.parts[-1]
    near = [n for n in names if first.start - 200 <= n.start <= last.end + 120]
    near.sort(key=lambda n: min(abs(n.end - first.start), abs(n.start - last.end)))
    around = [n.text for n in near if n.text in quote.cue]
    subject = attribution(quote.cue)
    around += [n.text for n in names if n.text.split()[-1] in subject.split()]
    before = [n.text for n in reversed(names) if n.end <= first.start]
    for name in around + before:
        if name not in quote.names and len(quote.names) < 3:
            quote.names.append(name)
    return quote


def _span(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text=text[start:end], start=start, end=end)


def _is_direct(quoted: str) -> bool:
    words = quoted.split()
    return len(words) >= 6 or (len(words) >= 2 and quoted.rstrip()[-1:] in ".,!?…")


def _merge_split(text: str, quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Join 'X,' he said, 'Y.' (one paragraph, only an attribution between) into one."""
    merged: list[QuoteCandidate] = []
    for quote in quotes:
        last = merged[-1] if merged else None
        if last is not None and last.direct and quote.direct and last.paragraph == quote.paragraph:
            gap = text[last.parts[-1].end : quote.parts[0].start]
            continues = last.parts[-1].text.endswith(",") or gap[1:2] == ","
            if continues and len(gap) <= 100 and SPEECH_PATTERN.search(gap):
                last.parts.extend(quote.parts)
                continue
        merged.append(quote)
    return merged


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
    cut = floor
    for match in re.finditer(r"[.!?][”\"’]?\s+(?=[A-Z“\"])", text[floor:pos]):
        inside = text[floor : floor + match.end()]
        if inside.count("“") <= inside.count("”") and inside.count('"') % 2 == 0:
            cut = floor + match.end()
    return cut


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    match = re.search(r"[.!?](?=\s|$)", text[pos:ceiling])
    return pos + match.end() if match else ceiling


# --- casualty figures ----------------------------------------------------------------------

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_VAGUE = r"dozens|hundreds|thousands|scores|several|many|some|a number"
_WORD_NUM = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(k for k in _UNITS if _UNITS[k] < 10)
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r"|a dozen|a hundred)"
    r"(?: (?:hundred|thousand))?"
)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUM + r")"
_QUALIFIERS: list[tuple[str, Qualifier]] = [
    (r"as many as|up to", "up_to"),
    (r"at least|no fewer than|a minimum of", "at_least"),
    (r"more than|over|in excess of|upwards of", "more_than"),
    (r"about|around|approximately|nearly|almost|roughly|some|an estimated", "about"),
]
_QUALIFIER_RE = "|".join(q for q, _ in _QUALIFIERS)
FIGURE_PATTERN = re.compile(
    rf"\b(?:(?P<qual>{_QUALIFIER_RE})\s+)?"
    rf"(?:between\s+)?(?P<num>{_NUM})(?:\s*(?:-|–|to|and)\s*(?P<high>{_NUM}))?\b"
    rf"|\b(?P<vague>{_VAGUE})\b|\b(?P<none>no|nobody|no one|none)\b",
    re.IGNORECASE,
)
_KINDS = [
    (
        "killed",
        r"killed|killing|kills|dead|died|die|deaths?|death toll|fatalit\w+|lives|bodies"
        r"|perished|murdered|murders?|homicides?",
    ),
    ("injured", r"injured|injuring|injuries|wounded|wounding|hurt|hospitali[sz]ed|casualties"),
    ("missing", r"missing|unaccounted"),
    ("rescued", r"rescued|saved|evacuated"),
    ("arrested", r"arrested|detained|in custody"),
    ("displaced", r"displaced|homeless|fled"),
]
KIND_PATTERNS = [(kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _KINDS]


def parse_number(words: str) -> int | None:
    """'1,200' -> 1200, 'seventeen' -> 17, 'twenty-five' -> 25, 'a dozen' -> 12."""
    words = words.lower().replace(",", "").strip()
    if words.isdigit():
        return int(words)
    if words in ("a dozen", "dozen"):
        return 12
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word != "a":
            return None
    return total + current


def find_figures(text: str, skip: int = 0) -> list[FigureCandidate]:
    """Numbers (digits, words, ranges, vague amounts, 'no') near a casualty word, after ``skip``,
    and single victims ('an engineer was killed', 'He died')."""
    found: list[FigureCandidate] = []
    for sentence in _sentences(text):
        if sentence.start < skip:
            continue
        matches = [_figure_at(sentence, m) for m in FIGURE_PATTERN.finditer(sentence.text)]
        matches += [_single_at(sentence, m) for m in SINGLE_VICTIM.finditer(sentence.text)]
        for figure in sorted((f for f in matches if f), key=lambda f: f.phrase.start):
            if not any(_cores_overlap(figure, f) for f in found):
                found.append(figure)
    return found


def _cores_overlap(a: FigureCandidate, b: FigureCandidate) -> bool:
    """Two readings of the same number (a figure inside another's phrase is its own)."""
    (a0, a1), (b0, b1) = a.core, b.core
    return a0 < b1 and b0 < a1


SINGLE_VICTIM = re.compile(
    r"\b(?:(?:[Aa]n?|[Oo]ne)\s+(?P<who>[a-z]+(?:\s+[a-z]+){0,2})|(?P<pronoun>[Hh]e|[Ss]he))\s+"
    r"(?:was\s+|has been\s+|had been\s+|is\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<word>killed|died|dead|injured|wounded|hurt|arrested|detained|missing|rescued)\b"
    rf"(?!\s+(?i:{_NUM}|and)\b)"
    r"|\b(?P<verb>killed|injured|wounded|hurt|arrested|detained|rescued)\s+"
    r"(?:(?:an?|one)\s+(?P<object>[a-z]+)|him|her)\b"
)


def _single_at(sentence: Span, match: re.Match[str]) -> FigureCandidate | None:
    word = match.group("word") or match.group("verb")
    kind = next((k for k, pattern in KIND_PATTERNS if pattern.fullmatch(word)), None)
    if kind is None or (match.group("who") or "").split()[-1:] in (["number"], ["total"]):
        return None
    start, end = sentence.start + match.start(), sentence.start + match.end()
    phrase = Span(text=match.group(), start=start, end=end)
    victims = _victims(match.group("who") or match.group("object") or "")
    return FigureCandidate(1, 1, "exact", phrase, kind, sentence, victims, (start, end))


def _figure_at(sentence: Span, match: re.Match[str]) -> FigureCandidate | None:
    after = sentence.text[match.end() : match.end() + 120]
    before = sentence.text[max(0, match.start() - 25) : match.start()]
    if match.group("num") and re.match(r"\s*(?:years?|%|per|am|pm|a\.m|p\.m|km|miles)", after):
        return None
    if match.group("num") and re.fullmatch(r"1[89]\d\d|20\d\d", match.group("num")):
        return None  # a year
    if match.group("num") and (
        (re.search(r"\w,\s*$", before) and re.match(r"\s*,", after))
        or (re.search(r"[A-Z][\w’'-]*\s*\($", before) and re.match(r"\s*\)", after))
        or re.search(r"\b(?:aged?|age of)\s+$", before, re.IGNORECASE)
        or re.match(r"-years?-old", after)
    ):
        return None  # an age: "Andrew Kinsman, 49, was", "two men, 34 and 36,", "aged 49", "49-year-old"
    if re.search(r"\d[.,]$", sentence.text[: match.start()]) or re.match(r"[.,]\d", after):
        return None  # part of a decimal: a rate, not a count
    if re.match(r"\s+of\s+the\b", after) or re.match(r"\s*(?:\S+\s+){0,3}per\b", after):
        return None  # "one of the highest death rates", "9 deaths per 100,000"
    hit = _kind_near(after, before)
    if hit is None:
        return None
    kind, kind_end, kind_before = hit
    low, high, qualifier = bounds(match)
    start = sentence.start + (
        match.start() - (len(before) - kind_before) if kind_before >= 0 else match.start()
    )
    end = sentence.start + (match.end() + kind_end if kind_before < 0 else match.end())
    phrase_text = sentence.text[start - sentence.start : end - sentence.start]
    victims = ""
    if kind_before < 0:  # "200 Russian soldiers died": the victims stand between
        between = _PARENTHETICAL.sub(" ", sentence.text[match.end() : match.end() + kind_end])
        victims = _victims(between[: between.rfind(" ") + 1])
    core = (sentence.start + match.start(), sentence.start + match.end())
    return FigureCandidate(
        low, high, qualifier, Span(text=phrase_text, start=start, end=end), kind, sentence,
        victims, core,
    )  # fmt: skip


_AUXILIARIES = {
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "all",
    "who",
    "of",
    "reportedly",
    "also",
    "later",
    "and",
    "the",
}


def _victims(between: str) -> str:
    """'Russian soldiers' from ' Russian soldiers ' (before 'died'), auxiliaries dropped."""
    words = between.strip(" ,;").split()
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].lower().endswith("ly")):
        words.pop()
    return " ".join(words) if len(words) <= 6 else ""


_PARENTHETICAL = re.compile(r",\s*(?:including|among them|of whom)[^,]*,")


def _kind_near(after: str, before: str) -> tuple[str, int, int] | None:
    """A casualty word just before the number ('killed 12'), else within seven words after it.

    Returns (kind, end of the word in ``after`` or 0, start of the word in ``before`` or -1).
    """
    for kind, pattern in KIND_PATTERNS:
        for found in pattern.finditer(before):
            if re.fullmatch(r"(?:\s+(?:of|at|to|by))?\s+", before[found.end() :]):
                return (kind, 0, found.start())
    skipped = _PARENTHETICAL.sub(lambda m: " " * len(m.group()), after)
    clause = re.split(r"[,;]", skipped)[0]
    listed = re.match(r"(?:[^,;.]{0,40},){1,4}\s*(?:and\s+)?[^,;.]{0,40}", after)
    if listed and re.search(r"\b(?:but|while|whereas|however)\b", listed.group()):
        listed = None  # another clause, not a list: "Many were vulnerable, but the final victim"
    if listed and not any(p.search(clause) for _, p in KIND_PATTERNS):
        # "150 security forces, 95 civilians, and hundreds of Taliban killed";
        # "One child was, according to the fire service, among the dead"
        clause = listed.group()
        if not any(p.search(clause.split(",")[-1]) for _, p in KIND_PATTERNS):
            clause = re.split(r"[,;]", skipped)[0]
        else:
            words = list(re.finditer(r"\S+", clause))
            return _first_kind(clause, words[-1].end() if words else 0)
    words = list(re.finditer(r"\S+", clause))[:7]
    return _first_kind(clause, words[-1].end() if words else 0)


# Casualty nouns that count only right after the number ("five bodies", "200 lives"), not
# further on ("five gills on each side of their bodies").
_NEAR_ONLY = re.compile(r"bodies|lives", re.IGNORECASE)


def _first_kind(clause: str, window_end: int) -> tuple[str, int, int] | None:
    """The casualty word that comes first in clause[:window_end]."""
    best: tuple[str, int, int] | None = None
    for kind, pattern in KIND_PATTERNS:
        for hit in pattern.finditer(clause, 0, window_end):
            if _NEAR_ONLY.fullmatch(hit.group()) and len(clause[: hit.start()].split()) > 1:
                continue
            if best is None or hit.end() < best[1]:
                best = (kind, hit.end(), -1)
            break
    return best


def bounds(match: re.Match[str]) -> tuple[int | None, int | None, Qualifier]:
    if match.group("none"):
        return 0, 0, "exact"
    if match.group("vague"):
        return None, None, "vague"
    low = parse_number(match.group("num"))
    if match.group("high"):
        return low, parse_number(match.group("high")), "range"
    qualifier: Qualifier = "exact"
    if match.group("qual"):
        spoken = match.group("qual").lower()
        qualifier = next(q for words, q in _QUALIFIERS if re.fullmatch(words, spoken))
    if qualifier == "up_to":
        return None, low, qualifier
    if qualifier in ("at_least", "more_than"):
        return low, None, qualifier
    return low, low, qualifier


def _sentences(text: str) -> list[Span]:
    spans = []
    for para in paragraphs(text):
        for m in re.finditer(r".+?(?:[.!?]+[”\"’]?(?=\s|$)|$)", para.text):
            if m.group().strip():
                spans.append(Span(text=m.group(), start=para.start + m.start(), end=para.start + m.end()))
    return spans


# --- places, times and sources: the closed sets the model chooses from ------------------------

_TIME = re.compile(
    r"\b(?:(?i:on|last|this|next|early|late|since|by|until)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:(?:in|back in the month of|early|late|mid-?)\s+)?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?"
    r"|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago"
    r"|(?:earlier |late |early )?(?:today|yesterday|tonight|tomorrow|last night|this morning|"
    r"this afternoon|this evening|this week|last week|last month|last year)"
    r"|\d{4}-\d{2}-\d{2}|in \d{4})\b"
)
_REPORTER = re.compile(
    rf"(?P<subject>(?:[A-Z][\w’'\-]*|the|local|state|[a-z]+)(?:\s+[\w’'\-]+){{0,5}}?)\s+"
    rf"(?:(?:has|had|have|also|reportedly|repeatedly|previously|later|again|publicly|[a-z]+ly)\s+){{0,2}}"
    rf"(?:{SPEECH_VERBS}|reported|confirmed|estimated)\b"
    r"|according to (?P<after>(?:the )?[\w’'\-]+(?:\s+[A-Z\w’'\-][\w’'\-]*){0,5})"
)
_GENERIC_SOURCES = re.compile(
    r"\b(?:police|officials?|authorities|ministry|government|spokes\w+|agency|service|"
    r"department|military|army|hospital|doctors?|witness\w*|media|reports?|sources?|embassy|"
    r"council|governor|mayor|coroner|company|prosecutors?|rescuers|firefighters)\b",
    re.IGNORECASE,
)


def find_times(text: str) -> list[str]:
    """Every time phrase in the article, as written: 'on Monday', 'in July', '2 months ago'."""
    found: list[str] = []
    for match in _TIME.finditer(text):
        phrase = match.group().strip()
        if phrase not in found and not re.fullmatch(r"(?:in )?May", phrase):
            found.append(phrase)
    return found


def find_places(text: str, skip: int = 0) -> list[str]:
    """Capitalised names that are not people, titles or times: the places to choose from."""
    places: list[str] = []
    for match in re.finditer(r"[^\W\d_][\w’'\-]*(?: +(?:of +)?[A-Z][\w’'\-]*)*", text[skip:]):
        words = [w for w in match.group().split() if w[0].isupper() or w == "of"]
        while words and (words[0] in NOT_NAMES or words[0] == "of"):
            words = words[1:]
        while words and words[-1] == "of":
            words = words[:-1]
        phrase = " ".join(words).removesuffix("’s").removesuffix("'s")
        if not phrase or not phrase[0].isupper():
            continue
        if " " not in phrase and not re.search(rf"[\w,;] {re.escape(phrase)}\b", text):
            continue  # one capitalised word seen only at a sentence's start: not a name
        if " " not in phrase and re.search(r"(?:ians?|ans|ese|ish|is)$", phrase):
            continue  # a people, not a place: "Ukrainians", "Russian", "Afghanis"
        if " " not in phrase and phrase in ORGANISATION_WORDS | {"People", "Government", "Telegram"}:
            continue
        if re.search(r"(?<!\S)I(?:[’'](?:m|ve|ll|d))?(?!\S)", phrase):
            continue  # words from a quote ("Saying I'm sorry", "Today I"), not a name
        if len(phrase) > 2 and phrase not in places and phrase not in NOT_NAMES:
            places.append(phrase)
    people = {p for p in places if _reads_as_person(text, p) if " " in p or _after_role(text, p)}
    surnames = {p.split()[-1] for p in people}
    return [p for p in places if p not in people and p not in surnames]


# Words for what a person is, which stand beside a name ("activist Andrew Kinsman",
# "Credit: Efrem Lukatsky", "Phil Chetwynd, director of", "Commissioner James Rovella").
_ROLES = (
    "president|governor|minister|mayor|activist|director|spokes(?:man|woman|person)|official|"
    "killer|leader|chief|head|secretary|senator|commander|officer|journalist|photo|photographer|"
    "editor|reporter|suspect|victim|driver|witness|eyewitness|singer|actor|guitarist|player|"
    "coach|lawyer|judge|premier|chancellor|king|queen|prince|pope|founder|resident|credit|"
    "advis[eo]r|aide|campaign manager|"
    r"commissioner|selectman|inspector|detective|member|councill?or|councilman|manager|\d+-year-old"
)
# Titles that, inside a capitalised run, make it a person's ("Connecticut Governor Ned Lamont").
_TITLES = re.compile(
    r"\b(?:President|Governor|Minister|Mayor|Inspector|Detective|Member|Secretary|Commissioner|"
    r"Senator|Chancellor|Premier)\b"
)


_RUN = r"[^\W\d_a-z][\w’'\-]*(?: +[^\W\d_a-z][\w’'\-]*)*"  # a run of capitalised words ("Łukasz")
_AFTER_ROLE = re.compile(rf"(?i:\b(?:{_ROLES}))(?P<gap>[\s,/:]+)(?P<run>{_RUN})")
_ROLE_AFTER = re.compile(
    rf"(?P<run>{_RUN}),\s+(?:the\s+|an?\s+)?(?:(?!by\b|led\b|and\b|with\b)[\w’'-]+\s+){{0,3}}"
    rf"(?i:(?:{_ROLES}))\b"
)
_AFTER_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?P<run>{_RUN})")
_SPEAKING = re.compile(rf"(?<![\w’'] )(?<!\w)\b(?P<run>[^\W\d_a-z][\w’'\-]*),?\s+(?:{SPEECH_VERBS})\b")


@functools.lru_cache(maxsize=64)
def _person_marks(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Runs of capitalised words the article marks as people, found in one pass each:
    (right after a role word, next to a role or speech word, single words that speak)."""

    def person(run: str) -> str:  # "United Kingdom Prime Minister Boris Johnson" -> "Boris Johnson"
        return _TITLES.split(run)[-1].strip()

    right_after = {person(m["run"]) for m in _AFTER_ROLE.finditer(text) if m["gap"].isspace()}
    beside = {person(m["run"]) for pattern in (_AFTER_ROLE, _AFTER_SPEECH, _ROLE_AFTER)
              for m in pattern.finditer(text)}  # fmt: skip
    speaking = {m["run"] for m in _SPEAKING.finditer(text)}
    return frozenset(right_after), frozenset(beside), frozenset(speaking)


def _in_run(name: str, runs: frozenset[str]) -> bool:
    """Whether ``name`` begins or ends one of the runs ("Amy Berman Jackson" in "Amy Berman
    Jackson's", "Ned Lamont" in "Connecticut Governor Ned Lamont"), or a run begins it
    ("Sabrina Bennoui" of "Sabrina Bennoui of Reporters Without Borders")."""
    return any(
        (run.startswith(name) and not run[len(name) : len(name) + 1].isalnum())
        or run.endswith(" " + name)
        or name.startswith(run + " ")
        for run in runs
    )


def _after_role(text: str, name: str) -> bool:
    """A role word right before the name: "Judge Jackson", "President Putin"."""
    return _in_run(name, _person_marks(text)[0])


def _reads_as_person(text: str, name: str) -> bool:
    """Whether the article uses a capitalised name for a person: a title inside it, a role
    word beside it, a speech verb just before it, or its last word, alone, saying something
    ("Haidai declared")."""
    _, beside, speaking = _person_marks(text)
    return bool(_TITLES.search(name)) or _in_run(name, beside) or name.split()[-1] in speaking


_CLAUSE_WORDS = {"that", "and", "but", "as", "while", "when", "after", "because", "which", "who"}


def find_sources(text: str) -> list[Span]:
    """Who the article says reported something: 'Local officials said', 'according to X'."""
    sources: list[Span] = [n for n in find_names(text)]
    for match in _REPORTER.finditer(text):
        group = "after" if match.group("after") else "subject"
        words = match.group(group).split()
        start = match.start(group)
        clause = [i for i, w in enumerate(words) if w.lower() in _CLAUSE_WORDS]
        if group == "subject" and clause:  # "... report that the mayor said": the mayor
            for word in words[: clause[-1] + 1]:
                start = match.string.index(word, start) + len(word)
            start = match.string.index(words[clause[-1] + 1], start) if clause[-1] + 1 < len(
                words) else start  # fmt: skip
            words = words[clause[-1] + 1 :]
        # keep the last few words that name someone: "Local officials", "Police spokesman X"
        while (
            group == "subject" and words and not (words[0][0].isupper() or _GENERIC_SOURCES.match(words[0]))
        ):
            start += len(words[0]) + 1
            words = words[1:]
        phrase = " ".join(words).strip(" ,.;:")
        if "\n" in match.group(group) or _TIME.search(phrase):
            continue
        if phrase and (phrase[0].isupper() or _GENERIC_SOURCES.search(phrase)) and len(words) <= 6:
            if not re.match(r"(?:He|She|It|They|We|I|This|That|The)$", phrase):
                sources.append(Span(text=phrase, start=start, end=start + len(phrase)))
    return sorted(sources, key=lambda s: s.start)


@dataclass
class ClaimCandidate:
    """A statement the article attributes: who, and the words of what they said or reported."""

    source: str
    said: Span  # the reported clause, verbatim
    sentence: Span


_CLAIM_VERB = re.compile(
    r"\b(?:has |had |have |also |reportedly )*(?P<verb>said|says|declared|stated|claimed|"
    r"announced|reported|alleged|told \w+(?: \w+)?|wrote|warned|insisted|admitted|confirmed)"
    r"(?: (?:on|in) (?:\w+day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)| on \w+| in a \w+(?: \w+)?)*(?P<that>,? that)?\s+"
)


def find_claims(text: str, skip: int = 0) -> list[ClaimCandidate]:
    """'X declared that ...', 'X said ...': sentences that attribute a statement, not a quote."""
    claims: list[ClaimCandidate] = []
    for sentence in _sentences(text):
        quoted = re.findall(r"[“\"]([^”\"]*)[”\"]", sentence.text)
        if sentence.start < skip or any(len(q.split()) >= 6 for q in quoted):
            continue  # a direct quote: the quotes section has it
        for verb in _CLAIM_VERB.finditer(sentence.text):
            source = _claim_source(sentence.text[: verb.start()])
            said = sentence.text[verb.end() :].strip().rstrip(".")
            if source and len(said.split()) >= 5:
                start = sentence.start + verb.end()
                claims.append(ClaimCandidate(
                    source, Span(text=said, start=start, end=start + len(said)), sentence))  # fmt: skip
                break
    return claims


PRONOUN_SOURCE = re.compile(r"(?i:he|she|they|it|we|i|you|some|others|many|one|this|that)")


def _claim_source(before: str) -> str | None:
    """The subject just before the verb: 'Moscow and its allies', 'Luhansk’s governor, X,'."""
    if re.search(r"\b(?:is|was|were|are|been|be)\s*$", before):
        return None  # passive: "is reported to have", "were reported by local media"
    clause = re.split(r"[;:]|\b(?:However|But|and then|while)\b,?", before)[-1].strip(" ,")
    # "Johnson has repeatedly stated", "Governor Haidai in a Telegram post stated": the subject,
    # not its auxiliaries, adverbs or where it spoke
    clause = re.sub(r"\s+(?:in|on|at|via|through|during)\s+(?:a|an|the|his|her|its|their)\b.*$", "", clause)
    clause = re.sub(r"(?:\s+(?:has|had|have|also|reportedly|again|[a-z]+ly))+\s*$", "", clause)
    clause = clause.split(", ")[-1] if re.match(r"(?:On|In|At|Last|Earlier|Later)\b", clause) else clause
    if PRONOUN_SOURCE.fullmatch(clause.strip()):
        return None  # "He", "they", "Some": nobody a reviewer can check
    names = [n for n in find_names(clause) if not re.search(r"\bof(?: the)?\s*$", clause[: n.start])]
    if names:
        name = names[-1].text
        if re.search(r"[’']s\s+[a-z]", name) and not _GENERIC_SOURCES.search(name):
            return None  # "McArthur's van": a thing, not a source
        return name
    words = clause.split()
    if 1 <= len(words) <= 6 and (words[0][0].isupper() or _GENERIC_SOURCES.search(clause)):
        return clause
    return None
