"""`factsheet eval`: score sheets against hand annotations (the gold format of
tests/data/gold/README.md), field by field.

Only items the sheet shows as verified count as found: a flagged item is not shown as fact.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factsheet.article import read_article
from factsheet.errors import InputError
from factsheet.models import Sheet
from factsheet.names import name_keys
from factsheet.pipeline import make_sheet
from factsheet.text import fold
from factsheet.verify import content_words

if TYPE_CHECKING:
    from factsheet.client import ModelClient


@dataclass
class Score:
    """Counts for one article (or the total)."""

    name: str
    gold_quotes: int = 0
    shown_quotes: int = 0  # verified quote spans on the sheet
    quotes_found: int = 0  # gold quotes shown verified, verbatim
    quotes_right: int = 0  # shown verified quote spans that are gold quotes
    speakers_right: int = 0  # among quotes_found
    gold_figures: int = 0
    shown_figures: int = 0
    figures_found: int = 0  # gold figures shown verified with the same kind and numbers
    figures_right: int = 0  # shown verified figures that are gold figures
    qualifiers_right: int = 0  # among figures_found
    reporters_right: int = 0  # among figures_found: reported-by as gold has it (or both none)
    victims_sane: int = 0  # among figures_found: victims blank, or words of the gold victims
    gold_claims: int = 0
    claims_found: int = 0
    gold_events: int = 0
    events_found: int = 0
    fabricated: int = 0  # shown verified, yet not what the article says
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.errors += [f"{other.name}: {e}" for e in other.errors]

    def ratios(self) -> dict[str, float | None]:
        """Every measured field as a ratio (None where there was nothing to measure)."""
        return {
            "quote_recall": _ratio(self.quotes_found, self.gold_quotes),
            "quote_precision": _ratio(self.quotes_right, self.shown_quotes),
            "speaker_accuracy": _ratio(self.speakers_right, self.quotes_found),
            "casualty_recall": _ratio(self.figures_found, self.gold_figures),
            "casualty_precision": _ratio(self.figures_right, self.shown_figures),
            "qualifier_right": _ratio(self.qualifiers_right, self.figures_found),
            "reported_by_right": _ratio(self.reporters_right, self.figures_found),
            "victims_sane": _ratio(self.victims_sane, self.figures_found),
            "claim_recall": _ratio(self.claims_found, self.gold_claims),
            "event_recall": _ratio(self.events_found, self.gold_events),
        }


def gold_files(gold_dir: Path) -> list[Path]:
    """The gold .json files in a folder and its subfolders (dev/, holdout/), by name."""
    files = sorted(gold_dir.rglob("*.json"), key=lambda p: p.name)
    if not files:
        raise InputError(f"{gold_dir} holds no gold .json files.")
    return files


def default_corpus(gold_dir: Path) -> Path:
    """The nearest folder named corpus beside the gold folder or one of its parents."""
    for parent in [gold_dir, *gold_dir.resolve().parents]:
        if (parent.parent / "corpus").is_dir():
            return parent.parent / "corpus"
    return gold_dir.parent / "corpus"


async def evaluate(gold_dir: Path, corpus: Path, client: ModelClient, server: str) -> list[Score]:
    """Run the tool on every annotated article and score it."""
    scores = []
    for path in gold_files(gold_dir):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = read_article(str(corpus / gold["file"]))
        sheet = await make_sheet(article, client, server=server, one_page=False)
        scores.append(score(path.stem, gold, sheet, article.text))
    return scores


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip(" ,.;:!?'\"")


def score(name: str, gold: dict[str, Any], sheet: Sheet, text: str) -> Score:
    """Compare one sheet with its gold annotation."""
    result = Score(name[:40])
    _score_quotes(result, gold, sheet)
    _score_figures(result, gold, sheet)
    _score_told(result, "claims", [c["claim"] for c in gold.get("claims", [])],
                [c.claim for c in sheet.claims if c.check.status == "verified"])  # fmt: skip
    _score_told(result, "events", [e["what"] for e in gold.get("events", [])],
                [e.what for e in sheet.events if e.check.status == "verified"])  # fmt: skip
    result.fabricated = _fabricated(sheet, text)
    return result


def _score_quotes(result: Score, gold: dict[str, Any], sheet: Sheet) -> None:
    shown = [q for q in sheet.quotes if q.check.status == "verified"]
    spans = [(_norm(p.text), q.speaker) for q in shown for p in q.parts]
    gold_quotes = [(_norm(q["text"]), q) for q in gold["quotes"]]
    result.gold_quotes, result.shown_quotes = len(gold_quotes), len(spans)
    for text_norm, quote in gold_quotes:
        matches = [speaker for span, speaker in spans if span == text_norm]
        if not matches:
            result.errors.append(f"quote missed: “{quote['text'][:50]}”")
            continue
        result.quotes_found += 1
        right = _same_speaker(matches[0], quote)
        result.speakers_right += right
        if not right:
            result.errors.append(f"speaker {matches[0]!r}, gold {quote['speaker']!r}: “{quote['text'][:40]}”")
    gold_texts = {t for t, _ in gold_quotes}
    result.quotes_right = sum(span in gold_texts for span, _ in spans)
    result.errors += [f"quote not in gold: “{span[:50]}”" for span, _ in spans if span not in gold_texts]


def _score_figures(result: Score, gold: dict[str, Any], sheet: Sheet) -> None:
    figures = [f for f in sheet.figures if f.check.status == "verified"]
    result.gold_figures, result.shown_figures = len(gold["casualties"]), len(figures)
    keys = [(f.kind, f.low, f.high) for f in figures]
    paired: set[int] = set()
    for wanted in gold["casualties"]:
        key = (wanted["kind"], wanted["min"], wanted["max"])
        if key not in keys:
            result.errors.append(f"figure missed: {key} “{wanted['phrase'][:50]}”")
            continue
        at = _pair(wanted["phrase"], [n for n, k in enumerate(keys) if k == key], figures, paired)
        paired.add(at)
        shown = figures[at]
        result.figures_found += 1
        result.qualifiers_right += shown.qualifier == wanted["qualifier"]
        reporter_right = _same_reporter(shown.reported_by, wanted["reported_by"])
        result.reporters_right += reporter_right
        if not reporter_right:
            result.errors.append(f"reported by {shown.reported_by!r}, gold {wanted['reported_by']!r}: {key}")
        sane = _sane_victims(shown.victims, wanted["victims"])
        result.victims_sane += sane
        if not sane:
            result.errors.append(f"victims {shown.victims!r}, gold {wanted['victims']!r}: {key}")
    gold_keys = {(c["kind"], c["min"], c["max"]) for c in gold["casualties"]}
    result.figures_right = sum(key in gold_keys for key in keys)
    result.errors += [f"figure not in gold: {(f.kind, f.low, f.high)} “{f.phrase.text[:50]}”"
                      for f, key in zip(figures, keys, strict=True) if key not in gold_keys]  # fmt: skip


def _pair(phrase: str, same: list[int], figures: list[Any], paired: set[int]) -> int:
    """The shown figure a gold one is scored against, of those with its kind and numbers: the
    one told in the same words ('all five deaths were caused by ...', not the first of two
    fives), else the first not yet scored, else the first."""
    words = {_stem(w) for w in content_words(phrase)}

    def shared(n: int) -> int:
        return len(words & {_stem(w) for w in content_words(figures[n].phrase.text)})

    free = [n for n in same if n not in paired] or same
    return max(free, key=lambda n: (shared(n), -n))


def _score_told(result: Score, what: str, gold: list[str], shown: list[str]) -> None:
    """Claims and events: a gold one is found if a verified one says most of what it says."""
    setattr(result, f"gold_{what}", len(gold))
    found = sum(any(_says_the_same(g, s) for s in shown) for g in gold)
    setattr(result, f"{what}_found", found)


def _says_the_same(gold: str, shown: str) -> bool:
    """Half the content words of the shorter statement are in the other (two at least)."""
    a, b = {_stem(w) for w in content_words(gold)}, {_stem(w) for w in content_words(shown)}
    shared = len(a & b)
    return shared >= 2 and shared >= 0.5 * min(len(a), len(b))


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s)$", "", word) if len(word) > 4 else word


def _same_speaker(speaker: str | None, quote: dict[str, Any]) -> bool:
    if speaker is None:
        return quote["speaker"] is None
    if quote["speaker"] is None:
        return False
    names = [quote["speaker"], *quote.get("speaker_aliases", [])]
    if _norm(speaker) in {_norm(n) for n in names}:
        return True
    return name_keys(speaker) == name_keys(quote["speaker"])


def _same_reporter(shown: str | None, gold: str | None) -> bool:
    """The same source (gold's notes in brackets aside), or none on both sides."""
    if shown is None or gold is None:
        return shown is None and gold is None
    gold = re.sub(r"\([^)]*\)", " ", gold)
    # a hyphenated word and its parts: the key of 'Abdullah al-Jahafi' is 'jahafi'
    folded = fold(gold)
    keys, gold_words = name_keys(shown), {*re.findall(r"[\w'-]+", folded), *re.findall(r"[\w']+", folded)}
    return bool(keys) and any(k in gold_words for k in keys)


def _sane_victims(shown: str | None, gold: str | None) -> bool:
    """Blank (nothing claimed), or words the gold victims use: never a fragment of a clause."""
    if shown is None or fold(shown).strip() in GENERIC_VICTIMS:
        return True  # the article's own word for them: "At least seven people were killed"
    wanted = {_stem(w) for w in content_words(gold or "")}
    return bool(wanted & {_stem(w) for w in content_words(shown)})


GENERIC_VICTIMS = {"people", "person", "persons", "individual", "individuals", "victims", "others"}


def _fabricated(sheet: Sheet, text: str) -> int:
    """Items shown as verified whose words, phrase or named source are not in the article."""
    squeezed = re.sub(r"\s+", " ", fold(text))

    def absent(words: str | None) -> bool:
        return bool(words) and re.sub(r"\s+", " ", fold(words or "")) not in squeezed

    count = 0
    for quote in sheet.quotes:
        if quote.check.status == "verified":
            count += any(absent(p.text) for p in quote.parts) or _unnamed(quote.speaker, squeezed)
    for figure in sheet.figures:
        if figure.check.status == "verified":
            moved = text[figure.phrase.start : figure.phrase.end] != figure.phrase.text
            count += absent(figure.phrase.text) or moved or _unnamed(figure.reported_by, squeezed)
    for claim in sheet.claims:
        if claim.check.status == "verified":
            count += _unnamed(claim.source, squeezed)
    return count


def _unnamed(name: str | None, squeezed: str) -> bool:
    keys = name_keys(name) if name else []
    return bool(keys) and not all(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", squeezed) for k in keys)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 2) if whole else None


COLUMNS = [
    ("q.rec", "quote_recall"), ("q.prec", "quote_precision"), ("spk", "speaker_accuracy"),
    ("f.rec", "casualty_recall"), ("f.prec", "casualty_precision"), ("rep", "reported_by_right"),
    ("vict", "victims_sane"), ("claim", "claim_recall"), ("event", "event_recall"),
]  # fmt: skip


def total(scores: list[Score]) -> Score:
    summed = Score("TOTAL")
    for item in scores:
        summed.add(item)
    return summed


def format_report(scores: list[Score], details: bool = False) -> str:
    """A table: per article and in total (and, with details, every miss)."""
    whole = total(scores)
    header = f"{'article':40} " + " ".join(f"{label:>6}" for label, _ in COLUMNS) + f" {'fabr':>5}"
    lines = [header, "-" * len(header)]
    for item in [*scores, whole]:
        ratios = item.ratios()
        cells = " ".join(f"{_cell(ratios[key]):>6}" for _, key in COLUMNS)
        lines.append(f"{item.name:40} {cells} {item.fabricated:>5}")
    lines.append(
        f"\nquotes: {whole.quotes_found}/{whole.gold_quotes} gold found, "
        f"{whole.quotes_right}/{whole.shown_quotes} shown are gold; speakers right "
        f"{whole.speakers_right}/{whole.quotes_found}; figures: {whole.figures_found}/"
        f"{whole.gold_figures} found, {whole.figures_right}/{whole.shown_figures} shown are gold, "
        f"reported-by right {whole.reporters_right}/{whole.figures_found}, victims sane "
        f"{whole.victims_sane}/{whole.figures_found}; claims {whole.claims_found}/{whole.gold_claims}; "
        f"events {whole.events_found}/{whole.gold_events}; fabricated items shown verified: "
        f"{whole.fabricated}"
    )
    if details:
        lines += ["", "misses:", *[f"  {e}" for e in whole.errors]]
    return "\n".join(lines) + "\n"


def format_json(scores: list[Score]) -> str:
    """The same report as JSON: per article and in total, counts and ratios."""

    def row(item: Score) -> dict[str, Any]:
        counts = {k: v for k, v in asdict(item).items() if k != "errors"}
        return {**counts, **item.ratios(), "misses": item.errors}

    return json.dumps({"articles": [row(s) for s in scores], "total": row(total(scores))}, indent=2) + "\n"


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
