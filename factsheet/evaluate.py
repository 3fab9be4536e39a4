"""`factsheet eval`: score sheets against hand annotations (gold/*.json)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factsheet.article import read_article
from factsheet.errors import InputError
from factsheet.models import Sheet
from factsheet.pipeline import make_sheet
from factsheet.verify import fold, name_keys

if TYPE_CHECKING:
    from factsheet.client import ModelClient


@dataclass
class Score:
    """Counts for one article (or the total)."""

    name: str
    gold_quotes: int = 0
    shown_quotes: int = 0
    quotes_found: int = 0  # gold quotes shown verified, verbatim
    quotes_right: int = 0  # shown verified quotes that are gold quotes
    speakers_right: int = 0  # among quotes_found
    gold_figures: int = 0
    shown_figures: int = 0
    figures_found: int = 0
    figures_right: int = 0
    qualifiers_right: int = 0
    unsupported: int = 0  # shown as verified, yet not in the article
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.errors += [f"{other.name}: {e}" for e in other.errors]


async def evaluate(gold_dir: Path, corpus: Path, client: ModelClient, server: str) -> list[Score]:
    """Run the tool on every annotated article and score it."""
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise InputError(f"{gold_dir} holds no gold .json files.")
    scores = []
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = read_article(str(corpus / gold["file"]))
        sheet = await make_sheet(article, client, server=server, one_page=False)
        scores.append(score(path.stem, gold, sheet, article.text))
    return scores


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip(" ,.;:!?'\"")


def score(name: str, gold: dict, sheet: Sheet, text: str) -> Score:  # type: ignore[type-arg]
    """Compare one sheet with its gold annotation."""
    result = Score(name[:40])
    shown = [q for q in sheet.quotes if q.check.status == "verified"]
    spans = [(_norm(p.text), q.speaker) for q in shown for p in q.parts]
    gold_quotes = [(_norm(q["text"]), q) for q in gold["quotes"]]
    result.gold_quotes, result.shown_quotes = len(gold_quotes), len(spans)
    for text_norm, quote in gold_quotes:
        matches = [speaker for span, speaker in spans if span == text_norm]
        if not matches:
            result.errors.append(f"quote missed: “{quote['text'][:50]}”")
            continue
        match = matches[0]
        result.quotes_found += 1
        right = _same_speaker(match, quote)
        result.speakers_right += right
        if not right:
            result.errors.append(f"speaker {match!r}, gold {quote['speaker']!r}: “{quote['text'][:40]}”")
    gold_texts = {t for t, _ in gold_quotes}
    result.quotes_right = sum(span in gold_texts for span, _ in spans)
    figures = [f for f in sheet.figures if f.check.status == "verified"]
    result.gold_figures, result.shown_figures = len(gold["casualties"]), len(figures)
    keys = [(f.kind, f.low, f.high) for f in figures]
    for wanted in gold["casualties"]:
        key = (wanted["kind"], wanted["min"], wanted["max"])
        if key in keys:
            result.figures_found += 1
            shown_figure = figures[keys.index(key)]
            result.qualifiers_right += shown_figure.qualifier == wanted["qualifier"]
        else:
            result.errors.append(f"figure missed: {key} “{wanted['phrase'][:50]}”")
    gold_keys = {(c["kind"], c["min"], c["max"]) for c in gold["casualties"]}
    result.figures_right = sum(key in gold_keys for key in keys)
    result.errors += [f"figure not in gold: {(f.kind, f.low, f.high)} “{f.phrase.text[:50]}”"
                      for f, key in zip(figures, keys, strict=True) if key not in gold_keys]  # fmt: skip
    result.unsupported = _unsupported(sheet, text)
    return result


def _same_speaker(speaker: str | None, quote: dict) -> bool:  # type: ignore[type-arg]
    if speaker is None:
        return False
    names = [quote["speaker"], *quote.get("speaker_aliases", [])]
    if _norm(speaker) in {_norm(n) for n in names}:
        return True
    return name_keys(speaker) == name_keys(quote["speaker"])


def _unsupported(sheet: Sheet, text: str) -> int:
    """Verified quotes and figures whose words are not in the article (should be 0)."""
    squeezed = re.sub(r"\s+", " ", fold(text))
    count = 0
    for quote in sheet.quotes:
        if quote.check.status == "verified":
            count += any(re.sub(r"\s+", " ", fold(p.text)) not in squeezed for p in quote.parts)
    for figure in sheet.figures:
        if figure.check.status == "verified":
            phrase = re.sub(r"\s+", " ", fold(figure.phrase.text))
            count += phrase not in squeezed or text[figure.phrase.start : figure.phrase.end] \
                != figure.phrase.text  # fmt: skip
    return count


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def format_report(scores: list[Score], details: bool = False) -> str:
    """A table: per article and in total (and, with details, every miss)."""
    total = Score("TOTAL")
    for item in scores:
        total.add(item)
    header = (
        f"{'article':40} {'q.rec':>5} {'q.prec':>6} {'spk':>5} {'f.rec':>5} {'f.prec':>6} "
        f"{'qual':>5} {'unsup':>5}"
    )
    lines = [header, "-" * len(header)]
    for item in [*scores, total]:
        lines.append(
            f"{item.name:40} {_ratio(item.quotes_found, item.gold_quotes):>5} "
            f"{_ratio(item.quotes_right, item.shown_quotes):>6} "
            f"{_ratio(item.speakers_right, item.quotes_found):>5} "
            f"{_ratio(item.figures_found, item.gold_figures):>5} "
            f"{_ratio(item.figures_right, item.shown_figures):>6} "
            f"{_ratio(item.qualifiers_right, item.figures_found):>5} {item.unsupported:>5}"
        )
    lines.append(
        f"\nquotes: {total.quotes_found}/{total.gold_quotes} gold found, "
        f"{total.quotes_right}/{total.shown_quotes} shown are gold; speakers right "
        f"{total.speakers_right}/{total.quotes_found}; figures: {total.figures_found}/"
        f"{total.gold_figures} found, {total.figures_right}/{total.shown_figures} shown are gold; "
        f"verified but not in the article: {total.unsupported}"
    )
    if details:
        lines += ["", "misses:", *[f"  {e}" for e in total.errors]]
    return "\n".join(lines) + "\n"
