"""Numbers beside casualty words: "at least 20 people were killed", "killed 12", "dozens
injured", "no one was hurt", "an engineer died". What each number counts, who the victims
are and who reported it is figures.py's reading of the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factsheet.animacy import names_no_person
from factsheet.models import Qualifier, Span
from factsheet.text import parse


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
    verb_kind: str | None = None  # what the phrase's own verb says happened ('a rescued woman died')


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
_VAGUE = (
    # 'several hundred people', 'several dozen protesters'
    r"(?:several|a few|many) (?:hundreds?|thousands?|millions?|dozens?)"
    r"|(?:tens|hundreds) of (?:thousands|millions)|dozens|hundreds|thousands|millions|scores|several"
    r"|many|some"
    r"|an? (?:unknown|undisclosed|unspecified|unconfirmed|untold|large|small|significant|growing|record)"
    r" number(?= of\b)"  # 'an unknown number of militants'
    r"|a number|a lot|lots|a handful|numerous|tens|a few|countless"
)
_BELOW_100 = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(k for k in _UNITS if _UNITS[k] < 10)
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")"
)
# 'two hundred and fifty' is one number (the 'and' joins no range; 'a hundred and two hundred' does)
_NO_SCALE = r"(?! (?:hundred|thousand))"
_WORD_NUM = (
    # 'a hundred and twenty', 'a million'
    rf"(?:a (?:hundred(?: thousand)?|thousand|million)(?: and {_BELOW_100}\b{_NO_SCALE})?"
    rf"|(?:{_BELOW_100}|half a dozen|a dozen|both)"
    rf"(?: (?:hundred|thousand)(?: and {_BELOW_100}\b{_NO_SCALE})?| dozen)?)"
)
_LARGE = r"\s+(?:thousand|million|billion)"
_SCALED = r"half a" + _LARGE + r"|\d+(?:\.\d+)?" + _LARGE  # 'half a million', '1.2 million'
# thousands set apart by commas, or by a space as SI style and many languages' news do ('1 000',
# often a no-break or thin space; not a day after its month: 'On May 12 100 people died'); a
# lone '000' or '05' is a piece of a number, never one
_MONTHS = ("January February March April May June July August September October November December "
           "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()  # fmt: skip
_NO_MONTH = "".join(rf"(?<!{month} )(?<!{month}\. )" for month in _MONTHS)
_GROUPED = rf"\d{{1,3}}(?:,\d{{3}})+|{_NO_MONTH}\d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+(?![\d,])"
_NUM = r"(?:" + _SCALED + r"|(?:" + _GROUPED + r"|(?!0\d)\d+|" + _WORD_NUM + r")(?:" + _LARGE + r")?)"
_QUALIFIERS: list[tuple[str, Qualifier]] = [
    (r"as many as|up to|at most|no more than|fewer than|less than|just under|under|below", "up_to"),
    (r"at least|no fewer than|a minimum of", "at_least"),
    (r"more than|over|in excess of|upwards of|above", "more_than"),
    (r"about|around|approximately|nearly|almost|roughly|some|an estimated|close to", "about"),
]
_QUALIFIER_RE = "|".join(q for q, _ in _QUALIFIERS)
FIGURE_PATTERN = re.compile(
    rf"\b(?:(?P<qual>{_QUALIFIER_RE})\s+)?"
    # (not a piece of a number written in another way: '1,2 million', '12.5', '3.4.2020'; nor
    # one a name takes after its hyphen: 'COVID-19', 'MH-17', 'F-16')
    rf"(?:between\s+)?(?<!\d[,.])(?<![^\W\d_]-)(?P<num>{_NUM})(?:\s*(?:-|–|to|and|or)\s*(?P<high>{_NUM}))?\b(?![,.]\d)"
    r"(?:-(?P<rough>odd|plus)\b)?"  # '40-odd people', '100-plus'
    rf"|\b(?P<vague>{_VAGUE})\b|\b(?P<none>no one|nobody|none|neither|no)\b",
    re.IGNORECASE,
)
_KINDS = [
    (
        "killed",
        r"killed|killings?|homicides?|strangled|kills|dead|died|die|deaths?|death toll|fatalit\w+|lives"
        r"|bodies|perished|drowned|succumbed|murdered|murders?|remains of|slain|hanged|martyred",
    ),
    ("injured", r"injured|injuring|injuries|wounded|wounding|wounds|hurt|hospitali[sz]ed|casualties"),
    ("missing", r"missing|unaccounted"),
    ("rescued", r"rescued|saved"),
    ("arrested", r"arrested|arrests|detained|in custody|in detention|picked up by police"),
    ("displaced", r"displaced|homeless|fled|flee|evacuated|evacuees|relocated|lost (?:their|his|her) homes?"),
    (
        "other",
        r"stranded|trapped|abducted|abducting|kidnapped|kidnapping"
        r"|(?:taken|held) (?:hostage|captive|prisoner)",
    ),
]
KIND_PATTERNS = [(kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _KINDS]
KIND_PATTERN = dict(KIND_PATTERNS)  # each kind's words, by kind


def kind_words(kind: str) -> re.Pattern[str] | None:
    """The words that say a figure's kind ('dead or missing' is said by its 'missing')."""
    return KIND_PATTERN.get("missing" if kind == "dead_or_missing" else kind)


# The dead and the hurt counted together, told apart by no one: 'killed or injured'.
KILLED_OR_HURT = re.compile(
    r"\b(?:killed|dead|died)\s+or\s+(?:(?:were|was|seriously|badly)\s+)*(?:injured|wounded|hurt)\b"
    r"|\b(?:injured|wounded|hurt)\s+or\s+(?:were\s+)?(?:killed|dead)\b",
    re.IGNORECASE,
)


def parse_number(words: str) -> int | None:
    """'1,200' -> 1200, 'seventeen' -> 17, 'twenty-five' -> 25, 'a dozen' -> 12, 'two dozen' -> 24,
    'half a dozen' -> 6, 'two hundred and fifty' -> 250, 'a thousand' -> 1000."""
    words = re.sub(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}\b)", "", words.lower().replace(",", "")).strip()
    if words.isdigit():
        return int(words)
    if words.startswith("half a "):  # 'half a million': half of 'a million'
        whole = parse_number(words[len("half ") :])
        return None if whole is None or whole % 2 else whole // 2
    large = re.fullmatch(r"(.+?)\s+(thousand|million|billion)", words)
    if large:
        scale = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}[large.group(2)]
        if re.fullmatch(r"\d+(?:\.\d+)?", large.group(1)):
            return round(float(large.group(1)) * scale)
        base = parse_number(large.group(1))
        return None if base is None else base * scale
    if words == "a":
        return 1  # 'a thousand'
    if words in ("a dozen", "dozen"):
        return 12
    if words == "half a dozen":
        return 6
    if words == "both":
        return 2  # 'both pilots died'

    total, current = 0, 0
    for word in re.split(r"[\s-]+", words):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12  # 'two dozen'
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word not in ("a", "and"):
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


ORDINAL_WORD = re.compile(r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+(?:teen|tie)th")
SINGLE_VICTIM = re.compile(
    rf"\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother(?!\s+(?i:{_NUM})\b))\s+(?P<who>[a-z]+(?:\s+[a-z]+){{0,2}}?)"
    r"|(?P<pronoun>[Hh]e|[Ss]he|[Aa]nother))\s+"
    r"(?:was\s+|has been\s+|had been\s+|is\s+|remains\s+|remained\s+)?(?:[a-z]+ly\s+)?"
    # 'was later pronounced dead', 'is still missing'
    r"(?:(?:later|then|also|still)\s+)?(?:(?:pronounced|declared|found|confirmed)\s+(?=dead\b))?"
    r"(?P<word>killed|died|drowned|dead|injured|wounded|hurt|hospitali[sz]ed|arrested|detained|missing|rescued)\b"
    rf"(?!\s+(?i:{_NUM}|and)\b)"
    r"|\b(?P<verb>killed|injured|wounded|hurt|arrested|detained|rescued)\s+"
    r"(?:(?:an?|one)\s+(?P<object>[a-z]+)|him|her)\b"
)


# Nouns that, after 'a', count more than one, or say that a count follows: 'a family of four',
# 'a total of 12', 'a further 12', 'a couple were hurt'.
GROUPS = frozenset(
    "number total lot couple pair group handful dozen score series crowd family team few further "
    "additional crew staff household squad unit gang congregation audience delegation duo trio "
    "quartet".split()
)


def _single_at(sentence: Span, match: re.Match[str]) -> FigureCandidate | None:
    word = match.group("word") or match.group("verb")
    kind = next((k for k, pattern in KIND_PATTERNS if pattern.fullmatch(word)), None)
    words = (match.group("who") or match.group("object") or "").split()
    if kind is None or any(w in GROUPS or parse_number(w) is not None for w in words):
        return None  # 'A further two people died', 'killed a family of four': not one
    ordinal = bool(words) and ORDINAL_WORD.fullmatch(words[-1]) is not None
    part = len(words) > 1 and ORDINAL_WORD.fullmatch(words[0]) is not None and words[1] == "of"
    if part or ordinal and re.match(r"\s+of\b", sentence.text[match.end() :]):
        return None  # 'killed a third of the herd', 'a third of them died': a part, not one more
    # 'the dead' as a noun after a preposition that relates another to them is no one dead: 'a
    # relative of the dead', 'a memorial for the dead' (but 'a child among the dead', 'one of the
    # dead': one of them)
    lead = match.group().split()[0].lower()
    nominal = len(words) >= 2 and words[-1] == "the"
    if nominal and words[-2] != "among" and not (words[0] == "of" and lead in ("one", "another")):
        return None
    # (the noun an 'of' phrase hangs on heads it: 'a list of the dead' is a list)
    head = words[-1] if words else ""
    if "of" in words[1:]:
        head = words[words.index("of") - 1]
    if head and names_no_person(head) and not ordinal:
        return None  # 'a jackal died', 'a local hospital': no person (but 'a third was hurt': one more)
    if match.group("object") and re.match(rf"\s+(?i:{_NUM})\b", sentence.text[match.end() :]):
        return None  # 'arrested a reported 12 people'
    after = re.match(r"\s+(?:[a-z]+\s+)?([a-z]+)", sentence.text[match.end() :])
    if match.group("object") and after is not None and after.group(1) in GROUPS:
        return None  # 'killed an elderly couple', 'injured a young family': more than one
    start, end = sentence.start + match.start(), sentence.start + match.end()
    phrase = Span(text=match.group(), start=start, end=end)
    # 'a man was shot dead': the man, not 'man was shot'
    who = re.split(r"\s+(?:was|is|has|had|were|are)\b", match.group("who") or "")[0]
    victims = _victims(who or match.group("object") or "")
    if ordinal:
        victims = ""  # 'a third': one more of those told, named there
    return FigureCandidate(1, 1, "exact", phrase, kind, sentence, victims, (start, end))


def _figure_at(sentence: Span, match: re.Match[str]) -> FigureCandidate | None:
    after = sentence.text[match.end() : match.end() + 120]
    before = sentence.text[max(0, match.start() - 25) : match.start()]
    if match.group("num") and re.match(r"\s*(?:years?|%|per|am|pm|a\.m|p\.m|km|miles)", after):
        return None
    if match.group("num") and (
        (re.search(r"\w,\s*$", before) and re.match(r"\s*,", after))
        or (re.search(r"[A-Z][\w’'-]*\s*\($", before) and re.match(r"\s*\)", after))
        or re.search(r"\b(?:aged?|age of)\s+$", before, re.IGNORECASE)
        or re.match(r"-years?-old", after)
    ):
        return None  # an age: "Andrew Kinsman, 49, was", "two men, 34 and 36,", "aged 49", "49-year-old"
    if match.group("num") and re.search(r"[A-Za-z]-$", before):
        return None  # part of a name: 'SARS-CoV-2', 'F-16'
    if match.group("num") and (re.search(r"\d/$", before) or re.match(r"/\d", after)):
        return None  # a date or a ratio written with a slash: 'the 9/11 attacks', '24/7'
    if match.group("num") and re.search(r"\bNo\.\s*$", before) and match.group("num")[:1].isdigit():
        return None  # a number that names: 'No. 10 Main St.', 'No. 3 platform'
    if re.search(r"\d[.,:]$", sentence.text[: match.start()]) or re.match(r"[.,:]\d", after):
        return None  # part of a decimal or a clock time ('4:42'): a rate or a time, not a count
    if (not match.group("none") and re.match(r"\s+of\s+the\b", after)) or \
            re.match(r"\s*(?:\S+\s+){0,3}per\b", after):  # fmt: skip
        return None  # "one of the highest death rates", "9 deaths per 100,000"
    if match.group("vague") and re.search(r"\bhow\s+$", before, re.IGNORECASE):
        return None  # 'how many lived and died': a question, not an amount
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
    """A casualty word just before the number ('killed 12', 'the lives of all six'), else within
    seven words after it.

    Returns (kind, end of the word in ``after`` or 0, start of the word in ``before`` or -1).
    """
    for kind, pattern in KIND_PATTERNS:
        for found in pattern.finditer(before):
            if re.fullmatch(r"(?:\s+(?:of|at|to|by))?(?:\s+all)?\s+", before[found.end() :]):
                return (kind, 0, found.start())
    skipped = _PARENTHETICAL.sub(lambda m: " " * len(m.group()), after)
    clause = own = re.split(r"[,;()]", skipped)[0]  # the number's own clause
    listed = re.match(r"(?:[^,;.]{0,40},){1,4}\s*(?:and\s+)?[^,;.]{0,40}", after)
    last = listed.group().split(",")[-1] if listed else ""
    if listed and re.search(r"\b(?:but|while|whereas|however)\b", listed.group()):
        listed = None  # another clause, not a list: "Many were vulnerable, but the final victim"
    # what follows the last comma is no item of a list: a clause of the verb ("buried 30 houses,
    # killing at least nine people"), a phrase of its own ("the toll has risen to 73, with 300
    # more wounded"), a part of the number ("37 people had been treated in hospital, four of them
    # for head wounds")
    if listed and re.match(r"\s*(?:(?:and\s+)?\w+ing|with|(?:and\s+)?\S+\s+of\s+(?:them|those|whom))\b", last,
                           re.IGNORECASE):  # fmt: skip
        listed = None
    if listed and not any(p.search(clause) for _, p in KIND_PATTERNS):
        # "150 security forces, 95 civilians, and hundreds of Taliban killed";
        # "One child was, according to the fire service, among the dead"
        clause = listed.group()
        if not any(p.search(clause.split(",")[-1]) for _, p in KIND_PATTERNS):
            clause = own
        else:
            words = list(re.finditer(r"\S+", clause))
            return _first_kind(clause, words[-1].end() if words else 0)
    words = list(re.finditer(r"\S+", clause))[:7]
    hit = _first_kind(clause, words[-1].end() if words else 0)
    if hit is not None and _ANOTHER_COUNT.search(clause, 0, hit[1]):
        return None  # 'left thousands without power and two people dead': the two are dead
    return hit


# Another count joined after the number, before the casualty word: the word is that count's.
_ANOTHER_COUNT = re.compile(rf"\band\s+(?:(?:{_QUALIFIER_RE})\s+)?(?:{_NUM}|{_VAGUE})\b", re.IGNORECASE)

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
        return range_low(match), parse_number(match.group("high")), "range"
    qualifier: Qualifier = "exact"
    if match.group("qual"):
        spoken = match.group("qual").lower()
        qualifier = next(q for words, q in _QUALIFIERS if re.fullmatch(words, spoken))
    if match.group("rough"):
        qualifier = "at_least" if match.group("rough").lower() == "plus" else "about"
    if qualifier == "up_to":
        return None, low, qualifier
    if qualifier in ("at_least", "more_than"):
        return low, None, qualifier
    return low, low, qualifier


def range_low(match: re.Match[str]) -> int | None:
    """A range's low end, scaled as its high end is where it has no scale of its own: 'two to
    three hundred' is 200 to 300, 'ten to fifteen thousand' 10,000 to 15,000; '5 to 300' is 5."""
    low, words = parse_number(match.group("num")), match.group("num")
    scale = re.fullmatch(r"(.+?)[\s-]+(hundred|thousand|million|billion)", match.group("high").strip(), re.I)
    if low is None or scale is None or re.search(r"hundred|thousand|million|billion|dozen", words, re.I):
        return low
    base = parse_number(scale.group(1))
    return parse_number(f"{words} {scale.group(2)}") if base is not None and low < base else low


def _sentences(text: str) -> list[Span]:
    """The article's sentences, as the parse splits them (text.py)."""
    parsed = parse(text)
    bounds_ = (parsed.span_of(sentence) for sentence in parsed.sentences())
    return [Span(text=text[start:end], start=start, end=end) for start, end in bounds_]
