"""Property tests: for any article text and any extraction, verification and rendering never
crash, and nothing the article does not support is ever rendered as verified."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factsheet.models import Check, Claim, Event, Figure, Footer, Quote, Sheet, Span
from factsheet.numbers import find_figures
from factsheet.quotes import find_quotes
from factsheet.render import render_markdown
from factsheet.text import fold, nlp, parse
from factsheet.verify import verify

WORDS = ["Haidai", "said", "killed", "200", "“", "”", '"', "soldiers", "on", "Monday", "in",
         "Kyiv", "at", "least", "seven", "died", ".", ",", "he", "police", "\n\n", "[x](y)",
         "<b>", "#", "|", "no", "one", "was", "injured", "co-pilot", "ex-wife", "six-year-old"]  # fmt: skip
text_strategy = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=60).map(" ".join)
UNCHECKED = Check(status="flagged", reason="unchecked")
KINDS = ["killed", "injured", "missing", "rescued", "arrested", "other"]


def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, max(0, len(text))))
    end = draw(st.integers(start, len(text)))
    invented = draw(st.booleans())
    chunk = draw(st.text(max_size=20)) if invented or start == end else text[start:end]
    return Span(text=chunk, start=start, end=end)


@st.composite
def sheets(draw: st.DrawFn) -> tuple[str, Sheet]:
    text = draw(text_strategy)
    name = st.sampled_from(["Haidai", "Serhiy Haidai", "police", "Putin", "he", ""]) | st.text(max_size=10)
    quotes = [Quote(parts=[spans(draw, text)], speaker=draw(st.none() | name), check=UNCHECKED)
              for _ in range(draw(st.integers(0, 3)))]  # fmt: skip
    figures = [
        Figure(kind=draw(st.sampled_from(KINDS)), low=draw(st.none() | st.integers(0, 500)),
               high=draw(st.none() | st.integers(0, 500)),
               qualifier=draw(st.sampled_from(["exact", "up_to", "at_least", "vague", "range"])),
               victims=draw(st.none() | st.text(max_size=10)), reported_by=draw(st.none() | name),
               phrase=spans(draw, text), check=UNCHECKED)
        for _ in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    events = [Event(what=draw(st.text(max_size=30)), where=draw(st.none() | name),
                    when=draw(st.none() | st.sampled_from(["on Monday", "yesterday", "x"])),
                    check=UNCHECKED) for _ in range(draw(st.integers(0, 2)))]  # fmt: skip
    claims = [Claim(claim=draw(st.text(max_size=30)), source=draw(name),
                    disputes=draw(st.none() | st.integers(-1, 3)), check=UNCHECKED)
              for _ in range(draw(st.integers(0, 2)))]  # fmt: skip
    footer = Footer(model="m", server="s", prompt_version="p", output_mode="o", attempts=1,
                    prompt_tokens=0, completion_tokens=0, verified=0, flagged=0, dropped=0,
                    article_sha256="0")  # fmt: skip
    sheet = Sheet(title="t", title_from_article=True, date=None, summary="s", events=events,
                  quotes=quotes, figures=figures, claims=claims, footer=footer)  # fmt: skip
    return text, sheet


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_nothing_unsupported_is_ever_verified(case: tuple[str, Sheet]) -> None:
    text, sheet = case
    checked = verify(text, sheet)
    render_markdown(checked)  # never crashes
    for quote in checked.quotes:
        if quote.check.status == "verified":
            for part in quote.parts:
                assert text[part.start : part.end] == part.text and part.text.strip()
                assert any(
                    p.start <= part.start and part.end <= p.end
                    for q in find_quotes(text) for p in q.parts
                ), "verified quote outside quotation marks"  # fmt: skip
            if quote.speaker:
                assert squeeze(quote.speaker.split()[-1]) in squeeze(text)
    for figure in checked.figures:
        if figure.check.status == "verified":
            assert text[figure.phrase.start : figure.phrase.end] == figure.phrase.text
            if figure.reported_by:
                assert squeeze(figure.reported_by.split()[-1]) in squeeze(text)
    for event in checked.events:
        if event.check.status == "verified" and event.where:
            assert squeeze(event.where.split()[-1]) in squeeze(text)


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_finders_never_crash_and_offsets_hold(text: str) -> None:
    for quote in find_quotes(text):
        for part in quote.parts:
            assert text[part.start : part.end] == part.text
    for figure in find_figures(text):
        assert text[figure.phrase.start : figure.phrase.end] == figure.phrase.text


PIECES = ["co", "ex", "-", "pilot", "Won", "45", "year", "old", "her", " ", "wife", "--", "a", "six", ".",
          "\n"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_hyphened_words_are_whole_and_keep_the_text(text: str) -> None:
    """The text layer's tokens still spell the article, offset by offset, after hyphened words
    are made one; only words of small letters and no number are joined ('co-pilot', not
    'Won-soon', '45-year', 'six-year-old')."""
    parsed = parse(text)
    for piece in parsed.pieces:
        split = {(t.idx, t.text) for t in nlp().make_doc(piece.doc.text)}  # the tokenizer's own
        for token in piece.doc:
            at = piece.start + token.idx
            assert text[at : at + len(token.text)] == token.text
            if (token.idx, token.text) not in split:
                assert re.fullmatch(r"[a-z]+(?:-[a-z]+)+", token.text) and "six" not in token.text.split("-")
