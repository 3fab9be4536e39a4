"""The scorer of `factsheet eval`: what counts as the same source."""

from __future__ import annotations

import pytest

from factsheet.evaluate import _same_reporter


@pytest.mark.parametrize(
    ("shown", "gold", "same"),
    [
        ("Abdullah al-Jahafi", "The city's security chief, Abdullah al-Jahafi", True),
        ("police", "Police (told reporters)", True),
        ("Anna Roe", "Tom Berger", False),
        (None, None, True),
        ("police", None, False),
    ],
)
def test_the_same_source_is_the_same_whatever_its_hyphens(
    shown: str | None, gold: str | None, same: bool
) -> None:
    """A surname with a particle ('al-Jahafi') is keyed by its last part ('jahafi'), so the
    gold's words are taken whole and in their parts (the source shown was right, scored wrong)."""
    assert _same_reporter(shown, gold) is same


def test_a_gold_figure_is_scored_against_the_shown_figure_told_in_its_words() -> None:
    """Two figures of the same kind and number ('killed five girls', and 'all five deaths were
    caused by poisoning', PAP reported) were both scored against the first shown: the second's
    source was compared with the first's, and scored wrong though the tool had it right."""
    from factsheet.evaluate import Score, _score_figures
    from factsheet.models import Check, Figure, Sheet, Span

    def figure(phrase: str, at: int, source: str | None) -> Figure:
        return Figure(kind="killed", low=5, high=5, qualifier="exact", victims=None, reported_by=source,
                      phrase=Span(text=phrase, start=at, end=at + len(phrase)),
                      check=Check(status="verified", reason="fixture"))  # fmt: skip

    shown = [figure("killed five girls", 0, None), figure("all five deaths were caused", 40, "PAP")]
    sheet = Sheet.model_construct(figures=shown)  # (the scorer reads its figures only)
    gold = {"casualties": [
        {"kind": "killed", "min": 5, "max": 5, "qualifier": "exact", "phrase": phrase, "victims": None,
         "reported_by": source}
        for phrase, source in [("all five deaths were caused by poisoning", "PAP (told off the record)"),
                               ("killed five girls, all aged fifteen", None)]
    ]}  # fmt: skip
    result = Score(name="t")
    _score_figures(result, gold, sheet)
    assert (result.figures_found, result.reporters_right) == (2, 2)
