"""Assembling draft items from the model's answers: what code keeps of the model's free text."""

from __future__ import annotations

from factsheet.candidates import find_figures
from factsheet.extract import _whole_words, figure
from factsheet.models import FigureAnswer

FLORIDA = (
    "A road accident followed by a fire on a Florida highway near Gainesville on Thursday "
    "killed five children in a church bus and two truck drivers."
)


def test_victims_that_count_others_too_keep_only_what_fits_the_number() -> None:
    """Seen on the embedded model: "killed five" described as "five children, two truck drivers"."""
    found = next(f for f in find_figures(FLORIDA) if f.low == 5)
    answer = FigureAnswer(kind="killed", victims="five children, two truck drivers", reported_by=None)
    assert figure(found, answer).victims == "five children"


def test_victims_the_sentence_never_names_are_left_out() -> None:
    found = next(f for f in find_figures(FLORIDA) if f.low == 5)
    answer = FigureAnswer(kind="killed", victims="pilgrims", reported_by=None)
    assert figure(found, answer).victims is None  # the sheet says "not stated"


def test_text_cut_at_the_length_limit_ends_on_a_whole_word() -> None:
    cut = "Troy Roberts: the road itself will be examined as part of investig"
    assert _whole_words(cut, len(cut)) == "Troy Roberts: the road itself will be examined as part…"
    cut = "a strike on a bus shelter where Russian troops were housed in a"  # cut between words
    assert _whole_words(cut, len(cut)) == "a strike on a bus shelter where Russian troops were housed…"
    assert _whole_words("A fire killed seven.", 120) == "A fire killed seven."
