"""A bug met while reading one part of an article costs that part, said on stderr, not the sheet:
the rules meet shapes of English on unseen news they were never tried on."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from factsheet import errors, figures, statements, verify
from factsheet.article import read_article
from factsheet.pipeline import make_sheet
from tests.reading import CodeReading

ARTICLE = (
    "Town news\n\n"
    "Three people died in the fire on Monday, police said.\n\n"
    '"We lost everything," said Anna Roe, who lives next door.\n\n'
    "The mayor said the building had been inspected last year.\n"
)


def sheet_of(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    return asyncio.run(make_sheet(read_article(str(path)), CodeReading(), one_page=False))  # type: ignore[arg-type]


def broken(*args: object, **kwargs: object) -> None:
    raise IndexError("list index out of range")


def test_a_bug_in_one_finder_costs_its_items_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(errors, "contain_bugs", True)
    monkeypatch.setattr(statements, "find_claims", broken)
    with caplog.at_level(logging.WARNING, logger="factsheet"):
        sheet = sheet_of(tmp_path)
    assert sheet.claims == []
    assert [(f.low, f.reported_by) for f in sheet.figures] == [(3, "police")]
    assert [q.speaker for q in sheet.quotes] == ["Anna Roe"]
    assert "The article's claims: an internal error (IndexError" in caplog.text
    assert "--traceback" in caplog.text


def test_a_bug_met_on_one_sentence_s_counts_costs_that_sentence_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """(As 'the death toll rose to 11 on Tuesday from eight' once did: a span at -1.)"""
    monkeypatch.setattr(errors, "contain_bugs", True)
    read = figures._count_at

    def broken_on_the_second(text, token, start, end):  # type: ignore[no-untyped-def]
        if token.sent.text.startswith("Two"):
            raise ValueError("start must be >= 0")
        return read(text, token, start, end)

    monkeypatch.setattr(figures, "_count_at", broken_on_the_second)
    path = tmp_path / "article.txt"
    path.write_text(
        "Town news\n\nThree people died in the fire at the old mill on Monday, police said. "
        "Two others were injured.\n"
    )
    with caplog.at_level(logging.WARNING, logger="factsheet"):
        sheet = asyncio.run(make_sheet(read_article(str(path)), CodeReading(), one_page=False))  # type: ignore[arg-type]
    assert ("killed", 3) in [(f.kind, f.low) for f in sheet.figures]  # (the whole article's were lost)
    assert "The casualty figures of the sentence “Two others were injured.”: an internal error" in caplog.text


def test_a_bug_met_reading_one_figure_s_source_costs_that_source_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(As an index past a name's end once did, for every figure of the article.)"""
    monkeypatch.setattr(errors, "contain_bugs", True)
    read = figures.sources

    def broken_on_the_second(text, candidate):  # type: ignore[no-untyped-def]
        if candidate.phrase.text.startswith("Two"):
            raise IndexError("[E1002] Span index out of range.")
        return read(text, candidate)

    monkeypatch.setattr(figures, "sources", broken_on_the_second)
    path = tmp_path / "article.txt"
    path.write_text(
        "Town news\n\nThree people died in the fire at the old mill on Monday, police said. "
        "Two others were injured, the fire service said.\n"
    )
    sheet = asyncio.run(make_sheet(read_article(str(path)), CodeReading(), one_page=False))  # type: ignore[arg-type]
    shown = [(f.low, f.reported_by, f.check.status) for f in sheet.figures]
    assert shown[0] == (3, "police", "verified")
    assert shown[1][0] == 2 and shown[1][2] == "flagged"  # its source unread: never shown as checked


def test_a_bug_in_checking_an_item_flags_it_never_verifies_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "contain_bugs", True)
    monkeypatch.setattr(verify, "check_figure", broken)
    sheet = sheet_of(tmp_path)
    assert [(f.low, f.check.status) for f in sheet.figures] == [(3, "flagged")]
    assert "could not check this item" in sheet.figures[0].check.reason
    assert [q.check.status for q in sheet.quotes] == ["verified"]


def test_with_traceback_the_bug_stops_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(the tests run so: errors.contain_bugs is off, as with --traceback)"""
    monkeypatch.setattr(statements, "find_claims", broken)
    with pytest.raises(IndexError):
        sheet_of(tmp_path)
