"""A hostile user's probe: each fault ends within its bound, with one sentence that names the
real problem, a documented exit code, nothing half-written and no secret anywhere.

Server answers here are hand-written fixtures (tests/fakeserver.py), named as such.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factsheet.cli import app
from factsheet.errors import ExitCode
from tests.conftest import SAMPLE
from tests.fakeserver import Reply, serve

runner = CliRunner()
ANSWER = {"figures": {"F1": {"kind": "killed", "reported_by": None}}, "events": [], "claims": []}


def factsheet(*args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    """The real command in a subprocess (signals, pipes and devices need a real process)."""
    return subprocess.run(
        [sys.executable, "-m", "factsheet", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **env},
    )


def one_sentence(stderr: str) -> bool:
    return stderr.startswith("factsheet: error: ") and "Traceback" not in stderr


def test_a_fifo_as_input_is_refused_by_type_before_any_read(tmp_path: Path) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    result = factsheet("make", str(fifo), timeout=30)
    assert result.returncode == ExitCode.INPUT and one_sentence(result.stderr)
    assert "not a regular file" in result.stderr


def test_a_folder_holding_a_fifo_fails_that_one_and_makes_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE.read_text())
    os.mkfifo(folder / "b.txt")
    with serve([Reply(json.dumps(ANSWER))]) as (url, _):
        result = factsheet(
            "make",
            str(folder),
            "-o",
            str(tmp_path / "out"),
            timeout=60,
            OPENAI_BASE_URL=url,
            OPENAI_API_KEY="sk-test-0000000000000000",
        )
    assert result.returncode == ExitCode.BATCH_FAILED
    assert "not a regular file" in result.stderr and (tmp_path / "out" / "a.md").exists()


@pytest.mark.parametrize("key", ["sk-echoed-secret-0123456789", "x"])
def test_a_key_echoed_by_the_server_is_masked_everywhere_as_a_whole_token(key: str, tmp_path: Path) -> None:
    """The server's error message repeats the request's key (and 'max_tokens', for a one-letter
    key that must not be masked inside other words)."""
    echo = Reply(status=403, message=f"Key not allowed here: {key}. max_tokens is fine.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE.read_text())
    with serve([echo]) as (url, _):
        single = factsheet("make", str(SAMPLE), "--no-cache", OPENAI_BASE_URL=url, OPENAI_API_KEY=key)
        batch = factsheet(
            "make",
            str(folder),
            "-o",
            str(tmp_path / "out"),
            "--format",
            "json",
            "--no-cache",
            OPENAI_BASE_URL=url,
            OPENAI_API_KEY=key,
        )
    for result in (single, batch):
        assert result.returncode in (ExitCode.UNREACHABLE, ExitCode.BATCH_FAILED)
        shown = result.stdout + result.stderr
        assert f" {key}." not in shown and "***" in shown
        assert "max_tokens" in shown or key != "x"  # a short key is masked as a token only
    written = "".join(p.read_text() for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".txt")
    assert f" {key}." not in written


@pytest.mark.parametrize("target", ["/dev/null", "fifo", "link"])
def test_force_only_ever_replaces_a_regular_file(target: str, tmp_path: Path) -> None:
    if target == "fifo":
        os.mkfifo(tmp_path / "out.md")
        target = str(tmp_path / "out.md")
    elif target == "link":
        (tmp_path / "real.md").write_text("keep me")
        (tmp_path / "out.md").symlink_to(tmp_path / "real.md")
        target = str(tmp_path / "out.md")
    result = factsheet("make", str(SAMPLE), "-o", target, "--force", timeout=30)
    assert result.returncode == ExitCode.OUTPUT and "not a regular file" in result.stderr
    assert not (tmp_path / "real.md").exists() or (tmp_path / "real.md").read_text() == "keep me"


def test_a_full_disk_on_stdout_is_a_clear_output_error(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with serve([Reply(json.dumps(ANSWER))]) as (url, _), open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "factsheet", "make", str(SAMPLE)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env={
                **os.environ,
                "OPENAI_BASE_URL": url,
                "OPENAI_API_KEY": "sk-test-0000000000000000",
                "FACTSHEET_CACHE_DIR": str(cache),
            },
        )
    assert result.returncode == ExitCode.OUTPUT and one_sentence(result.stderr)
    assert "No space left" in result.stderr


def test_sigterm_to_a_single_article_run_says_what_was_stopped(tmp_path: Path) -> None:
    with serve([Reply(json.dumps(ANSWER), delay=30)]) as (url, _):
        run = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "factsheet",
                "make",
                str(SAMPLE),
                "-o",
                str(tmp_path / "s.md"),
                "--no-cache",
            ],
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "OPENAI_BASE_URL": url, "OPENAI_API_KEY": "sk-test-0000000000000000"},
        )
        time.sleep(3)
        run.send_signal(signal.SIGTERM)
        code = run.wait(timeout=30)
    stderr = run.stderr.read() if run.stderr else ""
    assert code == ExitCode.TERMINATED and "Terminated; nothing was written" in stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can delete from a read-only folder")
def test_clear_cache_on_a_folder_it_cannot_write_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheets = tmp_path / "cache" / "sheets"
    sheets.mkdir(parents=True)
    (sheets / "a.json").write_text("{}")
    sheets.chmod(0o500)
    monkeypatch.setenv("FACTSHEET_CACHE_DIR", str(tmp_path / "cache"))
    try:
        result = runner.invoke(app, ["clear-cache"])
    finally:
        sheets.chmod(0o700)
    assert result.exit_code == ExitCode.OUTPUT and "could not be deleted" in result.stderr


def test_clear_cache_reports_a_sheet_it_could_not_delete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, as root: a cached 'sheet' that is a folder cannot be unlinked."""
    from factsheet import cache

    monkeypatch.setenv("FACTSHEET_CACHE_DIR", str(tmp_path / "cache"))
    (cache.sheets_dir() / "odd.json").mkdir(parents=True)
    result = runner.invoke(app, ["clear-cache"])
    assert result.exit_code == ExitCode.OUTPUT and "could not be deleted" in result.stderr
    assert "Deleted" not in result.stdout


def test_a_nul_byte_in_an_article_is_named(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(SAMPLE.read_bytes().replace(b"Luhansk", b"Luh\x00ansk", 1))
    result = runner.invoke(app, ["make", str(article)])
    assert result.exit_code == ExitCode.INPUT and "NUL" in result.stderr


def test_an_output_path_under_a_file_is_named(tmp_path: Path) -> None:
    result = runner.invoke(app, ["make", str(SAMPLE), "-o", f"{SAMPLE}/x.md"])
    assert result.exit_code == ExitCode.OUTPUT and "a part of its folder path is a file" in result.stderr


def test_the_readme_s_exit_code_table_matches_the_code() -> None:
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, flags=re.MULTILINE)}
    assert documented == {int(code) for code in ExitCode}


@pytest.mark.parametrize("reply", [Reply(trickle=0.5), Reply(json.dumps(ANSWER), delay=30)])
def test_a_trickling_or_silent_server_is_ended_by_timeout(reply: Reply, tmp_path: Path) -> None:
    """A keep-alive byte every half second, or a connection accepted and never answered."""
    with serve([reply]) as (url, _):
        begin = time.perf_counter()
        result = factsheet(
            "make",
            str(SAMPLE),
            "--timeout",
            "3",
            "--no-cache",
            "-o",
            str(tmp_path / "s.md"),
            OPENAI_BASE_URL=url,
            OPENAI_API_KEY="sk-test-0000000000000000",
        )
        took = time.perf_counter() - begin
    assert result.returncode == ExitCode.UNREACHABLE and one_sentence(result.stderr)
    assert "within 3 s" in result.stderr and took < 20 and list(tmp_path.iterdir()) == []


def test_a_plain_json_body_to_a_streamed_request_makes_the_sheet() -> None:
    with serve([Reply(json.dumps(ANSWER), plain=True)]) as (url, _):
        result = factsheet(
            "make", str(SAMPLE), "--no-cache", OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-test-0000000000000000"
        )
    assert result.returncode == 0 and "# " in result.stdout and "not valid JSON" not in result.stderr


def test_stdin_is_read_whole_and_a_pipe_that_never_closes_is_bounded() -> None:
    piped = subprocess.run([sys.executable, "-m", "factsheet", "make", "-", "--no-cache"],
                           input=SAMPLE.read_text(), capture_output=True, text=True, timeout=60,
                           env={**os.environ, "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
                                "OPENAI_API_KEY": "sk-test-0000000000000000"})  # fmt: skip
    assert piped.returncode == ExitCode.UNREACHABLE  # read whole: it got as far as the server
    held = subprocess.Popen([sys.executable, "-m", "factsheet", "make", "-"], stdin=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "FACTSHEET_STDIN_TIMEOUT": "2"})  # fmt: skip
    assert held.stdin is not None
    held.stdin.write("An article that never ends ")
    held.stdin.flush()
    assert held.wait(timeout=30) == ExitCode.INPUT
    assert "no end of file within 2 s" in (held.stderr.read() if held.stderr else "")
    held.stdin.close()
