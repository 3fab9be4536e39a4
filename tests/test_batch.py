"""Many articles: a folder in, one sheet each, failures isolated, cache, HTML twins, long articles.

The fake server's answers are hand-written fixtures; what is tested is the batch machinery.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factsheet import config, pipeline
from factsheet.article import PART_CHARS, read_article, split
from factsheet.cli import app
from factsheet.errors import ExitCode
from factsheet.models import Sheet
from tests.conftest import DATA
from tests.fakeserver import Reply, serve

runner = CliRunner()
REJECTED = Reply(status=422, message="response_format: json_schema is not supported")  # a fixture
ANSWER = {
    "figures": {"F1": {"kind": "killed", "reported_by": None}},
    "events": [], "claims": [],
}  # fmt: skip


def _answerable(path: Path) -> bool:
    """An article with a figure candidate: the fixture ANSWER fits it."""
    from factsheet.extract import ask_about

    return bool(ask_about(read_article(str(path))).figures)


# The fixture ANSWER speaks of F1: articles that have one.
WIKINEWS = [p for p in sorted((DATA / "corpus" / "wikinews").glob("*.txt")) if _answerable(p)]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    with serve([Reply(json.dumps(ANSWER))]) as (url, fake):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        yield fake


def test_folder_in_one_sheet_each_failure_isolated_then_cache(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for path in WIKINEWS[:5]:
        shutil.copy(path, folder)
    (folder / "broken.txt").write_bytes(b"")  # this one fails
    out = tmp_path / "out"
    result = runner.invoke(app, ["make", str(folder), "-o", str(out), "-j", "3"])
    assert result.exit_code == ExitCode.BATCH_FAILED
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.md" for p in WIKINEWS[:5])
    assert "broken.txt" in result.stderr and "empty" in result.stderr
    assert "1 of 6 articles failed" in result.stderr
    first = len(server.requests)
    assert first >= 5
    again = runner.invoke(app, ["make", str(folder), "-o", str(out), "--force", "-j", "3"])
    assert len(server.requests) == first  # every sheet came from the cache: 0 model calls
    assert again.stderr.count("cached") == 5


def test_several_files_as_json_with_a_usage_report_on_stdout(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    args = ["make", str(WIKINEWS[0]), str(WIKINEWS[1]), "-o", str(out), "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    sheets = [Sheet.model_validate_json((out / f"{p.stem}.json").read_text()) for p in WIKINEWS[:2]]
    report = json.loads(result.stdout)
    rows = report["articles"]
    assert [r["article"] for r in rows] == [str(p) for p in WIKINEWS[:2]]
    for row, sheet in zip(rows, sheets, strict=True):
        assert row["result"] == "ok" and row["requests"] == sheet.footer.attempts
        assert (row["prompt_tokens"], row["completion_tokens"]) == (
            sheet.footer.prompt_tokens, sheet.footer.completion_tokens)  # fmt: skip
    total = report["total"]
    assert total["ok"] == 2 and total["failed"] == 0
    assert total["prompt_tokens"] == sum(s.footer.prompt_tokens for s in sheets) > 0
    assert total["requests"] == len(server.requests)


def test_several_articles_need_an_output_folder(server) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["make", str(WIKINEWS[0]), str(WIKINEWS[1])])
    assert result.exit_code == ExitCode.USAGE and "-o FOLDER" in result.stderr


def test_html_input_equals_its_text_twin(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = WIKINEWS[1]
    title, _, body = source.read_text().partition("\n\n")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n") if p.strip())
    page = tmp_path / "twin.html"
    page.write_text(
        f"<html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>{paragraphs}"
        "</article><footer>Share this story</footer></body></html>"
    )
    sheets = []
    for path in (source, page):
        result = runner.invoke(app, ["make", str(path), "--format", "json", "--no-cache"])
        assert result.exit_code == 0, result.stderr
        sheets.append(Sheet.model_validate_json(result.stdout))
    text_sheet, html_sheet = sheets
    assert [q.parts[0].text for q in html_sheet.quotes] == [q.parts[0].text for q in text_sheet.quotes]
    assert [f.phrase.text for f in html_sheet.figures] == [f.phrase.text for f in text_sheet.figures]
    assert html_sheet.title == text_sheet.title


def test_long_article_is_split_on_paragraphs_and_merged_without_duplicates(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _long_article(tmp_path)
    article = read_article(str(path))
    assert len(article.text) > 2 * PART_CHARS
    result = runner.invoke(app, ["make", str(path), "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    sheet = Sheet.model_validate_json(result.stdout)
    assert len(server.requests) >= 3  # one request per part at least
    starts = [q.parts[0].start for q in sheet.quotes]
    assert len(starts) == len(set(starts)) >= 2  # items from several parts, none twice
    for quote in sheet.quotes:
        assert all(article.text[p.start : p.end] == p.text for p in quote.parts)
    for figure in sheet.figures:
        assert article.text[figure.phrase.start : figure.phrase.end] == figure.phrase.text


def test_sample_article_goes_in_one_request(server) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["make", str(DATA / "corpus" / "luhansk-2022-09-20.txt"),
                                 "--no-cache", "--format", "json"])  # fmt: skip
    assert result.exit_code == 0
    first_request = server.requests[0]["messages"][1]["content"]
    assert "Step by step, centimetre by centimetre" in first_request


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in WIKINEWS[:count]:
        shutil.copy(path, folder)
    return folder


def test_jobs_bound_the_requests_in_flight(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """-j 2 over six articles: two requests at a time, never three (the async client's limit)."""
    with serve([Reply(json.dumps(ANSWER), delay=0.3)]) as (url, fake):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["make", str(_folder(tmp_path, 6)), "-o", str(tmp_path / "out"),
                                     "-j", "2", "--no-cache"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert fake.most_at_once == 2


def test_a_cached_run_needs_no_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder, out = _folder(tmp_path, 3), tmp_path / "out"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
    with serve([Reply(json.dumps(ANSWER))]) as (url, _):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        assert runner.invoke(app, ["make", str(folder), "-o", str(out)]).exit_code == 0
    # the server is gone; the same settings find every sheet in the cache
    again = runner.invoke(app, ["make", str(folder), "-o", str(out), "--force"])
    assert again.exit_code == 0, again.stderr
    assert again.stderr.count("│ cached") == 3


def test_an_unreachable_server_fails_every_article_once_each(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
    result = runner.invoke(app, ["make", str(_folder(tmp_path, 2)), "-o", str(tmp_path / "out"),
                                 "--retries", "0"])  # fmt: skip
    assert result.exit_code == ExitCode.BATCH_FAILED
    assert result.stderr.count("could not be reached") == 2
    assert "2 of 2 articles failed" in result.stderr


def test_a_rejected_output_mode_is_not_tried_again_by_later_articles(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:  # fmt: skip
    with serve([REJECTED, Reply(json.dumps(ANSWER))]) as (url, fake):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["make", str(_folder(tmp_path, 3)), "-o", str(tmp_path / "out"),
                                     "-j", "1"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    kinds = [r["response_format"]["type"] for r in fake.requests]
    assert kinds == ["json_schema", "json_object", "json_object", "json_object"]


def test_parts_asked_at_once_fall_back_one_mode_together(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:  # fmt: skip
    """A long article's parts are asked concurrently; their rejections move the mode once."""
    path = _long_article(tmp_path)
    parts = len(split(read_article(str(path))))
    assert parts >= 3
    rejected = dataclasses.replace(REJECTED, delay=0.2)
    with serve([rejected] * parts + [Reply(json.dumps(ANSWER))]) as (url, fake):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["make", str(path), "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert fake.most_at_once >= 2
    later = fake.requests[parts:]
    assert later and all("schema" in r["response_format"] for r in later)  # json_object + schema
    assert Sheet.model_validate_json(result.stdout).footer.output_mode == "json_object_schema"


def test_failed_articles_report_what_they_spent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with serve([Reply("not an answer")]) as (url, fake):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["make", str(_folder(tmp_path, 1)), "-o", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.BATCH_FAILED
    row = next(line for line in result.stderr.splitlines() if "FAILED" in line)
    assert f"│ {len(fake.requests)} " in row and len(fake.requests) == 3


def _long_article(tmp_path: Path) -> Path:
    bodies: list[str] = []
    for path in WIKINEWS * 3:  # a little over two parts' worth: three parts
        if sum(map(len, bodies)) > 2.2 * PART_CHARS:
            break
        bodies.append(path.read_text().partition("\n\n")[2])
    body = "\n\n".join(bodies)
    path = tmp_path / "long.txt"
    path.write_text("A long article\n\n" + body)
    return path


@pytest.mark.parametrize(("jobs", "most_at_once", "expected"), [(1, None, 1), (8, 1, 1), (2, None, 2)])
def test_a_long_articles_parts_respect_the_limit(jobs: int, most_at_once: int | None, expected: int,
                                                 tmp_path: Path) -> None:  # fmt: skip
    """-j bounds a long article's parts too; a server that takes one request at a time (the
    embedded one: most_at_once=1) gets one, whatever -j says."""
    article = read_article(str(_long_article(tmp_path)))
    with serve([Reply(json.dumps(ANSWER), delay=0.2)]) as (url, fake):
        connection = config.Connection(url, "sk-test", "fake-model", "fake", 5.0, most_at_once=most_at_once)
        sheet = connection.run(lambda client: pipeline.make_sheet(article, client), jobs)
    assert len(fake.requests) == len(split(article)) >= 3 and sheet.footer.attempts == len(fake.requests)
    assert fake.most_at_once == expected


@pytest.mark.parametrize(("stop", "code", "word"), [(signal.SIGINT, 130, "Interrupted"),
                                                    (signal.SIGTERM, 143, "Terminated")])  # fmt: skip
def test_a_stopped_batch_keeps_its_finished_sheets_whole_and_a_forced_rerun_finishes(
    stop: signal.Signals, code: int, word: str, tmp_path: Path
) -> None:
    """Ctrl-C or SIGTERM mid-batch: a sentence, no traceback, only whole sheets, and a way on."""
    folder, out = _folder(tmp_path, 6), tmp_path / "out"
    with serve([Reply(json.dumps(ANSWER), delay=0.5)]) as (url, fake):
        env = {**os.environ, "OPENAI_BASE_URL": url, "OPENAI_API_KEY": "sk-test-000000000000000000"}
        command = [sys.executable, "-m", "factsheet", "make", str(folder), "-o", str(out), "-j", "1"]
        process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not (out.is_dir() and list(out.glob("*.md"))) and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(stop)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == code, stderr
        assert f"{word} after" in stderr and "--force" in stderr and "Traceback" not in stderr
        written = sorted(out.iterdir())
        assert written and all(p.suffix == ".md" for p in written)  # no temp files left behind
        assert len(written) < 6
        for sheet in written:
            assert sheet.read_text().rstrip().endswith("*")  # whole: ends with the footer line
        asked = len(fake.requests)
        rerun = subprocess.run([*command, "--force"], env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert len(list(out.glob("*.md"))) == 6
    assert rerun.stderr.count("│ cached") >= len(written)  # the finished ones asked nothing again
    assert len(fake.requests) - asked <= 6 - len(written)


def test_the_same_text_twice_in_one_run_asks_the_model_once(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Syndicated copies under different names: one request, two sheets, the copy marked cached."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("wire.txt", "copy-of-wire.txt"):
        shutil.copy(WIKINEWS[0], folder / name)
    result = runner.invoke(app, ["make", str(folder), "-o", str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == 0, result.stderr
    assert len(server.requests) == 1
    assert (tmp_path / "out" / "wire.md").read_text() != ""
    assert result.stderr.count("│ cached") == 1 and result.stderr.count("│ ok") == 1


def test_a_twin_shares_its_copys_failure_without_asking_again(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:  # fmt: skip
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("wire.txt", "copy-of-wire.txt"):
        shutil.copy(WIKINEWS[0], folder / name)
    with serve([Reply("not an answer")]) as (url, fake):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        result = runner.invoke(app, ["make", str(folder), "-o", str(tmp_path / "out"), "-j", "2"])
    assert result.exit_code == ExitCode.BATCH_FAILED
    assert "2 of 2 articles failed" in result.stderr
    assert len(fake.requests) == 3  # one article's answer and its two re-asks, not six
