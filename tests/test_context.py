"""Requests sized in the model's own tokens: a part whose prompt and answer would not fit the
model's context is cut in two before it is sent, a server's context error cuts it too, and
only a paragraph too long to cut reaches the user, as a model error with its place."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factsheet.article import Article, halve, read_article
from factsheet.cli import app
from factsheet.errors import ContextOverflow, ExitCode
from factsheet.pipeline import MARGIN_TOKENS, make_sheet, part_chars
from tests.conftest import DATA, SAMPLE
from tests.fakeserver import Reply, serve
from tests.reading import CodeReading

LONGEST = (
    DATA
    / "corpus"
    / "wikinews"
    / "2020-10-26-github-blocks-public-access-to-youtube-dl-after-riaa-issues-dmca-notic.txt"
)


def test_a_part_too_long_for_the_context_is_cut_before_it_is_sent() -> None:
    article = read_article(str(LONGEST))  # 9 kB: one request at 8,192 tokens, several at 1,536
    whole = CodeReading(context=8192)
    asyncio.run(make_sheet(article, whole))  # type: ignore[arg-type]
    assert len(whole.counted) == 1
    small = CodeReading(context=1536)
    sheet = asyncio.run(make_sheet(article, small))  # type: ignore[arg-type]
    assert len(small.counted) > 2 and min(small.counted) < 1536 - MARGIN_TOKENS
    for figure in sheet.figures:  # every part's offsets point into the whole article
        assert article.text[figure.phrase.start : figure.phrase.end] == figure.phrase.text
    for quote in sheet.quotes:
        assert all(article.text[p.start : p.end] == p.text for p in quote.parts)
    assert sheet.quotes and sheet.events


def test_halves_cut_at_the_paragraph_nearest_the_middle_else_a_sentence() -> None:
    text = "First paragraph. " * 20 + "\n" + "Second one here. " * 30
    halves = halve(Article(text, "a.txt", None, None))
    assert halves is not None and halves[1][0] == text.index("\n") + 1
    line = "One sentence here. " * 60
    halves = halve(Article(line, "a.txt", "Title", None, offset=100))
    assert halves is not None
    (_, first), (cut, second) = halves
    assert first.text + second.text == line and line[cut - 2 : cut] == ". "
    assert second.offset == 100 + cut and first.title == "Title" and second.title is None
    assert halve(Article("Too short to cut.", "a.txt", None, None)) is None


def test_part_size_follows_the_context() -> None:
    assert part_chars(None) == 10_000 and part_chars(4096) < part_chars(8192)


def test_a_paragraph_too_long_for_any_context_says_where() -> None:
    article = read_article(str(SAMPLE))
    with pytest.raises(
        ContextOverflow, match=r"One paragraph of luhansk-2022-09-20.txt \(characters \d+-\d+\)"
    ):
        asyncio.run(make_sheet(article, CodeReading(context=200)))  # type: ignore[arg-type]


def test_a_server_that_refuses_a_long_prompt_is_asked_about_the_halves(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The server's context error (llama-cpp-python's words; a hand-written fixture), then
    valid answers for each half: the run succeeds with no error shown."""
    refusal = Reply(status=400, message="Requested tokens (9000) exceed context window of 8192")
    answer = Reply(json.dumps({"figures": {}, "events": [], "claims": []}))
    with serve([refusal, answer, answer]) as (url, fake):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = CliRunner().invoke(
            app, ["make", str(SAMPLE), "--format", "json", "-o", str(tmp_path / "s.json")]
        )
    assert result.exit_code == 0, result.stderr
    assert len(fake.requests) == 3
    sizes = [len(r["messages"][-1]["content"]) for r in fake.requests]
    assert sizes[1] < sizes[0] and sizes[2] < sizes[0]


def test_a_server_that_refuses_every_part_ends_with_a_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    refusal = Reply(status=400, message="This model's maximum context length is 16 tokens")
    with serve([refusal] * 40) as (url, _):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = CliRunner().invoke(app, ["make", str(SAMPLE)])
    assert result.exit_code == ExitCode.MODEL
    shown = [line for line in result.stderr.splitlines() if line.startswith("factsheet: ")]
    assert len(shown) == 1 and "too long for the model's context" in shown[0]


def test_one_named_person_s_death_told_in_two_parts_is_one_figure() -> None:
    from factsheet.models import Check, Figure, Footer, Sheet, Span
    from factsheet.pipeline import merge

    def sheet(start: int) -> Sheet:
        phrase = Span(text="Ann Roe died", start=start, end=start + 12)
        figure = Figure(kind="killed", low=1, high=1, qualifier="exact", victims="Ann Roe", reported_by=None,
                        phrase=phrase, check=Check(status="verified", reason="ok"))  # fmt: skip
        return Sheet(title="t", title_from_article=False, date=None, summary="", events=[], quotes=[],
                     figures=[figure], claims=[], footer=footer)  # fmt: skip

    footer = Footer(model="m", server="s", prompt_version="p", output_mode="json_schema", attempts=1,
                    prompt_tokens=0, completion_tokens=0, verified=0, flagged=0, dropped=0,
                    article_sha256="0")  # fmt: skip
    assert len(merge([sheet(10), sheet(20_000)], footer).figures) == 1


def test_a_quote_in_a_later_part_takes_its_speaker_from_the_whole_article() -> None:
    """A long article is read in parts; the part that holds '"He said ..."' may not hold the
    person 'he' is. The merged sheet was checked against the whole article, which names him,
    and the quote was left flagged with no speaker (seen in corpus news: a partial quote given
    to the candidate named before, flagged). Its speaker is now read again from the whole."""
    filler = " ".join(f"The river rose past marker {n} on the old bridge before noon." for n in range(1, 19))
    quote = 'He said the town would "rebuild every house on this street, one by one."'
    text = f"Flood in Springfield\n\nTom Berger, the mayor, spoke on Monday. {filler}\n\n{quote}\n"
    article = Article(text=text, name="flood.txt", title="Flood in Springfield", date=None)
    client = CodeReading(context=1200)  # parts of about 1,000 characters
    assert part_chars(client.context) < len(text) - len(quote)
    sheet = asyncio.run(make_sheet(article, client, one_page=False))  # type: ignore[arg-type]
    assert [(q.speaker, q.check.status) for q in sheet.quotes] == [("Tom Berger", "verified")]
