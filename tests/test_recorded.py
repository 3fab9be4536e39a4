"""End to end on recorded model traffic (cassettes/test_recorded/), through the CLI.

The cassettes hold what the embedded model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M, served by
llama-cpp-python's OpenAI-compatible server on loopback) answered; `make record` re-records
them. Request bodies are matched, so a changed prompt fails here loudly.
"""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from factsheet.article import read_article
from factsheet.cli import app
from factsheet.models import Sheet
from factsheet.page import render_html
from factsheet.render import render_markdown
from tests.conftest import DATA, RECORDED_MODEL, RECORDING, SAMPLE

runner = CliRunner()
EXPECTED = DATA / "expected"
pytestmark = [pytest.mark.recorded, pytest.mark.vcr]


def make(*args: str) -> str:
    result = runner.invoke(app, ["make", *args, "--model", RECORDED_MODEL])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def golden(name: str, text: str) -> None:
    path = EXPECTED / name
    if RECORDING or os.environ.get("FACTSHEET_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed: review, then make record"


def test_sample_article_golden_sheet(replayed: str) -> None:
    """The sample article in, the reviewed Markdown sheet out."""
    golden("luhansk-2022-09-20.md", make(str(SAMPLE)))


def test_sample_article_json_verifies_and_agrees_with_markdown(replayed: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheet.json"
    make(str(SAMPLE), "--format", "json", "-o", str(out))
    sheet = Sheet.model_validate_json(out.read_text())
    assert render_markdown(sheet) == (EXPECTED / "luhansk-2022-09-20.md").read_text()
    text = SAMPLE.read_text()
    for quote in sheet.quotes:
        for part in quote.parts:
            assert text[part.start : part.end] == part.text
    check = runner.invoke(app, ["check", str(SAMPLE), str(out)])
    flagged = sheet.footer.flagged
    assert check.exit_code == (6 if flagged else 0), check.stdout
    # The reviewer's page of the same sheet (test_page.py opens it in Chromium, and takes the
    # README's screenshot from it); --format html writes the same page (here from the cache).
    page = render_html(sheet, read_article(str(SAMPLE)).text, SAMPLE.name)
    golden("luhansk-2022-09-20.html", page)
    make(str(SAMPLE), "--format", "html", "-o", str(tmp_path / "sheet.html"))
    cached = (tmp_path / "sheet.html").read_text(encoding="utf-8")
    assert cached.split("<footer>")[0] == page.split("<footer>")[0]


@pytest.mark.parametrize("part", ["dev", "holdout"])
def test_eval_on_the_gold_set(replayed: str, part: str) -> None:
    """`factsheet eval` over the annotated articles, replayed: the part the rules were
    developed on (dev/) and the part held back while they were written (holdout/)."""
    result = runner.invoke(app, ["eval", str(DATA / "gold" / part), "--corpus", str(DATA / "corpus"),
                                 "--model", RECORDED_MODEL])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    golden(f"eval-{part}.txt", result.stdout)
    total = result.stdout.splitlines()[-1]
    assert "fabricated items shown verified: 0" in total
