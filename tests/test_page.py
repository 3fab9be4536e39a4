"""The reviewer's HTML page (``--format html``): highlights hold exactly the article's text at
their offsets, clicks tie items and highlights together, and no article text runs as script.

The browser tests drive Debian's ``chromium`` through Playwright; they are skipped, saying
why, only where no Chromium is installed (``make test`` installs it where it can).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, TypeVar

import pytest
from typer.testing import CliRunner

from factsheet.article import read_article
from factsheet.cli import app
from factsheet.models import Check, Quote, Sheet, Span
from factsheet.page import highlighted, items, render_html
from factsheet.pipeline import make_sheet
from tests.conftest import DATA, ROOT, SAMPLE
from tests.fakeserver import Reply, serve
from tests.reading import CodeReading
from tests.test_render import HOSTILE, sheet

T = TypeVar("T")
GOLD = sorted((DATA / "gold").rglob("*.json"))
SCREENSHOT = ROOT / "docs" / "page.png"  # the README's picture, remade with FACTSHEET_UPDATE_GOLDEN=1
CHROMIUM = (
    os.environ.get("FACTSHEET_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
)
# Headless, offline: without the background-networking flags Chromium keeps trying to reach
# Google's hosts, which a closed network refuses.
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _made(path: Path) -> tuple[Sheet, str]:
    """A sheet by code's own reading (no model), and the article text it points into."""
    article = read_article(str(path))
    made = _aside(asyncio.run, make_sheet(article, CodeReading(), one_page=False))  # type: ignore[arg-type]
    return made, article.text


def _aside(call: Callable[..., T], *args: Any) -> T:
    """call(*args) in a thread of its own: Playwright's sync API holds this thread's event loop."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(call, *args).result()


class _Marks(HTMLParser):
    """The article element's text, and each mark's attributes and text, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.marks: list[tuple[dict[str, str | None], list[str]]] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append((dict(attrs), []))
            self._open.append(self.marks[-1][1])

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for inside in self._open:
            inside.append(data)


@pytest.mark.parametrize("gold", GOLD, ids=[p.stem[:40] for p in GOLD])
def test_every_highlight_holds_the_article_text_at_its_offsets(gold: Path) -> None:
    sheet_, text = _made(DATA / "corpus" / json.loads(gold.read_text())["file"])
    read = _Marks()
    read.feed(str(highlighted(text, items(sheet_))))
    assert "".join(read.text) == text  # the article is there verbatim, character for character
    assert read.marks, "nothing highlighted"
    for attrs, inside in read.marks:
        start, end = int(attrs["data-start"] or 0), int(attrs["data-end"] or 0)
        assert "".join(inside) == text[start:end]
    marked = {attrs["data-item"] for attrs, _ in read.marks}
    assert all(i.id in marked for i in items(sheet_) if i.spans)  # every item placed is shown


def test_crossing_spans_are_cut_so_the_marks_nest() -> None:
    text = "Alpha beta gamma delta.\n\nEpsilon."
    ok = Check(status="verified", reason="ok")
    one = Quote(parts=[Span(text=text[0:16], start=0, end=16)], speaker=None, check=ok)
    two = Quote(parts=[Span(text=text[6:33], start=6, end=33)], speaker=None, check=ok)  # crosses a paragraph
    sheet_ = sheet("plain").model_copy(
        update={"quotes": [one, two], "events": [], "figures": [], "claims": []}
    )
    read = _Marks()
    read.feed(str(highlighted(text, items(sheet_))))
    got = [(a["data-item"], int(a["data-start"] or 0), int(a["data-end"] or 0)) for a, _ in read.marks]
    assert got == [("q1", 0, 16), ("q2", 6, 16), ("q2", 16, 23), ("q2", 25, 33)]
    assert all("".join(inside) == text[int(a["data-start"] or 0) : int(a["data-end"] or 0)]
               for a, inside in read.marks)  # fmt: skip


def test_a_span_that_does_not_match_the_text_is_not_marked() -> None:
    """A hand-edited sheet whose offsets are wrong: the item is listed, nothing is marked."""
    text = "Nothing here matches."
    page = render_html(sheet("plain words"), text, "a.txt")
    assert "<mark" not in page and "plain words" in page


# ---- in a real browser ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM:
        pytest.skip("no Chromium here (Debian's chromium package; `make test` installs it as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (`make install` installs it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _open(browser: Any, path: Path, width: int = 1400) -> tuple[Any, dict[str, list[str]]]:
    """The page at path, and what it did: console messages, dialogs, requests, page errors."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    seen: dict[str, list[str]] = {"console": [], "dialog": [], "request": [], "error": []}
    page.on("console", lambda m: seen["console"].append(m.text))
    page.on("dialog", lambda d: (seen["dialog"].append(d.message), d.dismiss()))
    page.on("requestfinished", lambda r: seen["request"].append(r.url))  # loaded, not refused
    page.on("pageerror", lambda e: seen["error"].append(str(e)))
    page.goto(path.as_uri())
    return page, seen


_MARKS = "els => els.map(e => [e.dataset.item, +e.dataset.start, +e.dataset.end, e.textContent])"


def test_the_page_in_chromium_highlights_and_clicks(browser: Any, tmp_path: Path) -> None:
    sheet_, text = _made(SAMPLE)
    path = tmp_path / "sheet.html"
    path.write_text(render_html(sheet_, text, SAMPLE.name), encoding="utf-8")
    page, seen = _open(browser, path)
    assert page.text_content("#text") == text
    marks = page.eval_on_selector_all("mark.hl", _MARKS)
    assert marks and all(inside == text[start:end] for _, start, end, inside in marks)

    quote = next(i for i in items(sheet_) if i.id.startswith("q") and i.detail_spans)
    page.click(f"#item-{quote.id}")  # an item: its spans (and its speaker's) are marked
    current = page.eval_on_selector_all("mark.current", _MARKS)
    assert {m[0] for m in current} == {quote.id}
    assert {m[3] for m in current} >= {p.text for p in quote.spans}
    assert page.is_visible(f'mark.current[data-item="{quote.id}"]')

    figure = next(i for i in items(sheet_) if i.id.startswith("f"))
    page.click(f'mark.hl-item[data-item="{figure.id}"]')  # a highlight: its item is marked
    assert page.get_attribute(f"#item-{figure.id}", "class") == f"item {figure.status} current"
    assert page.eval_on_selector("#item-" + figure.id, "e => document.activeElement === e")
    assert not seen["error"] and not seen["dialog"] and seen["request"] == [path.as_uri()]
    page.close()


def test_the_recorded_sample_page(browser: Any) -> None:
    """The page of the embedded model's sheet for the sample (test_recorded.py keeps it): the
    README's screenshot is taken from it, with its first quote clicked."""
    page, seen = _open(browser, DATA / "expected" / "luhansk-2022-09-20.html")
    text = read_article(str(SAMPLE)).text
    assert page.text_content("#text") == text
    marks = page.eval_on_selector_all("mark.hl", _MARKS)
    assert marks and all(inside == text[start:end] for _, start, end, inside in marks)
    page.click("#item-q1")
    assert page.eval_on_selector_all("mark.current", "els => els.length") >= 1
    assert not seen["error"] and len(seen["request"]) == 1
    if os.environ.get("FACTSHEET_UPDATE_GOLDEN"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
    page.close()


def test_flagged_and_conflicting_items_show_their_colour_and_reason(browser: Any, tmp_path: Path) -> None:
    text = "plain words"
    made = sheet(text)
    made.figures[0] = made.figures[0].model_copy(update={"conflicts_with": [1]})
    path = tmp_path / "sheet.html"
    path.write_text(render_html(made, text, "a.txt"), encoding="utf-8")
    page, _ = _open(browser, path)
    assert page.get_attribute("#item-f1", "class") == "item conflicting"
    assert page.get_attribute("#item-f2", "class") == "item flagged"
    assert "Why flagged: plain words" in (page.text_content("#item-f2") or "")
    colours = page.eval_on_selector_all(
        ".item", "els => els.map(e => getComputedStyle(e).borderLeftColor)"
    )  # fmt: skip
    assert len(set(colours)) == 3  # verified, conflicting, flagged: three colours
    page.close()


def test_hostile_article_runs_no_script_and_loads_nothing(browser: Any, tmp_path: Path) -> None:
    text = (
        "Title <script>window.pwned = 1; alert(1)</script>\n\n"
        '"Click <a href="javascript:window.pwned=2">here</a>," the mayor said. '
        '<img src=x onerror="window.pwned=3"> '
        '<iframe src="data:text/html,<script>parent.pwned=4</script>">\n\n'
        "\u202eevil\u202c <style>body{display:none}</style> </div></mark><script>window.pwned=5</script>\n\n"
        "Police said 3 people were killed, officials said on Monday in Springfield."
    )
    source = tmp_path / "hostile<script>.txt"
    source.write_text(text, encoding="utf-8")
    made, read_text = _made(source)
    made = made.model_copy(update={"title": HOSTILE, "summary": HOSTILE})
    path = tmp_path / "sheet.html"
    path.write_text(render_html(made, read_text, HOSTILE), encoding="utf-8")
    page, seen = _open(browser, path)
    page.click("body")
    for mark in page.query_selector_all("mark.hl"):
        mark.click()
    assert page.evaluate("window.pwned") is None
    assert not seen["dialog"] and seen["request"] == [path.as_uri()]
    assert page.eval_on_selector_all("script", "els => els.length") == 1  # the page's own
    assert page.eval_on_selector_all("img, iframe, a, style", "els => els.length") == 1  # its <style>
    assert page.text_content("#text") == read_text
    page.close()


def test_the_content_security_policy_blocks_any_script_but_the_pages_own(
    browser: Any, tmp_path: Path
) -> None:
    """A second layer under the escaping: markup slipped into the file (a tampered page) runs
    nothing, while the page's own script (allowed by its hash) still works."""
    sheet_, text = _made(SAMPLE)
    page_html = render_html(sheet_, text, SAMPLE.name).replace(
        "<main>", '<main><script>window.pwned = 1</script><img src="x.png" onerror="window.pwned = 2">'
    )  # fmt: skip
    path = tmp_path / "tampered.html"
    path.write_text(page_html, encoding="utf-8")
    page, seen = _open(browser, path)
    assert page.evaluate("window.pwned") is None and seen["request"] == [path.as_uri()]
    assert any("Content Security Policy" in message for message in seen["console"])
    page.click("#item-q1")
    assert page.eval_on_selector_all("mark.current", "els => els.length") >= 1
    page.close()


def test_an_article_with_no_items_still_gets_a_page(browser: Any, tmp_path: Path) -> None:
    text = "A quiet day.\n\nNothing happened in the town."
    empty = sheet("x").model_copy(update={"events": [], "quotes": [], "figures": [], "claims": []})
    path = tmp_path / "sheet.html"
    path.write_text(render_html(empty, text, "a.txt"), encoding="utf-8")
    page, _ = _open(browser, path)
    assert page.text_content("#text") == text
    assert "Nothing was found in this article" in (page.text_content("#article") or "")
    page.close()


def test_a_long_article_renders_whole(browser: Any, tmp_path: Path) -> None:
    """Hundreds of kB: every highlight is there; the load time is printed (bench/page.py
    measures it against a page of the same text without highlights)."""
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n")
    text = "\n".join(paragraphs * 120)
    source = tmp_path / "long.txt"
    source.write_text(text, encoding="utf-8")
    made, read_text = _made(source)
    path = tmp_path / "sheet.html"
    path.write_text(render_html(made, read_text, "long.txt"), encoding="utf-8")
    started = time.perf_counter()
    page, seen = _open(browser, path)
    loaded = time.perf_counter() - started
    marks = page.eval_on_selector_all("mark.hl", "els => els.length")
    assert page.text_content("#text") == read_text and marks >= len(made.items())
    print(f"{len(read_text) / 1000:.0f} kB article, {marks} highlights: loaded in {loaded:.2f} s")
    assert not seen["error"]
    page.close()


def test_make_html_for_a_folder_writes_each_page_and_an_index(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hand-written fixture answers: the point is the files and the links between them."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "sample.txt")
    shutil.copy(SAMPLE, folder / "index.txt")  # a page that must not take the index's name
    (folder / "empty.txt").write_text("")
    answer = {"figures": {}, "events": [], "claims": []}
    with serve([Reply(json.dumps(answer))] * 4) as (url, _):
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-000000000000000000")
        made = ["make", str(folder), "--format", "html", "-o", str(tmp_path / "out")]
        result = _aside(CliRunner().invoke, app, made)
    assert result.exit_code == 9, result.stderr  # one article failed (empty); the others are written
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["index.html", "index.txt.html", "sample.html"]
    page, _ = _open(browser, tmp_path / "out" / "index.html")
    assert "empty.txt" in (page.text_content("table") or "") and "failed" in (
        page.text_content("table") or ""
    )
    page.click("text=sample.html")
    page.wait_for_selector("#text")
    assert page.text_content("#text") == read_article(str(SAMPLE)).text
    page.close()
